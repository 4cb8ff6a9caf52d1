import { notFound } from "next/navigation";
import { MergeView, type MergeType } from "~/components/merge-view";
import "~/components/editor/editor.css";

export const metadata = { title: "Merge duplicates" };

const TYPES: Record<MergeType, string> = { person: "people", post: "posts", country: "countries", organization: "organizations" };

export default async function MergePage({ params }: { params: Promise<{ entityType: string }> }) {
  const { entityType } = await params;
  if (!(entityType in TYPES)) notFound();
  return (
    <>
      <h1>Merge two {TYPES[entityType as MergeType]} that are the same</h1>
      <MergeView entityType={entityType as MergeType} />
    </>
  );
}
