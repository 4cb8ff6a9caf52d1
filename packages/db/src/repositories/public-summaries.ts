// The short forms of records that public profile pages, registries and feeds list, with the visibility rules applied.
import type { LocalizedText } from "@plenary/domain";
import type { Prisma } from "../generated/prisma/client";
import type { MeetingSummary } from "./meeting-repository";
import { publicParticipation, unlessTrashed } from "./visibility";

export const meetingSummarySelect = {
  id: true,
  slug: true,
  titleI18n: true,
  startDate: true,
  endDate: true,
  status: true,
  body: { select: { slug: true, nameI18n: true, abbreviationI18n: true, deletedAt: true } },
  _count: { select: { participations: { where: publicParticipation } } },
} satisfies Prisma.MeetingSelect;

export function toMeetingSummary(
  row: Prisma.MeetingGetPayload<{ select: typeof meetingSummarySelect }>,
): MeetingSummary {
  const body = unlessTrashed(row.body);
  return {
    id: row.id,
    slug: row.slug,
    titleI18n: row.titleI18n as LocalizedText,
    startDate: row.startDate,
    endDate: row.endDate,
    status: row.status,
    body: body
      ? {
          slug: body.slug,
          nameI18n: body.nameI18n as LocalizedText,
          abbreviationI18n: (body.abbreviationI18n as LocalizedText | null) ?? null,
        }
      : null,
    participantCount: row._count.participations,
  };
}

/** Newest first, as every public list of meetings reads. */
export const newestMeetingsFirst = [
  { startDate: "desc" },
  { createdAt: "desc" },
] satisfies Prisma.MeetingOrderByWithRelationInput[];
