import { COUNTRY_NAMES } from "./generated/country-names";
import { isoNameMatcher } from "./names-by-iso";

/** A country named in the text, found by the ISO 3166 country names (generated/country-names.ts), not the database. */
export interface WorldCountryMention {
  iso2: string;
  /** The name as the text has it. */
  name: string;
  start: number;
  end: number;
}

const matcher = isoNameMatcher(COUNTRY_NAMES);

// One text is read many times in small ranges: its mentions are found once (the last text only, so reads stay pure).
let last: { text: string; mentions: WorldCountryMention[] } | null = null;

// A compass or similar word written into a place's name: "Northern Cyprus", "Inner Mongolia", "Northern Ireland".
const PLACE_QUALIFIER =
  /(?:^|[^\p{L}])(?:North|South|East|West|Northern|Southern|Eastern|Western|Inner|Outer|Upper|Lower|New)\s$/u;

/**
 * Whether the country name at `start` is the end of a longer place's name ("the Turkish Republic of Northern Cyprus",
 * "Inner Mongolia"): then it names a region or another state, not the country.
 */
export function partOfLongerPlace(text: string, start: number): boolean {
  return PLACE_QUALIFIER.test(text.slice(Math.max(0, start - 12), start));
}

/** Every country name in `text[from, to)`, whether or not the reference data holds the country. */
export function worldCountryMentions(text: string, from = 0, to = text.length): WorldCountryMention[] {
  if (last?.text !== text) {
    const re = matcher().pattern;
    re.lastIndex = 0;
    const mentions = [...text.matchAll(re)]
      .filter((match) => !partOfLongerPlace(text, match.index))
      .map((match) => ({
        iso2: matcher().isoOf.get(match[0])!,
        name: match[0],
        start: match.index,
        end: match.index + match[0].length,
      }));
    last = { text, mentions };
  }
  return last.mentions.filter((mention) => mention.start >= from && mention.end <= to);
}

/** The first country name in a short phrase such as a title (no caching: the text being read keeps its own). */
export function worldCountryIn(phrase: string): WorldCountryMention | undefined {
  const re = matcher().pattern;
  re.lastIndex = 0;
  let match = re.exec(phrase);
  while (match && partOfLongerPlace(phrase, match.index)) match = re.exec(phrase);
  re.lastIndex = 0;
  return match
    ? {
        iso2: matcher().isoOf.get(match[0])!,
        name: match[0],
        start: match.index,
        end: match.index + match[0].length,
      }
    : undefined;
}
