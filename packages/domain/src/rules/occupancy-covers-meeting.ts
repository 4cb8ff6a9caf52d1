import type { DateRange } from "../common/date-range";
import { describeMeetingDates, describeRange, meetingSpan, rangeCovers } from "../common/date-range";
import type { PartialDate } from "../common/partial-date";
import type { Occupancy } from "../entities/occupancy";
import type { Participation } from "../entities/participation";
import type { NameLookup, RuleIssue } from "./rule-issue";
import { nameOf } from "./rule-issue";

export type OccupancyFacts = Pick<Occupancy, "personId" | "postId" | "startDate" | "endDate">;

export type OccupancyCheckInput = {
  meeting: { startDate: PartialDate | null; endDate?: PartialDate | null };
  participations: readonly Pick<Participation, "personId" | "occupancyId">[];
  occupanciesById: Readonly<Record<string, OccupancyFacts>>;
  names?: NameLookup;
};

/**
 * Rule 2: the occupancy linked to a participation is the post its person held on the meeting's dates.
 * Error when the occupancy belongs to someone else (or is unknown); warning when its recorded term does not
 * cover the meeting — dates may just be imprecise, so the editor decides. Unknown (null) term dates count as
 * unbounded, so occupancies whose dates were left unknown pass.
 */
export function checkOccupancies(input: OccupancyCheckInput): RuleIssue[] {
  const { meeting, participations, occupanciesById, names } = input;
  const issues: RuleIssue[] = [];
  participations.forEach((participation, index) => {
    const { occupancyId, personId } = participation;
    if (!occupancyId) return;
    const path = ["participations", index, "occupancyId"];
    const person = nameOf(names?.persons, personId, "person");
    const occupancy = occupanciesById[occupancyId];
    if (!occupancy) {
      issues.push({
        rule: "occupancy",
        code: "occupancy_unknown",
        severity: "error",
        path,
        message: `The post linked to ${person} (occupancy ${occupancyId}) does not exist; link one of ${person}'s posts.`,
      });
      return;
    }
    const post = nameOf(names?.posts, occupancy.postId, "post");
    if (occupancy.personId !== personId) {
      const holder = nameOf(names?.persons, occupancy.personId, "person");
      issues.push({
        rule: "occupancy",
        code: "occupancy_other_person",
        severity: "error",
        path,
        message: `The post '${post}' linked to ${person} is ${holder}'s term, not ${person}'s; link a post ${person} held.`,
      });
      return;
    }
    if (meeting.startDate === null) return;
    const term: DateRange = { startDate: occupancy.startDate, endDate: occupancy.endDate };
    const meetingDates = { startDate: meeting.startDate, endDate: meeting.endDate };
    if (!rangeCovers(term, meetingSpan(meetingDates))) {
      issues.push({
        rule: "occupancy",
        code: "occupancy_outside_meeting",
        severity: "warning",
        path,
        message:
          `${person} held no recorded post '${post}' on ${describeMeetingDates(meetingDates)} ` +
          `(the recorded term runs ${describeRange(term)}); link the post held that day or correct the term's dates.`,
      });
    }
  });
  return issues;
}
