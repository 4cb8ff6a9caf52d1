import { RECORD_KIND_NOUNS, countRecords, type RevisionEntityType } from "@plenary/domain";

/** The record kind a link table holds ("orgMembership" → "org_membership"), or null when it is no kind of record. */
function kindOf(table: string): RevisionEntityType | null {
  const kind = table.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
  return kind in RECORD_KIND_NOUNS ? (kind as RevisionEntityType) : null;
}

/**
 * What links to records, in words, from counts keyed "table.column" (merge.preview's answer) added up over
 * several records: "3 participations, 1 speech". Empty when nothing links to them.
 */
export function linkSummary(counts: readonly Record<string, number>[]): string {
  const totals = new Map<RevisionEntityType, number>();
  for (const record of counts) {
    for (const [key, count] of Object.entries(record)) {
      const kind = kindOf(key.split(".")[0]!);
      if (kind && count) totals.set(kind, (totals.get(kind) ?? 0) + count);
    }
  }
  return [...totals].map(([kind, count]) => countRecords(kind, count)).join(", ");
}
