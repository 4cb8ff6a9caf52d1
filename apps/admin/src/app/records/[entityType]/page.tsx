import { headers } from "next/headers";
import Link from "next/link";
import { notFound } from "next/navigation";
import { canEdit, isAdmin } from "~/lib/roles";
import { currentUser } from "~/server/session";
import { RecordsList, type ListType } from "~/components/records-list";
import "~/components/editor/editor.css";

export const metadata = { title: "Records" };

const TYPES: Record<ListType, string> = {
  meeting: "Meetings",
  document: "Documents",
  person: "People",
  post: "Posts",
  country: "Countries",
  organization: "Organizations",
  topic: "Topics",
};

export default async function RecordsPage({ params }: { params: Promise<{ entityType: string }> }) {
  const { entityType } = await params;
  if (!(entityType in TYPES)) notFound();
  const type = entityType as ListType;
  const role = (await currentUser(await headers()))?.role;
  return (
    <>
      <h1>{TYPES[type]}</h1>
      <nav aria-label="Record types" className="type-nav">
        {Object.entries(TYPES).map(([key, name]) => (
          <Link key={key} href={`/records/${key}`} aria-current={key === type ? "page" : undefined}>
            {name}
          </Link>
        ))}
        {canEdit(role) ? (
          <>
            <Link href="/meetings/new">New meeting</Link>
            <Link href="/meetings/import">Import a meeting</Link>
          </>
        ) : null}
        <Link href="/trash">Trash</Link>
        {canEdit(role) &&
        (type === "person" || type === "post" || type === "country" || type === "organization") ? (
          <Link href={`/merge/${type}`}>Merge duplicates</Link>
        ) : null}
        {isAdmin(role) ? <Link href="/audit">Audit log</Link> : null}
      </nav>
      <RecordsList entityType={type} />
    </>
  );
}
