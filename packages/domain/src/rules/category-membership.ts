import { describeMeetingDates, meetingSpan, rangeCovers } from "../common/date-range";
import type { PartialDate } from "../common/partial-date";
import { label } from "../display/labels";
import type { MembershipStatus, OrgMembership } from "../entities/org-membership";
import type { Participation, ParticipationCategory } from "../entities/participation";
import type { NameLookup, RuleIssue } from "./rule-issue";
import { nameOf } from "./rule-issue";

export type MembershipFacts = Pick<
  OrgMembership,
  "organizationId" | "countryId" | "status" | "startDate" | "endDate"
>;

export type CategoryCheckInput = {
  meeting: { startDate: PartialDate | null; endDate?: PartialDate | null };
  participations: readonly Pick<Participation, "representingCountryId" | "category">[];
  /** Memberships in the organization the meeting belongs to (for a body such as a council: its parent IGO). */
  memberships: readonly MembershipFacts[];
  names?: NameLookup;
};

/** The participation category that each membership status implies; statuses without one imply nothing. */
const CATEGORY_OF_STATUS: Partial<Record<MembershipStatus, ParticipationCategory>> = {
  member: "member_state",
  founding_member: "member_state",
  observer: "observer_state",
  dialogue_partner: "dialogue_partner",
};
const MEMBERSHIP_CATEGORIES = new Set(Object.values(CATEGORY_OF_STATUS));

/**
 * Rule 4: a state's participation category agrees with its membership status on the meeting's dates
 * (member_state ↔ member/founding_member, observer_state ↔ observer, dialogue_partner ↔ dialogue_partner), in
 * both directions: a member listed as a guest state is flagged too. Warnings only: sources sometimes seat a
 * state unusually, and the editor decides.
 */
export function checkCategories(input: CategoryCheckInput): RuleIssue[] {
  const { meeting, participations, memberships, names } = input;
  if (meeting.startDate === null) return [];
  const span = meetingSpan({ startDate: meeting.startDate, endDate: meeting.endDate });
  const when = describeMeetingDates({ startDate: meeting.startDate, endDate: meeting.endDate });
  const organizationId = memberships[0]?.organizationId;
  const organization = organizationId
    ? nameOf(names?.organizations, organizationId, "organization")
    : "the organization";
  const issues: RuleIssue[] = [];

  participations.forEach((participation, index) => {
    const { category, representingCountryId: countryId } = participation;
    const categoryLabel = label("participationCategory", category, "en");
    if (!countryId) {
      if (MEMBERSHIP_CATEGORIES.has(category)) {
        issues.push({
          rule: "category",
          code: "category_without_country",
          severity: "warning",
          path: ["participations", index, "representingCountryId"],
          message: `This participant is listed under ${categoryLabel} but represents no country; set the country they represent.`,
        });
      }
      return;
    }
    const country = nameOf(names?.countries, countryId, "country");
    const statuses = memberships
      .filter((m) => m.countryId === countryId && rangeCovers(m, span))
      .map((m) => m.status);
    const implied = statuses.map((status) => CATEGORY_OF_STATUS[status]);
    if (implied.includes(category)) return;
    const path = ["participations", index, "category"];

    if (MEMBERSHIP_CATEGORIES.has(category) && statuses.length === 0) {
      issues.push({
        rule: "category",
        code: "category_no_membership",
        severity: "warning",
        path,
        message: `${country} is listed under ${categoryLabel}, but has no recorded status in ${organization} on ${when}; record its membership or change the category.`,
      });
      return;
    }
    const expected = implied.find((c) => c !== undefined);
    // Officials and guest organizations may come from a member state without representing it.
    if (MEMBERSHIP_CATEGORIES.has(category) || (category === "guest_state" && expected)) {
      const status = statuses.find((s) => CATEGORY_OF_STATUS[s] === expected) ?? statuses[0];
      const statusLabel = status ? label("membershipStatus", status, "en").toLowerCase() : "none";
      const advice = expected
        ? `change the category to ${label("participationCategory", expected, "en")}`
        : "change the category";
      issues.push({
        rule: "category",
        code: "category_mismatch",
        severity: "warning",
        path,
        message: `${country} is listed under ${categoryLabel}, but its status in ${organization} on ${when} was ${statusLabel}; ${advice} or correct the membership.`,
      });
    }
  });
  return issues;
}
