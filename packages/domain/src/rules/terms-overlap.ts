import { describeRange, isMeetingDay, rangesOverlap } from "../common/date-range";
import type { PartialDate } from "../common/partial-date";
import type { Chairmanship } from "../entities/chairmanship";
import type { MembershipFacts } from "./category-membership";
import type { NameLookup, RuleIssue } from "./rule-issue";
import { nameOf } from "./rule-issue";

export type ChairmanshipFacts = Pick<
  Chairmanship,
  "organizationId" | "countryId" | "startDate" | "endDate" | "startedAtMeetingId" | "endedAtMeetingId"
>;

export type MeetingDates = { startDate: PartialDate | null; endDate?: PartialDate | null };

/**
 * Rule 5, memberships: a country holds one status per organization at any date, so its memberships in one
 * organization may not overlap (half-open: one ending on the day the next starts is fine). Error, reported on
 * the later record of each overlapping pair.
 */
export function checkMembershipOverlaps(
  memberships: readonly MembershipFacts[],
  names?: NameLookup,
): RuleIssue[] {
  return overlaps(memberships, (m) => `${m.organizationId} ${m.countryId}`).map(([first, second]) => {
    const a = memberships[first]!;
    const b = memberships[second]!;
    const country = nameOf(names?.countries, b.countryId, "country");
    const organization = nameOf(names?.organizations, b.organizationId, "organization");
    return {
      rule: "terms",
      code: "membership_overlap",
      severity: "error",
      path: ["memberships", second, "startDate"],
      message: `${country}'s memberships in ${organization} overlap: ${a.status} ${describeRange(a)} and ${b.status} ${describeRange(b)}; a country has one status at a time, so end one where the other starts.`,
    };
  });
}

/** Rule 5, chairmanships: one organization has one presidency at a time (error on the later of a pair). */
export function checkChairmanshipOverlaps(
  chairmanships: readonly ChairmanshipFacts[],
  names?: NameLookup,
): RuleIssue[] {
  return overlaps(chairmanships, (c) => c.organizationId).map(([first, second]) => {
    const a = chairmanships[first]!;
    const b = chairmanships[second]!;
    const organization = nameOf(names?.organizations, b.organizationId, "organization");
    return {
      rule: "terms",
      code: "chairmanship_overlap",
      severity: "error",
      path: ["chairmanships", second, "startDate"],
      message: `${nameOf(names?.countries, a.countryId, "country")}'s chairmanship of ${organization} (${describeRange(a)}) overlaps ${nameOf(names?.countries, b.countryId, "country")}'s (${describeRange(b)}); the next term starts on the day the previous one ends.`,
    };
  });
}

/**
 * Rule 5, handovers: a meeting's date is the end of one term and the start of the next. A chairmanship that names
 * the meeting it started at starts on that meeting's date; one that names the meeting it ended at ends on it; and
 * it cannot start and end at the same meeting (errors). A meeting over several days may hand over on any of them.
 * Meetings missing from `meetingsById` are not checked.
 */
export function checkHandovers(
  chairmanships: readonly ChairmanshipFacts[],
  meetingsById: Readonly<Record<string, MeetingDates>>,
  names?: NameLookup,
): RuleIssue[] {
  const issues: RuleIssue[] = [];
  chairmanships.forEach((chairmanship, index) => {
    const country = nameOf(names?.countries, chairmanship.countryId, "country");
    const { startedAtMeetingId, endedAtMeetingId } = chairmanship;
    if (startedAtMeetingId && startedAtMeetingId === endedAtMeetingId) {
      issues.push({
        rule: "terms",
        code: "handover_same_meeting",
        severity: "error",
        path: ["chairmanships", index, "endedAtMeetingId"],
        message: `${country}'s chairmanship (${describeRange(chairmanship)}) is linked as starting and ending at the same meeting; a term runs from one handover to the next, so link the meeting where it ended, or where it started.`,
      });
      return;
    }
    const started = startedAtMeetingId ? meetingsById[startedAtMeetingId] : undefined;
    if (started?.startDate && !isMeetingDay(chairmanship.startDate, started)) {
      issues.push({
        rule: "terms",
        code: "handover_start_mismatch",
        severity: "error",
        path: ["chairmanships", index, "startDate"],
        message: `${country}'s chairmanship (${describeRange(chairmanship)}) starts at the meeting of ${started.startDate}, but not on that day; set its start date to ${started.startDate}, or say it ends there.`,
      });
    }
    const ended = endedAtMeetingId ? meetingsById[endedAtMeetingId] : undefined;
    if (ended?.startDate && !isMeetingDay(chairmanship.endDate, ended)) {
      issues.push({
        rule: "terms",
        code: "handover_end_mismatch",
        severity: "error",
        path: ["chairmanships", index, "endDate"],
        message: `${country}'s chairmanship (${describeRange(chairmanship)}) ends at the meeting of ${ended.startDate}, but not on that day; set its end date to ${ended.startDate}, or say it starts there.`,
      });
    }
  });
  return issues;
}

export type TermsCheckInput = {
  memberships?: readonly MembershipFacts[];
  chairmanships?: readonly ChairmanshipFacts[];
  /** Meetings that chairmanships name as where they started or ended, by id. */
  meetingsById?: Readonly<Record<string, MeetingDates>>;
  names?: NameLookup;
};

/** All of rule 5. */
export function checkTerms(input: TermsCheckInput): RuleIssue[] {
  const { memberships = [], chairmanships = [], meetingsById = {}, names } = input;
  return [
    ...checkMembershipOverlaps(memberships, names),
    ...checkChairmanshipOverlaps(chairmanships, names),
    ...checkHandovers(chairmanships, meetingsById, names),
  ];
}

/** Index pairs [earlier, later] of overlapping ranges that share a group key. */
function overlaps<T extends { startDate: PartialDate | null; endDate: PartialDate | null }>(
  ranges: readonly T[],
  groupOf: (range: T) => string,
): [number, number][] {
  const pairs: [number, number][] = [];
  ranges.forEach((b, j) => {
    for (let i = 0; i < j; i++) {
      const a = ranges[i]!;
      if (groupOf(a) === groupOf(b) && rangesOverlap(a, b)) pairs.push([i, j]);
    }
  });
  return pairs;
}
