import Link from "next/link";
import { notFound } from "next/navigation";
import { DocumentRecord, LinkedRecords } from "~/components/linked-records";
import { ReferenceEditor, type ReferenceType } from "~/components/reference-editor";
import { MembershipsEditor, PostsHeldEditor } from "~/components/terms-editor";
import "~/components/editor/editor.css";

export const metadata = { title: "Edit record" };

const TYPES: ReferenceType[] = ["person", "post", "country", "organization", "topic"];

export default async function ReferencePage({
  params,
}: {
  params: Promise<{ entityType: string; id: string }>;
}) {
  const { entityType, id } = await params;
  // Documents are edited in their meeting's editor; their page here reads them and what links to them.
  if (entityType === "document") {
    return (
      <>
        <p>
          <Link href="/records/document">All documents</Link>
        </p>
        <DocumentRecord id={id} />
      </>
    );
  }
  const type = TYPES.find((t) => t === entityType);
  if (!type) notFound();
  return (
    <>
      <p>
        <Link href={`/records/${type}`}>
          All {type === "person" ? "people" : `${type === "country" ? "countrie" : type}s`}
        </Link>
      </p>
      <h1>Edit {type}</h1>
      <ReferenceEditor entityType={type} id={id} />
      {type === "person" ? <PostsHeldEditor personId={id} /> : null}
      {type === "organization" ? <MembershipsEditor organizationId={id} /> : null}
      <LinkedRecords entityType={type} id={id} />
    </>
  );
}
