import type { PartialDate } from "../common/partial-date";
import { isWhollyBefore } from "../common/partial-date";
import type { IssuePath, RuleIssue } from "./rule-issue";

export type DateOrderOptions = {
  /** Path of the dated record inside the one being saved, e.g. ["chairmanships", 1]. */
  path?: IssuePath;
  /** Field names when they are not startDate/endDate, e.g. ["validFrom", "validTo"]. */
  fields?: readonly [start: string, end: string];
  /** What the dates belong to, for the message: "The meeting", "Russia's chairmanship". */
  subject?: string;
};

/**
 * Rule 1: an end date is never before its start date (error); equal dates are allowed. With partial dates the
 * end is "before" only when its whole period is: an end of "2020-11" after a start of "2020-11-10" may be right,
 * so it passes; "2020" after "2021-03" cannot be.
 */
export function checkDateOrder(
  dates: { startDate?: PartialDate | null; endDate?: PartialDate | null },
  options: DateOrderOptions = {},
): RuleIssue[] {
  const { path = [], fields = ["startDate", "endDate"], subject = "This record" } = options;
  const { startDate, endDate } = dates;
  if (!startDate || !endDate || !isWhollyBefore(endDate, startDate)) return [];
  return [
    {
      rule: "dates",
      code: "end_before_start",
      severity: "error",
      path: [...path, fields[1]],
      message: `${subject} ends (${endDate}) before it starts (${startDate}); the end date must be on or after the start date.`,
    },
  ];
}
