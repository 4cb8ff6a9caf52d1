import type { Evidence } from "./proposal";
import { datelineOpening } from "./dateline";
import type { Paragraph } from "./segment";

const MONTHS = [
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
];
// Capitalised, or in capitals as news agencies write date lines ("DUSHANBE, SEPTEMBER 28, ARMENPRESS").
const MONTH =
  "(January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?|JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER)";
const DAY = "(\\d{1,2})(?:st|nd|rd|th)?";
const RANGE_SEP = "\\s*(?:-|–|—|to|and)\\s*";

export interface FoundDate {
  /** First day, "YYYY-MM-DD", or "MM-DD" when the text gives no year. */
  start: { year: number | null; month: number; day: number };
  end: { year: number | null; month: number; day: number };
  evidence: Evidence;
}

export interface FoundTimestamp {
  value: string;
  evidence: Evidence;
}

/** A month's number (1–12) from its English name or abbreviation ("March", "mar.", "Sept"); 0 for none. */
export function monthNumber(name: string): number {
  const key = name.toLowerCase().replace(".", "").slice(0, 3);
  return MONTHS.findIndex((month) => month.startsWith(key)) + 1;
}

const pad = (n: number) => String(n).padStart(2, "0");

/** A day the calendar has: never "29 February 2014" nor "31 April" (29 February with no year may be a leap year's). */
function possibleDay(date: { year: number | null; month: number; day: number }): boolean {
  if (date.day < 1 || date.month < 1 || date.month > 12) return false;
  const leap =
    date.year === null || (date.year % 4 === 0 && (date.year % 100 !== 0 || date.year % 400 === 0));
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][date.month - 1]!;
  return date.day <= days;
}

/** Dates with month names in one stretch of text: "November 10", "10 November 2020", "16-17 September 2021", "September 16–17, 2021". */
export function findDates(text: string, from = 0, to = text.length): FoundDate[] {
  const slice = text.slice(from, to);
  const found: FoundDate[] = [];
  const patterns: { re: RegExp; read: (m: RegExpExecArray) => Omit<FoundDate, "evidence"> }[] = [
    {
      // November 30 and December 1, 2014 / November 30 – December 1, 2014 / from November 30 to December 1: two
      // months written month first, the year after the second day.
      re: new RegExp(`\\b${MONTH}\\s+${DAY}${RANGE_SEP}${MONTH}\\s+${DAY}(?:,?\\s+(\\d{4}))?\\b`, "g"),
      read: (m) => {
        const year = m[5] ? Number(m[5]) : null;
        return {
          start: { year, month: monthNumber(m[1]!), day: Number(m[2]) },
          end: { year, month: monthNumber(m[3]!), day: Number(m[4]) },
        };
      },
    },
    {
      // 16-17 September 2021 / 10 November 2020 / 10 November / 30 November - 1 December 2022
      re: new RegExp(
        `\\b${DAY}(?:\\s+${MONTH})?(?:${RANGE_SEP}${DAY})?\\s+${MONTH}(?:,?\\s+(\\d{4}))?\\b`,
        "g",
      ),
      read: (m) => {
        const year = m[5] ? Number(m[5]) : null;
        const endMonth = monthNumber(m[4]!);
        const startMonth = m[2] ? monthNumber(m[2]) : endMonth;
        const startDay = Number(m[1]);
        const endDay = m[3] ? Number(m[3]) : m[2] ? startDay : startDay;
        if (m[2] && !m[3])
          return {
            start: { year, month: startMonth, day: startDay },
            end: { year, month: startMonth, day: startDay },
          };
        // "28-1 March 2014": a first day after the last, with one month named, is in the month before.
        if (!m[2] && m[3] && startDay > endDay)
          return {
            start: {
              year: year !== null && endMonth === 1 ? year - 1 : year,
              month: endMonth === 1 ? 12 : endMonth - 1,
              day: startDay,
            },
            end: { year, month: endMonth, day: endDay },
          };
        return {
          start: { year, month: startMonth, day: startDay },
          end: { year, month: endMonth, day: endDay },
        };
      },
    },
    {
      // November 10 / November 10, 2020 / September 16-17, 2021
      re: new RegExp(`\\b${MONTH}\\s+${DAY}(?:${RANGE_SEP}${DAY})?(?:,?\\s+(\\d{4}))?\\b`, "g"),
      read: (m) => {
        const year = m[4] ? Number(m[4]) : null;
        const month = monthNumber(m[1]!);
        const startDay = Number(m[2]);
        return {
          start: { year, month, day: startDay },
          end: { year, month, day: m[3] ? Number(m[3]) : startDay },
        };
      },
    },
  ];
  for (const { re, read } of patterns) {
    for (const match of slice.matchAll(re)) {
      const start = from + match.index;
      const end = start + match[0].length;
      if (found.some((date) => date.evidence.start < end && start < date.evidence.end)) continue;
      const date = read(match as RegExpExecArray);
      if (date.start.month < 1 || !possibleDay(date.start) || !possibleDay(date.end)) continue;
      found.push({ ...date, evidence: { start, end } });
    }
  }
  return found.sort((a, b) => a.evidence.start - b.evidence.start);
}

/**
 * Numeric timestamps such as the "12.11.2020 10:58" news sites print beside a headline, or "15/04/2010": day first, as
 * such sites write it, unless the first number cannot be a month's day and the second can ("04/15/2010"); with the
 * year first ("2020-11-12", or "2012/12/05" and "2012.12.05" as Chinese sites write it) the month comes next.
 */
export function findNumericTimestamps(text: string, from = 0, to = text.length): FoundTimestamp[] {
  const result: FoundTimestamp[] = [];
  const re =
    /\b(\d{1,2})([./])(\d{1,2})\2(\d{4})(?:(?:,?\s+|\s*[|·•–—]\s*)(\d{1,2}):(\d{2}))?\b|\b(\d{4})([-/.])(\d{1,2})\8(\d{1,2})(?:[T\s](\d{2}):(\d{2}))?\b/g;
  for (const match of text.slice(from, to).matchAll(re)) {
    const dayFirst = !(Number(match[3]) > 12 && Number(match[1]) <= 12);
    const [day, month, year, hour, minute] = match[1]
      ? [dayFirst ? match[1] : match[3], dayFirst ? match[3] : match[1], match[4], match[5], match[6]]
      : [match[10], match[9], match[7], match[11], match[12]];
    if (Number(month) < 1 || Number(month) > 12 || Number(day) < 1 || Number(day) > 31) continue;
    const date = `${year}-${pad(Number(month))}-${pad(Number(day))}`;
    const start = from + match.index;
    result.push({
      value: hour !== undefined ? `${date}T${pad(Number(hour))}:${minute}` : date,
      evidence: { start, end: start + match[0].length },
    });
  }
  return result;
}

/** The hour of a 12-hour clock's "am" or "pm" on the 24-hour clock ("10:42 pm" is 22, "12:05 am" is 0). */
function hourOfClock(hour: number, half: string | undefined): number {
  if (!half || hour < 1 || hour > 12) return hour;
  return (hour % 12) + (/^p$/i.test(half) ? 12 : 0);
}

export function formatDay(year: number, month: number, day: number): string {
  return `${year}-${pad(month)}-${pad(day)}`;
}

/**
 * The year for a date the text gives without one: the publication year, or the year before when the date
 * would otherwise fall after publication (a January item about a December meeting); `published` may be a year alone.
 */
export function completeYear(
  date: { year: number | null; month: number; day: number },
  published: string | null,
): number | null {
  if (date.year !== null) return date.year;
  if (!published) return null;
  const year = Number(published.slice(0, 4));
  // Only a year ("2022"): that year.
  if (published.length < 7) return year;
  const month = Number(published.slice(5, 7));
  return date.month > month + 1 ? year - 1 : year;
}

/**
 * The year for a date given without one, next to a known day: the first such day on or after `reference` when the
 * text looks forward ("the chairship passes to X from 1 January"), else the last one on or before it.
 */
export function yearAround(
  date: { year: number | null; month: number; day: number },
  reference: string,
  forward: boolean,
): number {
  if (date.year !== null) return date.year;
  const year = Number(reference.slice(0, 4));
  const day = formatDay(year, date.month, date.day).slice(5);
  const referenceDay = reference.slice(5, 10);
  if (forward) return day < referenceDay ? year + 1 : year;
  return day > referenceDay ? year - 1 : year;
}

// A sentence of running text ends as a sentence does, or with a colon before the list it leads into: a secretariat's
// statement may open "The Council held its session …, with the participation of:" and put its people one to a line.
// A headline rarely ends with a colon, and a label ("Press release:") is too short to count.
const RUNNING_SENTENCE_END = /(?:[.!?]["»”']?|:)$/;

/** Header paragraphs: those before the first paragraph that reads like running text. */
export function headerParagraphs(paragraphs: readonly Paragraph[]): Paragraph[] {
  const header: Paragraph[] = [];
  const words = (sentence: { text: string }) => sentence.text.split(/\s+/).length;
  for (const paragraph of paragraphs) {
    const ended = paragraph.sentences.filter((sentence) => RUNNING_SENTENCE_END.test(sentence.text));
    // A sentence of eight words or more; or, in a short release, two sentences of four or more ("The SCO summit was
    // held in Astana. The heads of state present were:"), which no headline or date line makes.
    const running =
      ended.some((sentence) => words(sentence) >= 8) ||
      ended.filter((sentence) => words(sentence) >= 4).length >= 2;
    if (running) break;
    header.push(paragraph);
  }
  return header;
}

/** The publication date: a timestamp in the header, a "Published …" line, or a dateline opening the first paragraph. */
export function findPublicationDate(text: string, paragraphs: readonly Paragraph[]): FoundTimestamp | null {
  const header = headerParagraphs(paragraphs);
  for (const paragraph of header) {
    const numeric = findNumericTimestamps(text, paragraph.start, paragraph.end)[0];
    if (numeric) return numeric;
    const named = findDates(text, paragraph.start, paragraph.end).find((date) => date.start.year !== null);
    if (named) {
      // "December 11, 2020 16:05": the time after the date belongs to it; "26 May 2025, 10:42 pm" on a 12-hour
      // clock is 22:42.
      // "29 June 2022 | 18:40": a bar or a dot between them too.
      const time = /^(?:,?\s+|\s*[|·•–—]\s*)(\d{1,2}):(\d{2})\b(?:\s*([ap])\.?m\b\.?)?/i.exec(
        text.slice(named.evidence.end, paragraph.end),
      );
      const day = publicationDay(named);
      if (time)
        return {
          value: `${day}T${String(hourOfClock(Number(time[1]), time[3])).padStart(2, "0")}:${time[2]}`,
          evidence: { start: named.evidence.start, end: named.evidence.end + time[0].length },
        };
      return { value: day, evidence: named.evidence };
    }
  }
  const date = datelineDate(text, paragraphs);
  if (date && date.start.year !== null) return { value: publicationDay(date), evidence: date.evidence };
  return numericDateline(text, paragraphs);
}

/**
 * The day a release dated by its header or dateline was published: that day, or for a span of days ("Labuan Bajo,
 * Indonesia, 10–11 May 2023" under a chairman's statement) the last one — the days are the meeting's, and what it
 * issued comes out when it closes.
 */
function publicationDay(date: FoundDate): string {
  const end = date.end.year !== null ? date.end : date.start;
  return formatDay(end.year ?? date.start.year!, end.month, end.day);
}

/** The first paragraph of the body, when it opens with a dateline's place ("PLACE, "), and where its date would start. */
function datelineDateStart(
  text: string,
  paragraphs: readonly Paragraph[],
): { body: Paragraph; at: number } | null {
  const body = paragraphs[headerParagraphs(paragraphs).length];
  const dateline = body && datelineOpening(text, body.start, body.end);
  return body && dateline ? { body, at: dateline.dayAt } : null;
}

/** A dateline with a numeric date opening the first paragraph of the body: "BRASILIA, 15/04/2010 –". */
function numericDateline(text: string, paragraphs: readonly Paragraph[]): FoundTimestamp | null {
  const start = datelineDateStart(text, paragraphs);
  if (!start) return null;
  const date = findNumericTimestamps(text, start.at, Math.min(start.body.end, start.at + 20))[0];
  return date?.evidence.start === start.at ? date : null;
}

/** A dateline opening the first paragraph of the body: "JOHANNESBURG, 24 August 2023 –", "ASTANA, Dec 15 —". */
function datelineDate(text: string, paragraphs: readonly Paragraph[]): FoundDate | null {
  const start = datelineDateStart(text, paragraphs);
  if (!start) return null;
  const date = findDates(text, start.body.start, start.at + 40)[0];
  return date?.evidence.start === start.at ? date : null;
}

/**
 * "ASTANA, Dec 15 —" with no other date of publication: the day the date line gives, in the year that puts it on or
 * after the meeting's first day (a report is not published before the meeting it reports).
 */
export function yearlessDatelinePublication(
  text: string,
  paragraphs: readonly Paragraph[],
  meetingStart: string | null,
): FoundTimestamp | null {
  const date = datelineDate(text, paragraphs);
  if (!date || date.start.year !== null || !meetingStart) return null;
  const year = yearAround(date.start, meetingStart, true);
  return { value: formatDay(year, date.start.month, date.start.day), evidence: date.evidence };
}
