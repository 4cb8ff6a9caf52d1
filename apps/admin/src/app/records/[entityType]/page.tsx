import Link from "next/link";
import { notFound } from "next/navigation";
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
  return (
    <>
      <h1>{TYPES[type]}</h1>
      <nav aria-label="Record types" className="type-nav">
        {Object.entries(TYPES).map(([key, name]) => (
          <Link key={key} href={`/records/${key}`} aria-current={key === type ? "page" : undefined}>
            {name}
          </Link>
        ))}
        <Link href="/meetings/new">New meeting</Link>
        <Link href="/meetings/import">Import a meeting</Link>
        <Link href="/trash">Trash</Link>
        {type === "person" || type === "post" || type === "country" || type === "organization" ? <Link href={`/merge/${type}`}>Merge duplicates</Link> : null}
        <Link href="/audit">Audit log</Link>
      </nav>
      <RecordsList entityType={type} />
    </>
  );
}
