import { partialDatePrecision, type Locale, type PartialDate } from "@plenary/domain";

// Month names are written out so output does not depend on the ICU data of the Node build. Russian needs the
// genitive after a day ("10 ноября") and the nominative alone ("ноябрь 2020"); Chinese writes numbers.
const MONTHS = {
  en: [
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
  ],
  ru: [
    "январь",
    "февраль",
    "март",
    "апрель",
    "май",
    "июнь",
    "июль",
    "август",
    "сентябрь",
    "октябрь",
    "ноябрь",
    "декабрь",
  ],
  ruOfDay: [
    "января",
    "февраля",
    "марта",
    "апреля",
    "мая",
    "июня",
    "июля",
    "августа",
    "сентября",
    "октября",
    "ноября",
    "декабря",
  ],
} as const;

function split(date: PartialDate) {
  const [year, month, day] = date.split("-");
  return { year: year!, month: month ? Number(month) : undefined, day: day ? Number(day) : undefined };
}

function monthName(month: number, locale: Locale, withDay: boolean): string {
  if (locale === "ru") return (withDay ? MONTHS.ruOfDay : MONTHS.ru)[month - 1]!;
  return MONTHS.en[month - 1]!;
}

/** A date known to the year, month or day, at its own precision: "2021", "June 2019", "10 November 2020". */
export function formatPartialDate(date: PartialDate, locale: Locale = "en"): string {
  const { year, month, day } = split(date);
  const precision = partialDatePrecision(date);
  if (locale === "zh") {
    if (precision === "year") return `${year}年`;
    return precision === "month" ? `${year}年${month}月` : `${year}年${month}月${day}日`;
  }
  switch (precision) {
    case "year":
      return year;
    case "month":
      return `${monthName(month!, locale, false)} ${year}`;
    case "day":
      return `${day} ${monthName(month!, locale, true)} ${year}`;
  }
}

/**
 * A meeting's dates (both inclusive): "10 November 2020", "13–14 June 2019", "30 June – 1 July 2021",
 * "31 December 2020 – 1 January 2021". Partial or mixed-precision dates are written out in full.
 */
export function formatMeetingDates(
  startDate: PartialDate,
  endDate?: PartialDate | null,
  locale: Locale = "en",
): string {
  if (!endDate || endDate === startDate) return formatPartialDate(startDate, locale);
  const bothDays = partialDatePrecision(startDate) === "day" && partialDatePrecision(endDate) === "day";
  if (bothDays && locale !== "zh") {
    const start = split(startDate);
    const end = split(endDate);
    const endMonth = monthName(end.month!, locale, true);
    if (start.year === end.year && start.month === end.month)
      return `${start.day}–${end.day} ${endMonth} ${end.year}`;
    if (start.year === end.year)
      return `${start.day} ${monthName(start.month!, locale, true)} – ${end.day} ${endMonth} ${end.year}`;
  }
  const joiner = locale === "zh" ? "至" : " – ";
  return `${formatPartialDate(startDate, locale)}${joiner}${formatPartialDate(endDate, locale)}`;
}

const OPEN_ENDS: Record<Locale, { from: (d: string) => string; to: (d: string) => string }> = {
  en: { from: (d) => `from ${d}`, to: (d) => `until ${d}` },
  ru: { from: (d) => `с ${d}`, to: (d) => `до ${d}` },
  zh: { from: (d) => `${d}起`, to: (d) => `至${d}` },
};

/**
 * A period with open ends: "2021–2025", "from 10 November 2020", "until 2025", "14 June 2019 – 10 November 2020".
 * Returns null when neither end is known.
 */
export function formatPeriod(
  from: PartialDate | null,
  to: PartialDate | null,
  locale: Locale = "en",
): string | null {
  if (from && to) {
    const compact = partialDatePrecision(from) === "year" && partialDatePrecision(to) === "year";
    if (compact) return `${from}–${to}`;
    return `${formatPartialDate(from, locale)}${locale === "zh" ? "至" : " – "}${formatPartialDate(to, locale)}`;
  }
  if (from) return OPEN_ENDS[locale].from(formatPartialDate(from, locale));
  if (to) return OPEN_ENDS[locale].to(formatPartialDate(to, locale));
  return null;
}

const DATE_TIME = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:\d{2})?$/;

/**
 * When a source was published, as the source states it: "12 November 2020, 10:58". A time is shown in the
 * source's own clock (with its UTC offset when it gives one), never shifted into the reader's zone.
 */
export function formatSourceTimestamp(value: string, locale: Locale = "en"): string {
  const match = DATE_TIME.exec(value);
  if (!match) return formatPartialDate(value, locale);
  const [, day, hours, minutes, offset] = match;
  const zone = offset ? (offset === "Z" ? " UTC" : ` (UTC${offset})`) : "";
  return `${formatPartialDate(day!, locale)}, ${hours}:${minutes}${zone}`;
}
