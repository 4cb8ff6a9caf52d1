/** Where in the record being saved an issue belongs, e.g. ["participations", 3, "occupancyId"]. */
export type IssuePath = (string | number)[];

/** Errors block a save; warnings are shown to the editor but do not block. */
export type RuleSeverity = "error" | "warning";

export type RuleIssue = {
  /** The rule that raised it (see DOMAIN.md, "Rules"), e.g. "occupancy". */
  rule: string;
  /** Stable machine code for the outcome, e.g. "occupancy_outside_meeting". */
  code: string;
  severity: RuleSeverity;
  path: IssuePath;
  /** A sentence an editor can act on. */
  message: string;
};

export function hasErrors(issues: readonly RuleIssue[]): boolean {
  return issues.some((issue) => issue.severity === "error");
}

export function errorsOf(issues: readonly RuleIssue[]): RuleIssue[] {
  return issues.filter((issue) => issue.severity === "error");
}

export function warningsOf(issues: readonly RuleIssue[]): RuleIssue[] {
  return issues.filter((issue) => issue.severity === "warning");
}

/**
 * Display names for the ids a rule mentions, so messages read "Vladimir Putin" rather than an id. Every table
 * is optional; a missing name falls back to a description with the id.
 */
export type NameLookup = {
  persons?: Readonly<Record<string, string>>;
  posts?: Readonly<Record<string, string>>;
  countries?: Readonly<Record<string, string>>;
  organizations?: Readonly<Record<string, string>>;
};

export function nameOf(
  table: Readonly<Record<string, string>> | undefined,
  id: string,
  kind: string,
): string {
  return table?.[id] ?? `${kind} ${id}`;
}

/** Indexes records by id, for rules that look records up. */
export function indexById<T extends { id: string }>(records: readonly T[]): Record<string, T> {
  return Object.fromEntries(records.map((record) => [record.id, record]));
}
