import { countDocuments } from "../display/tally-label";
import type { Document } from "../entities/document";
import type { OutcomeTally } from "../entities/outcome-tally";
import type { RuleIssue } from "./rule-issue";

export type TallyCheckInput = {
  tallies: readonly Pick<OutcomeTally, "documentType" | "count">[];
  /** The meeting's documents. Trashed ones (deletedAt set) are not listed on the page, so they do not count. */
  documents: readonly (Pick<Document, "type"> & { deletedAt?: Date | null })[];
};

/** Rule 6: a tally's count is at least the number of the meeting's listed documents of that type (error). */
export function checkTallies(input: TallyCheckInput): RuleIssue[] {
  const issues: RuleIssue[] = [];
  input.tallies.forEach((tally, index) => {
    const listed = input.documents.filter((d) => d.type === tally.documentType && !d.deletedAt).length;
    if (tally.count >= listed) return;
    issues.push({
      rule: "tally",
      code: "tally_below_listed",
      severity: "error",
      path: ["tallies", index, "count"],
      message: `The count says ${countDocuments(tally.documentType, tally.count, "en")}, but ${countDocuments(tally.documentType, listed, "en")} of this meeting are listed; raise the count to at least ${listed} or remove a document.`,
    });
  });
  return issues;
}
