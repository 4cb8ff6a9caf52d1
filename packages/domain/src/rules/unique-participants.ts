import type { Participation } from "../entities/participation";
import type { NameLookup, RuleIssue } from "./rule-issue";
import { nameOf } from "./rule-issue";

/** Rule 9: no person appears twice in one meeting's participations (error on each repeat). */
export function checkUniqueParticipants(
  participations: readonly Pick<Participation, "personId">[],
  names?: NameLookup,
): RuleIssue[] {
  const firstRow = new Map<string, number>();
  const issues: RuleIssue[] = [];
  participations.forEach(({ personId }, index) => {
    const first = firstRow.get(personId);
    if (first === undefined) {
      firstRow.set(personId, index);
      return;
    }
    const person = nameOf(names?.persons, personId, "person");
    issues.push({
      rule: "unique-participant",
      code: "participant_duplicate",
      severity: "error",
      path: ["participations", index, "personId"],
      message: `${person} is listed twice (rows ${first + 1} and ${index + 1}); remove the duplicate row.`,
    });
  });
  return issues;
}
