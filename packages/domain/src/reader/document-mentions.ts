// Named documents wherever a sentence names them (issue 12), for what the readers of lists and verbs' objects leave:
// "Among the outcomes was the Lakeside Declaration on Water", "The leaders agreed the Charter of the Forum", "putting
// their names to the Treaty on Rivers", "unveiled the Lakeside Roadmap". A mention is a title whose type word is
// capitalised (a named document, not "a declaration on …"); whether it was adopted at this meeting is decided from the
// words around it, in any tense or form of the verb: a word of adoption right before it (its verb, with nothing but an
// article or "also" between) or after it as its subject's verb or outcome ("… was agreed", "… was the main outcome"),
// and no word in the clause that makes it a plan, a proposal, an earlier text or one implemented rather than adopted.
import type { AdoptionAction } from "../entities/document";
import { NOT_AN_ACT } from "./adoption-verb-forms";

/** Any form of a verb or noun of adoption: the stem decides the action. */
const ADOPTION_WORD =
  "adopt(?:s|ed|ing|ion)?|sign(?:s|ed|ing)?|ink(?:s|ed|ing)?|approv(?:e|es|ed|ing|al)|endors(?:e|es|ed|ing|ement)|issu(?:e|es|ed|ing)|releas(?:e|es|ed|ing)|agreed|unveil(?:s|ed|ing)?|launch(?:es|ed|ing)?|(?:putting|put|puts)\\s+(?:their|his|her)\\s+(?:signatures?|names)\\s+(?:to|under|on)|gave\\s+(?:their\\s+|its\\s+)?(?:approval|assent|blessing)\\s+to|outcomes?(?:\\s+of\\s+the\\s+(?:summit|meeting|talks|session|day))?|culminat(?:ed|ing)\\s+(?:in|with)|yield(?:s|ed|ing)|result(?:ed|ing)\\s+in|(?:closed|ended|concluded|wound\\s+up)\\s+with|pass(?:es|ed|ing)";

/** A word of adoption ending the words before a mention: its verb ("agreed the", "putting their names to the"). */
const VERB_BEFORE = new RegExp(
  `\\b(${ADOPTION_WORD})(?:\\s+(?:was|were|is|are|included?|includes))?\\s*:?\\s+(?:(?:also|then|further|jointly|formally|unanimously|by\\s+consensus|by\\s+acclamation)\\s+)?(?:(?:the|a|an|two|its|their)\\s+)?$`,
  "i",
);
/**
 * Right after a mention, a participle with this meeting's time or place: "the Lakeside Declaration adopted at the
 * summit", "…, agreed on Friday,", "… signed today".
 */
const PARTICIPLE_AFTER = new RegExp(
  `^\\s*,?\\s*(adopted|signed|approved|issued|agreed|endorsed|released|inked)\\s+(?:(?:at|during)\\s+(?:the|this|today['’]s)\\s+(?:[a-z-]+\\s+)?(?:summit|meeting|session|talks|plenary|gathering)\\b|today\\b|here\\b|on\\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b|by\\s+the\\s+(?:leaders|heads\\s+of\\s+(?:state|government)|presidents)\\b)`,
  "u",
);
/** Right after a mention: its own verb or outcome ("… was agreed", "… were among the outcomes", "… was the main outcome"). */
const VERB_AFTER = new RegExp(
  `^\\s*(?:,\\s*)?(?:was|were|has\\s+been|have\\s+been|had\\s+been)\\s+(?:also\\s+|then\\s+|formally\\s+|unanimously\\s+)?(?:(?:among\\s+)?(?:the|its|their)\\s+(?:main\\s+|key\\s+|chief\\s+|principal\\s+|final\\s+)?)?(${ADOPTION_WORD})\\b`,
  "i",
);

/**
 * Words in the clause before a mention, or right after it, that make it no act of this meeting: a plan or a wish, a
 * proposal, a draft, an earlier text, a text carried out or built on ("implementation of", "in line with"), a text
 * another party acts on (accession, ratification).
 */
const NOT_ADOPTED_HERE =
  /\b(?:will|would|shall|should|must|could|may|might|to|plans?|planned|expected|next|upcoming|future|ready|prepar\w*|draft\w*|propos\w*|call(?:ed|s|ing)?\s+for|urg\w*|hop\w*|negotiat\w*|implement\w*|in\s+line\s+with|in\s+accordance\s+with|pursuant\s+to|under|based\s+on|recall\w*|reaffirm\w*|guid\w*|according|building\s+on|in\s+(?:the\s+)?light\s+of|in\s+keeping\s+with|refer\w*|cit(?:ed|ing)|previous\w*|earlier|last|anniversary|since|ago|after|years?|accession|acced\w*|ratif\w*|entry\s+into\s+force|not|never|failed|without)\b/i;
/** After a mention: a date before this meeting's ("… signed in 1992", "… adopted last year"). */
const DONE_EARLIER =
  /^[^,;]{0,60}?\b(?:19|20)\d{2}\b|^[^,;]{0,40}?\b(?:last\s+year|earlier|previously|ago)\b/iu;

const MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December";

/** A plan anywhere before the verb in the sentence. */
const FUTURE = /\b(?:will|would|shall|to\s+be|plans?\s+to|expected\s+to|is\s+to|are\s+to)\b/i;

const actionOf = (word: string): AdoptionAction =>
  /^(?:sign|ink|put)/i.test(word) ? "signed" : /^approv|^gave/i.test(word) ? "approved" : "adopted";

/**
 * The action a mention's surroundings give it, or null when nothing says it was adopted here. `before` is its clause up
 * to the mention, `after` the words after it; `asSubject` when the mention may be the subject of a verb after it (one
 * title in title case, not a list the words after which may belong to its last item alone); `year` and `month` are
 * the meeting's, when known.
 */
export function mentionAdoption(
  before: string,
  after: string,
  year: number | null,
  asSubject = true,
  month: number | null = null,
): AdoptionAction | null {
  const verbBefore = VERB_BEFORE.exec(before);
  const verbAfter =
    verbBefore || !asSubject ? null : (VERB_AFTER.exec(after) ?? PARTICIPLE_AFTER.exec(after));
  const verb = verbBefore ?? verbAfter;
  if (!verb) return null;
  // The clause up to the verb, from its last comma: "The leaders, meeting in X, agreed the …" is read from " agreed".
  const upToVerb = verbBefore ? before.slice(0, verbBefore.index) : before;
  const clause = upToVerb.slice(upToVerb.lastIndexOf(",") + 1);
  if (NOT_ADOPTED_HERE.test(clause) || FUTURE.test(upToVerb)) return null;
  // "ahead of signing the …", "with a view to adopting the …": an "-ing" form as a purpose or a time to come.
  if (verbBefore && /ing\b/i.test(verbBefore[1]!) && NOT_AN_ACT.test(upToVerb)) return null;
  // "Among the outcomes of the 2014 summit was …": a year in the clause other than the meeting's.
  const yearBefore = /\b(?:19|20)\d{2}\b/.exec(clause);
  if (yearBefore && (year === null || Number(yearBefore[0]) !== year)) return null;
  if (verbAfter && NOT_ADOPTED_HERE.test(after.slice(0, verbAfter.index + verbAfter[0].length))) return null;
  const following = after.slice(verbAfter ? verbAfter.index + verbAfter[0].length : 0);
  // "…, adopted by the heads of state in June": a month other than the meeting's.
  const named = new RegExp(`^[^,;]{0,60}?\\b(${MONTHS})\\b`).exec(following);
  if (named && month !== null && MONTHS.split("|").indexOf(named[1]!) + 1 !== month) return null;
  // "… was adopted at the previous summit", "… signed a year before": another meeting's.
  if (/^[^,;]{0,50}?\b(?:previous|preceding|earlier|last|former|ago|before|prior|past)\b/i.test(following))
    return null;
  if (DONE_EARLIER.test(following)) {
    const stated = /\b(19|20)\d{2}\b/.exec(following.slice(0, 60));
    if (!stated || year === null || Number(stated[0]) !== year) return null;
  }
  return actionOf(verb[1]!);
}

/**
 * Where the name before a type word starts, as an offset into `before` (the words before the type word): the run of
 * capitalised words or numbers right before it ("Lakeside", "G20", "Leaders'"), up to six, and an article before them.
 */
export function nameStart(before: string): number {
  let start = before.length;
  for (let words = 0; words < 6; words++) {
    const word = /([\p{Lu}\d][\p{L}\d'’.-]*)\s+$/u.exec(before.slice(0, start));
    if (!word || (word.index > 0 && !/\s/u.test(before[word.index - 1]!))) break;
    start = word.index;
  }
  const article = /(?:the|a|an)\s+$/i.exec(before.slice(0, start));
  return article && (article.index === 0 || /\s/u.test(before[article.index - 1]!)) ? article.index : start;
}

/** A name whose type word is a body's ("the Collective Security Treaty Organization", "the Treaty Council"). */
export const BODY_AFTER_TYPE =
  /^\s+(?:Organi[sz]ation|Council|Commission|Secretariat|Committee|Summit|Forum|Bank|Fund|Cent(?:re|er)|Office|Zone|Area|Assembly|Parliament|Court|Union|Community|Group|Member|Members|Parties|States|Countries|Area)\b/u;

/** Whether a mention is stated in title case: every word capitalised, a number or a small joining word. */
export const inTitleCase = (stated: string) =>
  stated
    .replace(/^(?:the|a|an)\s+/i, "")
    .split(/\s+/u)
    .every(
      (word) =>
        /^[“"«(]?[\p{Lu}\d]/u.test(word) ||
        /^(?:of|on|the|and|for|in|to|with|at|by|towards?|against|between|among)$/.test(word),
    );
