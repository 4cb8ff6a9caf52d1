import {
  organizationById,
  rootOrganization,
  type KnownCountry,
  type KnownOrganization,
  type ReaderKnowledge,
} from "./knowledge";
import { hasCyrillic, russianCountryPhrases } from "./russian-countries";
import { phrasePattern } from "./segment";
import { partOfLongerPlace } from "./world-countries";

export interface Mention {
  id: string;
  start: number;
  end: number;
  /** Exactly as the text has it. */
  asStated: string;
  via: "name" | "official name" | "other name" | "abbreviation" | "demonym" | "capital";
}

interface Matcher {
  id: string;
  pattern: RegExp;
  /** The phrase's longest word, lower-case: a text without it cannot match (checked before the pattern). */
  needle: string;
  /**
   * For phrasePattern's patterns, the phrase's words that are plain ASCII letters and digits, lower-case: a match
   * holds each of them as a whole word of the text, so a text that lacks one cannot match (a Set lookup per word,
   * cheaper than the scan for the needle, and it rules out more phrases: "Republic of Korea" needs "korea" too).
   */
  words?: string[];
  via: Mention["via"];
  length: number;
}

interface Matchers {
  countries: Matcher[];
  /**
   * The countries' English phrases and their Russian ones (russian-countries.ts), made on the first text with
   * Cyrillic letters.
   */
  countriesWithRussian?: Matcher[];
  organizations: Matcher[];
}

const cache = new WeakMap<ReaderKnowledge, Matchers>();

function matchersOf(knowledge: ReaderKnowledge): Matchers {
  const cached = cache.get(knowledge);
  if (cached) return cached;
  const build = (
    id: string,
    phrase: string | undefined | null,
    via: Mention["via"],
    caseSensitive = false,
  ): Matcher[] =>
    phrase && phrase.trim()
      ? [
          {
            id,
            pattern: phrasePattern(phrase, caseSensitive),
            needle: longestWord(phrase),
            words: wordsOf(phrase),
            via,
            length: phrase.length,
          },
        ]
      : [];
  const countries = knowledge.countries.flatMap((country: KnownCountry) => [
    ...build(country.id, country.nameI18n.en, "name"),
    ...build(country.id, country.officialNameI18n?.en, "official name"),
    ...country.otherNames.flatMap((name) => build(country.id, name, "other name", name.length <= 4)),
    ...country.demonyms.flatMap((name) => build(country.id, name, "demonym")),
  ]);
  const organizations = knowledge.organizations.flatMap((organization: KnownOrganization) => [
    ...build(organization.id, organization.nameI18n.en, "name"),
    // A body named after its parent is named after any of the parent's names: "Executive Committee of the SCO
    // Regional Anti-Terrorist Structure" is also "… of the Regional Anti-Terrorist Structure" and "… of the RATS".
    ...parentSpellings(knowledge, organization).flatMap((name) => build(organization.id, name, "other name")),
    // Abbreviations are matched case-sensitively: "UN" is an organization, "un" is not.
    ...build(organization.id, organization.abbreviationI18n?.en, "abbreviation", true),
    ...organization.otherNames.flatMap((name) =>
      build(organization.id, name, "other name", name.length <= 5 && name === name.toUpperCase()),
    ),
  ]);
  const matchers: Matchers = { countries, organizations };
  cache.set(knowledge, matchers);
  return matchers;
}

/**
 * The body's name with its parent's name in it replaced by each other name of the parent; and a body named with its
 * parent's name first, with the parent named after it: "CIS Council of Heads of State" is also "Council of Heads of
 * State of the CIS" (which must not be read as another organization's "Council of Heads of State").
 */
function parentSpellings(knowledge: ReaderKnowledge, organization: KnownOrganization): string[] {
  const parent = organizationById(knowledge, organization.parentId);
  if (!parent) return [];
  const own = organization.nameI18n.en;
  const parentNames = [parent.nameI18n.en, parent.abbreviationI18n?.en, ...parent.otherNames].filter(
    (name): name is string => !!name && name.length > 2,
  );
  const inOwn = parentNames.find((name) => own.includes(name));
  if (!inOwn) return [];
  const rest = own.startsWith(`${inOwn} `) ? own.slice(inOwn.length + 1) : null;
  const spellings = [
    ...parentNames.filter((name) => name !== inOwn).map((name) => own.replace(inOwn, name)),
    ...(rest ? parentNames.map((name) => `${rest} of the ${name}`) : []),
  ];
  return spellings.filter((name) => !organization.otherNames.includes(name));
}

function withRussian(knowledge: ReaderKnowledge, matchers: Matchers): Matcher[] {
  matchers.countriesWithRussian ??= [
    ...matchers.countries,
    ...knowledge.countries.flatMap((country: KnownCountry) =>
      russianCountryPhrases(country).map((phrase) => ({ id: country.id, ...phrase })),
    ),
  ];
  return matchers.countriesWithRussian;
}

/** The words of a phrase that are ASCII letters and digits only, split as phrasePattern splits it, lower-case. */
function wordsOf(phrase: string): string[] {
  return phrase
    .trim()
    .split(/[\s\-‐‑‒–—]+/)
    .map((word) => word.toLowerCase())
    .filter((word) => /^[a-z0-9]+$/.test(word));
}

/** The longest word of a phrase, split as phrasePattern splits it, lower-case. */
function longestWord(phrase: string): string {
  const words = phrase.trim().split(/[\s\-‐‑‒–—]+/);
  return words.reduce((longest, word) => (word.length > longest.length ? word : longest), "").toLowerCase();
}

/**
 * Every mention of the matchers' phrases in text[from, to). A release names a handful of the hundreds of countries
 * and organizations the reader knows: a phrase whose longest word is not in the text is not tried (running each
 * pattern over the text was a quarter of a read's time).
 */
function find(
  text: string,
  from: number,
  to: number,
  matchers: readonly Matcher[],
  namesake: (mention: Mention, all: readonly Mention[]) => number = () => 0,
): Mention[] {
  const slice = text.slice(from, to);
  const lowerSlice = slice.toLowerCase();
  const all: Mention[] = [];
  // The slice's words (runs of letters and digits, lower-case, long s as "s" as a case-insensitive pattern reads
  // it): most phrases have a word that is not among them, and Set lookups spare those phrases any scan of the slice.
  const words = new Set(lowerSlice.replace(/\u017f/g, "s").split(/[^\p{L}\p{N}]+/u));
  // Whether the slice holds a needle, asked once per distinct needle: many phrases share their longest word
  // ("republic", "council", "organization").
  const holds = new Map<string, boolean>();
  for (const matcher of matchers) {
    if (matcher.words && !matcher.words.every((word) => words.has(word))) continue;
    let held = holds.get(matcher.needle);
    if (held === undefined) {
      held = lowerSlice.includes(matcher.needle);
      holds.set(matcher.needle, held);
    }
    if (!held) continue;
    matcher.pattern.lastIndex = 0;
    for (const match of slice.matchAll(matcher.pattern)) {
      all.push({
        id: matcher.id,
        start: from + match.index,
        end: from + match.index + match[0].length,
        asStated: match[0],
        via: matcher.via,
      });
    }
  }
  // Longest mention wins where mentions overlap ("Russian Federation" over "Russian"). Of namesakes (the same words
  // naming several records, as "Council of Heads of State" names a council of many organizations) the one `namesake`
  // scores highest, then the one named by its name rather than another, then the lowest id: never the order the
  // knowledge happens to list them in, which a database gives by random ids.
  const span = (mention: Mention) => `${mention.start}:${mention.end}`;
  const namesakes = new Map<string, number>();
  for (const mention of all) namesakes.set(span(mention), (namesakes.get(span(mention)) ?? 0) + 1);
  const score = new Map(
    all.map((mention) => [mention, namesakes.get(span(mention))! > 1 ? namesake(mention, all) : 0]),
  );
  all.sort(
    (a, b) =>
      b.end - b.start - (a.end - a.start) ||
      a.start - b.start ||
      score.get(b)! - score.get(a)! ||
      Number(b.via === "name") - Number(a.via === "name") ||
      (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
  const kept: Mention[] = [];
  for (const mention of all) {
    if (!kept.some((other) => other.start < mention.end && mention.start < other.end)) kept.push(mention);
  }
  return kept.sort((a, b) => a.start - b.start);
}

/** Forgets the mentions found so far; readPressRelease starts each read with it, so every read does all its work. */
export function forgetMentions(knowledge: ReaderKnowledge): void {
  found.delete(knowledge);
}

// Every mention in a text is found once per read; the reader then asks for many small ranges of the same text.
const found = new WeakMap<ReaderKnowledge, Map<string, { countries: Mention[]; organizations: Mention[] }>>();

function allMentions(
  text: string,
  knowledge: ReaderKnowledge,
): { countries: Mention[]; organizations: Mention[] } {
  let byText = found.get(knowledge);
  if (!byText) {
    byText = new Map();
    found.set(knowledge, byText);
  }
  let mentions = byText.get(text);
  if (!mentions) {
    if (byText.size > 100) byText.clear();
    const matchers = matchersOf(knowledge);
    mentions = {
      // Russian phrases are tried only in a text with Cyrillic letters: an English release pays nothing for them.
      // "the Turkish Republic of Northern Cyprus": a demonym before "Republic of" opens another state's name.
      countries: find(
        text,
        0,
        text.length,
        hasCyrillic(text) ? withRussian(knowledge, matchers) : matchers.countries,
        statesBeforeTerritories(knowledge),
      ).filter(
        (mention) =>
          (mention.via !== "demonym" ||
            !/^\s+Republic\s+of\b/.test(text.slice(mention.end, mention.end + 20))) &&
          !partOfLongerPlace(text, mention.start),
      ),
      organizations: ofAnotherOrganization(
        text,
        knowledge,
        find(text, 0, text.length, matchers.organizations, ancestorsNamed(knowledge)),
      ),
    };
    byText.set(text, mentions);
  }
  return mentions;
}

// "of GUAM", "of the CIS": the words right after an organization's name that say whose it is.
const WHOSE = /^\s+of\s+(?:the\s+)?(?=\p{Lu})/u;
const ACRONYM = /^\p{Lu}{2,8}(?![\p{L}\p{N}])/u;

/**
 * Without the mentions of a body named by words another organization's body shares, followed by the name of another
 * organization: "The Council of Heads of State of GUAM" is GUAM's council, not the SCO's "Council of Heads of
 * State" — whether the knowledge holds GUAM (another organization's mention follows) or not (an acronym it does not
 * hold follows). A name of the same organization after it ("… of the SCO") keeps it.
 */
function ofAnotherOrganization(
  text: string,
  knowledge: ReaderKnowledge,
  mentions: readonly Mention[],
): Mention[] {
  const starting = new Map(mentions.map((mention) => [mention.start, mention]));
  return mentions.filter((mention) => {
    if (mention.via === "abbreviation") return true;
    const whose = WHOSE.exec(text.slice(mention.end, mention.end + 12));
    if (!whose) return true;
    const at = mention.end + whose[0].length;
    const next = starting.get(at);
    if (next) return rootOrganization(knowledge, next.id)?.id === rootOrganization(knowledge, mention.id)?.id;
    return !ACRONYM.test(text.slice(at, at + 9));
  });
}

/**
 * Of countries named by the same words ("Indian": India and the British Indian Ocean Territory; "Congolese": both
 * Congos), the one the knowledge holds memberships of the most organizations for: a state before a territory, whose
 * leaders do not meet at summits. Countries the knowledge holds no memberships for tie, and the lowest id decides.
 */
function statesBeforeTerritories(knowledge: ReaderKnowledge): (mention: Mention) => number {
  let organizations: Map<string, Set<string>> | undefined;
  return (mention) => {
    if (!organizations) {
      organizations = new Map();
      for (const membership of knowledge.memberships) {
        const held = organizations.get(membership.countryId) ?? new Set<string>();
        held.add(membership.organizationId);
        organizations.set(membership.countryId, held);
      }
    }
    return organizations.get(mention.id)?.size ?? 0;
  };
}

/**
 * How many of an organization's parents the text names elsewhere: "the Council of Heads of State … the SCO member
 * states" is the SCO's council, not another organization's council of the same name.
 */
function ancestorsNamed(knowledge: ReaderKnowledge): (mention: Mention, all: readonly Mention[]) => number {
  let byId: Map<string, KnownOrganization> | undefined;
  return (mention, all) => {
    byId ??= new Map(knowledge.organizations.map((organization) => [organization.id, organization]));
    return parentsNamedElsewhere(byId, mention, all);
  };
}

function parentsNamedElsewhere(
  byId: ReadonlyMap<string, KnownOrganization>,
  mention: Mention,
  all: readonly Mention[],
): number {
  const elsewhere = new Set(
    all.filter((other) => other.end <= mention.start || other.start >= mention.end).map((other) => other.id),
  );
  let named = 0;
  const seen = new Set<string>();
  for (
    let parentId = byId.get(mention.id)?.parentId;
    parentId && !seen.has(parentId);
    parentId = byId.get(parentId)?.parentId
  ) {
    seen.add(parentId);
    if (elsewhere.has(parentId)) named++;
  }
  return named;
}

const within = (mentions: Mention[], from: number, to: number) =>
  mentions.filter((mention) => mention.start >= from && mention.end <= to);

export function countryMentions(
  text: string,
  knowledge: ReaderKnowledge,
  from = 0,
  to = text.length,
): Mention[] {
  return within(allMentions(text, knowledge).countries, from, to);
}

export function organizationMentions(
  text: string,
  knowledge: ReaderKnowledge,
  from = 0,
  to = text.length,
): Mention[] {
  return within(allMentions(text, knowledge).organizations, from, to);
}
