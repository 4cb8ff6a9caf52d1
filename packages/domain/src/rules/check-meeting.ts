import type { Meeting } from "../entities/meeting";
import type { Occupancy } from "../entities/occupancy";
import type { Participation } from "../entities/participation";
import { checkCategories } from "./category-membership";
import type { MembershipFacts } from "./category-membership";
import { checkChair } from "./chair";
import { checkDateOrder } from "./dates";
import type { OccupancyFacts } from "./occupancy-covers-meeting";
import { checkOccupancies } from "./occupancy-covers-meeting";
import { checkPublishable } from "./publishable";
import type { NameLookup, RuleIssue } from "./rule-issue";
import { indexById, nameOf } from "./rule-issue";
import { checkSlug } from "./slugs";
import type { TallyCheckInput } from "./tally-count";
import { checkTallies } from "./tally-count";
import type { ChairmanshipFacts, MeetingDates } from "./terms-overlap";
import { checkTerms } from "./terms-overlap";
import { checkUniqueParticipants } from "./unique-participants";

/**
 * A meeting as an editor saves it, with what the rules need to judge it. Paths in the issues are relative to
 * this object: ["participations", 3, "occupancyId"], ["tallies", 0, "count"], ["startDate"].
 */
export type MeetingRecord = {
  meeting: Pick<
    Meeting,
    "titleI18n" | "startDate" | "endDate" | "bodyId" | "coChaired" | "status" | "sources"
  > & {
    /** Absent for a meeting not created yet. */
    id?: string | null;
    slug?: string | null;
  };
  participations: readonly Pick<
    Participation,
    "personId" | "occupancyId" | "representingCountryId" | "category" | "role" | "mode"
  >[];
  /** The occupancies the participations link to. */
  occupancies?: readonly (OccupancyFacts & Pick<Occupancy, "id">)[];
  /** Memberships in the organization the meeting's body belongs to. */
  memberships?: readonly MembershipFacts[];
  tallies?: TallyCheckInput["tallies"];
  documents?: TallyCheckInput["documents"];
  /** Chairmanships of the organization, including those handed over at this meeting. */
  chairmanships?: readonly ChairmanshipFacts[];
  /** Other meetings the chairmanships start or end at, by id, so that both ends of a term are checked. */
  handoverMeetings?: Readonly<Record<string, MeetingDates>>;
  /** Slugs of other meetings (current and former), for the clash check; skipped when absent. */
  existingSlugs?: readonly { id: string; slug: string }[];
  names?: NameLookup;
};

/** Runs every rule that applies to a whole meeting record (rules 1–9) and returns all issues. */
export function checkMeeting(record: MeetingRecord): RuleIssue[] {
  const { meeting, participations, occupancies = [], memberships = [], chairmanships = [], names } = record;
  const countryName = (id: string) => nameOf(names?.countries, id, "country");
  const organizationName = (id: string) => nameOf(names?.organizations, id, "organization");

  return [
    ...checkDateOrder(meeting, { subject: "The meeting" }),
    ...occupancies.flatMap((occupancy, i) =>
      checkDateOrder(occupancy, {
        path: ["occupancies", i],
        subject: `${nameOf(names?.persons, occupancy.personId, "person")}'s term as ${nameOf(names?.posts, occupancy.postId, "post")}`,
      }),
    ),
    ...memberships.flatMap((membership, i) =>
      checkDateOrder(membership, {
        path: ["memberships", i],
        subject: `${countryName(membership.countryId)}'s membership in ${organizationName(membership.organizationId)}`,
      }),
    ),
    ...chairmanships.flatMap((chairmanship, i) =>
      checkDateOrder(chairmanship, {
        path: ["chairmanships", i],
        subject: `${countryName(chairmanship.countryId)}'s chairmanship of ${organizationName(chairmanship.organizationId)}`,
      }),
    ),
    ...checkOccupancies({ meeting, participations, occupanciesById: indexById(occupancies), names }),
    ...checkChair({ coChaired: meeting.coChaired, participations, names }),
    ...checkCategories({ meeting, participations, memberships, names }),
    ...checkTerms({
      memberships,
      chairmanships,
      meetingsById: { ...record.handoverMeetings, ...(meeting.id ? { [meeting.id]: meeting } : {}) },
      names,
    }),
    ...checkTallies({ tallies: record.tallies ?? [], documents: record.documents ?? [] }),
    ...checkPublishable({ meeting, participations }),
    ...(meeting.slug && record.existingSlugs
      ? checkSlug({ record: { id: meeting.id, slug: meeting.slug }, existing: record.existingSlugs })
      : []),
    ...checkUniqueParticipants(participations, names),
  ];
}
