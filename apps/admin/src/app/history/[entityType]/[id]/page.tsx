import { notFound } from "next/navigation";
import { HistoryEntityType } from "@plenary/domain";
import { HistoryView } from "~/components/history-view";
import "~/components/editor/editor.css";

export const metadata = { title: "History" };

const TYPES = HistoryEntityType.options;

export default async function HistoryPage({
  params,
}: {
  params: Promise<{ entityType: string; id: string }>;
}) {
  const { entityType, id } = await params;
  const type = TYPES.find((t) => t === entityType);
  if (!type) notFound();
  return (
    <>
      <h1>History of this {type.replace("_", " ")}</h1>
      <HistoryView entityType={type} entityId={id} />
    </>
  );
}
