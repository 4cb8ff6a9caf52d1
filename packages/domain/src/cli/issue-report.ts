import type { IssuePath, RuleIssue } from "../index";

/** ["meeting", "participations", 3, "personId"] → meeting.participations[3].personId */
export function pathText(path: IssuePath): string {
  if (path.length === 0) return "(record)";
  return path.map((key, i) => (typeof key === "number" ? `[${key}]` : i === 0 ? key : `.${key}`)).join("");
}

const count = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

/** One line per issue, errors first, then a summary line. */
export function issueReport(file: string, issues: readonly RuleIssue[]): string {
  const errors = issues.filter((issue) => issue.severity === "error");
  const warnings = issues.filter((issue) => issue.severity === "warning");
  const lines = [...errors, ...warnings].map(
    (issue) =>
      `${issue.severity.padEnd(7)} ${pathText(issue.path)}  ${issue.message} [${issue.rule}/${issue.code}]`,
  );
  const summary =
    issues.length === 0
      ? `${file}: passes every rule`
      : `${file}: ${count(errors.length, "error")}, ${count(warnings.length, "warning")}`;
  return [...lines, summary].join("\n");
}
