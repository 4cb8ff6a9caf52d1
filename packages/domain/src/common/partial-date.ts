import { z } from "zod";

/**
 * A calendar date known to the year, the month or the day: "2021", "2019-06", "2020-11-10".
 * A partial date stands for its whole period: "2021" is every day from 2021-01-01 up to (not including)
 * 2022-01-01. Everything below works on that period, expressed as full 'YYYY-MM-DD' strings, which compare
 * correctly as plain strings.
 */
const PATTERN = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

export type PartialDatePrecision = "year" | "month" | "day";

type Parts = { year: number; month?: number; day?: number };

function parts(value: string): Parts | null {
  const match = PATTERN.exec(value);
  if (!match) return null;
  const year = Number(match[1]);
  const month = match[2] === undefined ? undefined : Number(match[2]);
  const day = match[3] === undefined ? undefined : Number(match[3]);
  if (month !== undefined && (month < 1 || month > 12)) return null;
  if (day !== undefined && (day < 1 || day > daysInMonth(year, month ?? 1))) return null;
  return { year, month, day };
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

const pad = (n: number, width = 2) => String(n).padStart(width, "0");
const formatDay = (year: number, month: number, day: number) => `${pad(year, 4)}-${pad(month)}-${pad(day)}`;

export function isPartialDate(value: string): boolean {
  return parts(value) !== null;
}

export const PartialDate = z.string().refine(isPartialDate, {
  error: (issue) =>
    `"${String(issue.input)}" is not a calendar date: use YYYY, YYYY-MM or YYYY-MM-DD (e.g. 2021, 2019-06, 2020-11-10)`,
});
export type PartialDate = z.infer<typeof PartialDate>;

function mustParse(value: string): Parts {
  const result = parts(value);
  if (!result) throw new RangeError(`Not a partial date: "${value}"`);
  return result;
}

export function partialDatePrecision(value: PartialDate): PartialDatePrecision {
  const { month, day } = mustParse(value);
  return day !== undefined ? "day" : month !== undefined ? "month" : "year";
}

/** First day of the period, as 'YYYY-MM-DD'. */
export function partialDateStart(value: PartialDate): string {
  const { year, month, day } = mustParse(value);
  return formatDay(year, month ?? 1, day ?? 1);
}

/** First day AFTER the period (half-open), as 'YYYY-MM-DD'. */
export function partialDateEnd(value: PartialDate): string {
  const { year, month, day } = mustParse(value);
  // Date.UTC rolls day 32 / month 13 over into the next month / year, which is exactly "the day after".
  const next =
    day !== undefined
      ? new Date(Date.UTC(year, (month ?? 1) - 1, day + 1))
      : month !== undefined
        ? new Date(Date.UTC(year, month, 1))
        : new Date(Date.UTC(year + 1, 0, 1));
  return formatDay(next.getUTCFullYear(), next.getUTCMonth() + 1, next.getUTCDate());
}

/** Orders by the start of each period, then by its end, so "2021-01-01" sorts before "2021". For sorting. */
export function comparePartialDates(a: PartialDate, b: PartialDate): number {
  return (
    compareDays(partialDateStart(a), partialDateStart(b)) || compareDays(partialDateEnd(a), partialDateEnd(b))
  );
}

/** True when all of `a` lies before all of `b` ("2020" is before "2021-03"; "2021" is not before "2021-03"). */
export function isWhollyBefore(a: PartialDate, b: PartialDate): boolean {
  return partialDateEnd(a) <= partialDateStart(b);
}

/** True when `a` and `b` name the same period with the same precision. */
export function isSamePartialDate(a: PartialDate, b: PartialDate): boolean {
  return comparePartialDates(a, b) === 0;
}

/** Compares two full 'YYYY-MM-DD' days. */
export function compareDays(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
