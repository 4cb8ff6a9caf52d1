import { MeetingRecordChairmanship, type HandoverEnd } from "@plenary/domain";
import type { Prisma } from "../generated/prisma/client";
import { isPublicMeeting, type MeetingVisibility } from "./visibility";

/**
 * The chairmanships handed over at a meeting are those that started there (`chairsStarted`) and those that ended
 * there (`chairsEnded`). A term links both meetings (started at one, ended at the next), so each meeting reads its
 * own end without taking the other's. Read both in this order, then merge them with `handoverTerms`.
 */
export const handoverOrder = [
  { startDate: "asc" },
  { id: "asc" },
] satisfies Prisma.ChairmanshipOrderByWithRelationInput[];

/** Both ends in one list, by start date: the outgoing term before the incoming one. */
export function handoverTerms<T extends { id: string; startDate: string }>(row: {
  chairsStarted: T[];
  chairsEnded: T[];
}): { at: HandoverEnd; chairmanship: T }[] {
  return [
    ...row.chairsStarted.map((chairmanship) => ({ at: "start" as const, chairmanship })),
    ...row.chairsEnded.map((chairmanship) => ({ at: "end" as const, chairmanship })),
  ].sort(
    (a, b) =>
      compare(a.chairmanship.startDate, b.chairmanship.startDate) ||
      compare(a.chairmanship.id, b.chairmanship.id),
  );
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Chairmanships that start or end at the meeting. */
export const linkedTo = (meetingId: string) =>
  ({
    OR: [{ startedAtMeetingId: meetingId }, { endedAtMeetingId: meetingId }],
  }) satisfies Prisma.ChairmanshipWhereInput;

/** Chairmanships that neither start nor end at the meeting (a null link is not the meeting). */
export const notLinkedTo = (meetingId: string) =>
  ({
    AND: [
      { OR: [{ startedAtMeetingId: null }, { startedAtMeetingId: { not: meetingId } }] },
      { OR: [{ endedAtMeetingId: null }, { endedAtMeetingId: { not: meetingId } }] },
    ],
  }) satisfies Prisma.ChairmanshipWhereInput;

const linkStatus = { select: { status: true, deletedAt: true } } as const;
/** Include with each term, for `withPublicLinks`. */
export const handoverLinks = { startedAtMeeting: linkStatus, endedAtMeeting: linkStatus } as const;

type LinkedMeeting = MeetingVisibility | null;

/**
 * A term as a meeting page shows it: the link to the meeting at its other end only when that meeting is published,
 * so a page never names a draft. The meeting being shown is the one the caller may already see.
 */
export function withPublicLinks<
  T extends {
    startedAtMeetingId: string | null;
    endedAtMeetingId: string | null;
    startedAtMeeting: LinkedMeeting;
    endedAtMeeting: LinkedMeeting;
  },
>(term: T, shownMeetingId: string): T {
  return {
    ...term,
    startedAtMeetingId:
      term.startedAtMeetingId === shownMeetingId || isPublicMeeting(term.startedAtMeeting)
        ? term.startedAtMeetingId
        : null,
    endedAtMeetingId:
      term.endedAtMeetingId === shownMeetingId || isPublicMeeting(term.endedAtMeeting)
        ? term.endedAtMeetingId
        : null,
  };
}

/**
 * The handover a meeting not yet published holds (schema.prisma, `Meeting.heldChairmanships`), or null when it holds
 * none and the terms linked to it are its handover.
 */
export function heldHandover(row: {
  heldChairmanships: Prisma.JsonValue;
}): MeetingRecordChairmanship[] | null {
  return row.heldChairmanships === null
    ? null
    : MeetingRecordChairmanship.array().parse(row.heldChairmanships);
}
