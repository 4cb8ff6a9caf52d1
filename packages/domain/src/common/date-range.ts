import type { PartialDate } from "./partial-date";
import { isWhollyBefore, partialDateEnd, partialDatePrecision, partialDateStart } from "./partial-date";

/**
 * A half-open date range: `startDate` is the first day in it, `endDate` the first day no longer in it, so a
 * chairmanship ending 2020-11-10 does not cover 2020-11-10 and the next one, starting 2020-11-10, does.
 *
 * Semantics chosen here (one reading everywhere, so rules agree with each other):
 * - `startDate: null` = unbounded past (unknown start: the range is not assumed to begin anywhere);
 *   `endDate: null` = open / ongoing.
 * - A partial bound stands for its whole period, and the range is read at its widest: a partial start begins
 *   at the first day of its period ("2021" → from 2021-01-01) and a partial end runs through its whole period
 *   ("2025" → up to, not including, 2026-01-01). So an Action Plan valid "2021"–"2025" covers all of 2021–2025.
 *   A full-day end is exclusive, as above. The widest reading gives imprecise data the benefit of the doubt in
 *   "does it cover" checks, and makes overlap checks flag two ranges that both claim a year, since on a date in
 *   that year one could not tell which applies.
 * - A range covers a date or another range when the other's whole span lies inside it. A partial date as the
 *   covered value is its whole period ("2020-11" is covered only by a range holding all of November 2020).
 * - Two ranges overlap when they share at least one day; ranges that merely touch (end = next start) do not.
 */
export type DateRange = {
  startDate: PartialDate | null;
  endDate: PartialDate | null;
};

/** Inclusive lower day and exclusive upper day, as 'YYYY-MM-DD'; null = unbounded. */
export type DayBounds = { from: string | null; to: string | null };

export function rangeBounds(range: DateRange): DayBounds {
  return {
    from: range.startDate === null ? null : partialDateStart(range.startDate),
    to: range.endDate === null ? null : endBound(range.endDate),
  };
}

function endBound(endDate: PartialDate): string {
  return partialDatePrecision(endDate) === "day" ? endDate : partialDateEnd(endDate);
}

function boundsOf(value: PartialDate | DateRange): DayBounds {
  return typeof value === "string"
    ? { from: partialDateStart(value), to: partialDateEnd(value) }
    : rangeBounds(value);
}

export function rangeCovers(range: DateRange, dateOrRange: PartialDate | DateRange): boolean {
  const outer = rangeBounds(range);
  const inner = boundsOf(dateOrRange);
  const startsInside = outer.from === null || (inner.from !== null && inner.from >= outer.from);
  const endsInside = outer.to === null || (inner.to !== null && inner.to <= outer.to);
  return startsInside && endsInside;
}

export function rangesOverlap(a: DateRange, b: DateRange): boolean {
  const x = rangeBounds(a);
  const y = rangeBounds(b);
  const aStartsBeforeBEnds = x.from === null || y.to === null || x.from < y.to;
  const bStartsBeforeAEnds = y.from === null || x.to === null || y.from < x.to;
  return aStartsBeforeBEnds && bStartsBeforeAEnds;
}

/**
 * Meetings give their dates the schema.org Event way: `endDate` is the last day (a one-day meeting has
 * startDate = endDate; a missing endDate means one day). This turns them into the half-open range used above.
 * An end before the start (rule 1 reports it) is ignored here, so that one slip is not reported again by every
 * rule that looks at the meeting's dates.
 */
export function meetingSpan(meeting: { startDate: PartialDate; endDate?: PartialDate | null }): DateRange {
  const { startDate, endDate } = meeting;
  const lastDay = endDate && !isWhollyBefore(endDate, startDate) ? endDate : startDate;
  return { startDate, endDate: partialDateEnd(lastDay) };
}

/**
 * Whether a date is one of a meeting's days: a full day within its dates (a meeting over several days may hand a
 * presidency over on any of them). A date known only to the month or year is not a meeting day.
 */
export function isMeetingDay(
  date: PartialDate | null,
  meeting: { startDate: PartialDate | null; endDate?: PartialDate | null },
): boolean {
  if (date === null || meeting.startDate === null || partialDatePrecision(date) !== "day") return false;
  return rangeCovers(meetingSpan({ startDate: meeting.startDate, endDate: meeting.endDate }), date);
}

/** Editor-facing description of a range: "from 2019-06-14 until 2020-11-10", "from 2020-11-10 on". */
export function describeRange(range: DateRange): string {
  const { startDate, endDate } = range;
  if (startDate && endDate) return `from ${startDate} until ${endDate}`;
  if (startDate) return `from ${startDate} on`;
  if (endDate) return `until ${endDate}`;
  return "with no recorded dates";
}

/** Editor-facing description of a meeting's dates: "2020-11-10" or "2019-06-13 – 2019-06-14". */
export function describeMeetingDates(meeting: {
  startDate: PartialDate;
  endDate?: PartialDate | null;
}): string {
  const { startDate, endDate } = meeting;
  return endDate && endDate !== startDate ? `${startDate} – ${endDate}` : startDate;
}
