"use client";

import { describeMeetingDates, label, localize } from "@plenary/domain";
import type { AppRouter, inferRouterOutputs } from "@plenary/api";
import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useTRPC } from "~/trpc/react";
import { DataTable, type PlainColumns } from "./data-table";
import { QueryStatus } from "./query-status";

type MeetingRow = inferRouterOutputs<AppRouter>["meeting"]["listAll"]["items"][number];

const COLUMNS: PlainColumns<MeetingRow> = [
  {
    id: "title",
    header: "Title",
    meta: { rowHeader: true },
    cell: ({ row: { original: meeting } }) => (
      <Link href={`/meetings/${meeting.slug}`}>{localize(meeting.titleI18n, "en").text}</Link>
    ),
  },
  {
    id: "date",
    header: "Date",
    cell: ({ row: { original: meeting } }) =>
      meeting.startDate
        ? describeMeetingDates({ startDate: meeting.startDate, endDate: meeting.endDate })
        : "—",
  },
  {
    id: "status",
    header: "Status",
    cell: ({ row }) => label("publicationStatus", row.original.status, "en"),
  },
  {
    id: "participants",
    header: "Participants",
    meta: { numeric: true },
    cell: ({ row }) => row.original.participantCount,
  },
];

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
          <DataTable
            caption={`${total} ${total === 1 ? "meeting" : "meetings"}, newest first`}
            columns={COLUMNS}
            data={items}
            rowId={(meeting) => meeting.id}
          />
        )
      }
    </QueryStatus>
  );
}
