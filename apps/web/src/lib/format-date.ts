import { partialDatePrecision, type PartialDate } from "@plenary/domain";

// English only for now: the site has one locale. Month names are written out so output does not depend on the
// ICU data of the Node build.
const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
] as const;

function split(date: PartialDate) {
  const [year, month, day] = date.split("-");
  return {
    year: year!,
    month: month ? MONTHS[Number(month) - 1]! : undefined,
    day: day ? String(Number(day)) : undefined,
  };
}

/** A date known to the year, month or day, at its own precision: "2021", "June 2019", "10 November 2020". */
export function formatPartialDate(date: PartialDate): string {
  const { year, month, day } = split(date);
  switch (partialDatePrecision(date)) {
    case "year":
      return year;
    case "month":
      return `${month} ${year}`;
    case "day":
      return `${day} ${month} ${year}`;
  }
}

/**
 * A meeting's dates (both inclusive): "10 November 2020", "13–14 June 2019", "30 June – 1 July 2021",
 * "31 December 2020 – 1 January 2021". Partial or mixed-precision dates are written out in full.
 */
export function formatMeetingDates(startDate: PartialDate, endDate?: PartialDate | null): string {
  if (!endDate || endDate === startDate) return formatPartialDate(startDate);
  const bothDays = partialDatePrecision(startDate) === "day" && partialDatePrecision(endDate) === "day";
  if (bothDays) {
    const start = split(startDate);
    const end = split(endDate);
    if (start.year === end.year && start.month === end.month)
      return `${start.day}–${end.day} ${end.month} ${end.year}`;
    if (start.year === end.year) return `${start.day} ${start.month} – ${end.day} ${end.month} ${end.year}`;
  }
  return `${formatPartialDate(startDate)} – ${formatPartialDate(endDate)}`;
}

/**
 * A period with open ends: "2021–2025", "from 10 November 2020", "until 2025", "14 June 2019 – 10 November 2020".
 * Returns null when neither end is known.
 */
export function formatPeriod(from: PartialDate | null, to: PartialDate | null): string | null {
  if (from && to) {
    const compact = partialDatePrecision(from) === "year" && partialDatePrecision(to) === "year";
    return compact ? `${from}–${to}` : `${formatPartialDate(from)} – ${formatPartialDate(to)}`;
  }
  if (from) return `from ${formatPartialDate(from)}`;
  if (to) return `until ${formatPartialDate(to)}`;
  return null;
}

const DATE_TIME = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:\d{2})?$/;

/**
 * When a source was published, as the source states it: "12 November 2020, 10:58". A time is shown in the
 * source's own clock (with its UTC offset when it gives one), never shifted into the reader's zone.
 */
export function formatSourceTimestamp(value: string): string {
  const match = DATE_TIME.exec(value);
  if (!match) return formatPartialDate(value);
  const [, day, hours, minutes, offset] = match;
  const zone = offset ? (offset === "Z" ? " UTC" : ` (UTC${offset})`) : "";
  return `${formatPartialDate(day!)}, ${hours}:${minutes}${zone}`;
}
