/**
 * Handovers worded without a verb that passes or takes the office — as presidential, foreign-ministry and news-agency
 * sites tell them: the outgoing term that ends ("Kazakhstan's chairmanship came to an end", "X ends its year at the
 * head of the bloc", "X's two years at the head of the Council are over"), the next holder in a good wish ("I wish
 * Kyrgyzstan every success in its chairmanship"), after "Next up is" once a term has been ended, or in a headline's
 * infinitive ("Tajikistan to chair the Commonwealth in 2025"). Each reads the words right before or after one country
 * mention, so that a text is read once per mention and no more.
 */

const OFFICE = "(?:presidency|chairmanship|chairship)";
/** A term named by its length or place rather than the office: only with "at the head of", "at the helm" after it. */
const TERM = "(?:year|years|term|tenure|mandate)";
/** Where a term is spent: "at the head of the bloc", "at the helm of the Organisation", "in the chair". */
const AT_THE_HEAD = String.raw`(?:at\s+the\s+(?:head|helm)|in\s+the\s+chair|as\s+(?:the\s+)?(?:chair|presiding\s+(?:country|state)))(?:\s+of\s+(?:the\s+)?[\w’'-]+(?:\s+[\w’'-]+){0,3}?)?`;
/** The words that end a term: "came to an end", "are over", "ended", "concluded", "expired". */
const ENDED = String.raw`(?:(?:has\s+|had\s+|have\s+)?(?:come|came|comes|coming)\s+to\s+(?:an|its)\s+end|(?:is|are|was|were)\s+(?:now\s+)?over|(?:has\s+|had\s+)?(?:ended|concluded|expired|drew\s+to\s+a\s+close|drawn\s+to\s+a\s+close)|ends|concludes|expires|draws\s+to\s+a\s+close)`;

// "'s chairmanship came to an end", " chairmanship of the Organization has come to an end" (after a demonym), "'s two
// years at the head of the Council are over", "'s 2023–2024 chairmanship ended": the office, or a term with where it
// was spent, then its end.
const TERM_ENDED = new RegExp(
  String.raw`^(?:['’]s)?\s+(?:[\w–—-]+\s+){0,2}?(?:${OFFICE}(?:\s+of\s+(?:the\s+)?[\w’'-]+(?:\s+[\w’'-]+){0,3}?)?(?:\s+${AT_THE_HEAD})?|${TERM}\s+${AT_THE_HEAD})\s+${ENDED}\b`,
  "i",
);
// " ends its year at the head of the bloc", " concluded its chairmanship", " completed its term as chair", " ends its
// term" (a country's term, "its", is the office's; a year is one only where it was spent).
const ENDS_ITS_TERM = new RegExp(
  String.raw`^\s+(?:(?:has|had)\s+)?(?:ends|ended|concludes|concluded|completes|completed|wraps\s+up|wrapped\s+up|closes|closed)\s+(?:its|their)\s+(?:[\w-]+\s+){0,2}?(?:${OFFICE}\b|(?:term|tenure|mandate)\b(?!\s+(?:of|as)\s+(?!chair|presid))|${TERM}\s+${AT_THE_HEAD})`,
  "i",
);

/**
 * Whether the words right after a country end its term: "'s chairmanship came to an end", " ends its year at the head
 * of the bloc". A term not spent in the office ("Kazakhstan's fiscal year ended") ends nothing here.
 */
export function endsItsTerm(after: string): boolean {
  return TERM_ENDED.test(after) || ENDS_ITS_TERM.test(after);
}

// "wish", "wished", "wishing": a good wish's verb, in the clause before the country ("wished our Chinese friends …").
const WISH_BEFORE = /\bwish(?:es|ed|ing)?\s+(?:(?:the|our|dear|all)\s+)?(?:[\p{Lu}][\p{L}’'-]*\s+)?$/iu;
// " friends every success in their presidency", " every success in its chairmanship": the wish's object, then the
// office the country is to hold.
const SUCCESS_IN_ITS_OFFICE = new RegExp(
  String.raw`^(?:\s+(?:side|friends|colleagues|partners|counterparts|government|people))?\s+(?:(?:every|much|great|all\s+the\s+best\s+and|further)\s+)?success(?:es)?\s+(?:in|with|during|for)\s+(?:its|their)\s+(?:(?!of\b|in\b|for\b)[a-z][\w-]*\s+){0,2}?${OFFICE}\b`,
  "i",
);

/**
 * Whether the words around a country wish it success in its office: "I wish Kyrgyzstan every success in its
 * chairmanship", "wished our Chinese friends every success in their presidency" — the next holder, as a good wish is
 * made for a term to come. "Thanked X for its presidency" is the outgoing one, and "success in his presidency" a
 * president's own office: neither is read here.
 */
export function wishedSuccessInItsOffice(before: string, after: string): number | null {
  if (!WISH_BEFORE.test(before)) return null;
  const found = SUCCESS_IN_ITS_OFFICE.exec(after);
  return found ? found[0].length : null;
}

// "Next up is", "Next in line is", "Up next:": a country named next, right after.
const NEXT_UP_BEFORE =
  /(?:^|[.;:!?]\s+|\s+[–—-]\s+)(?:(?:and\s+)?next\s+up|next\s+in\s+line|up\s+next)\s*(?:(?:is|are|comes|will\s+be)\s+|:\s*)(?:the\s+)?$/i;
// The office or a term at the head of a body, in the words before "Next up": what the next one is next for.
const TERM_BEFORE = new RegExp(
  String.raw`\b(?:${OFFICE}|chair|baton|gavel|helm|${TERM}\s+${AT_THE_HEAD}|(?:its|their)\s+(?:term|tenure|mandate)\b(?!\s+(?:of|as)\s+(?!chair|presid)))`,
  "i",
);

/**
 * Whether a country is named next in the office: "Uzbekistan ends its year at the head of the bloc. Next up is India".
 * Only once the words before (the same or the previous sentence) speak of the office or a term at a body's head, and
 * not "Next up is Uzbekistan's president" (a speaker, not a country).
 */
export function namedNextUp(before: string, after: string): boolean {
  const next = NEXT_UP_BEFORE.exec(before);
  if (!next || /^['’]s\b/.test(after)) return false;
  return TERM_BEFORE.test(before.slice(0, next.index));
}

// " to chair the Commonwealth", " to take over the presidency", " to head the bloc": an infinitive of taking the office
// after its subject with no verb before it, as a headline writes a future ("Tajikistan to chair the CIS in 2025").
const HEADLINE_INFINITIVE = new RegExp(
  String.raw`^\s+to\s+(?:(chair|head|lead|preside\s+over)|(?:take\s+over|take\s+up|assume|hold|receive)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?${OFFICE}\b)`,
  "i",
);
/** The start of a headline's clause: the text's start, a line's, or after ";", ":", a dash or a full stop. */
const CLAUSE_START = /(?:^|\n|[.;:!?]\s+|\s+[–—-]\s+|,\s+)(?:the\s+)?$/i;

/**
 * A headline's next holder: "Tajikistan to chair the Commonwealth in 2025", "…; Malaysia to take over the ASEAN
 * chairmanship". The length of the infinitive and whether it is a verb of chairing, which needs the body as its object
 * (`bodyAt`); null when the country is a verb's object ("invited Laos to chair the session") or not the clause's start.
 */
export function headlineInfinitive(
  before: string,
  after: string,
): { length: number; needsBody: boolean } | null {
  if (!CLAUSE_START.test(before)) return null;
  const found = HEADLINE_INFINITIVE.exec(after);
  if (!found) return null;
  return { length: found[0].length, needsBody: found[1] !== undefined };
}
