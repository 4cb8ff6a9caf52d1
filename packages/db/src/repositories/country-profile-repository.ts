import type {
  Correction,
  Chairmanship,
  Country,
  OrgMembership,
  Organization,
  Participation,
  Person,
  Post,
} from "@plenary/domain";
import type { Db } from "../client";
import { RecordNotFoundError } from "./errors";
import {
  toChairmanship,
  toCountry,
  toOrgMembership,
  toOrganization,
  toParticipation,
  toPerson,
  toPost,
} from "./mappers";
import type { MeetingSummary } from "./meeting-repository";
import { meetingSummarySelect, newestMeetingsFirst, toMeetingSummary } from "./public-summaries";
import { handoverLinks } from "./handover-terms";
import {
  withoutTrashedLinks,
  publicCountry,
  publicMeetingId,
  publicOrganization,
  publicParticipation,
  publishedMeeting,
  unlessTrashed,
} from "./visibility";
import { correctionsOf } from "./public-corrections";

export interface CountryProfile {
  country: Country;
  /** Its status in each (public) organization over time, oldest first. */
  memberships: { membership: OrgMembership; organization: Organization }[];
  chairmanships: { chairmanship: Chairmanship; organization: Organization }[];
  /** Who represented it at each published meeting, newest meeting first. */
  representatives: {
    meeting: MeetingSummary;
    participations: { participation: Participation; person: Person; post: Post | null }[];
  }[];
  hostedMeetings: MeetingSummary[];
  /** When the public record was last corrected, and the corrections the public can see (newest first). */
  lastCorrectedAt: Date | null;
  corrections: Correction[];
}

/** A public country page: reads only, published meetings only, in a fixed number of queries. */
export class CountryProfileRepository {
  constructor(private readonly db: Db) {}

  async bySlug(slug: string): Promise<CountryProfile> {
    const row = await this.db.country.findFirst({
      where: { slug, ...publicCountry },
      include: {
        memberships: {
          where: { organization: publicOrganization },
          include: { organization: true },
          orderBy: [{ startDate: "asc" }],
        },
        chairmanships: {
          where: { organization: publicOrganization },
          include: { organization: true, ...handoverLinks },
          orderBy: [{ startDate: "asc" }],
        },
        representedAt: {
          where: { meeting: publishedMeeting, ...publicParticipation },
          include: {
            person: true,
            occupancy: { include: { post: true } },
            representingOrganization: { select: { deletedAt: true } },
            meeting: { select: meetingSummarySelect },
          },
          orderBy: [{ meeting: { startDate: "desc" } }, { protocolOrder: "asc" }],
        },
        hostedMeetings: {
          where: publishedMeeting,
          select: meetingSummarySelect,
          orderBy: newestMeetingsFirst,
        },
      },
    });
    if (!row) throw new RecordNotFoundError("country", slug);
    const byMeeting = new Map<string, CountryProfile["representatives"][number]>();
    for (const p of row.representedAt) {
      const entry = byMeeting.get(p.meetingId) ?? {
        meeting: toMeetingSummary(p.meeting),
        participations: [],
      };
      const post = unlessTrashed(p.occupancy?.post);
      const participation = toParticipation(
        withoutTrashedLinks(p, { representingOrganizationId: p.representingOrganization }),
      );
      entry.participations.push({
        participation,
        person: toPerson(p.person),
        post: post ? toPost(post) : null,
      });
      byMeeting.set(p.meetingId, entry);
    }
    return {
      country: toCountry(row),
      memberships: row.memberships.map((m) => ({
        membership: toOrgMembership(m),
        organization: toOrganization(m.organization),
      })),
      chairmanships: row.chairmanships.map((c) => ({
        chairmanship: toChairmanship({
          ...c,
          startedAtMeetingId: publicMeetingId(c.startedAtMeetingId, c.startedAtMeeting),
          endedAtMeetingId: publicMeetingId(c.endedAtMeetingId, c.endedAtMeeting),
        }),
        organization: toOrganization(c.organization),
      })),
      representatives: [...byMeeting.values()],
      hostedMeetings: row.hostedMeetings.map(toMeetingSummary),
      ...(await correctionsOf(this.db, "country", row.id)),
    };
  }
}
