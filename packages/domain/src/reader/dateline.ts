import type { Evidence } from "./proposal";

// A release's dateline: the place it was filed from, sometimes the place's country, the day, an agency, a dash —
// "ASTANA, Oct 14 –", "PUERTO VALLARTA, Mexico, July 24, 2018 –", "Baku. 16 October.", "BRASILIA, 15/04/2010 –",
// "Riyadh, December 9, 2022, SPA --", "MOSCOW (Reuters) —", "MINSK — …". The reader reads every dateline here: the
// publication date (`dates.ts`), the venue and the day of a meeting reported "today" (`meeting.ts`), the host country
// (`implied-chairs.ts`) and where a sentence's subject starts (`participants.ts`).

const WEEKDAY = String.raw`(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b`;
// A place: up to four words, the first capitalised ("NEW DELHI", "Sharm el-Sheikh", "LOMÉ", "St. Petersburg", "Nay Pyi
// Taw"), none a weekday ("On Monday, 5 May" opens a sentence, not a dateline).
const PLACE = String.raw`(?!${WEEKDAY})\p{Lu}[\p{L}'’.-]*(?:[ -](?!${WEEKDAY})\p{L}[\p{L}'’.-]*){0,3}`;
// A place in capitals alone before a dash: "MINSK — ", "NEW DELHI — ".
const PLACE_IN_CAPITALS = String.raw`\p{Lu}[\p{Lu}'’.-]*(?:[ -]\p{Lu}[\p{Lu}'’.-]*){0,3}`;
// Where a day starts: "Oct 14", "Sept. 29", "14 October", "15/04/2010".
const DAY_AHEAD = String.raw`(?=\p{Lu}\p{Ll}{2,8}\.?\s+\d|\d{1,2}(?:\s+\p{Lu}|[./-]\d))`;
// A day in words, with its year or not: "July 24, 2018", "Dec 15", "24 August 2023".
const DAY_IN_WORDS = String.raw`(?:\p{Lu}\p{Ll}{2,8}\.?\s+\d{1,2}|\d{1,2}\s+\p{Lu}\p{Ll}+)(?:,?\s+\d{4})?`;

// A paragraph opening with a dateline's place, the country after it or not, and the comma or full stop before its day.
const OPENING = new RegExp(String.raw`^(${PLACE})(?:,\s*(${PLACE})(?=,\s*${DAY_AHEAD}))?[,.][^\S\n]*`, "u");

/**
 * A sentence's lead that is a dateline, through the dash that ends it: the place (and its country), the day in words,
 * an agency in brackets or after a comma ("(Reuters)", ", SPA"), or the agency alone; or a place in capitals alone.
 */
export const DATELINE_LEAD = new RegExp(
  String.raw`^${PLACE_IN_CAPITALS}\s[-–—]\s+|^${PLACE}(?:,\s*${PLACE}(?=,\s*${DAY_AHEAD}))?(?:,\s*${DAY_IN_WORDS}\s*(?:\([^)]*\)\s*)?(?:,\s*[A-Z]{2,8}\s*)?|\s*\([^)]*\)\s*)[-–—]{1,2}\s*`,
  "u",
);

export interface DatelineOpening {
  /** The place as written ("PUERTO VALLARTA"). */
  place: Evidence;
  /** The country after the place, if the dateline names one ("Mexico"). */
  country: Evidence | null;
  /** Where the dateline's day would start: past the place, the country and the comma or full stop after them. */
  dayAt: number;
}

/**
 * The dateline opening `text` at `start` ("PLACE, ", "PLACE, Country, ", "Place. "), or null. Whether a day stands at
 * `dayAt` is the caller's to read, with the date reader it uses.
 */
export function datelineOpening(text: string, start: number, end = text.length): DatelineOpening | null {
  const found = OPENING.exec(text.slice(start, end));
  if (!found) return null;
  const place = found[1]!;
  const country = found[2];
  const countryStart = country === undefined ? -1 : start + found[0].indexOf(country, place.length);
  return {
    place: { start, end: start + place.length },
    country: country === undefined ? null : { start: countryStart, end: countryStart + country.length },
    dayAt: start + found[0].length,
  };
}

/** Whether a day at `at` is a dateline's: its paragraph opens with a dateline's place right before it. */
export function isDatelineDay(text: string, at: number): boolean {
  const paragraphStart = text.lastIndexOf("\n", at - 1) + 1;
  const paragraphEnd = text.indexOf("\n", at);
  return datelineOpening(text, paragraphStart, paragraphEnd < 0 ? text.length : paragraphEnd)?.dayAt === at;
}
