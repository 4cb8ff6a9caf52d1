"use client";

import type { AppRouter, inferRouterInputs, inferRouterOutputs } from "@plenary/api";
import { label, localize } from "@plenary/domain";
import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useState } from "react";
import { useTRPC } from "~/trpc/react";
import { humanize } from "./editor/issues";

type RecordLinks = inferRouterOutputs<AppRouter>["lookup"]["links"];
type LinkSection = RecordLinks["sections"][number];
type LinkRow = LinkSection["rows"][number];
type LinkedRecordRef = RecordLinks["subject"]["record"];
export type LinkedType = inferRouterInputs<AppRouter>["lookup"]["links"]["entityType"];

/** Rows per list: one page, so a country with thousands of participations still loads at once. */
const PAGE = 50;

const TITLES: Record<LinkedType, Record<string, string>> = {
  person: { participations: "Participations", postsHeld: "Posts held", speeches: "Speeches" },
  post: { holders: "Holders" },
  country: {
    posts: "Posts",
    memberships: "Memberships",
    participations: "Participations on its behalf",
    chairmanships: "Chairmanships",
    meetingsHosted: "Meetings hosted",
  },
  organization: {
    members: "Member countries",
    posts: "Posts",
    meetings: "Meetings it held (as the body)",
    subOrganizations: "Sub-organizations",
    chairmanships: "Chairmanships",
    documentsAdopted: "Documents it adopted",
    participations: "Participations on its behalf",
  },
  topic: { meetings: "Meetings", documents: "Documents" },
  document: {
    meetings: "Listed by meeting",
    relatesTo: "Relates to",
    referredToBy: "Referred to by",
    actions: "Actions",
  },
};

/** The admin page of a linked record. */
export function adminHref(record: LinkedRecordRef): string {
  if (record.entityType === "meeting") return `/meetings/${record.slug}`;
  return `/records/${record.entityType}/${record.id}`;
}

function RecordLink({ record }: { record: LinkedRecordRef }) {
  const text = localize(record.labelI18n, "en").text;
  return (
    <>
      <Link href={adminHref(record)}>{text}</Link>
      {record.status && record.status !== "published" ? (
        <span className="badge">{label("publicationStatus", record.status, "en")}</span>
      ) : null}
      {record.trashed ? <span className="badge">In the trash</span> : null}
    </>
  );
}

type LinkFact = LinkRow["facts"][number];
const factText = (f: LinkFact) =>
  f.kind === "documentType"
    ? label("documentType", f.value as never, "en")
    : label(f.kind, f.value as never, "en");

/** A meeting's or a document's date; a term's range ("2019-06-14 – 2020-11-10", "2001-06-15 –" while it lasts). */
function dates(row: LinkRow): string {
  if (!row.startDate && !row.endDate) return "";
  const isTerm = row.record && row.record.entityType !== "meeting" && row.record.entityType !== "document";
  return isTerm ? `${row.startDate ?? "?"} – ${row.endDate ?? ""}`.trim() : (row.startDate ?? "");
}

function Rows({ rows }: { rows: LinkRow[] }) {
  return (
    <table className="linked-table">
      <thead>
        <tr>
          <th scope="col">Record</th>
          <th scope="col">Dates</th>
          <th scope="col">Details</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row, i) => (
          <tr key={`${row.record?.id ?? "action"}-${i}`}>
            <td>
              {row.record ? <RecordLink record={row.record} /> : row.facts[0] ? factText(row.facts[0]) : "—"}
              {row.also.map((also) => (
                <span key={also.id}>
                  {" "}
                  · <RecordLink record={also} />
                </span>
              ))}
            </td>
            <td>{dates(row)}</td>
            <td>
              {[
                ...(row.record ? row.facts : row.facts.slice(1)).map(factText),
                ...(row.note ? [row.note] : []),
              ].join(" · ")}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** One list of links, paged: the first page comes with the record's other lists, later pages on their own. */
function Section({ entityType, id, first }: { entityType: LinkedType; id: string; first: LinkSection }) {
  const trpc = useTRPC();
  const [offset, setOffset] = useState(0);
  const later = useQuery({
    ...trpc.lookup.links.queryOptions({ entityType, id, section: first.key, limit: PAGE, offset }),
    enabled: offset > 0,
    placeholderData: (previous) => previous,
  });
  const shown = offset === 0 ? first : (later.data?.sections[0] ?? null);
  const title = TITLES[entityType][first.key] ?? humanize(first.key);
  const headingId = `links-${first.key}`;
  return (
    <section aria-labelledby={headingId} className="linked-section">
      <h3 id={headingId}>
        {title} <span className="muted">({first.total})</span>
      </h3>
      {first.total === 0 ? <p className="muted">None.</p> : null}
      {shown && shown.rows.length ? (
        <Rows rows={shown.rows} />
      ) : first.total > 0 ? (
        <p role="status">Loading…</p>
      ) : null}
      {first.total > PAGE ? (
        <nav aria-label={`${title}: pages`} className="linked-pages">
          <span>
            {offset + 1}–{Math.min(offset + PAGE, first.total)} of {first.total}
            {offset + PAGE < first.total ? ` (and ${first.total - offset - PAGE} more)` : ""}
          </span>
          <button
            type="button"
            className="secondary-button"
            disabled={offset === 0}
            onClick={() => setOffset(Math.max(0, offset - PAGE))}
          >
            Previous {PAGE}
          </button>
          <button
            type="button"
            className="secondary-button"
            disabled={offset + PAGE >= first.total}
            onClick={() => setOffset(offset + PAGE)}
          >
            Next {PAGE}
          </button>
        </nav>
      ) : null}
    </section>
  );
}

/** What links to a record, as lists of the linked records, each opening that record's admin page. */
export function LinkedRecords({
  entityType,
  id,
  heading = "What links here",
}: {
  entityType: LinkedType;
  id: string;
  heading?: string;
}) {
  const trpc = useTRPC();
  const links = useQuery(trpc.lookup.links.queryOptions({ entityType, id, limit: PAGE }));
  if (links.status === "pending") return <p role="status">Loading what links here…</p>;
  if (links.status === "error") return <p role="alert">{links.error.message}</p>;
  return (
    <section aria-labelledby="linked-heading" className="linked-records">
      <h2 id="linked-heading">{heading}</h2>
      {links.data.sections.map((section) => (
        <Section key={section.key} entityType={entityType} id={id} first={section} />
      ))}
    </section>
  );
}

/**
 * A document's admin page: it is edited in its meeting's editor, so this page reads it — the meeting that lists it,
 * its relations both ways, its actions — and links to its history and to that editor.
 */
export function DocumentRecord({ id }: { id: string }) {
  const trpc = useTRPC();
  const links = useQuery(trpc.lookup.links.queryOptions({ entityType: "document", id, limit: PAGE }));
  if (links.status === "pending") return <p role="status">Loading…</p>;
  if (links.status === "error") return <p role="alert">{links.error.message}</p>;
  const { subject, sections } = links.data;
  const meeting = sections.find((s) => s.key === "meetings")?.rows[0]?.record ?? null;
  const facts = [
    ...subject.facts.map(factText),
    subject.record.status ? label("publicationStatus", subject.record.status, "en") : null,
    subject.record.trashed ? "In the trash" : null,
  ].filter(Boolean);
  return (
    <>
      <h1>{localize(subject.record.labelI18n, "en").text}</h1>
      <p>{facts.join(" · ")}</p>
      <dl className="document-facts">
        <dt>Adopted</dt>
        <dd>{subject.record.date ?? "Date unknown"}</dd>
        {subject.startDate || subject.endDate ? (
          <>
            <dt>Valid</dt>
            <dd>
              {subject.startDate ?? "?"} – {subject.endDate ?? ""}
            </dd>
          </>
        ) : null}
      </dl>
      <div className="editor-toolbar">
        {meeting ? (
          <Link href={`/meetings/edit/${meeting.id}`}>Edit in the meeting editor</Link>
        ) : (
          <span className="muted">No meeting lists this document: it is edited where it is referred to.</span>
        )}
        <Link href={`/history/document/${id}`}>History</Link>
      </div>
      <LinkedRecords entityType="document" id={id} heading="Links" />
    </>
  );
}
