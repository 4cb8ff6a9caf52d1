// What a run of names shares: the words before the first name of "A, B and C" are said of each of them. A release
// names leaders in such runs after words that put them at the meeting — "The documents were signed by A, B and C", "On
// the sidelines of the summit, X held talks with A, B and C", "expresses its gratitude to A, B and C for their
// participation", "The meeting was also addressed by A, B and C", "X spoke next, followed by A and B" — while the
// reader's reading of each name looks only at the words right before it ("signed by" for A, nothing for B and C).
// These are the words that decide, for every name of the run; and the subject of sideline talks ("On the sidelines, X
// held talks with …"), who was there as surely as the ones he met.
import type { Sentence } from "./segment";

/** Why the run's words say its names took part. */
export type ListAct =
  | "signed"
  | "sideline talks"
  | "thanked for taking part"
  | "addressed"
  | "spoke in turn"
  | "welcomed on arrival"
  | "acted together"
  | "met in session"
  | "said together";

/** A span of the text that names a person. */
export interface NamedSpan {
  start: number;
  end: number;
}

// Statements made at the table: "delivered statements", "delivered their speeches", "made addresses".
const DELIVERED_STATEMENTS = String.raw`(?:delivered|made|gave)\s+(?:their\s+|his\s+|her\s+|national\s+|opening\s+)*(?:statements?|speeches|speech|remarks|address(?:es)?)`;
// A meeting of the leaders in one of its formats, with the run: "met in restricted format with", "held talks in a narrow
// format with" — the meeting's own session, not a talk on its sidelines.
const MET_IN_FORMAT =
  /\b(?:met|meets|held\s+(?:talks|a\s+meeting))\s+in\s+(?:an?\s+|the\s+)?(?:restricted|narrow|narrow-format|expanded|extended|enlarged|limited|closed)\s+(?:format|session|composition)\s+with\s+(?:the\s+)?$/i;
// What a run says or asks for together at the table: "A, B and C supported the new railways", "A and B asked for help
// with the refugees", "A and B both warned that …". Words said to the press are not the table's.
const SAID_TOGETHER_AFTER =
  /^\s*(?:also\s+|then\s+|both\s+|too\s+|likewise\s+|jointly\s+)?(?:said|stressed|noted|underlined|underscored|emphasi[sz]ed|warned|called\s+for|urged|proposed|suggested|supported|backed|asked|raised|welcomed|praised|highlighted|reaffirmed|pledged|voiced)\b/i;
const TO_THE_PRESS_WORDS = /\b(?:reporters|journalists|press|media|correspondents)\b/i;
// A relative clause on the run, set off by commas: ", whose countries became members last year,".
const RUN_ASIDE = /^\s*,\s+(?:whose|who|which)\s[^,;]{1,100},/;
// A title written before the first name of a run, as a style of capitalised words: "Custodian of the Two Holy Mosques
// King A, President of B C and …" (the run's first name is the king's).
const STYLE_BEFORE_RUN = /(?:\p{Lu}[\p{L}'’-]*(?:\s+of(?:\s+the)?)?\s+)+$/u;
// Between two names of one run: a comma, "and", ", and", "as well as"; after a name, the country its title ends with
// ("King Abdullah II of the Hashemite Kingdom of Jordan, Emir of …"), which the name's span leaves out.
const BETWEEN_NAMES =
  /^(?:\s+of\s+(?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+(?:of\s+(?:the\s+)?)?\p{Lu}[\p{L}'’-]*){0,5})?(?:\s*,\s*(?:and\s+)?|\s+and\s+|\s*,?\s+as\s+well\s+as\s+)(?:the\s+)?$/iu;

// The documents signed by the run: "The documents were signed by", "The declaration was then signed by the".
const SIGNED_BY =
  /\b(?:was|were|had\s+been|have\s+been)\s+(?:then\s+|also\s+|jointly\s+)?signed\s+by\s+(?:the\s+)?$/i;
// Talks with the run: "held talks with", "met", "had a meeting with", "a conversation with"; the sidelines may come
// between the talks and the run ("held talks on the sidelines of the summit with A and B").
const TALKS_WITH =
  /\b(?:(?:(?:held|holds|had|has)\s+(?:a\s+|an\s+)?(?:bilateral\s+|separate\s+|brief\s+)?(?:talks|meetings?|conversations?|exchange)|talks|meetings?)(?:\s+(?:on|at)\s+the\s+(?:side-?lines|margins)\s+of\s+the\s+(?:[\w'’-]+\s+){0,3}?(?:summit|meeting|session|gathering))?\s+with|(?:met|meets)(?:\s+separately)?(?:\s+with)?|received)\s+(?:the\s+)?$/i;
// The subject of sideline talks: "X held talks with …", "X met …", "X had a meeting with …".
const HELD_TALKS_AFTER =
  /^\s*(?:also\s+|separately\s+|then\s+)?(?:held\s+(?:bilateral\s+|separate\s+)?talks|met|had\s+(?:a\s+)?(?:bilateral\s+|separate\s+|brief\s+)?(?:meeting|talks|conversation))\b/i;
// "On the sidelines", "on the sidelines of the summit", "on the margins of the meeting": this meeting's sidelines, not
// "on the sidelines of the UN General Assembly" (an "of" must name a summit, meeting, session or gathering).
const ON_THE_SIDELINES =
  /\b(?:on|at)\s+the\s+(?:side-?lines|margins)\b(?!\s+of\s+(?!the\s+(?:[\w'’-]+\s+){0,4}?(?:summit|meeting|session|council|gathering)\b))/i;
// The run greeted or welcomed as they came: "The host greeted A and B at the entrance", "welcomed A, B and C on arrival",
// "welcomed A to the summit" (not "welcomed the proposal of X", nor a welcome at the airport, which may be a visit's).
const GREETED = /\b(?:greeted|welcomed)\s+(?:the\s+)?$/i;
const ON_ARRIVAL =
  /^\s*(?:,\s*)?(?:at\s+the\s+(?:(?:main\s+)?entrance|venue|doors?|steps|red\s+carpet)\b|(?:on|upon)\s+(?:their\s+|his\s+|her\s+)?arrival\b|as\s+(?:they|he|she)\s+arrived\b|to\s+the\s+(?:[\w'’-]+\s+){0,3}?(?:summit|meeting|session|talks)\b)/i;
// The run as the subject of a welcome: "X was welcomed by the host", "A and B were greeted by Tokayev".
const WELCOMED_BY_AFTER =
  /^\s*(?:,[^,;]{1,80},\s*)?(?:was|were)\s+(?:also\s+|warmly\s+|personally\s+|then\s+)?(?:welcomed|greeted)\s+by\b/i;
// The run as the subject of an act at the table they share: "A and B also stood in the family photo", "A, B and C
// spoke on transit", "A and B took part".
const SHARED_ACT_AFTER = new RegExp(
  String.raw`^\s*(?:also\s+|then\s+|both\s+|too\s+|likewise\s+)?(?:stood|posed|took\s+part|attended|participated|joined\s+the\s+(?:talks|leaders|session|summit|meeting)|(?:were|was)\s+(?:also\s+)?present|spoke|addressed\s+the|took\s+the\s+floor|${DELIVERED_STATEMENTS})\b`,
  "i",
);
const AIRPORT = /\bairport\b/i;
// Events beside a meeting that a run may share without sitting at its table: "A and B attended the gala dinner".
const SIDE_EVENT =
  /\b(?:dinner|banquet|lunch(?:eon)?|breakfast|reception|concert|gala|games|forum|exhibition|expo|parade|festival|tour|wreath|memorial|cemetery|monument|business\s+council)\b/i;
// Names the run ends with that are no person's span: "A and Marchenko also stood in the family photo".
const NAMES_AFTER =
  /^(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3})+/u;
// "He also had a conversation with X": talks that go on from the sentence before.
const ALSO = /\balso\b/i;
// Thanks to the run: "thanked", "expressed its gratitude to", "conveyed appreciation to".
const THANKED = /\b(?:thank(?:ed|s|ing)?|gratitude\s+to|appreciation\s+to)\s+(?:the\s+)?$/i;
// …for their taking part: "for their participation", "for his presence at the summit".
const FOR_TAKING_PART =
  /^[^.;]{0,30}?\bfor\s+(?:their|his|her)\s+(?:personal\s+|active\s+)?(?:participation|attendance|presence)\b/i;
// The meeting addressed by the run: "The summit was also addressed by", "The leaders were then addressed by the".
const ADDRESSED_BY =
  /\b(?:summit|meeting|session|plenary|council|gathering|leaders|participants)\s+(?:was|were)\s+(?:also\s+|then\s+|further\s+)?addressed\s+by\s+(?:the\s+)?$/i;
// A speaker followed by the run: "X spoke next, followed by", "X took the floor first, followed by the".
const FOLLOWED_BY = new RegExp(
  String.raw`\b(?:spoke|speaks|took\s+the\s+floor|addressed\s+the\s+(?:[\w'’-]+\s+)?(?:summit|meeting|session|plenary|leaders)|${DELIVERED_STATEMENTS})\b[^.;]{0,40}?,?\s+followed\s+by\s+(?:the\s+)?$`,
  "i",
);
// Words in the sentence that put what it tells elsewhere or at another time: a call, a letter or a message, a video,
// what is expected or to come (not "spoke next"), an earlier time, someone former or late, someone absent. Any of them leaves the run to
// the reader's own reading.
const AWAY =
  /\b(?:(?:tele)?phone|call(?:ed)?|letter|telegram|message|video|virtual(?:ly)?|online|interview|expected|scheduled|will|would|next\s+(?:week|month|year|summit|meeting|session|day|time)|tomorrow|yesterday|ago|earlier|previous|former|late|did\s+not|didn['’]t|unable|absent|represented\s+by|on\s+behalf\s+of)\b/i;
const YEAR = /\b(?:19|20)\d{2}\b/g;
// Names the run begins with that are no person's span (a participant named again by family name): "signed by Temirov,
// Kyrgyz President X and …" — left out of the words before the run.
const NAMES_BEFORE =
  /(?:(?:the\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}\s*(?:,\s*(?:and\s+)?|\s+and\s+))+$/u;

/** Whether the words before a run leave it the subject of its clause: nothing, or ", and", "; " before it. */
function opensItsClause(before: string): boolean {
  return /(?:^|,\s*and\s+|;\s+)(?:the\s+)?$/i.test(before);
}

/** The names of the run `span` belongs to, as spans in text order (`span` among them). */
function runOf(text: string, span: NamedSpan, names: readonly NamedSpan[]): NamedSpan[] {
  const sorted = [...names].sort((a, b) => a.start - b.start);
  const at = sorted.findIndex((other) => other.start === span.start && other.end === span.end);
  if (at < 0) return [span];
  let first = at;
  while (first > 0 && BETWEEN_NAMES.test(text.slice(sorted[first - 1]!.end, sorted[first]!.start))) first--;
  let last = at;
  while (
    last < sorted.length - 1 &&
    BETWEEN_NAMES.test(text.slice(sorted[last]!.end, sorted[last + 1]!.start))
  )
    last++;
  return sorted.slice(first, last + 1);
}

/**
 * Why the words around the run a person is named in say they took part at the meeting, or null: the words before its
 * first name (signed by, sideline talks with, thanked for taking part, addressed by, followed by a speaker), or the
 * person as the subject of talks on the meeting's sidelines. `names` are the spans of every person the sentence names
 * (participants and mentions alike). Never when the sentence puts what it tells elsewhere or at another time, or names a
 * year other than the meeting's. `previous` is the sentence before in the same paragraph, if any: talks "also" held go on
 * from the sidelines it names ("On the sidelines, X held talks with A. X also had a conversation with B").
 */
export function listAct(
  text: string,
  sentence: Sentence,
  span: NamedSpan,
  names: readonly NamedSpan[],
  year: string | null,
  previous: string | null = null,
): ListAct | null {
  const inSentence = names.filter((name) => name.start >= sentence.start && name.end <= sentence.end);
  const run = runOf(text, span, inSentence);
  const before = text.slice(sentence.start, run[0]!.start);
  const after = text.slice(run.at(-1)!.end, sentence.end);
  // The sentence's own words, the names left out: "Turkish President X" must not read as "former" or "late".
  const words = [before, ...run.slice(1).map((name, i) => text.slice(run[i]!.end, name.start)), after].join(
    " ",
  );
  if (AWAY.test(words)) return null;
  if (year !== null && (words.match(YEAR) ?? []).some((other) => other !== year)) return null;
  const opener = before.replace(NAMES_BEFORE, "");
  if (SIGNED_BY.test(opener)) return "signed";
  const sidelinesBefore =
    previous !== null && ALSO.test(words) && ON_THE_SIDELINES.test(previous) && !AWAY.test(previous);
  if (ON_THE_SIDELINES.test(words) || sidelinesBefore) {
    if (TALKS_WITH.test(opener)) return "sideline talks";
    // The subject: the clause opens with him ("On the sidelines, X held talks …", "…, and X met …"), or with them ("A
    // and B held talks on the sidelines of the summit": each met the other there).
    const opening = before.replace(/^(?:(?:On|At)\s+the\s+(?:side-?lines|margins)[^,;]{0,80},\s*)/i, "");
    if (HELD_TALKS_AFTER.test(after) && opensItsClause(opening)) return "sideline talks";
  }
  if (THANKED.test(opener) && FOR_TAKING_PART.test(after)) return "thanked for taking part";
  if (!AIRPORT.test(words)) {
    if (GREETED.test(opener) && ON_ARRIVAL.test(after)) return "welcomed on arrival";
    if (WELCOMED_BY_AFTER.test(after) && opensItsClause(opener)) return "welcomed on arrival";
  }
  // A run of two names or more as the subject of an act at the table: each name shares it (the reader reads the last).
  const namesAfter = NAMES_AFTER.exec(after)?.[0] ?? "";
  // "A and B, whose countries joined last year, also spoke": a relative clause on the run before what it did.
  const sharedAfter = after.slice(namesAfter.length).replace(RUN_ASIDE, "");
  const opensClause = opensItsClause(opener) || opensItsClause(opener.replace(STYLE_BEFORE_RUN, ""));
  if (
    (run.length >= 2 || namesAfter !== "") &&
    SHARED_ACT_AFTER.test(sharedAfter) &&
    !SIDE_EVENT.test(after) &&
    opensClause
  )
    return "acted together";
  if (
    run.length >= 2 &&
    namesAfter === "" &&
    SAID_TOGETHER_AFTER.test(sharedAfter) &&
    !TO_THE_PRESS_WORDS.test(after) &&
    !SIDE_EVENT.test(after) &&
    opensClause
  )
    return "said together";
  if (MET_IN_FORMAT.test(opener)) return "met in session";
  if (ADDRESSED_BY.test(opener)) return "addressed";
  if (FOLLOWED_BY.test(opener)) return "spoke in turn";
  return null;
}
