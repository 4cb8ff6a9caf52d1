import type { KnownPerson, ReaderKnowledge } from "./knowledge";
import type { Candidate } from "./proposal";
import { normalize } from "./segment";

/**
 * Folds the spelling differences that transliteration from Russian (and other Cyrillic-script languages)
 * produces, so that variants of one name meet: ж → zh/j/dzh, х → kh/h, й/ы/и → y/i/j, ё/е/ю/я → yo/jo/io/e,
 * ye/je/ie, yu/ju/iu, ya/ja/ia, ц → ts/tz/c, щ → shch/sch, doubled consonants, ou/u.
 */
export function foldTransliteration(value: string): string {
  return normalize(value)
    .replace(/['-]/g, " ")
    .replace(/dzh|dj|zh/g, "j")
    .replace(/kh/g, "h")
    .replace(/shch|sch/g, "sh")
    .replace(/ts|tz/g, "c")
    .replace(/ou/g, "u")
    .replace(/[yj]/g, "i")
    .replace(/i+/g, "i")
    .replace(/ie|io/g, "e")
    .replace(/([b-df-hj-np-tv-z])\1/g, "$1")
    .replace(/\s+/g, " ")
    .trim();
}

// Two rows reused by every editDistance call: the reader compares each stated name with every candidate's spellings,
// and fresh arrays per comparison made the garbage collector a fifth of a read's time.
let rowA = new Uint32Array(64);
let rowB = new Uint32Array(64);

/** Levenshtein distance, for short strings such as names. */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  if (rowA.length <= b.length) {
    rowA = new Uint32Array(b.length + 1);
    rowB = new Uint32Array(b.length + 1);
  }
  let previous = rowA;
  let current = rowB;
  for (let j = 0; j <= b.length; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    const char = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(
        previous[j]! + 1,
        current[j - 1]! + 1,
        previous[j - 1]! + (char === b.charCodeAt(j - 1) ? 0 : 1),
      );
    }
    [previous, current] = [current, previous];
  }
  return previous[b.length]!;
}

/** 1 for equal strings, 0 for nothing in common. */
export function similarity(a: string, b: string): number {
  if (a.length === 0 && b.length === 0) return 1;
  return 1 - editDistance(a, b) / Math.max(a.length, b.length);
}

function trigrams(value: string): Set<string> {
  const padded = `  ${value} `;
  const result = new Set<string>();
  for (let i = 0; i < padded.length - 2; i++) result.add(padded.slice(i, i + 3));
  return result;
}

/** Dice coefficient over character trigrams: robust to reordered or missing words. */
export function trigramSimilarity(a: string, b: string): number {
  return dice(trigrams(a), trigrams(b));
}

function dice(x: ReadonlySet<string>, y: ReadonlySet<string>): number {
  let shared = 0;
  for (const gram of x) if (y.has(gram)) shared++;
  return (2 * shared) / (x.size + y.size || 1);
}

export interface NameScore {
  score: number;
  reason: "exact name" | "other name" | "transliteration" | "similar name" | "known name and more";
}

interface PreparedName {
  plain: string;
  folded: string;
  sortedFolded: string;
  /** Trigrams of `folded`, made once per name rather than once per comparison. */
  grams: ReadonlySet<string>;
  /** Letter counts of `plain` and `folded` (see `letterCounts`), for a cheap bound on their edit distances. */
  plainCounts: Uint8Array;
  foldedCounts: Uint8Array;
}

// normalize() leaves a–z, 0–9, space, apostrophe and hyphen (names: hyphen made a space); anything else counts in
// one last slot.
const SLOTS = 39;
function slotOf(code: number): number {
  if (code >= 97 && code <= 122) return code - 97;
  if (code >= 48 && code <= 57) return code - 22;
  return code === 32 ? 36 : code === 39 ? 37 : 38;
}

/** How often each letter occurs in `value`. */
function letterCounts(value: string): Uint8Array {
  const counts = new Uint8Array(SLOTS);
  for (let i = 0; i < value.length; i++) {
    const slot = slotOf(value.charCodeAt(i));
    if (counts[slot]! < 255) counts[slot]!++;
  }
  return counts;
}

/** The bag distance: a lower bound of the edit distance (each edit changes each one-sided surplus by at most one). */
function bagDistance(a: Uint8Array, b: Uint8Array): number {
  let surplusA = 0;
  let surplusB = 0;
  for (let i = 0; i < SLOTS; i++) {
    const difference = a[i]! - b[i]!;
    if (difference > 0) surplusA += difference;
    else surplusB -= difference;
  }
  return Math.max(surplusA, surplusB);
}

/** An upper bound of `similarity(a, b)` from letter counts alone. */
function similarityBound(a: string, b: string, countsA: Uint8Array, countsB: Uint8Array): number {
  const longest = Math.max(a.length, b.length);
  return longest === 0 ? 1 : 1 - bagDistance(countsA, countsB) / longest;
}

function prepare(name: string): PreparedName {
  const folded = foldTransliteration(name);
  const plain = normalize(name).replace(/-/g, " ");
  return {
    plain,
    folded,
    sortedFolded: folded.split(" ").sort().join(" "),
    grams: trigrams(folded),
    plainCounts: letterCounts(plain),
    foldedCounts: letterCounts(folded),
  };
}

// The prepared forms of known names, kept across reads: each read brings its own knowledge (a database lookup),
// but at archive scale it holds the same thousand names again and again, and preparing them (a dozen regular
// expressions per name) was a fifth of a read's time. A prepared name depends on the name alone, so the cache
// changes no answer; it is emptied when it reaches its bound.
const PREPARED_LIMIT = 50_000;
const preparedNames = new Map<string, PreparedName>();

function preparedName(name: string): PreparedName {
  let prepared = preparedNames.get(name);
  if (!prepared) {
    if (preparedNames.size >= PREPARED_LIMIT) preparedNames.clear();
    prepared = prepare(name);
    preparedNames.set(name, prepared);
  }
  return prepared;
}

/**
 * How well two prepared names fit. With a `floor`, a pair whose score cannot reach it (by the bounds of its edit
 * distances from letter counts) is given 0 without computing them: the same candidates, far fewer edit distances.
 */
function scorePrepared(a: PreparedName, b: PreparedName, isOtherName: boolean, floor = 0): NameScore {
  if (a.plain === b.plain)
    return { score: isOtherName ? 0.97 : 1, reason: isOtherName ? "other name" : "exact name" };
  if (a.folded === b.folded) return { score: 0.93, reason: "transliteration" };
  // "Hassanal Bolkiah Mu'izzaddin Waddaulah", "Miguel Díaz-Canel Bermúdez": a known name of two words or more, then
  // more of the same person's names (a regnal style, a second family name).
  if (b.folded.includes(" ") && a.folded.startsWith(`${b.folded} `))
    return { score: 0.88, reason: "known name and more" };
  // Same words in another order ("Jinping Xi").
  if (a.sortedFolded === b.sortedFolded) return { score: 0.9, reason: "transliteration" };
  // Cheap bound first: names of very different length cannot be similar enough to matter.
  if (Math.abs(a.folded.length - b.folded.length) > Math.max(a.folded.length, b.folded.length) * 0.5)
    return { score: 0, reason: "similar name" };
  if (floor > 0) {
    // From letter counts alone first, with the trigrams' share at its most (1): most pairs stop here, before
    // their trigrams are compared.
    const foldedBound = similarityBound(a.folded, b.folded, a.foldedCounts, b.foldedCounts);
    const plainBound = similarityBound(a.plain, b.plain, a.plainCounts, b.plainCounts);
    if (0.92 * Math.max(foldedBound, 0.5 * plainBound + 0.5) < floor - 1e-9)
      return { score: 0, reason: "similar name" };
    const grams = dice(a.grams, b.grams);
    if (0.92 * Math.max(foldedBound, 0.5 * plainBound + 0.5 * grams) < floor - 1e-9)
      return { score: 0, reason: "similar name" };
    return similarScore(a, b, grams);
  }
  return similarScore(a, b, dice(a.grams, b.grams));
}

function similarScore(a: PreparedName, b: PreparedName, grams: number): NameScore {
  const score = Math.max(similarity(a.folded, b.folded), 0.5 * similarity(a.plain, b.plain) + 0.5 * grams);
  return { score: 0.92 * score, reason: "similar name" };
}

/** How well a stated name fits one spelling of a known name. */
export function scoreName(stated: string, known: string, isOtherName = false): NameScore {
  return scorePrepared(prepare(stated), prepare(known), isOtherName);
}

/** Every spelling the database knows for a person. */
export function knownSpellings(person: KnownPerson): { name: string; other: boolean }[] {
  const spellings = [{ name: person.nameI18n.en, other: false }];
  if (person.givenName && person.familyName) {
    spellings.push({ name: `${person.givenName} ${person.familyName}`, other: false });
    spellings.push({ name: `${person.familyName} ${person.givenName}`, other: false });
  }
  for (const other of person.otherNames) spellings.push({ name: other.name, other: true });
  return spellings;
}

/**
 * The known people of a knowledge with their spellings, each distinct spelling (name and whether it is an other
 * name) held once: people share names (an archive's "Vladimir", a "given family" spelling equal to the English
 * name), and a spelling scores the same for every person who has it, so it is scored once per stated name.
 */
interface PreparedPeople {
  spellings: { prepared: PreparedName; other: boolean }[];
  /** Per person, the indexes of its spellings in `spellings`, in the order of `knownSpellings`. */
  people: { person: KnownPerson; spellings: number[] }[];
}

const preparedPeople = new WeakMap<ReaderKnowledge, PreparedPeople>();

function peopleOf(knowledge: ReaderKnowledge): PreparedPeople {
  let prepared = preparedPeople.get(knowledge);
  if (!prepared) {
    const spellings: PreparedPeople["spellings"] = [];
    const indexOf = new Map<string, number>();
    const people = knowledge.people.map((person) => ({
      person,
      spellings: knownSpellings(person).map((spelling) => {
        const key = `${spelling.other ? "o" : "n"}${spelling.name}`;
        let index = indexOf.get(key);
        if (index === undefined) {
          index = spellings.length;
          spellings.push({ prepared: preparedName(spelling.name), other: spelling.other });
          indexOf.set(key, index);
        }
        return index;
      }),
    }));
    prepared = { spellings, people };
    preparedPeople.set(knowledge, prepared);
  }
  return prepared;
}

// The plain forms of every known spelling, per knowledge: whether a stated name is one of them is a set lookup.
const knownPlainSpellings = new WeakMap<ReaderKnowledge, ReadonlySet<string>>();

/**
 * Whether `stated` is written exactly as a known person's name or other name — what `personCandidates` scores as an
 * "exact name" or "other name" —, without scoring it against every spelling.
 */
export function isKnownNameSpelling(stated: string, knowledge: ReaderKnowledge): boolean {
  let plain = knownPlainSpellings.get(knowledge);
  if (!plain) {
    plain = new Set(peopleOf(knowledge).spellings.map((spelling) => spelling.prepared.plain));
    knownPlainSpellings.set(knowledge, plain);
  }
  return plain.has(preparedName(stated).plain);
}

const CANDIDATE_FLOOR = 0.6;
const NO_MATCH: NameScore = { score: 0, reason: "similar name" };

/** Known people whose names fit the stated one, best first (scores ≥ 0.6). */
export function personCandidates(stated: string, knowledge: ReaderKnowledge): Candidate[] {
  const result: Candidate[] = [];
  const name = prepare(stated);
  const { spellings, people } = peopleOf(knowledge);
  // Each distinct spelling scored once; a person's best is the first of its highest, as when scored person by person.
  const scores = spellings.map((spelling) =>
    scorePrepared(name, spelling.prepared, spelling.other, CANDIDATE_FLOOR),
  );
  for (const { person, spellings: indexes } of people) {
    let best = NO_MATCH;
    for (const index of indexes) {
      const score = scores[index]!;
      if (score.score > best.score) best = score;
    }
    if (best.score >= CANDIDATE_FLOOR)
      result.push({
        id: person.id,
        label: person.nameI18n.en,
        score: round(best.score),
        reason: best.reason,
      });
  }
  return result.sort((a, b) => b.score - a.score || a.label.localeCompare(b.label));
}

// A patronymic between a given and a family name: Russian ("Vladimirovich", "Akayevich", "Grigoryevna", "Ilyinichna"),
// Kazakh and Kyrgyz ("Kemeluly", "Nurgozhoevich", "Tokayqyzy", "Sadyr uulu") or a father's name with "oglu", "o'g'li",
// "qizi" or "kyzy" after it (Azerbaijani, Uzbek, Turkmen: "Ilham Heydar oglu Aliyev").
const PATRONYMIC_WORD = /^\p{Lu}\p{Ll}+(?:vich|vitch|vna|ichna|uly|kyzy|qyzy|uulu)$/u;
const FATHERS_NAME_WITH = /^(?:uulu|oglu|oğlu|ogly|o['’]g['’]li|ugli|qizi|kizi|gizi|kyzy)$/iu;

/**
 * The name without its patronymic: "Askar Akayevich Akayev" → "Askar Akayev", "Kassym-Jomart Kemeluly Tokayev" →
 * "Kassym-Jomart Tokayev", "Ilham Heydar oglu Aliyev" → "Ilham Aliyev". Only between a given name and a family name:
 * a name of two words is left as it is.
 */
export function withoutPatronymic(name: string): string {
  const words = name.trim().split(/\s+/);
  if (words.length < 3) return name;
  const kept = words.filter((word, index) => {
    if (index === 0 || index === words.length - 1) return true;
    if (PATRONYMIC_WORD.test(word) || FATHERS_NAME_WITH.test(word)) return false;
    // The father's name before "oglu": "Heydar" in "Ilham Heydar oglu Aliyev".
    return !(index + 1 < words.length - 1 && FATHERS_NAME_WITH.test(words[index + 1]!));
  });
  return kept.length >= 2 && kept.length < words.length ? kept.join(" ") : name;
}

// A family name written in capitals, as ASEAN and UN releases write it ("NGUYEN Tan Dung", "XI Jinping"): two letters or
// more, in a name with other words that are not in capitals; never a Roman numeral closing it ("Benigno S. Aquino III").
const CAPITALS_WORD = /^\p{Lu}[\p{Lu}'’-]+$/u;
const ROMAN_NUMERAL = /^[IVXL]+$/;

function capitalsFamilyIndex(words: readonly string[]): number {
  const capitals = words.flatMap((word, index) =>
    CAPITALS_WORD.test(word) && !(index === words.length - 1 && ROMAN_NUMERAL.test(word)) ? [index] : [],
  );
  return capitals.length === 1 && words.length >= 2 ? capitals[0]! : -1;
}

/** "NGUYEN Tan Dung" → "Nguyen Tan Dung": a family name written in capitals, written as a name. */
export function casedName(name: string): string {
  const words = name.trim().split(/\s+/);
  const family = capitalsFamilyIndex(words);
  if (family < 0) return name;
  const word = words[family]!;
  words[family] = word[0] + word.slice(1).toLowerCase();
  return words.join(" ");
}

/**
 * Splits a name as stated into given and family name: the word written in capitals is the family name wherever it
 * stands ("NGUYEN Tan Dung", "Tan Dung NGUYEN"), else Western order is assumed.
 */
export function splitName(name: string): { givenName: string | null; familyName: string | null } {
  const stated = name.trim().split(/\s+/);
  const family = capitalsFamilyIndex(stated);
  if (family >= 0) {
    const words = casedName(name).split(/\s+/);
    return { givenName: words.filter((_, index) => index !== family).join(" "), familyName: words[family]! };
  }
  const words = stated;
  if (words.length < 2) return { givenName: null, familyName: words[0] ?? null };
  return { givenName: words.slice(0, -1).join(" "), familyName: words.at(-1)! };
}

/** The family name (or last word) of a person, for later mentions such as "Putin said". */
export function shortNames(person: KnownPerson | { name: string }): string[] {
  if ("nameI18n" in person) {
    const names = new Set<string>();
    if (person.familyName) names.add(person.familyName);
    for (const spelling of knownSpellings(person)) names.add(spelling.name.split(/\s+/).at(-1)!);
    return [...names];
  }
  return [person.name.split(/\s+/).at(-1)!];
}

export const round = (value: number) => Math.round(value * 100) / 100;

/** Initials written together spaced as a record writes them: "N.N.Bordyuzha" → "N. N. Bordyuzha", "A.Sh. X" → "A. Sh. X". */
export function spaceInitials(name: string): string {
  return name.replace(/(?<![\p{L}.])((?:\p{Lu}\p{Ll}?\.\s*)+)(?=\p{Lu})/gu, (initials: string) =>
    initials.replace(/\.\s*/g, ". "),
  );
}
