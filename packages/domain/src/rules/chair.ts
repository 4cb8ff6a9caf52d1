import type { Participation, ParticipationMode } from "../entities/participation";
import type { NameLookup, RuleIssue } from "./rule-issue";
import { nameOf } from "./rule-issue";

export type ChairCheckInput = {
  coChaired: boolean;
  participations: readonly Pick<Participation, "personId" | "role" | "mode">[];
  names?: NameLookup;
};

/** How each mode falls short of attending; in_person and videoconference are attending. */
const ABSENCE: Partial<Record<ParticipationMode, string>> = {
  video_message: "only sent a video message",
  written_message: "only sent a written message",
  represented: "was represented by someone else",
};

/**
 * Rule 3: one chair per meeting unless it is marked co-chaired (warnings: none, several, or "co-chaired" with a
 * single chair). The chair must be a participant (error). The chair role sits on a participation, so this
 * reads as: the chair attends (in person or by videoconference); someone who only sent a video or written
 * message, or was represented, cannot have chaired.
 */
export function checkChair(input: ChairCheckInput): RuleIssue[] {
  const { coChaired, participations, names } = input;
  const issues: RuleIssue[] = [];
  const chairs = participations.flatMap((p, index) => (p.role === "chair" ? [{ ...p, index }] : []));
  const chairNames = chairs.map((c) => nameOf(names?.persons, c.personId, "person"));

  if (chairs.length === 0) {
    issues.push({
      rule: "chair",
      code: "chair_missing",
      severity: "warning",
      path: ["participations"],
      message: "No participant is marked as chair; give the person who chaired the meeting the role Chair.",
    });
  } else if (chairs.length > 1 && !coChaired) {
    issues.push({
      rule: "chair",
      code: "chair_multiple",
      severity: "warning",
      path: ["participations", chairs[1]!.index, "role"],
      message: `${joinNames(chairNames)} are each marked as chair; mark the meeting as co-chaired, or keep one chair and give the others another role.`,
    });
  } else if (chairs.length === 1 && coChaired) {
    issues.push({
      rule: "chair",
      code: "co_chair_single",
      severity: "warning",
      path: ["coChaired"],
      message: `The meeting is marked co-chaired but only ${chairNames[0]} is marked as chair; mark the other co-chair, or untick co-chaired.`,
    });
  }

  for (const [i, chair] of chairs.entries()) {
    const absence = ABSENCE[chair.mode];
    if (!absence) continue;
    issues.push({
      rule: "chair",
      code: "chair_not_attending",
      severity: "error",
      path: ["participations", chair.index, "mode"],
      message: `${chairNames[i]} is marked as chair but ${absence}; a chair attends in person or by videoconference, so correct the role or the mode.`,
    });
  }
  return issues;
}

function joinNames(names: readonly string[]): string {
  return names.length <= 2 ? names.join(" and ") : `${names.slice(0, -1).join(", ")} and ${names.at(-1)}`;
}
