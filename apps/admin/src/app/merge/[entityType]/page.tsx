import { notFound } from "next/navigation";
import { RoleGate } from "~/components/role-gate";
import { MergeView, type MergeType } from "~/components/merge-view";
import "~/components/editor/editor.css";

export const metadata = { title: "Merge duplicates" };

const TYPES: Record<MergeType, string> = {
  person: "people",
  post: "posts",
  country: "countries",
  organization: "organizations",
};

export default async function MergePage({ params }: { params: Promise<{ entityType: string }> }) {
  const { entityType } = await params;
  if (!(entityType in TYPES)) notFound();
  return (
    <>
      <h1>Merge two {TYPES[entityType as MergeType]} that are the same</h1>
      <RoleGate
        needs="editor"
        refusal="Your role can read records but not merge them: ask an admin for the editor role."
      >
        <MergeView entityType={entityType as MergeType} />
      </RoleGate>
    </>
  );
}
