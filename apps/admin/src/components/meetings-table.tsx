"use client";

import { describeMeetingDates, label, localize } from "@plenary/domain";
import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useTRPC } from "~/trpc/react";
import { QueryStatus } from "./query-status";

export function MeetingsTable() {
  const trpc = useTRPC();
  // Drafts included: every page of the admin is signed in.
  const meetings = useQuery(trpc.meeting.listAll.queryOptions({ limit: 100, offset: 0 }));
  return (
    <QueryStatus query={meetings} loading="Loading meetings…">
      {({ items, total }) =>
        items.length === 0 ? (
          <p>No meetings yet.</p>
        ) : (
          <table>
            <caption>
              {total} {total === 1 ? "meeting" : "meetings"}, newest first
            </caption>
            <thead>
              <tr>
                <th scope="col">Title</th>
                <th scope="col">Date</th>
                <th scope="col">Status</th>
                <th scope="col" className="number">
                  Participants
                </th>
              </tr>
            </thead>
            <tbody>
              {items.map((meeting) => (
                <tr key={meeting.id}>
                  <th scope="row">
                    <Link href={`/meetings/${meeting.slug}`}>{localize(meeting.titleI18n, "en").text}</Link>
                  </th>
                  <td>
                    {meeting.startDate
                      ? describeMeetingDates({ startDate: meeting.startDate, endDate: meeting.endDate })
                      : "—"}
                  </td>
                  <td>{label("publicationStatus", meeting.status, "en")}</td>
                  <td className="number">{meeting.participantCount}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )
      }
    </QueryStatus>
  );
}
