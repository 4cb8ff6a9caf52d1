import { Prisma } from "../generated/prisma/client";

/**
 * Nullable JSON columns. A `null` written to one must be SQL NULL (Prisma.DbNull), not the JSON value `null`: the
 * search expressions and every reader treat "no official name" as NULL, and a JSON `null` in its place broke them.
 */
export const NULLABLE_JSON = new Set([
  "officialNameI18n",
  "abbreviationI18n",
  "summaryI18n",
  "venueCity",
  "noteI18n",
  "themeI18n",
  "textI18n",
]);

/** The same data with each nullable JSON column's null written as SQL NULL. */
export function withSqlNulls<T extends object>(data: T): T {
  const entries = Object.entries(data).map(([key, value]) => [
    key,
    value === null && NULLABLE_JSON.has(key) ? Prisma.DbNull : value,
  ]);
  return Object.fromEntries(entries) as T;
}
