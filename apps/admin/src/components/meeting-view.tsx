"use client";

import { describeMeetingDates, label, localize } from "@plenary/domain";
import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useTRPC } from "~/trpc/react";
import { DocumentsTable } from "./documents-table";
import { ParticipantsTable } from "./participants-table";
import { QueryStatus } from "./query-status";
import { TalliesList } from "./tallies-list";

/** Read-only view of one meeting as stored; editing comes with sign-in. */
export function MeetingView({ slug }: { slug: string }) {
  const trpc = useTRPC();
  const detail = useQuery({ ...trpc.meeting.bySlugAll.queryOptions({ slug }), retry: false });
  return (
    <QueryStatus query={detail} loading="Loading the meeting…">
      {({ meeting, participations, documents, tallies }) => (
        <article>
          <h1>{localize(meeting.titleI18n, "en").text}</h1>
          <p>
            <Link href={`/meetings/edit/${meeting.id}`}>Edit this meeting</Link> ·{" "}
            <Link href={`/history/meeting/${meeting.id}`}>History</Link>
          </p>
          <dl className="facts">
            <div>
              <dt>Dates</dt>
              <dd>
                {meeting.startDate
                  ? describeMeetingDates({ startDate: meeting.startDate, endDate: meeting.endDate })
                  : "—"}
              </dd>
            </div>
            <div>
              <dt>Status</dt>
              <dd>{label("publicationStatus", meeting.status, "en")}</dd>
            </div>
            <div>
              <dt>Slug</dt>
              <dd>
                <code>{meeting.slug}</code>
              </dd>
            </div>
            <div>
              <dt>Version</dt>
              <dd>{meeting.version}</dd>
            </div>
          </dl>
          <ParticipantsTable participations={participations} />
          <DocumentsTable documents={documents} />
          <TalliesList tallies={tallies} documents={documents} />
        </article>
      )}
    </QueryStatus>
  );
}
