import { Slug } from "../common/slug";
import type { IssuePath, RuleIssue } from "./rule-issue";

export type SlugCheckInput = {
  /** The record being saved; `id` is absent for a record not created yet. */
  record: { id?: string | null; slug: string };
  /** Current and former (redirecting) slugs of other records of the same type. */
  existing: readonly { id: string; slug: string }[];
  path?: IssuePath;
};

/**
 * Rule 8: slugs are lowercase ASCII (a–z, 0–9, hyphens) and unique per type (errors). A former slug still
 * redirects to its record, so it stays taken. Deriving slugs (from English title + date for meetings and
 * documents, English name otherwise) lives in common/slug.ts.
 */
export function checkSlug(input: SlugCheckInput): RuleIssue[] {
  const { record, existing, path = ["slug"] } = input;
  const format = Slug.safeParse(record.slug);
  if (!format.success) {
    return [
      {
        rule: "slug",
        code: "slug_invalid",
        severity: "error",
        path,
        message: `"${record.slug}" cannot be used as a slug. ${format.error.issues[0]?.message ?? ""}`.trim(),
      },
    ];
  }
  const clash = existing.find((other) => other.slug === record.slug && other.id !== record.id);
  if (!clash) return [];
  return [
    {
      rule: "slug",
      code: "slug_taken",
      severity: "error",
      path,
      message: `The slug "${record.slug}" is already used by another record (${clash.id}); choose another, e.g. by adding the year.`,
    },
  ];
}
