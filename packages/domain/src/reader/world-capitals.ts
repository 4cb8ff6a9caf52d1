import { CAPITAL_NAMES } from "./generated/capital-names";
import { isoNameMatcher } from "./names-by-iso";
import type { ReaderKnowledge } from "./knowledge";
import type { Mention } from "./mentions";

// A capital standing for its state ("the chairmanship passes to Hanoi", "Baku takes over the presidency"): found by
// the capitals of generated/capital-names.ts, for a country the knowledge holds. Only the chair's and the handover's
// readings ask for them, and only where the capital is not a place: "talks in Moscow", "the Astana summit" and "the
// mayor of Baku" name a city.

const matcher = isoNameMatcher(CAPITAL_NAMES);

/** Whether `name` is a capital's name, whole ("Astana", "Nur-Sultan"): a city or its state, never a person. */
export function isCapitalName(name: string): boolean {
  return matcher().isoOf.has(name);
}

// A city as a place: after a preposition of place, a verb of travel, or "of" ("the people of Baku", "the city of Astana").
const PLACE_BEFORE =
  /(?:^|[^\p{L}])(?:in|at|near|outside|around|across|throughout|within|of|via|into|towards?|visited|visiting|visit|reached|leaving|left|(?:travell?ed|flew|returned|headed)\s+to)\s+(?:the\s+)?$/iu;
// A city as an attribute of what follows: "the Astana summit", "the Tashkent Declaration", "Baku-based", "Hanoi time".
const ATTRIBUTE_AFTER =
  /^(?:-|\s+(?:\p{Lu}|(?:summit|meeting|session|talks|forum|process|format|declaration|conference|agreement|initiative|city|region|office|airport|time|mayor|residents)\b))/u;

// A dateline: the city, then the day ("Astana, 4 July 2024 –", "Hanoi, Nov. 12 (VNA) –"), where the release was filed.
const DATELINE_AFTER =
  /^,?\s+(?:\d{1,2}(?:st|nd|rd|th)?\s+)?(?:\d{1,2}\b|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d)/;

/** Whether the capital at [start, end) is named as a place rather than standing for its state. */
export function capitalAsPlace(text: string, start: number, end: number): boolean {
  return (
    PLACE_BEFORE.test(text.slice(Math.max(0, start - 16), start)) ||
    ATTRIBUTE_AFTER.test(text.slice(end, end + 16)) ||
    DATELINE_AFTER.test(text.slice(end, end + 24))
  );
}

// The knowledge's countries by ISO code, indexed once per knowledge.
const byIso = new WeakMap<ReaderKnowledge, Map<string, string>>();

function countryIdOf(knowledge: ReaderKnowledge, iso2: string): string | undefined {
  let ids = byIso.get(knowledge);
  if (!ids) {
    ids = new Map(knowledge.countries.map((country) => [country.iso2, country.id]));
    byIso.set(knowledge, ids);
  }
  return ids.get(iso2);
}

/** The state whose capital is `city` ("Manama", "Phnom Penh"), when the knowledge holds it: the host of a meeting held there. */
export function stateOfCapital(knowledge: ReaderKnowledge, city: string): string | null {
  const iso2 = matcher().isoOf.get(city);
  return iso2 ? (countryIdOf(knowledge, iso2) ?? null) : null;
}

// One text is read many times in small ranges: its capitals are found once (the last text only, so reads stay pure).
let last: { text: string; capitals: { iso2: string; name: string; start: number; end: number }[] } | null =
  null;

function capitalsOf(text: string) {
  if (last?.text !== text) {
    const re = matcher().pattern;
    re.lastIndex = 0;
    const capitals = [...text.matchAll(re)]
      .map((match) => ({
        iso2: matcher().isoOf.get(match[0])!,
        name: match[0],
        start: match.index,
        end: match.index + match[0].length,
      }))
      .filter((capital) => !capitalAsPlace(text, capital.start, capital.end));
    last = { text, capitals };
  }
  return last.capitals;
}

/**
 * The capitals in text[from, to) that may stand for a state the knowledge holds, as mentions of that state; not one
 * named as a place (capitalAsPlace), nor one inside a longer mention `taken` already holds ("Kuwait City").
 */
export function capitalMentions(
  text: string,
  knowledge: ReaderKnowledge,
  from: number,
  to: number,
  taken: readonly Mention[] = [],
): Mention[] {
  const mentions: Mention[] = [];
  for (const { iso2, name, start, end } of capitalsOf(text)) {
    if (start < from || end > to) continue;
    if (taken.some((other) => other.start < end && start < other.end)) continue;
    const id = countryIdOf(knowledge, iso2);
    if (id) mentions.push({ id, start, end, asStated: name, via: "capital" });
  }
  return mentions;
}

/** The countries in text[from, to) and the capitals that stand for theirs, in the text's order. */
export function countriesAndCapitals(
  countries: readonly Mention[],
  text: string,
  knowledge: ReaderKnowledge,
  from: number,
  to: number,
): Mention[] {
  const capitals = capitalMentions(text, knowledge, from, to, countries);
  return capitals.length === 0
    ? [...countries]
    : [...countries, ...capitals].sort((a, b) => a.start - b.start);
}
