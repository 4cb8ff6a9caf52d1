import type { PartialDate } from "../common/partial-date";
import type { AdoptionAction, DocumentType } from "../entities/document";
import type { DocumentProposal, RelationProposal, TallyProposal } from "./proposal";
import type { Paragraph, Sentence } from "./segment";
import { escapeRegExp, normalize } from "./segment";
import { monthNumber } from "./dates";
import { titleCaseRunLength } from "./title-case-ends";
import { adoptionVerbForms } from "./adoption-verb-forms";
import { BODY_AFTER_TYPE, inTitleCase, mentionAdoption, nameStart } from "./document-mentions";
import {
  ADOPTION_VERBS,
  DOCUMENT_TYPE_PATTERN,
  NUMBER_PATTERN,
  SINGULAR_OF_TYPE,
  adoptionOfVerb,
  documentTypeOf,
  numberValue,
} from "./vocabulary";

/** A document as the reader builds it; `subject` is what tells it apart from others of its type. */
export interface ReadDocument extends DocumentProposal {
  subject: string;
  /** Listed by subject only ("statements on A, on B"): a later "6 statements of the SCO leaders" names their authors. */
  generic: boolean;
  /** The sentence that introduced it. */
  sentence: Sentence;
}

export interface DocumentsResult {
  documents: ReadDocument[];
  tallies: (TallyProposal & { sentence: Sentence })[];
  relations: RelationProposal[];
}

const MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December";
const MODIFIER = "(?:(?!(?:of|on|to|in|for|with|between|and|the|that|which|were|was)\\b)[\\p{L}\\d'’-]+\\s+)";
// 'the "Cebu Declaration Towards …"': a title in quotes after its article starts as one without them.
const DOCUMENT_START = new RegExp(
  `^(?:(?:the|a|an|its|their)\\s+)?[“"«]?${MODIFIER}{0,3}?(${DOCUMENT_TYPE_PATTERN})(?![\\p{L}])`,
  "iu",
);
/** "the Organization of Turkic States Strategy": a body's name with "of" before the words heading the type. */
const OF_PREFIX = /^(?:(?:the|a|an)\s+)?(?:\p{Lu}[\p{L}-]*\s+){1,3}of\s+(?=\p{Lu})/u;

/** A word of a proper name before a title's type word: capitalised or a number ("G20", "Rio"), or a particle ("de"). */
const NAME_WORD =
  /^(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)\b)(?:[\p{Lu}\d][\p{L}\d'’.-]*|de|da|do|dos|das|del|della|di|du|la|al|el|bin|ibn)\s+/u;
const TYPE_WORD_START = new RegExp(`^[“"«]?(${DOCUMENT_TYPE_PATTERN})(?![\\p{L}])`, "iu");

/**
 * "the G20 Rio de Janeiro Leaders' Declaration", "the East Asia Summit Leaders' Statement": more than three words before
 * a capitalised type word, when every one is a name's (capitalised, a number or a particle between them), head a title
 * as three words of any case do.
 */
function namedHead(stated: string): { length: number; word: string } | null {
  let at = /^(?:(?:the|a|an|its|their)\s+)?[“"«]?/i.exec(stated)![0].length;
  if (!/^[\p{Lu}\d]/u.test(stated.slice(at))) return null;
  for (let words = 1; words <= 6; words++) {
    const word = NAME_WORD.exec(stated.slice(at));
    if (!word) return null;
    at += word[0].length;
    const type = words >= 4 ? TYPE_WORD_START.exec(stated.slice(at)) : null;
    if (type && /^[“"«]?\p{Lu}/u.test(type[0])) return { length: at + type[0].length, word: type[1]! };
  }
  return null;
}

/** The head of a document phrase ("the Moscow Declaration", "the Organization of Turkic States Strategy"). */
function documentHead(stated: string): { length: number; word: string } | null {
  const direct = DOCUMENT_START.exec(stated);
  if (direct) return { length: direct[0].length, word: direct[1]! };
  const named = namedHead(stated);
  if (named) return named;
  const prefix = OF_PREFIX.exec(stated);
  const rest = prefix ? DOCUMENT_START.exec(stated.slice(prefix[0].length)) : null;
  return rest && !/^(?:the|a|an)\s/i.test(rest[0])
    ? { length: prefix![0].length + rest[0].length, word: rest[1]! }
    : null;
}

/**
 * "the Regional Ministers' Declarations on A, on B and on C": the capitalised words of a name before a capitalised plural
 * type word are each document's too ("Regional Ministers' Declaration on A", and "two Joint Statements, on A and on B"
 * "Joint Statement on A"); "three declarations on A and on B" and
 * "the leaders' declarations on …" have none. Gives the words with a space after them, or "".
 */
function namePrefix(stated: string, head: { length: number; word: string }): string {
  const before = stated
    .slice(0, head.length)
    .replace(/^(?:(?:the|a|an|its|their)\s+)?[“"«]?/i, "")
    .slice(0, -head.word.length)
    .trim()
    .replace(COUNT_FIRST, "");
  if (!/^\p{Lu}/u.test(head.word)) return "";
  // "the Joint Statements on A and on B": the type word's own "Joint".
  const joint = /^Joint\s/.test(head.word) ? "Joint " : "";
  if (before === "") return joint;
  return before.split(/\s+/).every((word) => /^[\p{Lu}\d][\p{L}\d'’.-]*$/u.test(word))
    ? `${before} ${joint}`
    : "";
}

// "A, along with B", "A together with B": joined as "and" joins them; "A; B; and C" as "A, B, and C".
const ITEM_SEPARATOR =
  /\s*,\s*(?:and\s+|as well as\s+|(?:along|together)\s+with\s+)?|\s+and\s+|\s+as well as\s+|\s+(?:along|together)\s+with\s+|\s*;\s*(?:and\s+)?/g;
const STRENGTH: Record<AdoptionAction, number> = {
  prepared: 0,
  noted: 1,
  adopted: 2,
  approved: 2,
  signed: 3,
};
const STOP = new Set(
  "the a an of on in to for and with at by its their those dedicated devoted related".split(" "),
);

function words(value: string): string[] {
  return normalize(value)
    .split(/[\s-]+/)
    .filter((word) => word && !STOP.has(word));
}

/** Share of the shorter phrase's words found in the longer one. */
export function subjectOverlap(a: string, b: string): number {
  const x = new Set(words(a));
  const y = new Set(words(b));
  if (x.size === 0 || y.size === 0) return 0;
  let shared = 0;
  for (const word of x) if (y.has(word)) shared++;
  return shared / Math.min(x.size, y.size);
}

const capitalize = (value: string) => value.charAt(0).toUpperCase() + value.slice(1);
const stripArticle = (value: string) => value.replace(/^(?:the|a|an)\s+/i, "");
/**
 * "the new Concept of …", "the landmark Treaty on …", "the so-called Pact": a word of praise or novelty written in lower
 * case before the title is the writer's, not the title's ("the New Delhi Declaration" keeps its capital).
 */
const LEADING_PRAISE =
  /^(?:(?:new|landmark|important|historic|so-called|significant|major|milestone|ground-?breaking)\s+)+(?=\S)/;
/**
 * "a bilateral Agreement on …", "an intergovernmental Protocol on …": a word in lower case that tells between whom a
 * document is, before a title in capitals, is the writer's ("the Interstate Programme" keeps its capital).
 */
const LEADING_SCOPE =
  /^(?:(?:bilateral|trilateral|multilateral|intergovernmental|inter-governmental|interstate|inter-state|separate|additional)\s+)(?=\p{Lu})/u;
/**
 * "the Framework Agreement on X between the same parties", "… between the two countries": parties named by reference
 * to those of a title before, or to the writer's "two countries", are the writer's words, not the title's (a title names
 * its parties). Only after a word in capitals, the title's last: "the Statement on the Border Agreement signed between
 * the two states" names them inside its subject.
 */
const TRAILING_SAME_PARTIES =
  /(?<=\p{Lu}[\p{L}'’-]*),?\s+between\s+(?:(?:the\s+)?same\s+parties|these\s+parties|them|the\s+two(?:\s+(?:countries|sides|states|parties|governments))?|both\s+(?:countries|sides|states|parties|governments))$/u;
/**
 * 'the Lima Declaration, "Building Bridges …"': a theme in quotes set off by a comma ("…, themed"), "under the theme",
 * brackets or dashes after a title of two words or more in capitals is said of the document, in apposition; without
 * them ('the Baku Declaration "GUAM: …"') it is the title's own subtitle.
 */
const TRAILING_THEME =
  /(?<=\p{Lu}[\p{L}'’.-]*\s+\p{Lu}[\p{L}'’-]*)(?:,\s*(?:themed\s+)?|\s+under\s+the\s+(?:theme|motto)\s+)[“"«][^“”"«»]+[”"»]$|(?<=\p{Lu}[\p{L}'’.-]*\s+\p{Lu}[\p{L}'’-]*)(?:\s*\(\s*[“"«][^“”"«»]+[”"»]\s*\)|\s+[–—]\s*[“"«‘][^“”"«»‘’]+[”"»’](?:\s*[–—].*)?)$/u;
/**
 * "… yesterday", "… on 20 December 2011", "… from 15 May 2025": a day named after the title is when it was signed or
 * takes effect, not part of it ("the Treaty of 29 May 2014" keeps its date); a weekday is TRAILING_WEEKDAY's.
 */
const TRAILING_DAY = new RegExp(
  `,?\\s+(?:(?:on|from|as\\s+of|with\\s+effect\\s+from|effective)\\s+(?:\\d{1,2}\\s+(?:${MONTHS})|(?:${MONTHS})\\s+\\d{1,2})(?:,?\\s+(?:19|20)\\d{2})?|yesterday|today|earlier\\s+today|(?:this|last)\\s+(?:morning|afternoon|evening|week))$`,
  "i",
);
/**
 * "the Agreement on Energy Cooperation signed in 2022", "the Charter adopted on 7 October 2002": a participle in lower
 * case with the year, month or day it was done, told after the title (the date may already be cut, leaving the
 * participle last).
 */
const TRAILING_DATED_ACT = new RegExp(
  `,?\\s+(?:signed|adopted|approved|concluded|ratified|initialled|initialed)(?:\\s+(?:in|on)\\s+(?:(?:19|20)\\d{2}|(?:${MONTHS})\\b|\\d{1,2}\\s+(?:${MONTHS})\\b).*)?$`,
);
/**
 * "the Agreement on X on Thursday, the main result of their summit": a weekday after the title is when it was signed,
 * and the writer's words that follow it are no part of the title either (no title names a weekday).
 */
const TRAILING_WEEKDAY = /,?\s+on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b.*$/iu;
/**
 * "a Protocol amending the Agreement of 7 October 2002 signed by the foreign ministers", "the Declaration …, welcomed by
 * the leaders", "the Declaration on Youth (prepared) by the ASEAN Ministers of Youth": who signed, endorsed or drafted a
 * document is told after its title, not in it.
 */
/** "… by consensus, reaffirming …", "… unanimously": how the leaders adopted it, not the title's words. */
const TRAILING_CONSENSUS =
  /,?\s+(?:by\s+(?:consensus|acclamation|unanimous\s+(?:vote|decision))|unanimously)\b.*$/u;
const TRAILING_BY =
  /,?\s+(?:signed|adopted|approved|welcomed|endorsed|initialled|initialed|issued|supported|agreed(?:\s+upon)?)\s+by\s+.*$|(?:,?\s+[a-z]+ed)?\s+by\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,4}?(?:ministers?|leaders|officials|heads\s+of\s+(?:state|government|delegations?)|presidents|premiers|experts|plenipotentiaries|representatives)\b.*$/iu;
/**
 * "the Agreement on Visas in the presence of the press", "the Treaty on Friendship, thus opening …", "the Statement on
 * Syria following their talks", "the Joint Declaration issued on the outcome of the talks": how or when a document was
 * signed, told after its title.
 */
const TRAILING_MANNER =
  /,?\s+(?:in\s+the\s+presence\s+of|(?:thus|thereby)\s+[a-z]+ing|following\s+(?:their|the|its|his|her)\s+(?:[a-z-]+\s+)?(?:talks|negotiations|discussions|consultations|meeting|conversation)|(?:issued|adopted|signed|released|approved|published|made\s+public)\s+(?:on|following|after|upon|at)\s+the\s+(?:outcomes?|results?|conclusion|end)\s+of)\b.*$/u;
/**
 * "… in order to finance joint projects", "… so as to …", "… with a view to …": the aim the writer gives, never a title's
 * words. "aimed at", "designed to", "intended to" only in lower case after a capitalised word: a title in sentence case
 * may be named by its aim ("a programme aimed at combating drugs").
 */
const TRAILING_PURPOSE =
  /,?\s+(?:in\s+order\s+(?:to|that)|so\s+as\s+to|with\s+a\s+view\s+to|so\s+that)\s.*$|(?<=[\p{Lu}\d][\p{L}\d'’-]*)\s+(?:aimed\s+at|designed\s+to|intended\s+to|meant\s+to|geared\s+towards?)\s.*$/u;
/**
 * "… Summit on behalf of the ten leaders", "… at the Kuksaroy residence", "… in the Kremlin": for whom or where, told
 * after the title ("on behalf of" before a capitalised name may be the title's own: "… on behalf of the Member States").
 */
const TRAILING_PLACE_OR_PRINCIPAL =
  /,?\s+(?:on\s+behalf\s+of\s+(?:(?:the|all|its|their)\s+)?(?!(?:the|all|its|their)\s)(?=[a-z\d])|(?:at|in)\s+the\s+(?:[\p{L}'’-]+\s+){0,3}?(?:[Rr]esidence|[Pp]alace|Kremlin|[Rr]esort|[Hh]otel|[Cc]onvention\s+[Cc]ent(?:re|er)|[Cc]ongress\s+[Hh]all)\b).*$/u;
/** Prepositions in "-ing" that continue a title ("Agreement on Assistance during Emergencies", "… concerning …"). */
const ING_PREPOSITIONS =
  "during|concerning|regarding|including|following|excluding|pending|notwithstanding|according";
/** Verbs that say what a document records, right after a capitalised type word: "the Joint Communique summing up …". */
const REPORTING =
  /^\s+(?:summing\s+up|summari[sz]ing|outlining|setting\s+out|spelling\s+out|reflecting|reaffirming|confirming|expressing|stressing|underlining|underscoring|highlighting|voicing|recording)\b/u;
/**
 * Where a title in title case ends at a lower-case verb: "the Plan of Measures … of the SCO Member States aimed at …",
 * "the Treaty on Friendship concluded in …" — a verb in "-ed" or "-ing" after a capitalised word, followed by a particle
 * or an article, is the writer's; so is a verb of reporting right after a named head ("the Joint Communique summing up
 * the meeting"). Not the first word after the type word ("a Protocol amending the Agreement"), not a verb of adoption
 * ("… the Agreement on Customs signed in Minsk" names an inner document), not an "-ed" adjective before a capitalised
 * noun ("Trade and related Services").
 */
const TITLE_CASE_VERB = new RegExp(
  `(?<=[\\p{Lu}\\d][\\p{L}\\d'’-]*)\\s+(?!(?:${ADOPTION_VERBS})\\b)([a-z]+(?:ed|ing))\\s+(?:at|to|up|out|on|by|in|for|against|with|from|into|over|upon|the|a|an|its|their|his|her|our)\\b`,
  "u",
);
function titleCaseEnd(title: string): number {
  const direct = DOCUMENT_START.exec(title);
  const named = direct ? null : namedHead(title);
  const head = direct
    ? { text: direct[0], word: direct[1]! }
    : named
      ? { text: title.slice(0, named.length), word: named.word }
      : null;
  if (!head || !/^\p{Lu}/u.test(head.word)) return title.length;
  const after = title.slice(head.text.length);
  // Only after a named head ("the Joint Communique", "the Astana Declaration"): a bare type word needs the words after it.
  if (
    (REPORTING.test(after) || RELATIVE_WITHOUT_COMMA.test(after)) &&
    /\p{Lu}[\p{L}\d'’-]*\s+[“"«]?\p{Lu}/u.test(head.text)
  )
    return head.text.length;
  const first = /^\s+\S+/.exec(after);
  const from = head.text.length + (first ? first[0].length : 0);
  const match = TITLE_CASE_VERB.exec(title.slice(from));
  const relative = RELATIVE_AFTER_CAPITAL.exec(title.slice(from));
  const verbAt = match && !ING_PREPOSITIONS.split("|").includes(match[1]!) ? match.index : Infinity;
  const end = Math.min(verbAt, relative ? relative.index : Infinity);
  const run = head.text.length + titleCaseRunLength(after);
  // Read from the head itself: "the Reykjavik Declaration and set up …" has its verb right after the head.
  const secondVerb = AND_A_SECOND_VERB.exec(title);
  const beforeSecondVerb = secondVerb && secondVerb.index >= head.text.length ? secondVerb.index : Infinity;
  return Math.min(run, end === Infinity ? title.length : from + end, beforeSecondVerb);
}
/**
 * "the Reykjavik Declaration and set up a Register of Damage": after a capitalised word, "and" with a past verb of the
 * writer's that has no "-ed" (those TITLE_CASE_VERB finds), then its object: the sentence's second act, no word of the
 * title.
 */
const AND_A_SECOND_VERB =
  /(?<=[\p{Lu}\d][\p{L}\d'’-]*)\s*,?\s+and\s+(?:also\s+)?(?:set|put|made|took|gave|held|met|began|sent|paid|kept|brought|sought|chose|laid|led|won|spoke|struck|drew|shook|threw|swore|bid|cut)\s+(?:up\s+|out\s+|down\s+|off\s+|forth\s+)?(?:a|an|the|to|their|its|his|her|with|for|on)\b/u;
/**
 * "the New Delhi Leaders' Declaration which sets out …", "the Charter on Energy that commits …": a relative clause
 * without its comma after a title in title case is the writer's description; in a title in sentence case ("the
 * agreement on the procedure which …") it may be the title's.
 */
// "the Protocol on Goods that are Subject to Export Control": a short verb followed by a capitalised word goes on in
// title case; the title's own clause.
const RELATIVE_WITHOUT_COMMA =
  /^\s+(?:which|that|whereby)\s+(?=[a-z])(?!(?:are|is|was|were|have|has|shall|may|will|can|must|should)\s+\p{Lu})/u;
const RELATIVE_AFTER_CAPITAL =
  /(?<=[\p{Lu}\d][\p{L}\d'’-]*)\s+(?:which|that|whereby)\s+(?=[a-z])(?!(?:are|is|was|were|have|has|shall|may|will|can|must|should)\s+\p{Lu})/u;
/**
 * "the Treaty on Friendship on the occasion of the state visit", "the Declaration on Security in connection with the
 * situation in …": after a title that has its subject ("on …"), the occasion is the writer's. Right after the type word
 * or its authors it is the title's own ("the Statement of the Heads of State in connection with the 60th anniversary of
 * the United Nations", "a Statement on the occasion of the 75th anniversary of Victory"), unless it is told in the
 * writer's words ("… in connection with the Organisation's coming tenth anniversary").
 */
const TRAILING_OCCASION = /,?\s+(?:on\s+the\s+occasion\s+of|in\s+connection\s+with)\s(.*)$/u;
const withoutOccasion = (title: string) => {
  const occasion = TRAILING_OCCASION.exec(title);
  // A title names an anniversary "of" its subject; "the Organisation's coming tenth anniversary" is the writer's words.
  const writers = occasion && /['’]s\s|\b(?:coming|forthcoming|upcoming|approaching)\b/u.test(occasion[1]!);
  return occasion && (writers || /\s(?:on|concerning|regarding)\s+\S/u.test(title.slice(0, occasion.index)))
    ? title.slice(0, occasion.index)
    : title;
};
/**
 * A title in quotes after its article ('the "Cebu Declaration …"'): the quotes are no part of it; nor is the closing
 * quote of a title read from inside them ('A document titled "Joint Statement on …" was adopted').
 */
const unquote = (value: string) =>
  value.replace(/^[“"«]([^“”"«»]+)[”"»]$/u, "$1").replace(/^([^“”"«»]+)[”"»]$/u, "$1");
/** 'Decision «On the Budget for 2025»': a title quoted right after its type word takes the words without the quotes. */
function unquoteAfterHead(value: string): string {
  const head = documentHead(value);
  const quoted = head ? /^\s+[“"«]([^“”"«»]+)[”"»]$/u.exec(value.slice(head.length)) : null;
  return quoted ? `${value.slice(0, head!.length)} ${quoted[1]}` : value;
}
/**
 * "the Joint Communique of the meeting", "the Declaration of this summit": the meeting named in lower case after the
 * title is the one that adopted it, no word of the title; after a word in lower case it is ("… on the results of the
 * meeting"), and so it is in capitals ("… of the Meeting of the Council").
 */
// "the Rules of Procedure of the summit", "the Regulations on the Secretariat of the meeting": a document on how the
// meeting works names the meeting as its subject.
const TRAILING_OF_THE_MEETING =
  /(?<=\p{Lu}[\p{L}'’-]*)(?<!\b(?:Procedure|Rules|Regulations?|Secretariat|Agenda|Format|Organi[sz]ation|Modalities|Arrangements))\s+of\s+(?:the|this|their|today['’]s)\s+(?:meeting|summit|session|talks)$/u;
const TRAILING_JOINING_WORDS = /(?:[\s,;]+(?:of|on|the|and|for|with|to|a|an|in|at|by|or))+[\s,;]*$/u;
const titleOf = (stated: string) => {
  const title = withoutOccasion(
    unquoteAfterHead(unquote(stripArticle(stated)))
      .replace(LEADING_PRAISE, "")
      .replace(LEADING_SCOPE, "")
      .replace(TRAILING_BY, "")
      .replace(TRAILING_CONSENSUS, "")
      .replace(TRAILING_SAME_PARTIES, "")
      .replace(TRAILING_THEME, "")
      .replace(TRAILING_WEEKDAY, "")
      .replace(TRAILING_MANNER, "")
      .replace(TRAILING_PURPOSE, "")
      .replace(TRAILING_PLACE_OR_PRINCIPAL, "")
      .replace(TRAILING_DATED_ACT, "")
      .replace(TRAILING_DAY, "")
      .replace(TRAILING_OF_THE_MEETING, ""),
  );
  // "the ASEAN Community Vision 2045 with …" split before the writer's words: a joining word is never a title's last.
  return capitalize(title.slice(0, titleCaseEnd(title)).replace(TRAILING_JOINING_WORDS, "").trimEnd());
};

function validity(title: string): { validFrom: PartialDate | null; validTo: PartialDate | null } {
  // Only the document's own words: not those of a document it implements or approves.
  const head = title.split(/\s+(?:on|for|in)\s+(?:the\s+)?implementation\s+of\s+|\s+approving\s+/i)[0]!;
  const range = /\b((?:19|20)\d{2})\s*(?:-|–|—|to)\s*((?:19|20)\d{2})\b/.exec(head);
  if (range) return { validFrom: range[1]!, validTo: range[2]! };
  const until = /\b(?:until|till|up to|through|to)\s+((?:19|20)\d{2})\b/i.exec(head);
  return { validFrom: null, validTo: until ? until[1]! : null };
}

interface Chunk {
  start: number;
  end: number;
  /** Separator text before the chunk ("", ", ", " and ", ", as well as "). */
  separator: string;
}

function chunks(text: string, start: number, end: number): Chunk[] {
  const result: Chunk[] = [];
  let from = start;
  let separator = "";
  for (const match of text.slice(start, end).matchAll(ITEM_SEPARATOR)) {
    const at = start + match.index;
    if (at > from) result.push({ start: from, end: at, separator });
    separator = match[0];
    from = at + match[0].length;
  }
  if (end > from) result.push({ start: from, end, separator });
  return result;
}

interface Item {
  start: number;
  end: number;
  parts: Chunk[];
  /** Headed by a type word; else a title such as "the ASEAN Community Vision 2045". */
  typed: boolean;
}

/** Nouns that head titles without a type word ("the ASEAN Outlook on the Indo-Pacific", "the Turkic World Vision"). */
const TITLE_NOUNS =
  "Vision|Outlook|Agenda|Initiative|Concord|Accord|Pact|Compact|Convention|Covenant|Consensus|Blueprint|Guidelines|Principles|Directions|Priorities|Framework";

/**
 * A capitalised title headed by a noun documents are named by, though not a type word ("the Oslo Accord"), or that noun
 * first with a capitalised subject ("the Initiative on World Unity").
 */
const UNTYPED_ITEM = new RegExp(
  `^(?:[Tt]he|[Aa]n?)\\s+(?:(?:\\p{Lu}[\\p{L}\\d'’.-]*\\s+){1,4}?(?:${TITLE_NOUNS})\\b|(?:${TITLE_NOUNS})\\s+(?:on|of|for)\\s+(?:the\\s+)?\\p{Lu})`,
  "u",
);

/**
 * "the Tashkent Declaration, a convention on the privileges of …", "… and the rules of procedure of …", "… and a list of
 * measures to …", "the Amendments to the Rules of Procedure", "the Regulations on the Business Council": a noun
 * documents are named by, in lower case or as the first word of a title, with its subject after it, starts an item of a
 * list as a type word does.
 */
const UNTYPED_LOWER_ITEM =
  /^(?:the|a|an)\s+(?:(?:convention|charter|covenant|pact|accord|compact|[Rr]egulations?|[Rr]ules|[Gg]uidelines)\s+(?:on|of|for|against|concerning)\s|[Aa]mendments?\s+to\s|list\s+of\s+(?:measures|actions|events|activities|steps)\b)/u;

/**
 * ", each of them handed to the press", ", all of which …", ", from 15 May 2025", ", as of 1 January": what is said of
 * the items before the comma, or when they take effect — no part of a title and no item of its own.
 */
const ABOUT_THE_ITEMS = new RegExp(
  `^(?:(?:each|all|both|most|some|none|either|neither)\\s+of\\s+(?:them|these|those|which)|(?:from|as\\s+of|with\\s+effect\\s+from|effective|starting)\\s+(?:\\d{1,2}\\s+${MONTHS}|${MONTHS}\\s+\\d{1,2}))\\b`,
  "iu",
);

/**
 * ", reflecting the results of the talks", ", amended in 2019 to …": a lower-case verb in "-ing" or "-ed" after a comma
 * describes the item before it; a preposition in "-ing" may go on with the title (", including on the Internet").
 * Case matters, so no "i" flag.
 */
const DESCRIBED_AFTER_COMMA = new RegExp(`^(?!(?:${ING_PREPOSITIONS})\\s)(?:[a-z]+ing|[a-z]{2,}ed)\\s`);

/**
 * ", to be known as the Bali Concord III", ", also called the Charter of Paris": the name a document goes by, told after its
 * title; neither part of the title nor a document of its own.
 */
const ALIAS_AFTER_COMMA =
  /^(?:(?:also|commonly|popularly|now|henceforth|to\s+be|which\s+(?:is|will\s+be))\s+)?(?:known|referred\s+to)\s+as\b|^(?:also\s+)?(?:called|dubbed|nicknamed|termed)\s/i;

/** "… and 21 other documents", "… and a number of other documents": the rest of a package, no part of a title. */
const OTHER_DOCUMENTS =
  /^(?:(?:some|several|many|\d+|[a-z]+(?:-[a-z]+)?|a\s+(?:number|package|series|set)\s+of)\s+)?(?:other|more|further|additional)\s+(?:[\p{L}-]+\s+)?documents?\b|^(?:a\s+(?:number|package|series|set|range)\s+of|several|many|various|numerous)\s+(?:[\p{L}-]+\s+){0,2}?(?:documents|texts|instruments)\b/iu;

/** Items of a list of documents: each starts with a document head ("the Moscow Declaration", "a Comprehensive plan"). */
function documentItems(text: string, start: number, end: number): Item[] {
  // "the final document — the Dushanbe Declaration — was adopted": no dash or comma ends an item.
  while (end > start && /[\s,;:—–-]/.test(text[end - 1]!)) end--;
  const items: Item[] = [];
  let closed = false;
  for (const chunk of chunks(text, start, end)) {
    const stated = text.slice(chunk.start, chunk.end);
    const typed = documentHead(stated) !== null;
    // "the Agreement between A, of the one part, and B, of the other part": the second party is the title's.
    const secondParty =
      items.length > 0 &&
      !closed &&
      /\bof\s+the\s+one\s+part$/i.test(
        text.slice(items.at(-1)!.start, chunk.start).replace(/[\s,]+(?:and\s+)?$/, ""),
      );
    if (secondParty) {
      const item = items.at(-1)!;
      item.end = chunk.end;
      item.parts.push(chunk);
    } else if (typed || (items.length && (UNTYPED_ITEM.test(stated) || UNTYPED_LOWER_ITEM.test(stated)))) {
      // "the Kuala Lumpur Declaration and the ASEAN Community Vision 2045": a named title starts an item too.
      items.push({ start: chunk.start, end: chunk.end, parts: [chunk], typed });
      closed = false;
    } else if (
      RELATIVE_CLAUSE.test(stated) ||
      OTHER_DOCUMENTS.test(stated) ||
      // "the Declaration on … and a number of decisions on military cooperation": an uncounted group is no part of the
      // title before it.
      QUANTIFIER_FIRST.test(stated) ||
      (/,/.test(chunk.separator) && (ABOUT_THE_ITEMS.test(stated) || DESCRIBED_AFTER_COMMA.test(stated))) ||
      (/,/.test(chunk.separator) &&
        (NAMED_AFTER_COMMA.test(stated) ||
          PARTICIPLE_AFTER_COMMA.test(stated) ||
          ALIAS_AFTER_COMMA.test(stated)))
    ) {
      // "…, which the leaders endorsed after …": what follows describes the item, it is not part of its title; nor
      // is ", the BRICS Grain Exchange initiative", something else named after a comma, nor ", agreed by the
      // ministers in May".
      closed = true;
    } else if (items.length && !closed) {
      const item = items.at(-1)!;
      item.end = chunk.end;
      item.parts.push(chunk);
    }
  }
  // "the final declaration, the Kazan Declaration, …": a generic name set beside the title is that document.
  return items.filter((item, index) => {
    const next = items[index + 1];
    if (!next || !/,/.test(next.parts[0]!.separator)) return true;
    const generic = GENERIC_NAME.exec(text.slice(item.start, item.end));
    const named = /^(?:the|an?)\s+\p{Lu}/u.test(text.slice(next.start, next.end))
      ? documentHead(text.slice(next.start, next.end))
      : null;
    return !(generic && named && documentTypeOf(generic[1]!)?.type === documentTypeOf(named.word)?.type);
  });
}

/** A document named by its type and generic words only ("the final declaration", "the joint statement"). */
const GENERIC_NAME = new RegExp(
  `^(?:the|a|an)\\s+(?:(?:final|main|key|principal|outcome|closing|concluding|joint|political|summit)\\s+){0,2}(${DOCUMENT_TYPE_PATTERN})$`,
  "iu",
);
/** ", agreed by the ministers in May", ", adopted in 2019": a participle that describes the item before the comma. */
const PARTICIPLE_AFTER_COMMA = new RegExp(
  `^(?:(?:previously|earlier|already|also|jointly)\\s+)?(?:${ADOPTION_VERBS}|agreed|initialled|submitted|proposed)\\b`,
  "i",
);

/** A group of documents named before its list ("the documents", "the key outcome documents", "decisions"). */
const GROUP =
  "(?:(?:package|set|series)\\s+of\\s+[\\p{L}\\d-]+\\s+(?:documents|texts|agreements|decisions)|(?:[\\p{L}'’-]+\\s+){0,2}?(?:documents?|decisions?|agreements?|texts?|instruments|package|set))";
/** What a group is said to hold: "include", "also contains", "comprised", "covers". */
const HOLDS = "(?:also\\s+)?(?:include[sd]?|contain(?:s|ed)?|comprise[sd]?|cover(?:s|ed)?)";
/** What the rest of a group is about: "Further decisions concern A and B", "Other agreements deal with …". */
const CONCERN = "(?:also\\s+)?(?:concern(?:s|ed)?|deal(?:s|t)?\\s+with|relate[sd]?\\s+to|address(?:es|ed)?)";
/** Where or when a group was adopted: "… signed at the summit", "… adopted in Tianjin". */
const WHERE =
  "(?:\\s+(?:(?:at|during|following|in|on|after)\\s+[^,:;]{1,40}?|of\\s+the\\s+(?:summit|meeting|session|talks|council|forum)))?";

/**
 * A group and the list of what it includes: "a number of documents, including …", "(the Declaration and) several
 * decisions, in particular …". Only a plural: "the Declaration, including a section on …" names no list.
 */
const GROUP_INCLUDING = new RegExp(
  `(?:^|,\\s*|\\s+(?:and|as\\s+well\\s+as)\\s+)(?:(?:a|an)\\s+(?:[\\p{L}-]+\\s+)?(?:number|package|set|series|range)\\s+of\\s+|several\\s+|other\\s+|various\\s+|the\\s+)?(?:[\\p{L}-]+\\s+)?(documents|${DOCUMENT_TYPE_PATTERN})\\b(?:\\s+(?!(?:and|as)\\b)[^\\s,]+){0,6}?,?\\s+(?:including|in\\s+particular|among\\s+them|such\\s+as|notably|namely)(?:\\s*,)?\\s+`,
  "iu",
);

/** A group without a count before its verb: "A number of documents", "Several decisions", "Other agreements". */
const GROUP_BEFORE_VERB = new RegExp(
  `(?:^|\\s)(?:(?:a|an|the)\\s+)?(?:(?:number|package|set|series|range)\\s+of\\s+|several\\s+|other\\s+|further\\s+|some\\s+|many\\s+|multiple\\s+|various\\s+)(?:[\\p{L}-]+\\s+){0,2}?(documents|${DOCUMENT_TYPE_PATTERN})$`,
  "iu",
);

const HEADING_VERB = new RegExp(`\\b(${ADOPTION_VERBS}|adoption|signing|approval)\\b`, "i");
const HEADING_VERBS = new RegExp(HEADING_VERB.source, "gi");
const HEADING_GROUP = /\b(?:documents?|decisions?|agreements?|following|as\s+follows)\b/i;
// "… the ministers signed" or "The presidents signed:" — a line that stops at its verb, with or without a colon.
const HEADING_VERB_LAST = new RegExp(`\\b(${ADOPTION_VERBS})\\s*:?$`, "i");
// "Documents signed at the summit", "Main documents adopted", "List of documents signed …": a group and its
// participle, as a heading line.
const GROUP_THEN_VERB = new RegExp(
  `^(?:(?:the\\s+)?list\\s+of\\s+)?(?:the\\s+)?(?:(?:main|key|final|outcome)\\s+)?(?:documents|decisions|agreements|texts)\\s+(${ADOPTION_VERBS})\\b[^.!?:;]*$`,
  "i",
);
// "Signed documents", "Outcome documents", "Final documents of the summit": the participle or the outcome before the
// group, as a heading line.
const VERB_THEN_GROUP = new RegExp(
  `^(?:the\\s+)?(?:(${ADOPTION_VERBS})|outcome|final)\\s+(?:documents|decisions|agreements|texts)(?:\\s+(?:of|at)\\s+the\\s+(?:summit|meeting|session|talks|visit))?\\s*:?$`,
  "i",
);
const HEADING_INCLUDE = new RegExp(`^(?:the\\s+)?${GROUP}\\b.*\\binclude[sd]?(?:\\s+the)?$`, "iu");

/**
 * A heading whose documents follow one a line: "The following documents were signed:", "The meeting resulted in
 * signing of a number of documents:", or a line that stops at its verb ("… the ministers signed", "Decisions taken
 * at the summit included the"). Gives what the heading says was done.
 */
function listHeading(sentence: string): AdoptionAction | null {
  const s = sentence.trimEnd();
  const found = HEADING_VERB.exec(s);
  const action = found
    ? (adoptionOfVerb(found[1]!) ?? NOMINAL_ACTION[found[1]!.toLowerCase()] ?? "adopted")
    : null;
  if (/:$/.test(s) && action && HEADING_GROUP.test(s)) {
    // "The leaders adopted a Joint Statement and approved three more documents:": the verb of the group the list
    // spells out is the last one before the colon, not the first of the sentence ("signed and adopted the following
    // documents:" joins two verbs over one object, and the first stands).
    const last = [...s.matchAll(HEADING_VERBS)].at(-1)!;
    const between = s.slice(found!.index + found![0].length, last.index);
    return last.index === found!.index || /^\s*(?:,\s*)?(?:and|or|and\s+then)?\s*$/i.test(between)
      ? action
      : (adoptionOfVerb(last[1]!) ?? NOMINAL_ACTION[last[1]!.toLowerCase()] ?? action);
  }
  // "The heads of state signed the following documents." with its list on the lines after.
  if (
    action &&
    /\bthe\s+following\s+(?:[\p{L}-]+\s+)?(?:documents|decisions|agreements|texts)\s*[.:]?$/iu.test(s)
  )
    return action;
  const last = HEADING_VERB_LAST.exec(s);
  if (last) return adoptionOfVerb(last[1]!) ?? "adopted";
  // "Documents signed at the meeting of the SCO Council of Heads of State", "Signed documents": a title line, with
  // no full stop, that names a group and what was done with it.
  const titled = GROUP_THEN_VERB.exec(s);
  if (titled) return adoptionOfVerb(titled[1]!) ?? "adopted";
  const named = VERB_THEN_GROUP.exec(s);
  if (named) return (named[1] ? adoptionOfVerb(named[1]) : null) ?? "adopted";
  return HEADING_INCLUDE.test(s) ? (action ?? "adopted") : null;
}

/** Where a list of documents, one a line, has got to. */
interface ListState {
  /** What the heading says was done. */
  action: AdoptionAction;
  /** A number or bullet that stood alone on the line before ("1."). */
  marker: string;
  /** The line before ended with ";", "," or ":", so an unmarked line may go on the list. */
  open: boolean;
  /** Under "Decision … on approving …:", the lines until the next number are approved by it. */
  nested: AdoptionAction | null;
}

/** A list line that names a document by a noun of adoption: "Adoption of the Turkic Green Vision". */
const LINE_NOMINAL = /^(?:the\s+)?(adoption|signing|approval|endorsement)\s+of\s+/i;
/** A list line titled without a type word: "Turkic Green Vision: Unity for …", "“Vision 2040”". */
const LINE_TITLE = new RegExp(
  `^(?:[“"«]|(?:[Tt]he\\s+)?(?:\\p{Lu}[\\p{L}\\d'’.-]*\\s+){1,4}?(?:${TITLE_NOUNS})\\b)`,
  "u",
);
/** A number, letter or bullet that opens a line of a list: "1.", "2)", "(a)", "b)", "iv.", "—", "•". */
const LIST_MARKER = /^\s*(?:(?:\d{1,2}[.)]|\(\d{1,2}\)|\(?[a-z]\)|\(?[ivx]{1,4}[.)]|[-–—•·*▪])\s*)?/;

/** What may follow a plural head that names no document: nothing, or "of the summit", "adopted today". */
const GROUP_REFERENCE =
  /^\s*(?:(?:of|at|from|by)\s+(?:the|this|today's|its|their)\s+[\p{L}-]+(?:\s+[\p{L}-]+)?)?\s*$/iu;

const ANY_DOCUMENT_HEAD = new RegExp(
  `(?<=^|[\\s,;:—–(“"«])(?:(?:the|a|an|its|their)\\s+)?${MODIFIER}{0,3}?(?:${DOCUMENT_TYPE_PATTERN})(?![\\p{L}])`,
  "giu",
);

/** Where a document head starts the subject of a passive verb, after an opening phrase; not "… of the Charter". */
function passiveSubject(before: string): number | null {
  for (const match of before.matchAll(ANY_DOCUMENT_HEAD)) {
    const previous = /(\S+)\s*$/.exec(before.slice(0, match.index))?.[1] ?? "";
    // "A number of decisions on A and on B were approved": "of" after a quantifier heads no title of another document.
    if (
      !/^(?:of|on|to|for|with|in|by|from|about|under|within|into|upon)$/i.test(previous) ||
      QUANTIFIER_BEFORE.test(before.slice(0, match.index))
    )
      return namedStart(before, match.index);
  }
  return null;
}

/**
 * "The G20 Rio de Janeiro Leaders' Declaration was approved": a head found after words of a name ("de Janeiro …")
 * starts where the name does, with its article, when the words before it make a longer title's head.
 */
function namedStart(before: string, index: number): number {
  if (/^(?:the|a|an|its|their)\s/i.test(before.slice(index))) return index;
  // The words before the head, nearest last, each with where it starts: the longest run that heads the title wins.
  const words = [...before.slice(0, index).matchAll(/\S+\s+/g)].slice(-6);
  const starts: number[] = [];
  for (let first = 0; first < words.length; first++) {
    const start = words[first]!.index;
    const head = namedHead(before.slice(start));
    // "Under the presidency of Brazil G20 …", "in 2024 G20 …": a word after a preposition is its object, and a year
    // alone dates; neither starts the title.
    if (
      head &&
      start + head.length > index &&
      !/\b(?:of|in|by|under|at|from|with|for|to)\s+$/i.test(before.slice(0, start)) &&
      !/^(?:19|20)\d{2}\s/.test(words[first]![0])
    )
      starts.push(start);
  }
  // "Hosted by President Lula G20 Rio de Janeiro …": within a longer run of capitalised words, a name's code ("G20",
  // "BRICS", "15th") starts the title.
  const start =
    starts.find((at) => /^(?:\p{Lu}{2,}|\p{Lu}+\d+|\d+(?:st|nd|rd|th))\s/u.test(before.slice(at))) ??
    starts[0];
  if (start === undefined) return index;
  // "… Monday the G20 …": the article before the name's first word is the title's.
  const article = /(?:^|\s)((?:the|a|an|its|their)\s+)$/i.exec(before.slice(0, start));
  return article ? start - article[1]!.length : start;
}

/** After a comma, a name of its own: "the Grain Exchange initiative" (not "the Government of …"). */
const NAMED_AFTER_COMMA =
  /^(?:the|an?)\s+(?!(?:Government|Republic|Kingdom|State|Federation|People|Secretariat|Council|Commission)\b)\p{Lu}/u;

/** "the Kazan Declaration, adopted at the summit, …": the document, its verb, and where or by whom. */
const PARTICIPLE = new RegExp(
  `(?:^|\\s)((?:the|a|an)\\s+${MODIFIER}{0,3}?(?:${DOCUMENT_TYPE_PATTERN})(?![\\p{L}])[^,;]*?),\\s+(?:(?:also|jointly|unanimously)\\s+)?(${ADOPTION_VERBS})\\s+((?:at|during|following|after|by)\\s+(?:the|this|today's|its)\\s[^,;.]{0,40}|today|here)`,
  "giu",
);

/**
 * A clause that describes the noun before it rather than continuing it: "which …", "whereby …", and a relative after a
 * preposition ("under which …", "by which …", "according to which …").
 */
const RELATIVE_CLAUSE =
  /^(?:which|that|who|whose|whereby|(?:under|by|in|through|with|for|from|to|according\s+to|in\s+line\s+with)\s+(?:which|whom))\b/i;
/** Where a relative clause opens after a comma in a list line. */
const RELATIVE_AFTER_COMMA =
  /,\s+(?=(?:which|who|whose|whereby|(?:under|by|in|through|with|for|from|to|according\s+to)\s+(?:which|whom))\b)/i;

/** An adoption verb used actively ("Iran signed …", "They … adopted …"); passives are told apart by what precedes. */
// "adopted, among other documents, the …", "approved in principle the …", "signed in their presence the …" and
// "signed, in the presence of the heads of state, an agreement on …": an aside before the object.
const ACTIVE_ADOPTION = new RegExp(
  `\\b(${ADOPTION_VERBS}|agreed\\s+(?:on|upon))(?:\\s*,\\s*(?:among\\s+other\\s+(?:documents|texts|things)|among\\s+others|in\\s+particular|notably|inter\\s+alia)\\s*,|\\s+in\\s+principle|\\s*,\\s*in\\s+(?:their|his|her|the)\\s+presence(?:\\s+of\\s+[^,;.]{1,80}?)?\\s*,|\\s+in\\s+(?:their|his|her|the)\\s+presence(?:\\s+of\\s+(?:the\\s+)?(?:[A-Za-z'’-]+\\s+){0,2}?(?:leaders|presidents|heads\\s+of\\s+(?:state|government|delegations?)|prime\\s+ministers|premiers)(?:\\s+of\\s+the\\s+(?:[A-Za-z-]+\\s+){0,2}?(?:states|countries|nations))?)?|\\s*:)?\\s+(?!by\\b|in\\b|at\\b|that\\b|off\\b|on\\s+(?:behalf|the\\s+sidelines)\\b)`,
  "gi",
);
/**
 * Verbs that adopt only with a document after them: "took decisions on …" (not "took part", "took a decision to
 * meet again" or "will take decisions"), "exchanged copies of the
 * Memorandum …" or "exchanged the signed agreements" (not "exchanged views"), "concluded an agreement" (not "concluded
 * the talks"); "signed off on", which approves; "agreed (on) a joint statement", "agreed the Astana Declaration" (not
 * "agreed the statement should be short"); and "passed a resolution" (not "passed the chairmanship").
 */
const ACTIVE_WITH_DOCUMENT = new RegExp(
  `\\b(?:(?:took|take|takes|taking|made|make|makes|making)\\s+(?=(?:(?:a|the|several|a\\s+number\\s+of|\\S+\\s+more|further|other)\\s+)?decisions?\\b(?!\\s+to\\b))|(exchanged)(?:\\s+(?:the\\s+)?(?:signed\\s+)?(?:copies|texts|originals|instruments)\\s+of)?\\s+(?=(?:the\\s+)?(?:signed\\s+)?(?:${DOCUMENT_TYPE_PATTERN})(?![\\p{L}]))|(concluded)\\s+(?=(?:an?|the)\\s+(?:${DOCUMENT_TYPE_PATTERN})(?![\\p{L}]))|(signed\\s+off\\s+on)\\s+|passed\\s+(?=(?:an?|the)\\s+(?:[\\p{L}-]+\\s+){0,2}?resolutions?\\b)|agreed\\s+(?:on\\s+)?(?=(?:an?|the)\\s+(?:[\\p{L}'’-]+\\s+){0,3}?(?:statement|declaration|communiqu[eé]|charter|resolution)\\b(?!\\s+(?:should|would|will|must|could|might|may|shall|is|was|were|are|be|needs?|had|has|have)\\b)))`,
  "giu",
);
/**
 * "the Strategy, adopted today, sets …": a verb set off by commas with only a circumstance before the second comma
 * describes the noun before it and has no object of its own.
 */
const PARTICIPLE_ASIDE =
  /^\s*(?:(?:today|here|yesterday|this\s+(?:week|year|morning|afternoon|evening)|earlier|at\s+(?:the|this)\s+[\p{L}-]+(?:\s+[\p{L}-]+)?|by\s+(?:the\s+)?(?:leaders|heads\s+of\s+state|presidents|ministers|council|parties|sides))\s*)?,/iu;
/** "the previously adopted Programme": a document adopted before, named by what was done to it. */
const ADJECTIVAL_BEFORE = /\b(?:previously|earlier|already|once|formerly|recently|originally)\s+$/i;
/** After a verb: when, if before this meeting ("in 2015", "last year", "earlier by the ministers"). */
const DONE_BEFORE =
  /^\s*(?:by\s+[^,.;]{1,40}?\s+)?(?:(?:in|on)\s+(?:\p{L}+\s+)?(?:19|20)\d{2}\b|last\s+(?:year|month|week|summit)|(?:at|during)\s+(?:the|its)\s+(?:previous|last|preceding|former)\b|earlier|previously|before|back\s+in|\S+\s+years?\s+ago)/iu;
const PASSIVE_BEFORE =
  /\b(?:were|was|been|be|is|are|being|documents?|which|that)\s+(?:(?:also|unanimously|jointly|then|later|subsequently|formally)\s+)?$/i;

/**
 * A noun of adoption after words saying it happened ("ended with the adoption of", "saw the signing of", "culminated
 * in the approval of", "welcomed the adoption of", "concluded with the issue of"), with or without who did it ("the
 * signing by the leaders of"), or an outcome "reflected / recorded in" a document. Not "called
 * for the adoption of" or "prepare the signing of": only these lead-ins count, and never after a future or a plan.
 */
const NOMINAL_ADOPTION =
  /\b(?:(?:(?:outcome|result|achievement|highlight)s?\s+(?:[^.;,]{0,60}?\s+)?(?:was|were|is|are)|ended|ends|concluded|closed|culminated\s+in|resulted\s+in|(?:took|take|takes)\s+part\s+in|participated\s+in|attended|saw|sees|welcomed|welcomes|marked|crowned|witnessed|with|after|following|by)\s+(?:(?:the|a)\s+)?(?:formal\s+|joint\s+|solemn\s+)?(adoption|signing|signature|approval|endorsement|issuance|issuing|release|(?<=\b(?:ended|ends|concluded|closed)\s+with\s+(?:the\s+)?)issue)(?:\s+by\s+(?:[a-z-]+\s+){0,4}?[a-z-]+)?\s+of|(?:by|with\s+(?:the\s+)?(?:leaders|heads\s+of\s+(?:state|government)|presidents|prime\s+ministers|premiers|parties|sides|ministers)(?:\s+also)?)\s+(adopting|signing|approving|endorsing|issuing|releasing)|(?:gave|give|gives|giving)\s+(?:their|its|his|her|the)\s+(?:formal\s+|final\s+|full\s+)?(approval|endorsement|backing|blessing|assent)\s+to|(?:saw|watched|witnessed)\s+(?:the\s+)?(?:leaders|heads\s+of\s+(?:state|government)|presidents|prime\s+ministers|premiers|parties|sides|ministers)\s+(sign|adopt|approve|endorse)|(signature)s?\s+(?:were|was)\s+(?:put|affixed|placed)\s+(?:to|under|on)|(?<!\bas\s)(?:reflected|recorded|enshrined|embodied|set\s+out|laid\s+down|spelled\s+out|summed\s+up)\s+in)\s+/gi;
/** A verb of ending the meeting, then "with": "closed the session with", "ended a two-day summit in Brussels with". */
const ENDED_WITH =
  /\b(?:closed|ended|concluded|wrapped\s+up|closes|ends|concludes|wraps\s+up)(?:\s+(?:the|a|an|its|their|this)\s+[^.;,:]{0,60}?)?\s+with\s+/gi;

/** ", adopted in Phnom Penh in November 2022": a participle set off by a comma after the object, and when. */
const PARTICIPLE_AFTER_OBJECT = new RegExp(
  `,\\s+(?:(?:also|jointly|unanimously|first)\\s+)?(?:${ADOPTION_VERBS})\\s+([^,;.]{1,60})`,
  "i",
);

/**
 * "The Leaders noted the Statement on the Post-2025 Vision, adopted in Phnom Penh in November 2022": the object of the
 * verb was adopted at an earlier meeting, which the participle after it dates.
 */
function adoptedEarlier(object: string, date: PartialDate | null): boolean {
  const participle = PARTICIPLE_AFTER_OBJECT.exec(object);
  return participle !== null && doneBefore(EARLIER, participle[1]!, date);
}

/** "by the senior officials of", "by the foreign ministers of": who did what a noun of adoption names. */
const ADOPTED_BY = /\bby\s+(.+?)\s+of\s*$/i;
/** Who adopts at the meeting itself: its leaders, its body, the parties to it. */
const THE_MEETING_ITSELF =
  /\b(?:leaders|heads|presidents|prime\s+ministers|premiers|summit|council|parties|sides|member\s+states|participants)\b/i;

/** "… by the ASEAN Ministers of Youth": who adopted the object named before (people or a body, not "by Ships"). */
const BY_AGENT =
  /\s+by\s+(?:the\s+)?((?:[\p{L}-]+\s+){0,4}?(?:ministers?|leaders|officials|heads|presidents|premiers|experts|plenipotentiaries|representatives|council|secretariat|commission|summit|parties|sides)\b.*)$/iu;

/**
 * "The summit welcomed the adoption by the senior officials of the Action Plan", "welcomed the adoption of the
 * Declaration on Youth by the ASEAN Ministers of Youth": what the leaders welcome that others adopted is no outcome of
 * this meeting ("saw the signing by the ministers of …" is, in the leaders' presence, and so is "welcomed the signing
 * of … by the ministers").
 */
function welcomedFromOthers(leadIn: string, object: string): boolean {
  if (!/^welcome/i.test(leadIn) || /\bsign/i.test(leadIn)) return false;
  const by = ADOPTED_BY.exec(leadIn) ?? BY_AGENT.exec(object);
  return by !== null && !THE_MEETING_ITSELF.test(by[1]!);
}

// "plans to sign" is a future, "their plans for cooperation are recorded in" is not.
const NOT_YET =
  /\b(?:will|would|shall|to\s+be|plans?\s+to|planned|expected|next|upcoming|future|forward|ready|prepar\w*|draft\w*)\b/i;
/** "… on the items of its agenda", "… on all agenda items", "… on the questions on the agenda": the agenda as subject. */
const AGENDA_SUBJECT =
  /^\s+(?:on|concerning|regarding|under)\s+(?:(?:all|each|every)\s+(?:of\s+)?)?(?:the\s+)?(?:(?:items?|issues?|questions?|points?|matters?|topics?)\s+(?:of|on|in)\s+(?:its|the|their|this|today's)\s+(?:[a-z]+\s+)?agenda|(?:[a-z]+\s+)?agenda\s+(?:items?|issues?|questions?|points?))\s*$/i;

/**
 * The clause a phrase stands in: "The leaders approved the draft resolutions, and the summit ended with the adoption of
 * …" — a clause after ", and" with a subject of its own, or after a semicolon, is not governed by the draft or plan of
 * the clause before.
 */
function ownClause(before: string): string {
  const boundaries = [
    ...before.matchAll(/;|,\s+(?:and|while|but|whereas)\s+(?=(?:the|they|it|he|she|we)\s)/gi),
  ];
  const last = boundaries.at(-1);
  return last ? before.slice(last.index + last[0].length) : before;
}
const EARLIER =
  /\b(?:(?:in|of|since)\s+(?:\p{L}+\s+)?(?:19|20)\d{2}\b|last\s+(?:year|month|week|summit|session|meeting)|previous|earlier|previously|former|years?\s+ago|(?:the\s+)?(?:day|evening|night|week)\s+before\b|on\s+the\s+eve\b)/iu;

/**
 * Whether the words after a verb or a noun of adoption place it before this meeting ("in 2015", "last year",
 * "earlier"); a year does so only when it is before the meeting's, if that is known ("adopted in June 2019" at a
 * June 2019 summit is this meeting's).
 */
function doneBefore(pattern: RegExp, words: string, date: PartialDate | null): boolean {
  const match = pattern.exec(words);
  if (!match) return otherMonth(words, date);
  const year = /\b(?:19|20)\d{2}\b/.exec(match[0])?.[0];
  return !year || !date || year < date.slice(0, 4);
}
/**
 * "…, adopted by the heads of state in June": a month named without a year, when it is not the month of the meeting,
 * dates what was done to another meeting (the meeting's own month, "signed in November" at a November summit, is its).
 */
const BARE_MONTH = new RegExp(`\\bin\\s+(${MONTHS})\\b(?!\\s*,?\\s*\\d)`);
function otherMonth(words: string, date: PartialDate | null): boolean {
  if (!date || date.length < 7 || !/\bin\s+\p{Lu}/u.test(words)) return false;
  const month = BARE_MONTH.exec(words);
  if (!month) return false;
  return MONTHS.split("|").indexOf(month[1]!) + 1 !== Number(date.slice(5, 7));
}
/** "… five years after", "… ever since": a clause before a passive that dates this meeting by an earlier signing. */
const RECALLED_BEFORE =
  /\b(?:(?:years?|months?|decades?|weeks?|days?|anniversary)\s+(?:after|since)|ever\s+since|since|(?:years?|months?|decades?)\s+ago\s+when)\s+(?:the\s+|an?\s+)?$/i;
const FOUNDING_TEXT = /^(?:the\s+)?(?:[\p{L}-]+\s+){0,3}?(?:Charter|Convention|Treaty|Covenant)\b/iu;
const RELATIVE_ADOPTION = new RegExp(`^[^;]*?,\\s+(?:which|that)\\b[^;]*?\\b(?:${ADOPTION_VERBS})\\b`, "i");
const NOMINAL_ACTION: Record<string, AdoptionAction> = {
  signing: "signed",
  signature: "signed",
  approval: "approved",
  approving: "approved",
  sign: "signed",
  approve: "approved",
};

/**
 * "decisions on the X, the Y and the Z", "agreements on training A and cooperation in B": a plural type word with one
 * "on" whose parts do not repeat it still names one document per part that reads as a noun phrase of its own — one
 * after an article, or a noun with its own preposition after an "on" subject of three words or more — but not "trade and
 * economic cooperation" or "trade and investment in Africa"; and every item of a serial list of three or more ("on
 * migration, tourism and sport"). Gives the indices of the parts that start a document.
 */
function unrepeatedItems(text: string, item: { parts: readonly Chunk[] }, headEnd: number): number[] {
  // "decisions on migration, tourism and sport": a serial list of three or more, commas between all but the last two.
  const commas = item.parts.slice(1).filter((part) => /,/.test(part.separator)).length;
  // Not "on the budgets for 2025, 2026 and 2027".
  const words = item.parts.slice(1).every((part) => /^\p{L}/u.test(text.slice(part.start, part.end)));
  if (item.parts.length >= 3 && commas >= item.parts.length - 2 && words)
    return item.parts.map((_, index) => index);
  // "statements on food security and climate change": a plural over exactly two subjects of two to five words each,
  // neither an adjective or a noun alone ("trade and economic cooperation", "financial and budgetary issues" stay one).
  if (item.parts.length === 2) {
    const lengths = item.parts.map(
      (part, index) =>
        text
          .slice(index === 0 ? headEnd : part.start, part.end)
          .trim()
          .replace(/^on\s+/i, "")
          .split(/\s+/).length,
    );
    // Not "cooperation between A and B" or "with A and B": a preposition that may take both parts.
    const plain = item.parts.every(
      (part, index) =>
        !/\b(?:between|among|with)\b/i.test(text.slice(index === 0 ? headEnd : part.start, part.end)),
    );
    if (plain && lengths.every((length) => length >= 2 && length <= 5)) return [0, 1];
  }
  return item.parts.flatMap((part, index) => {
    if (index === 0) return [0];
    const stated = text.slice(part.start, part.end);
    if (/^(?:the|a|an|its|their)\s/i.test(stated)) return [index];
    const previous = item.parts[index - 1]!;
    const subject = text.slice(index === 1 ? headEnd : previous.start, previous.end).trim();
    return /^[\p{L}-]+\s+(?:in|of|on|for|with|between|against|among)\s/iu.test(stated) &&
      subject.split(/\s+/).length >= 4
      ? [index]
      : [];
  });
}

/** Between items of a list, a separator followed by an article starts a new item. */
const ARTICLE_SEPARATOR =
  /\s*[,;]\s*(?:and\s+|as\s+well\s+as\s+)?(?=(?:the|a|an)\s)|\s+(?:and|as\s+well\s+as)\s+(?=(?:the|a|an)\s)/gi;

/** "… at the end of the summit", "… during the meeting", ", a day before the summit of …": where or when, not part of a title. */
const TRAILING_CIRCUMSTANCE =
  /\s+(?:at|during|following|after|on\s+the\s+sidelines\s+of|in\s+the\s+course\s+of)\s+(?:the\s+)?(?:end|close|conclusion|summit|meeting|talks|session|sidelines|ceremony)\b.*$|\s+(?:in|on)\s+(?:\d{1,2}\s+)?(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+(?:\d{1,2},?\s+)?(?:19|20)\d{2}$|,?\s+(?:a|one|two|three)\s+days?\s+(?:before|after)\s+(?:the\s+)?(?:[\p{L}\d-]+\s+){0,2}?(?:summit|meeting|session|talks|visit)\b.*$/iu;

/** "… a final communique after two days of talks", "… following three hours of discussions": how long it took, not a title. */
const TRAILING_DURATION =
  /\s+(?:after|following|at\s+the\s+end\s+of)\s+(?:[a-z\d-]+\s+){0,3}?(?:days?|hours?|talks|deliberations|discussions|negotiations|consultations)\b.*$/u;
/** A capitalised noun documents are named by, for the mentions of titles without a type word ("Partnership for …"). */
const MENTIONED_TITLE_NOUN = new RegExp(
  `(?<![\\p{L}])(?:${TITLE_NOUNS.replace("Convention|Covenant|", "")}|Partnership(?=\\s+(?:for|on)\\s+(?:the\\s+)?\\p{Lu}))(?![\\p{L}])`,
  "gu",
);
/** A type word anywhere in a sentence, for the mentions of named documents. */
const MENTIONED_TYPE = new RegExp(`(?<![\\p{L}])(${DOCUMENT_TYPE_PATTERN})(?![\\p{L}])`, "giu");
const QUOTED_START =
  /^(?:(?:the|a|an)\s+)?(?:[\p{L}-]+\s+)?(?:documents?\s+)?(?:(?:entitled|titled|called|named)\s+)?[“"«][^”"»]+[”"»]/u;
const QUOTED_TITLE =
  /^(?:(?:the|a|an)\s+)?(?:([\p{L}-]+)\s+)?(?:documents?\s+)?(?:(?:entitled|titled|called|named)\s+)?[“"«](.+?)[”"»]$/u;

/** Titles without a type word: a quoted title, a capitalised name, or a noun documents are named by. */
function looksLikeTitle(stated: string): boolean {
  if (QUOTED_TITLE.test(stated)) return true;
  if (
    /^(?:the|an?)\s+\p{Lu}/u.test(stated) &&
    !/^(?:the|an?)\s+(?:[\p{Lu}][\p{L}-]*\s+)?(?:Government|Republic|Kingdom|State|Federation|President|Prime|Minister|leaders?)\b/u.test(
      stated,
    )
  )
    return true;
  return /^(?:the|an?)\s+(?:[\p{L}-]+\s+){0,2}?(?:directions|guidelines|priorities|principles|initiative|vision|concord|budget|rules|regulations?|provisions|charter|covenant|convention|accord|pact|compact|list\s+of\s+(?:measures|actions|events|activities|steps))\b/iu.test(
    stated,
  );
}

/** The type of a document named without a type word, from what its title says it is. */
function untypedDocumentType(title: string): DocumentType {
  if (/\bstrateg/i.test(title)) return "strategy";
  if (/\bprogram/i.test(title)) return "programme";
  if (/\bconcept/i.test(title)) return "concept";
  if (/\broad\s?map/i.test(title)) return "roadmap";
  if (/\bconcord\b/i.test(title)) return "declaration";
  return "other";
}

/**
 * "The (main) outcome (document) of the summit was …", "The final outcome document, …", "The main document of the
 * summit, the “Astana Vision 2030”, …", "The summit's final document, the Astana Declaration, …": a document named as
 * the result, with or without a type word;
 * named with "a", only a declaration, statement, communiqué or appeal ("was a decision to meet again" is no document).
 */
const OUTCOME_IS =
  /^(?:[Tt]he\s+)?(?:(?:summit|meeting|session|talks)['’]s\s+)?(?:(?:[Mm]ain|[Kk]ey|[Pp]rincipal|[Ff]inal|[Cc]hief)\s+)?(?:outcome(?:\s+document)?|document|result|cent(?:re|er)piece)(?:\s+of\s+the\s+(?:summit|meeting|session|talks|day))?(?:\s*,\s*|\s+(?:was|is)\s+)(?=[Tt]he\s+[“"«]?\p{Lu}|(?:the|an?)\s+(?:[\p{L}-]+\s+){0,2}?(?:declaration|statement|communiqu[eé]|appeal)\b)/u;

/**
 * "The outcome documents of the summit are:", "The final documents of the meeting were", "Outcome documents
 * include": a plural group of what the meeting produced before its list, with or without a colon.
 */
const OUTCOME_DOCUMENTS_ARE =
  /^(?:The\s+)?(?:(?:main|key|principal|final)\s+)?(?:outcome|final|closing)\s+documents(?:\s+(?:of|at)\s+the\s+(?:summit|meeting|session|talks|conference))?\s+(?:(?:are|were|include[sd]?|comprised?)\s*:?\s*|:\s*)(?=(?:the|an?)\s|[“"«]|\p{Lu})/iu;

/**
 * Another document after a relative clause: ", and the Statement on …", ", as well as a joint communiqué", or the rest
 * of the package counted (", and 15 other documents").
 */
const AFTER_RELATIVE = new RegExp(
  `,\\s+(?:and|as\\s+well\\s+as)\\s+(?=(?:the|a|an)\\s+${MODIFIER}{0,3}?(?:${DOCUMENT_TYPE_PATTERN})(?![\\p{L}])|(?:${NUMBER_PATTERN})\\s+(?:other|more|further|additional)\\s+(?:[\\p{L}-]+\\s+)?(?:${DOCUMENT_TYPE_PATTERN}|documents?)(?![\\p{L}]))`,
  "iu",
);

/** "statements: on A, on B": a type word before a colon heading the items that follow it. */
const TYPE_HEADING_ITEMS = new RegExp(`^(${DOCUMENT_TYPE_PATTERN})\\s*:\\s*(?=on\\s)`, "iu");

/** A verb in "-ing" that names what a decision does ("naming …", "appointing …"); not a preposition in "-ing". */
const ING_VERB =
  "(?!(?:during|following|including|concerning|regarding|according|pending|notwithstanding|being|having)\\b)[a-z]+ing\\s";
const ING_ITEM_SEPARATOR = new RegExp(`,?\\s+and\\s+(?=${ING_VERB})|,\\s+(?=${ING_VERB})`, "i");

/** "Signed at the summit were A and B", "Also adopted were …": a passive with its subject after it. */
const INVERTED_PASSIVE = new RegExp(
  `^(?:(?:Also|Further|Additionally)\\s+)?(${ADOPTION_VERBS})(?:\\s+(?:also|too))?(?:\\s+(?:at|during|following|after|in|on)\\s+[^,;]{1,40}?)?\\s+(?:were|was)(?:\\s+(?:also\\s+)?|\\s*:\\s*)(?=(?:the|an?)\\s)`,
  "i",
);
/** "… were among the documents signed": what comes before the verb is listed with the group's verb. */
const AMONG_AFTER = new RegExp(
  `\\s+(?:were|was|are|is)\\s+(?:also\\s+)?among\\s+(?:the\\s+)?(?:[\\p{L}'’-]+\\s+){0,2}?(?:documents|texts|instruments|agreements|decisions)\\b(?:\\s+(${ADOPTION_VERBS}))?`,
  "iu",
);
/** "It includes …", "It also contains …": what the group of the sentence before holds. */
const IT_HOLDS = new RegExp(`^It\\s+${HOLDS}\\s+`, "i");
/** A sentence that tells of a group of documents adopted ("A package of documents was signed"). */
const ADOPTED_GROUP = new RegExp(
  `\\b(?:package|set|series|number)\\s+of\\s+(?:[\\p{L}-]+\\s+)?documents\\b.*\\b(?:${ADOPTION_VERBS})\\b|\\b(?:${ADOPTION_VERBS})\\b.*\\b(?:package|set|series|number)\\s+of\\s+(?:[\\p{L}-]+\\s+)?documents\\b`,
  "iu",
);
/** A sentence that tells of a signing ceremony ("attended the signing ceremony", "A ceremony of signing followed"). */
const SIGNING_CEREMONY =
  /\bsigning\s+(?:ceremony|of\s+(?:the\s+)?documents)\b|\bceremony\s+(?:of|for)\s+(?:the\s+)?signing\b/i;

/**
 * A declaration, statement, communiqué or appeal named by its capitalised title as saying something ("The Tashkent
 * Declaration sets out …", "In the Kazan Declaration the heads of state stress …"): the meeting's own outcome. Not a
 * treaty, charter or agreement, which may be an earlier one a release recalls.
 */
const IN_PASSING = new RegExp(
  `^(?:In\\s+)?((?:[Tt]he|[Aa]n?)\\s+(?:\\p{Lu}[\\p{L}\\d'’.-]*\\s+){1,4}?(?:Joint\\s+)?(?:Declaration|Statement|Communiqu[eé]|Appeal|Address)(?:\\s+(?:of|on|to)\\s+[^,;]{1,80}?)?)\\s*,?\\s+(?:(?:the|its|their)\\s+(?:leaders|heads\\s+of\\s+state|presidents|parties|sides|members?(?:\\s+states)?|authors)\\s+)?(?:also\\s+)?(?:sets?\\s+out|states?|reaffirms?|stress(?:es)?|underlines?|underscores?|calls?\\s+for|notes?|express(?:es)?|describes?|condemns?|welcomes?|supports?|confirms?|emphasi[sz]es?|highlights?|commits?|reflects?)\\b`,
  "u",
);

/** "protocols, in particular on A and on B": a plural type word before the words that list its items. */
const TYPE_LEADING_ITEMS = new RegExp(
  `^(${DOCUMENT_TYPE_PATTERN})\\s*,?\\s+(?:in\\s+particular|including|notably|such\\s+as|among\\s+them)\\s*,?\\s+(?=on\\s)`,
  "iu",
);

/** "on A, on B and on C": subjects a repeated "on" sets apart split there only; others as a plain list. */
function splitSubjects(text: string, start: number, end: number): { start: number; end: number }[] {
  const slice = text.slice(start, end);
  const repeated = /\s*,\s*(?:and\s+|as\s+well\s+as\s+)?(?=on\s)|\s+(?:and|as\s+well\s+as)\s+(?=on\s)/gi;
  const matches = /^on\s/i.test(slice) ? [...slice.matchAll(repeated)] : [];
  if (!matches.length) return splitPlainList(text, start, end);
  const result: { start: number; end: number }[] = [];
  let from = start;
  for (const match of matches) {
    result.push({ start: from, end: start + match.index });
    from = start + match.index + match[0].length;
  }
  result.push({ start: from, end });
  return result;
}

/** "…, four of which concern", "…, two of them deal with": what follows names the documents by their subjects. */
const SUBJECTS_AFTER =
  /\bof\s+(?:which|them)\s+(?:concern(?:s|ed)?|deal(?:s|t)?\s+with|relate[sd]?\s+to)\s+$/i;

/** "more than 20 documents", "about 30 agreements": no exact count. */
const APPROXIMATE =
  /\b(?:more\s+than|over|about|around|nearly|almost|some|up\s+to|at\s+least|roughly|approximately|upwards\s+of)\s+$/i;

/**
 * A count of another event's documents: "the two countries signed 12 agreements during the state visit", "India and
 * Russia held their bilateral summit, at which 16 agreements were signed". Not the meeting's tally.
 */
const ANOTHER_EVENT =
  /\b(?:bilateral\s+(?:summit|talks|meeting|visit|negotiations|consultations)|(?:state|official|working)\s+visit|the\s+two\s+(?:countries|sides|states|leaders|presidents|governments|heads\s+of\s+state))\b/i;
/**
 * "… was signed at a separate event", "during a parallel business forum", "at a side event hosted by …": an event beside
 * the summit, wherever the sentence names it, and what was signed or adopted there.
 */
const SEPARATE_EVENT =
  /\b(?:at|during)\s+(?:a|an|the)\s+(?:separate|parallel|side)[\s-](?:[\p{L}-]+\s+){0,2}?(?:event|forum|gathering)\b/iu;
/**
 * The event beside the summit in the clause of the sentence's verb: "… was signed at a side event", "At a parallel forum,
 * the ministers signed …". One in a clause of its own ("The summit adopted the Declaration, while at a side event …",
 * "…; at a side event the youth delegates …") tells of something else.
 */
function separateEvent(sentence: string, firstVerb: RegExpExecArray | null): boolean {
  const event = SEPARATE_EVENT.exec(sentence);
  if (!event) return false;
  if (!firstVerb) return true;
  const between = sentence.slice(
    Math.min(event.index, firstVerb.index),
    Math.max(event.index, firstVerb.index),
  );
  return !/;|,\s+(?:and|while|but|whereas|as|where)\s/i.test(between);
}

/**
 * "On the eve of the summit the foreign ministers signed …", "The day before, the ministers adopted …", "… signed, at
 * its own session, a protocol": a sentence that opens on a day before the meeting, or places its verb at a session of
 * the subject's own, tells of another meeting and what was done there.
 */
// "On the eve of the summit …": before the meeting, whoever acted.
const EVE_OF_MEETING =
  /^(?:(?:Earlier|Meanwhile|Also|Already),?\s+)?on\s+the\s+eve\s+of\s+(?:the|this|their|its)\s+(?:[\p{L}-]+\s+)?(?:summit|meeting|session|talks)\b/iu;
// "The day before, the foreign ministers …", "Ahead of the summit, the trade ministers …": a time before, when
// ministers or officials acted (the day before a meeting's last day may be its first, when the leaders acted).
const DAY_BEFORE =
  /^(?:(?:Earlier|Meanwhile|Also|Already),?\s+)?(?:(?:the|a)\s+day\s+(?:before|earlier)|(?:on\s+)?the\s+previous\s+day|(?:ahead\s+of|prior\s+to|in\s+the\s+run-up\s+to|before)\s+(?:the|this|their|its)\s+(?:[\p{L}-]+\s+)?(?:summit|meeting|session|talks)(?![\p{L}'’]))/iu;
const BY_MINISTERS =
  /\b(?:ministers|officials|experts|sherpas|coordinators|deputies|Council\s+of\s+(?:Foreign\s+)?Ministers)\b/u;
const OWN_SESSION =
  /\b(?:at|during)\s+(?:its|their)\s+own\s+(?:[\p{L}-]+\s+)?(?:session|meeting|sitting)\b/iu;
/** Whether the sentence tells of a meeting before this one; one that names this meeting's body ("The day before, the
 * 23rd Summit adopted …", in a release written after the meeting's last day) tells of this one. */
function beforeTheMeeting(sentence: string, bodyNames: readonly string[]): boolean {
  if (OWN_SESSION.test(sentence)) return true;
  if (!EVE_OF_MEETING.test(sentence) && !(DAY_BEFORE.test(sentence) && BY_MINISTERS.test(sentence)))
    return false;
  const lower = sentence.toLowerCase();
  return !bodyNames.some((name) => name.length > 3 && lower.includes(name.toLowerCase()));
}

/** "the package of 12 documents signed at the summit": a count with the participle of what was done to it. */
const PACKAGE_COUNT = new RegExp(
  `\\b(?:the|a|this|that)\\s+(?:package|set|series|batch)\\s+of\\s+(${NUMBER_PATTERN})\\s+(documents?|${DOCUMENT_TYPE_PATTERN})\\b(?:\\s+(?:that|which)\\s+(?:was|were|have\\s+been|has\\s+been))?\\s+(?:also\\s+|just\\s+)?(${ADOPTION_VERBS})\\b`,
  "iu",
);

/** "…, 19 decisions and two protocols": a count among the items of a verb's object, after a named document. */
const COUNT_IN_LIST = new RegExp(
  `(?:,\\s*|\\s+(?:and|as\\s+well\\s+as)\\s+)(${NUMBER_PATTERN})\\s+(?!(?:other|more|further|additional)\\b)(${DOCUMENT_TYPE_PATTERN}|documents?)\\b`,
  "giu",
);

/** An indefinite quantity that opens an item: "a number of decisions on …", "several agreements on …". */
const QUANTIFIER_FIRST =
  /^(?:a\s+(?:number|series|set|range|package|variety)\s+of|several|various|numerous|many|multiple)\s/i;

/** A quantifier that opens a passive's subject: "Several decisions were taken on …", "A number of agreements …". */
const QUANTIFIER =
  "(?:(?:a|an)\\s+(?:number|series|set|range|variety)\\s+of|several|various|numerous|many|multiple|some)\\s+";

/** The same just before an item whose head is the type word: "a number of | decisions on …". */
const QUANTIFIER_BEFORE =
  /(?:\ba\s+(?:number|series|set|range|package|variety)\s+of|\bseveral|\bvarious|\bnumerous|\bmany|\bmultiple)\s+$/i;

/** A count that opens an item: "5 agreements on …", "two protocols, on A and on B". */
const COUNT_FIRST = new RegExp(`^(${NUMBER_PATTERN})\\s`, "i");

/** "particularly the most important one –", "the main document of them:": the one of a group named next. */
const MAIN_ONE =
  /\b(?:(?:and\s+)?(?:particularly|in\s+particular|notably|above\s+all|including|among\s+them)\s*,?\s+)?the\s+(?:most\s+important|main|key|principal|central|chief)\s+(?:one|document|text)(?:\s+of\s+(?:them|these|all))?\s*(?:[–—:]|\s-\s)\s*/i;
/** The same words opening a list's items: "the key one: …". */
const MAIN_ONE_FIRST =
  /^the\s+(?:most\s+important|main|key|principal|central|chief)\s+(?:one|document|text)(?:\s+of\s+(?:them|these|all))?\s*(?:[–—:]|\s-\s)\s*/i;
/** Any verb of adoption, for the last one before a phrase. */
const ANY_ADOPTION_VERB = new RegExp(`\\b(${ADOPTION_VERBS})\\b`, "gi");
/** A group of documents before it: "20 documents", "agreements", "a package". */
const GROUP_WORDS = /\b(?:documents|texts|agreements|decisions|statements|declarations|package)\b/i;

/** Names of months and weekdays: "signed on Monday", "on 12 October" give a day, not a subject. */
const MONTHS_AND_DAYS = `${MONTHS}|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday`;

/** The first word of a sentence that may adopt something, to tell what the sentence opens with. */
const FIRST_VERB = new RegExp(`\\b(?:${ADOPTION_VERBS}|adoption|signing|approval)\\b`, "i");

/**
 * "… signed the Astana Declaration and 9 other documents": the count of the rest of a package after the documents named
 * before it. The tally is the number the text gives (9), as in the passive "X and five other documents were approved";
 * the named document is a record of its own.
 */
const OTHERS_COUNT = new RegExp(
  `(?:,?\\s+(?:and|as\\s+well\\s+as|along\\s+with|together\\s+with)|,)\\s+(${NUMBER_PATTERN})\\s+(?:other|more|further|additional)\\s+(?:(?!(?:documents?|${DOCUMENT_TYPE_PATTERN})\\b)[\\p{L}-]+\\s+)?(${DOCUMENT_TYPE_PATTERN}|documents?)\\b`,
  "iu",
);

/**
 * "17 documents were signed, including 9 decisions and 3 statements": counts of one type inside a count of documents
 * of any type ("…, three of which are statements: on A, …" names its items and gives no count of its own).
 */
const SUB_COUNT_START = new RegExp(
  `^\\s*,?\\s*(?:(?:including|among\\s+them|among\\s+which)\\s+(${NUMBER_PATTERN})\\s+(${DOCUMENT_TYPE_PATTERN})\\b)`,
  "i",
);

/**
 * "…, of which 12 were decisions", "…, 15 of them decisions": a count of one type inside a count of documents, when
 * no list follows ("…, three of which are statements: on A, …" names its items instead).
 */
const SUB_COUNT_SHARE = new RegExp(
  `^[^,;:]{0,40}?,\\s*(?:of\\s+(?:which|them)\\s+(${NUMBER_PATTERN})\\s+(?:were|are)|(${NUMBER_PATTERN})\\s+of\\s+(?:them|which)(?:\\s+(?:were|are|being))?)\\s+(${DOCUMENT_TYPE_PATTERN})\\s*(?:[.;]|$)`,
  "i",
);

/** "… 9 decisions and 3 statements": a count of another type joined to a first count. */
const ANOTHER_COUNT = new RegExp(
  `^\\s*(?:,\\s*|\\s+and\\s+)(${NUMBER_PATTERN})\\s+(${DOCUMENT_TYPE_PATTERN})\\b`,
  "i",
);

// "… approved the decision "On X" and issued joint statements on A and B": a second verb whose object is a type word,
// bare or after a count or an adjective of its own, starts a clause with its own action.
const SECOND_VERB_WITH_TYPE = new RegExp(
  `,?\\s+(?:and|while|but|whereas)\\s+(?:also\\s+)?(?:[a-z]+ed|took|gave|made|signed)\\s+(?:(?:joint|separate|further|several|new|two|three|four|five|six|seven|eight|nine|ten|\\d+)\\s+)?(?:${DOCUMENT_TYPE_PATTERN})\\b`,
  "i",
);

/**
 * ", and Prime Minister Xanana Gusmão of Timor-Leste took his seat", ", while President X thanked …": a clause whose
 * subject is a name (capitalised words, with "of" a country) and whose verb follows it. Case matters, so no "i" flag.
 */
const NAMED_CLAUSE =
  /,\s+(?:and|while|but|whereas)\s+(?:\p{Lu}[\p{L}'’.-]*\s+){1,6}(?:(?:of|from)\s+(?:the\s+)?(?:\p{Lu}[\p{L}'’.-]*\s+){1,4})?(?:[a-z]+ed|took|gave|made|held|met|said|spoke|became|sat|went|left|rose|was|has|had|will)\b/u;

/**
 * "… approved regulations on observer status and granted Mongolia the status of observer", "… and admitted India as a
 * member": a second verb in lower case whose object is a name starts a clause of its own. Case matters, so no "i" flag;
 * adjectives in "-ed" inside titles ("Trade and related Services") are no verbs.
 */
const VERB_WITH_NAME =
  /,?\s+(?:and|while|but|whereas)\s+(?:also\s+)?(?!(?:related|associated|integrated|coordinated|combined|extended|advanced|united|developed|enhanced|improved|expanded|increased|reinforced|strengthened|sustained|balanced|connected|concerned|interested|affected|specialised|specialized|applied|shared|dedicated|detailed)\b)(?:[a-z]+ed|gave|made|took|chose|sent|met)\s+(?:\p{Lu}[\p{L}'’.-]*)(?:\s|$|[,.;])/u;

/** Where a verb's object ends: a relative clause, a semicolon, or a new clause with a subject or verb of its own. */
function objectEnd(rest: string): number {
  // "A, which sets out …, and the Statement on B": a relative clause closed by another document is no end.
  const relative = /,\s+(?:which|that|who|whose)\b/i.exec(rest);
  if (relative) {
    const resumed = AFTER_RELATIVE.exec(rest.slice(relative.index + relative[0].length));
    const next = resumed ? relative.index + relative[0].length + resumed.index : -1;
    if (resumed && !/[;]/.test(rest.slice(relative.index, next)))
      return next + 1 + objectEnd(rest.slice(next + 1));
  }
  // ", Mr Nazarbayev said, …": a speaker's aside ends what went before; so does ", and bilateral talks followed", and so
  // does ", and Prime Minister X of Y took his seat": a clause whose subject is a name, "and will attend …", and ", and
  // heard information on …": a verb of deliberation after a comma; so does ", while at a side event …", another event's
  // clause.
  const boundary =
    /,\s+(?:which|that|who|whose)\b|;|,\s+(?:and|while|but|whereas)\s+(?:at|during)\s+(?:a|an|the)\s+(?:separate|parallel|side)[\s-]|,\s+(?:\p{Lu}[\p{L}'’.-]*\s+){1,3}(?:said|stressed|noted|added|recalled|explained|stated|believes)\b|,?\s+(?:and|while|but|whereas)\s+(?:also\s+)?(?:[a-z]+ed|took|gave|made|held|set|began|agreed|decided|welcomed|noted|met|spoke|said|went|left|sent|saw)\s+(?:the|a|an|to|that|on|their|its|his|her|with|upon|off|in|at|for|about|separately|later|afterwards)\b|,?\s+(?:and|while|but|whereas)\s+(?:also\s+)?(?:took|take|takes|taking)\s+(?:note|stock|account)\s+of\b|,\s+(?:and|while|but|whereas)\s+(?:the|they|it|he|she|we)\s+(?:[\p{L}-]+\s+){0,4}?(?:[a-z]+ed|took|gave|made|held|set|began|will|would|are|were|was|is)\b|,?\s+(?:and|while|but|whereas)\s+the\s+(?:[\p{L}-]+\s+){0,2}?(?:presidents?|leaders?|heads|ministers?|premiers?|sides|parties|delegations?)\s+of\s+[^,;]{1,60}?\s+(?:also\s+)?(?:[a-z]+ed|took|gave|made|held|set|began|will|would|are|were|was|is)\b|,\s+(?:and|while|but|whereas)\s+(?:[\p{L}-]+\s+){1,3}?(?:followed|began|ended|continued|resumed|took\s+place|(?:were|was)\s+held)\b|,?\s+(?:and|while|but)\s+(?:also\s+)?(?:will|would|shall|should|can|could|must|may)\s+(?:also\s+|then\s+)?[a-z]+\b|,\s+(?:and|while|but)\s+(?:also\s+)?(?:heard|considered|discussed|reviewed|examined|exchanged|listened)\b/iu.exec(
      rest,
    );
  const named = [NAMED_CLAUSE.exec(rest), VERB_WITH_NAME.exec(rest)]
    .filter((match) => match !== null)
    .sort((a, b) => a.index - b.index)[0];
  const first = named && (!boundary || named.index < boundary.index) ? named : boundary;
  const second = SECOND_VERB_WITH_TYPE.exec(rest);
  if (second && (!first || second.index < first.index)) return second.index;
  return first ? first.index : rest.length;
}

/**
 * Where a list after a colon ends: "Signed were: A; B; C" parts its items by semicolons, so a semicolon followed by
 * another document is no end of the object.
 */
function colonListEnd(rest: string): number {
  let end = objectEnd(rest);
  for (
    let next = /^;\s*(?:and\s+)?/.exec(rest.slice(end));
    next;
    next = /^;\s*(?:and\s+)?/.exec(rest.slice(end))
  ) {
    const after = rest.slice(end + next[0].length);
    if (
      !documentHead(after) &&
      !UNTYPED_ITEM.test(after) &&
      !UNTYPED_LOWER_ITEM.test(after) &&
      !QUOTED_START.test(after)
    )
      break;
    end += next[0].length + objectEnd(after);
  }
  return end;
}

/**
 * Where a clause with an active verb of adoption ends before a passive one ("The leaders approved A, and a decision on
 * B was taken"): at the last ", and" / ", while" followed by an article, and where the next clause starts; none if
 * there is no such clause.
 */
function activeClause(before: string): { end: number; next: number } | null {
  const active = [...before.matchAll(ACTIVE_ADOPTION)].find(
    (match) => !PASSIVE_BEFORE.test(before.slice(Math.max(0, match.index - 40), match.index)),
  );
  if (!active) return null;
  const breaks = [
    ...before.slice(active.index).matchAll(/,\s+(?:and|while|but|whereas)\s+(?=(?:the|a|an)\s)/gi),
  ];
  const last = breaks.at(-1);
  if (last) return { end: active.index + last.index, next: active.index + last.index + last[0].length };
  // "The leaders adopted a Joint Statement and approved three more documents": one subject, a second verb right after
  // "and", and the first verb's object between them.
  const second = /,?\s+and\s+(?:also\s+)?$/i.exec(before.slice(active.index));
  return second && second.index > 0 ? { end: active.index + second.index, next: before.length } : null;
}

/** Splits "A, B, and C" / "A, B and C" into items; an Oxford comma means "and" inside the last item is its own. */
export function splitPlainList(text: string, start: number, end: number): { start: number; end: number }[] {
  const slice = text.slice(start, end);
  const oxford = /,\s+(?:and|as well as)\s+/.test(slice);
  const separator = oxford
    ? /\s*,\s*(?:and\s+|as well as\s+)?|\s*;\s*/g
    : /\s*,\s*(?:and\s+|as well as\s+)?|\s*;\s*|\s+(?:and|as well as)\s+(?!.*\s(?:and|as well as)\s)/g;
  const result: { start: number; end: number }[] = [];
  let from = start;
  for (const match of slice.matchAll(separator)) {
    const at = start + match.index;
    if (at > from) result.push({ start: from, end: at });
    from = at + match[0].length;
  }
  if (end > from) result.push({ start: from, end });
  return result;
}

/**
 * "between the Commission and the governments of Mongolia and Indonesia", "on trade between the Secretariat and the
 * ministries of A, B and C on …": one party, the plural of the other, and the countries it stands for.
 */
const COUNTERPARTS =
  /^\s+(?:of\s+understanding\s+)?((?:on|for)\s+[^,]+?\s+)?between\s+(.+?)\s+and\s+the\s+(governments|ministries|secretariats|administrations)\s+of\s+((?:the\s+)?\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*)*(?:(?:\s*,\s*|\s+and\s+)(?:the\s+)?\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*)*)+)(\s+(?:on|in)\s+.+)?$/u;

/**
 * "signed a package of documents, including a statement on support for the Russian language", then "the Statement of
 * the Heads of State on Support and Promotion of the Russian Language": a document first told of in lower case and
 * later named by its title (its type word capitalised) takes that title, when it is the longer one.
 */
function titledLater(first: string, later: string): boolean {
  return /^(?:(?:a|an|the)\s+)?\p{Ll}/u.test(first) && /^(?:the\s+)?\p{Lu}/u.test(later);
}

export interface DocumentsContext {
  text: string;
  paragraphs: readonly Paragraph[];
  /** The meeting's date, if known: a year stated after a verb is earlier than this meeting only if before its year. */
  date?: PartialDate | null;
  /** The meeting's last day, if known and not its first: a meeting over several days adopts on any of them. */
  endDate?: PartialDate | null;
  /**
   * The names of the meeting's body and of its organization, if known: a count "at a meeting of the Eurasian
   * Intergovernmental Council" in a release of the Supreme Eurasian Economic Council is another body's.
   */
  bodyNames?: readonly string[];
  /** The city the meeting was held in, if known: "a Statement on … in Zhengzhou" names where it was adopted. */
  venueCity?: string | null;
}

/** "at a meeting of the Eurasian Intergovernmental Council", "during the session of the Council of Foreign Ministers". */
const MEETING_OF_BODY =
  /\b(?:[Aa]t|[Dd]uring|[Ii]n\s+the\s+course\s+of)\s+(?:a|the|its|their)\s+(?:(?:separate|parallel|earlier|later|own)\s+)?(?:meeting|session|sitting)\s+of\s+(?:the\s+)?(\p{Lu}[\p{L}-]*(?:\s+(?:(?:of|and|for|on)\s+(?:the\s+)?)?\p{Lu}[\p{L}-]*)*)/u;
const NAME_FILLER = new Set(["of", "the", "and", "for", "on"]);
const nameWords = (name: string) =>
  normalize(name)
    .split(/[^\p{L}\d]+/u)
    .filter((word) => word && !NAME_FILLER.has(word));

/** Whether the sentence places what it counts or names at a meeting of a body other than this meeting's. */
function atAnotherBody(sentence: string, bodyNames: readonly string[]): boolean {
  if (bodyNames.length === 0) return false;
  const named = MEETING_OF_BODY.exec(sentence);
  if (!named) return false;
  const known = new Set(bodyNames.flatMap(nameWords));
  // "the Council of Heads of State of the SCO" is this body however its words are ordered.
  return nameWords(named[1]!).some((word) => !known.has(word));
}

const MEETING_NAME = "\\p{Lu}[\\p{L}-]*(?:\\s+(?:(?:of|and|for|on)\\s+(?:the\\s+)?)?\\p{Lu}[\\p{L}-]*)*";
/**
 * Another meeting named in the sentence: "the summit of the Commonwealth of Independent States", "the heads of state
 * of the Shanghai Cooperation Organisation", "the 8th East Asia Summit". Case matters, so no "i" flag.
 */
const NAMED_MEETING = new RegExp(
  `\\b(?:[Ss]ummit|[Mm]eeting|[Ss]ession|[Ss]itting|[Hh]eads\\s+of\\s+(?:[Ss]tate|[Gg]overnment))\\s+of\\s+(?:the\\s+)?(${MEETING_NAME})|\\b(?:[Tt]he|[Aa]n?)\\s+(?:\\d+(?:st|nd|rd|th)\\s+)?(${MEETING_NAME})\\s+(?:Summit|Forum)\\b`,
  "gu",
);
/** "Declaration of the", "Joint Statement on the": a document's head before the name of the meeting it is of. */
const DOCUMENT_OF = new RegExp(
  `^(?:\\p{Lu}[\\p{L}-]*\\s+){0,2}?(?:${DOCUMENT_TYPE_PATTERN})\\s+(?:of|on|for)\\s+(?:the\\s+)?`,
  "iu",
);
/** "the Fourth CICA Summit": an ordinal in words numbers a meeting of the series, as "the 8th" does; no name word. */
const SPELLED_ORDINAL =
  /^(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|(?:thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twentie|thirtie|fortie|fiftie)th)$/;
/** "the day before", "the following day", "a day after", "on the eve": a time other than the meeting's own. */
const TIME_SHIFT =
  /\b(?:the\s+(?:day|evening|night|morning)\s+before|the\s+(?:following|next|previous|preceding)\s+(?:day|morning|evening)|(?:a|one|two|three)\s+days?\s+(?:after|before|earlier|later)|the\s+day\s+after|on\s+the\s+eve)\b/i;

/**
 * Whether the sentence puts what it names at another meeting held at another time: "At the East Asia Summit, held the
 * following day, a Declaration on X was issued", "The day before, the city hosted the heads of state of the SCO, whose
 * Declaration was signed", "a day after the summit of the CIS, at which the Concept was approved". The other meeting
 * comes before the verb; its name is not this meeting's body (any name, when the body is unknown).
 */
function atAnotherMeeting(sentence: string, bodyNames: readonly string[]): boolean {
  const shifted = TIME_SHIFT.test(sentence);
  // A body named "<X> Summit" (the ASEAN Summit) tells its summits from another "<Y> Summit" (the East Asia Summit,
  // the ASEAN-Japan Summit) at any time; a city's name before "Summit" ("the Kazan Summit") cannot be told from
  // another series otherwise.
  const summitSeries = bodyNames.some((name) => /\bSummit$/i.test(name.trim()));
  if (!shifted && !summitSeries) return false;
  const verb = FIRST_VERB.exec(sentence);
  const known = new Set(bodyNames.flatMap(nameWords));
  for (const match of sentence.matchAll(NAMED_MEETING)) {
    if (verb && match.index > verb.index) break;
    if (!shifted && (!match[2] || !/Summit$/.test(match[0]))) continue;
    // "the Declaration of the Fourth CICA Summit": the document's title before the meeting's name is no part of it.
    const name = (match[1] ?? match[2]!).replace(DOCUMENT_OF, "");
    const words = nameWords(name).filter(
      (word) => word !== "summit" && word !== "forum" && !SPELLED_ORDINAL.test(word),
    );
    if (words.length && (known.size === 0 || words.some((word) => !known.has(word)))) return true;
  }
  return false;
}

/**
 * "the Bishkek summit of 13 October 2023, at which the Agreement on X was signed", "the session held on 5 May, where the
 * Plan was approved": a meeting the sentence dates, before its verb, to days away from this meeting's (more than the
 * three a meeting over several days may take).
 */
const DATED_MEETING = new RegExp(
  `\\b(?:summit|meeting|session)\\s+(?:held\\s+)?(?:of|on)\\s+(?:(\\d{1,2})\\s+(${MONTHS})|(${MONTHS})\\s+(\\d{1,2}))(?:,?\\s+((?:19|20)\\d{2}))?\\b`,
  "i",
);
function atAnotherDatedMeeting(
  sentence: string,
  date: PartialDate | null,
  endDate: PartialDate | null = null,
): boolean {
  if (!date || date.length < 10) return false;
  const dated = DATED_MEETING.exec(sentence);
  const verb = FIRST_VERB.exec(sentence);
  if (!dated || (verb && dated.index > verb.index)) return false;
  const year = dated[5] ? Number(dated[5]) : Number(date.slice(0, 4));
  const day = Date.UTC(year, monthNumber(dated[2] ?? dated[3]!) - 1, Number(dated[1] ?? dated[4]));
  const utc = (at: string) =>
    Date.UTC(Number(at.slice(0, 4)), Number(at.slice(5, 7)) - 1, Number(at.slice(8, 10)));
  // "held from 10 to 15 November … At the closing session on 15 November": a day within the meeting is its own.
  const last = endDate && endDate.length >= 10 && endDate > date ? utc(endDate) : utc(date);
  return day < utc(date) - 3 * 86_400_000 || day > last + 3 * 86_400_000;
}

/**
 * Outcome documents, tallies and their relations: lists after "documents adopted …:" or before "… were
 * approved", groups such as "statements on A, on B, as well as on C" (one statement each), "the reports of A and
 * B on X" (one report each), counts ("9 decisions … including …"), "X on the implementation of Y" (implements)
 * and "the approval of X" (approves). Beyond those lists, every adoption verb of a sentence is read with its own
 * object whoever the subject is ("Iran signed …", "They signed A and adopted B"), up to where another clause
 * begins; a relative clause gives the action of the document before it ("…, which the leaders signed") and is
 * never part of a title; titles without a type word are read when quoted, capitalised or named by a document noun.
 * A noun of adoption counts as its verb after words that report it ("ended with the adoption of", "took part in
 * the signing of", "reflected in"); a participle naming this meeting too ("the Kazan Declaration, adopted at the
 * summit"); a heading ending with a colon or its verb lists one document a line ("1. …", "— …", nested under a
 * decision "on approving"). What was done before this meeting ("adopted in Ufa in 2015", "the previously signed",
 * "since the signing of … in 2001"), is planned ("will end with the signing of") or is a draft is not taken.
 */
export function readDocuments(context: DocumentsContext): DocumentsResult {
  const { text, paragraphs } = context;
  const date = context.date ?? null;
  const endDate = context.endDate ?? null;
  const bodyNames = context.bodyNames ?? [];
  // "the Statement on Regional Economic Cooperation in Zhengzhou": the meeting's city after a title tells where it was
  // adopted, not what about.
  const venueCity = context.venueCity
    ? new RegExp(`,?\\s+in\\s+(?:the\\s+city\\s+of\\s+)?${escapeRegExp(context.venueCity)}$`)
    : null;
  /** Another event's sentence: a bilateral visit, "the two countries", or a meeting of another body. */
  const anotherEvent = (sentence: string) =>
    ANOTHER_EVENT.test(sentence) ||
    beforeTheMeeting(sentence, bodyNames) ||
    atAnotherBody(sentence, bodyNames) ||
    atAnotherMeeting(sentence, bodyNames) ||
    atAnotherDatedMeeting(sentence, date, endDate);
  const documents: ReadDocument[] = [];
  const tallies: DocumentsResult["tallies"] = [];
  const relations: RelationProposal[] = [];
  /** Tallies of "N other documents", with how many documents the text named before them. */
  const besides = new Map<DocumentsResult["tallies"][number], number>();
  let counter = 0;
  /**
   * Set while a sentence that opens with another event is read ("The state visit that came before the summit produced a
   * Joint Declaration …"): what it names was adopted there, not at this meeting.
   */
  let elsewhere = false;

  // "the Declaration, signed today, …" after the Declaration on …: a bare type word names the one of its type read before.
  const bare = (type: DocumentType, title: string) =>
    normalize(title) === normalize(SINGULAR_OF_TYPE[type]) &&
    documents.filter((document) => document.type === type).length === 1;
  // Subjects alike name one document mentioned again in another sentence; in the same sentence they are two items of a
  // list ("a Protocol on cooperation in combating terrorism in the Caspian Sea and a Protocol on cooperation in
  // combating organized crime in the Caspian Sea").
  const find = (type: DocumentType, title: string, subject: string, sentence: Sentence) =>
    documents.find(
      (document) =>
        document.type === type &&
        (normalize(document.title) === normalize(title) ||
          bare(type, title) ||
          // "the Xi'an Declaration" and "the Xi'an Declaration of the China–Central Asia Summit": one document named
          // short and in full.
          normalize(document.title).startsWith(`${normalize(title)} of `) ||
          normalize(title).startsWith(`${normalize(document.title)} of `) ||
          (subject !== "" &&
            document.subject !== "" &&
            document.sentence !== sentence &&
            subjectOverlap(document.subject, subject) >= 0.75)),
    );

  const add = (
    stated: {
      type: DocumentType;
      title: string;
      asStated: string;
      start: number;
      end: number;
      subject: string;
      generic: boolean;
      atMeeting?: boolean;
    },
    action: AdoptionAction,
    sentence: Sentence,
    confidence: number,
  ): ReadDocument => {
    const input = venueCity ? { ...stated, title: stated.title.replace(venueCity, "") } : stated;
    const atMeeting = input.atMeeting ?? !elsewhere;
    const existing = find(input.type, input.title, input.subject, sentence);
    if (existing) {
      // The full title stands for the short one it was first named by, and a title stated as one for a document first
      // told of in lower case.
      if (
        normalize(input.title).startsWith(`${normalize(existing.title)} of `) ||
        (titledLater(existing.asStated, input.asStated) && input.title.length > existing.title.length)
      ) {
        existing.title = input.title;
        existing.asStated = input.asStated;
      }
      if (atMeeting && STRENGTH[action] > STRENGTH[existing.action]) existing.action = action;
      if (atMeeting) existing.atMeeting = true;
      return existing;
    }
    const document: ReadDocument = {
      key: `document-${++counter}`,
      title: input.title,
      asStated: input.asStated,
      type: input.type,
      action,
      atMeeting,
      ...validity(input.title),
      topicIds: [],
      listOrder: documents.length + 1,
      evidence: { start: input.start, end: input.end },
      confidence,
      subject: input.subject,
      generic: input.generic,
      sentence,
    };
    documents.push(document);
    return document;
  };

  /** One list item → documents (several for "statements on A, on B" and "reports of A and B on X"). */
  const readItem = (item: Item, action: AdoptionAction, sentence: Sentence) => {
    // "the foreign ministers approved the draft Declaration": a text for another meeting to adopt; so is "the future
    // Declaration".
    if (
      /^(?:(?:the|a|an)\s+)?(?:draft|future|proposed|planned|upcoming)\b/i.test(
        text.slice(item.start, item.end),
      )
    )
      return;
    // "an agreement to meet every two years", "a decision to hold the next summit in Minsk": what was agreed, not a
    // document.
    if (/^(?:an?)\s+(?:agreement|decision|understanding)\s+to\s+[a-z]/.test(text.slice(item.start, item.end)))
      return;
    if (!item.typed) {
      addUntyped(item.start, item.end, action, sentence);
      return;
    }
    const stated = text.slice(item.start, item.end);
    const head = documentHead(stated)!;
    const kind = documentTypeOf(head.word)!;
    const headEnd = item.start + head.length;
    // "approved its statute", "signed their charter": a possessive and a type word alone name no title; they refer to a
    // document named elsewhere, or to none.
    if (/^(?:its|their|his|her|our)\s/i.test(stated) && text.slice(headEnd, item.end).trim() === "") return;
    // "adopted the Vision with its strategic plans for the pillars": a possessive before a plural type word in lower
    // case describes the parts of another document, named by none of their own.
    if (/^(?:its|their|his|her|our)\s/i.test(stated) && kind.plural && /^\p{Ll}/u.test(head.word)) return;
    // "the resolutions on the items of its agenda", "decisions on all agenda items": documents named by the agenda they
    // cover, not by a subject of their own, have no title to read.
    if (AGENDA_SUBJECT.test(text.slice(headEnd, item.end))) return;
    // "5 agreements on military cooperation": a count of documents with fewer subjects than the count names none of
    // them (the count is a tally); "two protocols, on A and on B" names as many as it counts.
    const counted = COUNT_FIRST.exec(stated);
    const quantified =
      QUANTIFIER_FIRST.test(stated) ||
      QUANTIFIER_BEFORE.test(text.slice(Math.max(0, item.start - 30), item.start));
    const countedNumber = counted ? numberValue(counted[1]!) : quantified ? 2 : null;
    if (kind.plural && countedNumber !== null && countedNumber > 1) {
      const subjects = text.slice(headEnd, item.end).match(/(?:^|\s)(?:on|between|with)\s/gi)?.length ?? 0;
      if (subjects < countedNumber) return;
    }
    // "resolutions on A and on B": the plural of a type word filed under "other" is split as the others are, each item
    // named "Resolution …" ("Regulations on X" is one document, the English of the Russian "Положение").
    const otherSingular =
      kind.type === "other" && kind.plural && /^resolutions$/i.test(head.word)
        ? capitalize(head.word.toLowerCase().replace(/s$/, ""))
        : null;
    if (kind.plural && (kind.type !== "other" || otherSingular)) {
      // "memoranda between the SCO Secretariat and the governments of Egypt and Qatar": one document per counterpart.
      const counterparts = otherSingular ? null : COUNTERPARTS.exec(text.slice(headEnd, item.end));
      const each = counterparts?.[4]!.split(/\s*,\s*(?:and\s+)?|\s+and\s+/) ?? [];
      if (counterparts && each.length > 1) {
        const singular = /of\s+understanding/i.test(head.word)
          ? "Memorandum of Understanding"
          : SINGULAR_OF_TYPE[kind.type];
        const [, topic, party, body, , rest] = counterparts;
        const counterpart = capitalize(body!.toLowerCase().replace(/ies$/, "y").replace(/s$/, ""));
        for (const name of each) {
          const subject = `${topic ?? ""}between ${party} and the ${counterpart} of ${name}${rest ?? ""}`;
          add(
            {
              type: kind.type,
              title: `${singular} ${subject}`,
              asStated: stated,
              start: item.start,
              end: item.end,
              subject,
              generic: false,
            },
            action,
            sentence,
            0.8,
          );
        }
        return;
      }
      // "statements on A, on B, …, as well as on C", "memoranda between X and Y and between X and Z": the repeated
      // preposition marks each document.
      // "two protocols, on A and on B": a counted head alone before a comma, its subjects after it.
      const second = item.parts[1];
      const headAlone =
        countedNumber !== null &&
        text.slice(headEnd, item.parts[0]!.end).trim() === "" &&
        second !== undefined &&
        /,/.test(second.separator) &&
        /^(?:on|between|with)\s/i.test(text.slice(second.start, second.end));
      const first = headAlone ? 1 : 0;
      const firstRest = text.slice(headAlone ? second!.start : headEnd, item.parts[first]!.end).trimStart();
      // 'decisions «On A» and «On B»': titles translated from Russian, each in quotes.
      const preposition = /^[“"«]?(on|between|with)\s/i.exec(firstRest)?.[1];
      const repeated = new RegExp(`^[“"«]?${preposition ?? "on"}\\s`, "i");
      let onParts = item.parts
        .map((part, index) => ({ part, index }))
        .filter(
          ({ part, index }) =>
            index === first || (index > first && repeated.test(text.slice(part.start, part.end))),
        );
      if (!headAlone && preposition?.toLowerCase() === "on" && onParts.length === 1 && item.parts.length > 1)
        onParts = unrepeatedItems(text, item, headEnd).map((index) => ({ part: item.parts[index]!, index }));
      if (preposition && (onParts.length > 1 || preposition.toLowerCase() === "on")) {
        const singular = `${namePrefix(stated, head)}${
          /of\s+understanding/i.test(head.word)
            ? "Memorandum of Understanding"
            : (otherSingular ?? SINGULAR_OF_TYPE[kind.type])
        }`;
        onParts.forEach(({ index }, n) => {
          const from =
            index === 0
              ? headEnd + (text.slice(headEnd).length - text.slice(headEnd).trimStart().length)
              : item.parts[index]!.start;
          const to = n + 1 < onParts.length ? item.parts[onParts[n + 1]!.index - 1]!.end : item.end;
          const subject = text.slice(from, to);
          add(
            {
              type: kind.type,
              // "agreements on A and B": the "on" of the first item is B's too.
              title: unquoteAfterHead(
                repeated.test(subject) || n === 0
                  ? `${singular} ${subject}`
                  : `${singular} ${preposition} ${subject}`,
              ),
              asStated: subject,
              start: from,
              end: to,
              subject,
              generic: true,
            },
            action,
            sentence,
            0.85,
          );
        });
        return;
      }
      // "the reports of A and B on X", "the reports of A and of B": one document per author.
      const authored = otherSingular
        ? null
        : (/^\s+of\s+(.+?)\s+(on\s+.+)$/i.exec(text.slice(headEnd, item.end)) ??
          /^\s+of\s+(.+?\s+and\s+of\s+.+?)()$/i.exec(text.slice(headEnd, item.end)));
      if (authored && /\s+and\s+/.test(authored[1]!)) {
        const subject = authored[2]!;
        let offset = headEnd + authored[0].indexOf(authored[1]!);
        for (const author of authored[1]!.split(/\s+and\s+(?:of\s+)?/)) {
          const start = text.indexOf(author, offset);
          offset = start + author.length;
          add(
            {
              type: kind.type,
              title: `${SINGULAR_OF_TYPE[kind.type]} of ${author}${subject ? ` ${subject}` : ""}`,
              asStated: stated,
              start: item.start,
              end: item.end,
              subject: subject ? `${author} ${subject}` : author,
              generic: false,
            },
            action,
            sentence,
            0.8,
          );
        }
        return;
      }
    }
    // "the decisions and declarations of the summit": documents referred to as a group, none of them named.
    if (kind.plural && !/\sof\s/i.test(head.word) && GROUP_REFERENCE.test(text.slice(headEnd, item.end)))
      return;
    const title = titleOf(stated);
    const document = add(
      {
        type: kind.type,
        title,
        asStated: stated,
        start: item.start,
        end: item.end,
        // What follows the head ("on Peace" in "the Kazan Declaration on Peace"), not a slice of the title by the length of
        // its type word, which cut into "Kazan Declaration" and made unrelated titles look alike.
        subject: text.slice(headEnd, item.end).trim(),
        generic: false,
      },
      action,
      sentence,
      0.85,
    );
    // "… on the implementation of the SCO Development Strategy until 2025": a document this one implements.
    const implementation = new RegExp(
      `\\s+(?:on|for|in)\\s+(?:the\\s+)?implementation\\s+of\\s+((?:the\\s+)?.*?(?:${DOCUMENT_TYPE_PATTERN}).*)$`,
      "iu",
    ).exec(stated);
    if (implementation && DOCUMENT_START.test(implementation[1]!)) {
      const nestedStart = item.start + implementation.index + implementation[0].indexOf(implementation[1]!);
      const nestedHead = DOCUMENT_START.exec(implementation[1]!)!;
      const nestedKind = documentTypeOf(nestedHead[1]!)!;
      const nestedTitle = capitalize(stripArticle(implementation[1]!));
      const target = add(
        {
          type: nestedKind.type,
          title: nestedTitle,
          asStated: implementation[1]!,
          start: nestedStart,
          end: item.end,
          subject: "",
          generic: false,
          atMeeting: false,
        },
        "adopted",
        sentence,
        0.7,
      );
      relations.push({
        fromKey: document.key,
        toKey: target.key,
        type: "implements",
        evidence: { start: item.start + implementation.index, end: item.end },
        confidence: 0.8,
      });
    }
  };

  const adoptionVerb = new RegExp(
    `\\s+(?:were|was|have\\s+been|has\\s+been|had\\s+been|are|is)\\s+(?:also\\s+|unanimously\\s+|jointly\\s+)?(${ADOPTION_VERBS})\\b`,
    "i",
  );
  /** Every passive verb of adoption in a sentence, to find the one outside a relative clause. */
  const adoptionVerbs = new RegExp(adoptionVerb.source, "gi");
  const tallyPattern = new RegExp(
    `\\b(${NUMBER_PATTERN})\\s+(?:(?!(?:were|was|have|had|of|on)\\b)[\\p{L}-]+\\s+){0,2}?(${DOCUMENT_TYPE_PATTERN}|documents?)\\b((?:\\s+of\\s+[^,]+?)?)(?:\\s+in\\s+(?:all|total))?(?:\\s*,\\s*(?:including|among\\s+them)\\s[^,;]{1,60},)?\\s+(?:were|was|have\\s+been|has\\s+been|had\\s+been)\\s+(?:also\\s+)?(${ADOPTION_VERBS}|concluded)\\b`,
    "iu",
  );
  // "The leaders signed 14 documents, in particular …", "a package of 10 documents was signed".
  // "The results are recorded in 12 documents": an outcome set out in a count of documents (not "the principles
  // recorded in 3 documents of …", a participle naming texts of the past).
  const activeTally = new RegExp(
    `\\b(${ADOPTION_VERBS}|(?:adoption|signing|approval)\\s+of|(?<=\\b(?:is|are|was|were|been|be)\\s+(?:also\\s+|fully\\s+)?)(?:reflected|recorded|enshrined|embodied|set\\s+out|laid\\s+down|summed\\s+up)\\s+in)\\s+(?:a\\s+(?:total|package|set|series|batch)\\s+of\\s+)?(${NUMBER_PATTERN})\\s+(?:more\\s+|other\\s+|new\\s+|cooperation\\s+|joint\\s+|(?:inter)?(?:governmental|state|national|departmental|agency|ministerial|bilateral|multilateral|legal|key|important|major|final)\\s+)?(${DOCUMENT_TYPE_PATTERN}|documents?)\\b`,
    "i",
  );
  // "Among them were …", "Also among them were …", "Among the key documents adopted were …", "The outcome documents
  // signed at the summit include …": a list of what was adopted.
  const amongThem = new RegExp(
    `^(?:(?:Also|Further|Moreover)(?:\\s*,)?\\s+among\\s+(?:them|these|those)\\s+(?:were|was|are|is)|Among\\s+(?:them|these|those|others|the\\s+(?:[\\p{L}-]+\\s+){0,2}?ones|the\\s+${GROUP}(?:\\s+(${ADOPTION_VERBS}))?${WHERE})\\s+(?:there\\s+)?(?:were|was|are|is)|(?:The\\s+|This\\s+)?${GROUP}(?:\\s+(${ADOPTION_VERBS}))?${WHERE}\\s+(?:${HOLDS}|(?:are|were)(?=\\s+(?:the|an?)\\s))|(?:They|These|Those)\\s+${HOLDS}|(?:Another|One\\s+more|A\\s+further|The\\s+(?:other|last|final|second))\\s+(?:[\\p{L}-]+\\s+)?(?:document|text|agreement|decision|one)(?:\\s+(${ADOPTION_VERBS}))?${WHERE}\\s+(?:was|is)|One\\s+of\\s+(?:them|these|the\\s+${GROUP}(?:\\s+(${ADOPTION_VERBS}))?${WHERE})\\s+(?:is|was)|(?:Further|Other|Additional|The\\s+(?:other|remaining|further)|Several|Some)\\s+(?:[\\p{L}-]+\\s+)?(${DOCUMENT_TYPE_PATTERN}|documents)(?:\\s+(${ADOPTION_VERBS}))?${WHERE}\\s+${CONCERN})\\s+`,
    "iu",
  );
  // "An agreement was signed on the establishment of …", "Decisions were taken on approving X and on Y", also after
  // a phrase of time or place ("After the expanded session, decisions were taken on …"); not "A Joint Statement was
  // issued on the outcome of the talks", which says when it was issued.
  const passiveOn = new RegExp(
    `^(?:(?:After|Following|At|During|In|On|Upon|Also|Moreover|Besides|Furthermore|Additionally|Then|Finally|Later)\\b[^,;]{0,80},\\s+)?(?:(?:An?|The)\\s+|${QUANTIFIER})?(${DOCUMENT_TYPE_PATTERN}|documents(?=\\s+(?:were|was)\\s+(?:also\\s+)?(?:${ADOPTION_VERBS})\\s+on\\s+(?!the\\s+(?:sidelines|margins?|eve|occasion|basis|day|same)\\b|behalf\\b|\\d|(?:${MONTHS_AND_DAYS})\\b)))\\s+(?:were|was)\\s+(?:also\\s+)?(${ADOPTION_VERBS}|made)\\s+(on(?!\\s+the\\s+(?:outcomes?|results?)\\s+of\\b)|to|for|regarding|in\\s+connection\\s+with|on\\s+the\\s+occasion\\s+of|(?:dedicated|devoted)\\s+to|concerning|(?=${ING_VERB}))\\s*`,
    "i",
  );
  const INCLUDING =
    /(?:,\s*|\s+)(?:including|in\s+particular|among\s+them|notably|such\s+as|namely|that\s+is|i\.\s?e\.|(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|some|several|many|most)\s+of\s+(?:which|them)(?:\s+(?:are|were|being|concern|concerned|deal\s+with|dealt\s+with|relate\s+to|related\s+to))?)(?:\s*,)?\s+/i;
  let lastAction: AdoptionAction | null = null;

  /** The counts of one type inside a count of documents, from `rest` (which starts at `restAt`). */
  const readSubCounts = (rest: string, restAt: number, sentence: Sentence) => {
    // "28 documents were adopted, of which 12 were decisions", "20 documents, 15 of them decisions": a share with no list.
    const share = SUB_COUNT_SHARE.exec(rest);
    const shareKind = share ? documentTypeOf(share[3]!) : null;
    const shareCount = share ? numberValue(share[1] ?? share[2]!) : null;
    if (share && shareKind?.plural && shareKind.type !== "other" && shareCount !== null) {
      tallies.push({
        documentType: shareKind.type,
        count: shareCount,
        describedAs: null,
        evidence: { start: restAt + share.index, end: restAt + share.index + share[0].length },
        confidence: 0.75,
        sentence,
      });
      return;
    }
    const first = SUB_COUNT_START.exec(rest);
    if (!first) return;
    const counts: { word: string; type: string; start: number; end: number }[] = [
      {
        word: first[1]!,
        type: first[2]!,
        start: restAt + first.index,
        end: restAt + first.index + first[0].length,
      },
    ];
    let offset = first.index + first[0].length;
    for (
      let more = ANOTHER_COUNT.exec(rest.slice(offset));
      more;
      more = ANOTHER_COUNT.exec(rest.slice(offset))
    ) {
      counts.push({
        word: more[1]!,
        type: more[2]!,
        start: restAt + offset,
        end: restAt + offset + more[0].length,
      });
      offset += more.index + more[0].length;
    }
    for (const count of counts) {
      const kind = documentTypeOf(count.type);
      const value = numberValue(count.word);
      if (!kind?.plural && value !== 1) continue;
      if (!kind || kind.type === "other" || value === null) continue;
      tallies.push({
        documentType: kind.type,
        count: value,
        describedAs: null,
        evidence: { start: count.start, end: count.end },
        confidence: 0.8,
        sentence,
      });
    }
  };

  /** The rest of a sentence after a count or "among them": items that may or may not repeat the document head. */
  const readIncluded = (
    from: number,
    to: number,
    type: DocumentType | null,
    action: AdoptionAction,
    sentence: Sentence,
  ) => {
    // "agreements, notably the key one: the Agreement on Transit": the words naming it the main one are no item.
    const main = MAIN_ONE_FIRST.exec(text.slice(from, to));
    if (main) return readObjects(from + main[0].length, to, action, sentence);
    // "…, three of which are statements: on A, on B and on C": a plural type word before a colon heads the items, as
    // does one before "in particular" or "including" ("protocols, in particular on A and on B").
    const headed =
      TYPE_HEADING_ITEMS.exec(text.slice(from, to)) ?? TYPE_LEADING_ITEMS.exec(text.slice(from, to));
    const headedKind = headed ? documentTypeOf(headed[1]!) : null;
    if (headedKind?.plural && headedKind.type !== "other") {
      from += headed![0].length;
      type = headedKind.type;
    } else if (/^on\s/i.test(text.slice(from, to)) && (!type || type === "other")) {
      // "16 documents, four of which are on A, on B …": documents named by their subjects only.
      if (DOCUMENT_START.test(text.slice(from + 3, to))) return readObjects(from + 3, to, action, sentence);
      type = "other";
    } else if (
      SUBJECTS_AFTER.test(text.slice(Math.max(0, from - 30), from)) &&
      !DOCUMENT_START.test(text.slice(from, to)) &&
      // "four of which concern security: the Concept …, …": a heading before the named documents.
      !/:/.test(text.slice(from, to)) &&
      (!type || type === "other")
    ) {
      // "16 documents, four of which concern A, B and C": documents named by their subjects, as "are on A, on B".
      type = "other";
    } else if (DOCUMENT_START.test(text.slice(from, to)) || !type || type === "other") {
      readObjects(from, to, action, sentence);
      return;
    }
    for (const part of splitSubjects(text, from, to)) {
      const stated = text.slice(part.start, part.end);
      const subject = stated.replace(/^(?:on|with|to)\s+/i, "");
      add(
        {
          type,
          title: `${SINGULAR_OF_TYPE[type]} on ${subject}`,
          asStated: stated,
          start: part.start,
          end: part.end,
          subject,
          generic: false,
        },
        action,
        sentence,
        0.7,
      );
    }
  };

  /**
   * A title without a type word ("the ASEAN Concord IV", "the strategic document “Vision 2040”"): type from its words;
   * `sharedHead` is a plural type word heading the quoted titles before ('decisions «On A» and «On B»'). Gives the
   * plural type word that heads this title, for the ones after it.
   */
  const addUntyped = (
    from: number,
    to: number,
    action: AdoptionAction,
    sentence: Sentence,
    sharedHead: string | null = null,
  ): string | null => {
    const stated = text.slice(from, to);
    const quoted = QUOTED_TITLE.exec(stated);
    // 'the Declaration “On Strengthening Cooperation”': the type word heads the quoted title.
    const word = quoted?.[1] && !/documents?\s*[“"«]/i.test(stated) ? quoted[1] : quoted ? sharedHead : null;
    const headed = word ? documentTypeOf(word) : null;
    // 'the "Cebu Declaration Towards …"': a type word heading the words in quotes gives the type.
    const inner = quoted && !headed ? documentHead(quoted[2]!) : null;
    const title = quoted
      ? headed
        ? `${headed.plural ? SINGULAR_OF_TYPE[headed.type] : capitalize(word!)} ${quoted[2]!}`
        : quoted[2]!
      : titleOf(stated);
    const start = quoted
      ? from + quoted.index + quoted[0].indexOf(headed && quoted[1] ? quoted[1] : quoted[2]!)
      : from;
    add(
      {
        type:
          headed?.type ??
          (inner ? documentTypeOf(inner.word)?.type : null) ??
          untypedDocumentType(quoted ? `${quoted[1] ?? ""} ${title}` : title),
        title,
        asStated: stated,
        start,
        end: quoted ? from + quoted.index + quoted[0].indexOf(quoted[2]!) + quoted[2]!.length : to,
        subject: title,
        generic: false,
      },
      action,
      sentence,
      0.6,
    );
    return headed?.plural ? word : null;
  };

  /**
   * What a verb's object names: typed items ("the Samarkand Declaration and statements on A, on B") and, before
   * them or alone, titles without a type word ("the ASEAN Concord IV", "the main directions of …").
   */
  const readObjects = (
    from: number,
    to: number,
    action: AdoptionAction,
    sentence: Sentence,
    sharedHead: string | null = null,
  ) => {
    const quoted = QUOTED_START.exec(text.slice(from, to));
    if (quoted) {
      // 'the strategic document "Vision 2040"': the quotes bound the title, type words inside them included.
      const head = addUntyped(from, from + quoted[0].length, action, sentence, sharedHead);
      const next = from + quoted[0].length;
      const separator = /^\s*(?:[,;]\s*)?(?:and\s+|as\s+well\s+as\s+)?/i.exec(text.slice(next, to))![0];
      // 'decisions «On A» and «On B»': a plural type word heads each quoted title after it.
      if (next + separator.length < to) readObjects(next + separator.length, to, action, sentence, head);
      return;
    }
    const region = text.slice(from, to);
    // "the Amendments to the Rules of Procedure": a type word after a preposition is the object of the title before it.
    const typed = [
      ...region.matchAll(
        new RegExp(
          `(?:^|[\\s,;])(?:(?:the|a|an|its|their)\\s+)?[“"«]?${MODIFIER}{0,3}?(?:${DOCUMENT_TYPE_PATTERN})(?![\\p{L}])`,
          "giu",
        ),
      ),
    ].find((match) => !/\b(?:to|amending|implementing)\s*$/i.test(region.slice(0, match.index + 1)));
    const firstTyped = documentHead(region)
      ? 0
      : typed
        ? typed.index + /^[\s,;]*/.exec(typed[0])![0].length
        : region.length;
    if (firstTyped > 0) {
      const untypedEnd = from + firstTyped;
      let pieceStart = from;
      const pieces = [...text.slice(from, untypedEnd).matchAll(ARTICLE_SEPARATOR)];
      const bounds: { start: number; end: number }[] = [];
      for (const match of pieces) {
        bounds.push({ start: pieceStart, end: from + match.index });
        pieceStart = from + match.index + match[0].length;
      }
      bounds.push({ start: pieceStart, end: untypedEnd });
      for (const piece of bounds) {
        // "the Convention on X, together with a Protocol on Y": the joining words are no part of the title.
        // "the Main Guidelines … for 2021–2022, which aim at …": a relative clause describes the title, it is none of it.
        const stated = text
          .slice(piece.start, piece.end)
          .split(RELATIVE_AFTER_COMMA)[0]!
          .replace(/[\s,;:]+(?:and|as\s+well\s+as|(?:along|together)\s+with|plus)?\s*$/i, "");
        if (stated && looksLikeTitle(stated))
          addUntyped(piece.start, piece.start + stated.length, action, sentence);
      }
    }
    if (firstTyped < region.length)
      for (const item of documentItems(text, from + firstTyped, to)) readItem(item, action, sentence);
  };

  /** Counts among the items of a verb's object after a named document: "A, 19 decisions and two protocols". */
  const countsInObject = (region: string, from: number, sentence: Sentence) => {
    for (const inner of region.matchAll(COUNT_IN_LIST)) {
      const innerKind = /^documents?$/i.test(inner[2]!)
        ? { type: "other" as const, plural: true }
        : documentTypeOf(inner[2]!);
      const innerCount = numberValue(inner[1]!);
      if (!innerKind || innerCount === null || (!innerKind.plural && innerCount !== 1)) continue;
      const start = from + inner.index + inner[0].indexOf(inner[1]!);
      if (tallies.some((tally) => tally.evidence.start <= start && start < tally.evidence.end)) continue;
      tallies.push({
        documentType: innerKind.type,
        count: innerCount,
        describedAs: null,
        evidence: { start, end: from + inner.index + inner[0].length },
        confidence: 0.75,
        sentence,
      });
    }
  };

  /** Every "… signed / adopted / approved X" in the sentence, whoever the subject is. */
  const readActiveObjects = (s: string, at: number, end: number, sentence: Sentence) => {
    const verbs = [...s.matchAll(ACTIVE_ADOPTION)]
      .filter((match) => {
        const before = s.slice(Math.max(0, match.index - 40), match.index);
        const aside = /,\s*$/.test(before) && PARTICIPLE_ASIDE.test(s.slice(match.index + match[1]!.length));
        return !PASSIVE_BEFORE.test(before) && !ADJECTIVAL_BEFORE.test(before) && !aside;
      })
      .map((match) => ({ index: match.index, length: match[0].length, action: adoptionOfVerb(match[1]!) }));
    for (const match of s.matchAll(ACTIVE_WITH_DOCUMENT))
      // "The Council will take decisions on …": not yet.
      if (
        !/\b(?:will|would|shall|should|must|can|could|may|to)\s+(?:\w+\s+)?$/i.test(s.slice(0, match.index))
      )
        verbs.push({
          index: match.index,
          length: match[0].length,
          action: match[1] || match[2] ? "signed" : match[3] ? "approved" : "adopted",
        });
    const namesDocument = (after: string) =>
      (documentHead(after) !== null &&
        /^(?:(?:the|a|an)\s+)?[“"«]?[\p{Lu}\d]|^(?:(?:the|a|an)\s+)?(?:final|joint)\s/u.test(after)) ||
      UNTYPED_ITEM.test(after) ||
      QUOTED_START.test(after);
    // "closed the session with the Amman Declaration", "ended a two-day summit on Friday with “A Joint Vision for
    // 2030”": the meeting ended with a named document, which it adopted.
    for (const match of s.matchAll(ENDED_WITH)) {
      const after = s.slice(match.index + match[0].length);
      if (!NOT_YET.test(ownClause(s.slice(0, match.index))) && namesDocument(after))
        verbs.push({ index: match.index, length: match[0].length, action: "adopted" });
    }
    // "…, adopting the Banjul Declaration", "Leaders sign the Lagos Charter": a present or "-ing" form with a named document.
    for (const form of adoptionVerbForms(s, namesDocument))
      if (!NOT_YET.test(ownClause(s.slice(0, form.index)))) verbs.push(form);
    for (const match of s.matchAll(NOMINAL_ADOPTION)) {
      if (NOT_YET.test(ownClause(s.slice(0, match.index)))) continue;
      const noun = (match[1] ?? match[2] ?? match[3] ?? match[4] ?? match[5])?.toLowerCase();
      // "the principles reflected in the UN Charter": a founding text, not an outcome.
      // "recorded in the Lima Communiqué, which the leaders approved": the relative clause says what was done.
      const after = s.slice(match.index + match[0].length);
      if (!noun && (FOUNDING_TEXT.test(after) || RELATIVE_ADOPTION.test(after))) continue;
      // "after the signing of the Treaty in 2001": a past event recalled, not this meeting's. "The meeting concluded with
      // the issue of a disposition on … in 2020" tells how this meeting ended: a year there is the title's.
      const closing = /\b(?:ended|ends|concluded|closed|culminated|resulted)\s+(?:in\s+|with\s+)?$/i.test(
        s.slice(0, match.index) + /^\S+\s+/.exec(match[0])![0],
      );
      if (!closing && doneBefore(EARLIER, after.slice(0, objectEnd(after)), date)) continue;
      if (welcomedFromOthers(match[0], after.slice(0, objectEnd(after)))) continue;
      verbs.push({
        index: match.index,
        length: match[0].length,
        action: NOMINAL_ACTION[noun ?? ""] ?? "adopted",
      });
    }
    verbs.sort((a, b) => a.index - b.index);
    // "The leaders signed a package of documents. The package also contains …": the next sentence's list has this action.
    if (verbs.length) lastAction = verbs.at(-1)!.action ?? "adopted";
    for (const verb of verbs) {
      let from = at + verb.index + verb.length;
      const rest = text.slice(from, end);
      // "With the signing of X, the sides …": a phrase opening the sentence ends at its comma.
      const comma = verb.index === 0 ? rest.indexOf(",") : -1;
      // "The leaders adopted: A; B": after a colon, semicolons part the items and do not end the object.
      const colon = /:\s*$/.test(s.slice(verb.index, verb.index + verb.length));
      const stop = colon ? rest.length : comma > 0 ? Math.min(comma, objectEnd(rest)) : colonListEnd(rest);
      let region = rest.slice(0, stop);
      if (adoptedEarlier(region, date)) continue;
      // "… adopted also the Statement on …".
      const also = /^(?:also|further|then)\s+/i.exec(region);
      if (also) {
        from += also[0].length;
        region = region.slice(also[0].length);
      }
      const included = GROUP_INCLUDING.exec(region);
      const group = included
        ? /^documents$/i.test(included[1]!)
          ? { type: "other" as const, plural: true }
          : documentTypeOf(included[1]!)
        : null;
      if (included && group?.plural) {
        // "the Declaration and a number of decisions, among them on A and B": what comes before is read as it is.
        if (included.index > 0) readObjects(from, from + included.index, verb.action ?? "adopted", sentence);
        from += included.index + included[0].length;
        region = region.slice(included.index + included[0].length);
      }
      region = region.replace(TRAILING_CIRCUMSTANCE, "").replace(TRAILING_DURATION, "");
      // "The presidents signed the Astana Declaration and 9 other documents": the rest of the package, counted.
      const others = OTHERS_COUNT.exec(region);
      const othersKind = others
        ? /^documents?$/i.test(others[2]!)
          ? { type: "other" as const }
          : documentTypeOf(others[2]!)
        : null;
      const othersCount = others ? numberValue(others[1]!) : null;
      if (others && othersKind && othersCount !== null && !anotherEvent(s)) {
        const start = from + others.index + others[0].indexOf(others[1]!);
        if (!tallies.some((tally) => tally.evidence.start === start)) {
          const tally = {
            documentType: othersKind.type,
            count: othersCount,
            describedAs: null,
            evidence: { start, end: from + others.index + others[0].length },
            confidence: 0.8,
            sentence,
          };
          tallies.push(tally);
          besides.set(tally, Math.max(1, documentItems(text, from, from + others.index).length));
        }
      }
      // "The heads of state approved a joint statement, 19 decisions and two protocols": counts inside the object.
      if (!anotherEvent(s)) countsInObject(region, from, sentence);
      // "… approved a number of decisions, including on X and Y": items named by their subject only.
      if (included && group?.plural && group.type !== "other")
        readIncluded(from, from + region.length, group.type, verb.action ?? "adopted", sentence);
      else readObjects(from, from + region.length, verb.action ?? "adopted", sentence);
    }
  };

  /**
   * "X was signed, as were agreements on A and on B", "…, as was a disposition on C", "… and the Statement on B
   * adopted": the same verb, or one of its own, for more.
   */
  const readAsWere = (
    afterVerb: string,
    from: number,
    end: number,
    action: AdoptionAction,
    sentence: Sentence,
  ) => {
    // "The Programme was approved and the Statement on Terrorism adopted": the verb's auxiliary left out.
    const gapped = new RegExp(
      `^\\s*,?\\s+and\\s+((?:the|a|an)\\s+[^,;]+?)\\s+(?:also\\s+)?(${ADOPTION_VERBS})(?=\\s*(?:[,;.]|$))`,
      "i",
    ).exec(afterVerb);
    if (gapped) {
      const start = from + gapped[0].indexOf(gapped[1]!);
      for (const item of documentItems(text, start, start + gapped[1]!.length))
        readItem(item, adoptionOfVerb(gapped[2]!) ?? action, sentence);
      return;
    }
    // "The Programme … was signed, as well as a Memorandum …": the verb's subject goes on after it.
    const asWere =
      /^\s*,?\s+as\s+(?:was|were)\s+(?:also\s+)?/i.exec(afterVerb) ??
      /^\s*,?\s+(?:as\s+well\s+as|(?:together|along)\s+with)\s+(?=(?:the|a|an)\s)/i.exec(afterVerb);
    if (!asWere) return;
    const rest = from + asWere[0].length;
    for (const item of documentItems(text, rest, rest + objectEnd(text.slice(rest, end))))
      readItem(item, action, sentence);
  };

  /**
   * "The package of 12 documents signed at the summit includes …", "the set of 9 agreements adopted today": a count
   * named with what was done to it, wherever it stands in the sentence (not one only prepared or yet to come).
   */
  const readPackageCount = (s: string, at: number, sentence: Sentence) => {
    const found = PACKAGE_COUNT.exec(s);
    if (!found) return;
    const start = at + found.index + found[0].indexOf(found[1]!);
    if (tallies.some((tally) => tally.evidence.start <= start && start < tally.evidence.end)) return;
    if (adoptionOfVerb(found[3]!) === "prepared" || NOT_YET.test(s.slice(0, found.index))) return;
    // "the set of 12 decisions adopted in 2019": an earlier package.
    if (doneBefore(DONE_BEFORE, s.slice(found.index + found[0].length), date)) return;
    if (APPROXIMATE.test(s.slice(0, found.index + found[0].indexOf(found[1]!))) || anotherEvent(s)) return;
    const kind = /^documents?$/i.test(found[2]!)
      ? { type: "other" as const, plural: true }
      : documentTypeOf(found[2]!);
    const count = numberValue(found[1]!);
    if (!kind || count === null) return;
    tallies.push({
      documentType: kind.type,
      count,
      describedAs: null,
      evidence: { start, end: at + found.index + found[0].length },
      confidence: 0.8,
      sentence,
    });
  };

  /** "… set out in the Samarkand Declaration, which the leaders signed": the relative clause says what was done. */
  const readRelativeAdoption = (s: string, at: number, sentence: Sentence) => {
    // "The Tashkent Declaration sets out …", "In the Kazan Declaration the leaders stress …": the meeting's own text.
    const passing = IN_PASSING.exec(s);
    if (passing && !doneBefore(EARLIER, passing[1]!, date)) {
      const start = at + passing[0].indexOf(passing[1]!);
      for (const item of documentItems(text, start, start + passing[1]!.length)) {
        const before = documents.length;
        readItem(item, "adopted", sentence);
        if (documents.length > before) documents.at(-1)!.confidence = 0.5;
      }
    }
    const pattern = new RegExp(
      `(?:^|\\s)((?:the|a|an)\\s+${MODIFIER}{0,3}?(?:${DOCUMENT_TYPE_PATTERN})(?![\\p{L}])[^,;]*?),\\s+(?:which|that)\\s+(?:[^,;.]{0,60}?\\s)?(${ADOPTION_VERBS})\\b`,
      "giu",
    );
    for (const match of s.matchAll(pattern)) {
      // "…, which the agencies had signed in May": done before, elsewhere.
      if (/\bhad\b/i.test(match[0].slice(match[0].indexOf(match[1]!) + match[1]!.length))) continue;
      // "…, which was signed in 2001, remains …": signed before this meeting.
      const clause = /^[^,;.]*/.exec(s.slice(match.index + match[0].length))![0];
      if (doneBefore(EARLIER, `${match[0].slice(match[0].indexOf(match[2]!))}${clause}`, date)) continue;
      const start = at + match.index + match[0].indexOf(match[1]!);
      for (const item of documentItems(text, start, start + match[1]!.length))
        readItem(item, adoptionOfVerb(match[2]!) ?? "adopted", sentence);
    }
    // "The Kazan Declaration, adopted at the summit, …": a participle says what this meeting did.
    for (const match of s.matchAll(PARTICIPLE)) {
      if (doneBefore(EARLIER, match[3]!, date)) continue;
      const start = at + match.index + match[0].indexOf(match[1]!);
      for (const item of documentItems(text, start, start + match[1]!.length))
        readItem(item, adoptionOfVerb(match[2]!) ?? "adopted", sentence);
    }
  };

  /** A line under a list heading: its documents, and whether the list goes on (else the line is read as prose). */
  const readListLine = (list: ListState, s: string, at: number, sentence: Sentence): boolean => {
    // One item a line, after a number or a bullet, or unmarked while the line before ended with ";" or ":".
    const own = LIST_MARKER.exec(s)![0];
    const item = s.slice(own.length).replace(/[\s.;,:]+$/, "");
    if (own && !item) {
      list.marker = own;
      return true;
    }
    const marker = own || list.marker;
    // A new number ends the documents nested under the line before ("2. Decision … on approving:").
    const nested = /\d/.test(marker) ? null : list.nested;
    // A line with a verb of its own ("The Declaration was signed today") is a sentence, not a list line.
    if (
      // "the Agreement on Trade;" on a line of its own: an article before a capitalised title starts a line as a capital does.
      (marker !== "" || (list.open && /^(?:(?:the|an?)\s+)?\p{Lu}/u.test(item))) &&
      // "…, which Iran had requested": a verb in a relative clause about the item is no verb of the line.
      !/\s(?:was|were|is|are|has|have|had)\s/i.test(item.split(RELATIVE_AFTER_COMMA)[0]!)
    ) {
      const nominal = LINE_NOMINAL.exec(item);
      const from = at + own.length + (nominal ? nominal[0].length : 0);
      const stated = nominal ? item.slice(nominal[0].length) : item;
      const action = nominal
        ? (NOMINAL_ACTION[nominal[1]!.toLowerCase()] ?? "adopted")
        : (nested ?? list.action);
      const named = DOCUMENT_START.test(stated) || LINE_TITLE.test(stated);
      if (named) {
        const items = documentItems(text, from, from + stated.length);
        // "the Main Directions of … for 2025, as well as a decision on …": a title without a type word before the
        // line's typed items is an item of its own.
        const lead = text
          .slice(from, items[0]?.start ?? from + stated.length)
          .replace(/[\s,;:]+(?:and|as\s+well\s+as|(?:along|together)\s+with|plus)?\s*$/i, "");
        if (lead) addUntyped(from, from + lead.length, action, sentence);
        for (const found of items) readItem(found, action, sentence);
      }
      // A numbered line, or one ending with ";", that names no document ("Proclamation of Bishkek as …;")
      // keeps the list going.
      if (named || marker !== "" || /[;,]\s*$/.test(s)) {
        list.marker = "";
        // An unmarked line naming a document with no full stop ("Astana Declaration of the Council") keeps the list
        // open for the next such line, as a ";" would.
        list.open = /[;:,]\s*$/.test(s) || (named && marker === "" && !/[.!?]\s*$/.test(s));
        list.nested = /:\s*$/.test(s) ? (/\bapprov/i.test(item) ? "approved" : null) : nested;
        return true;
      }
    }
    return false;
  };

  /** Whether the sentence before told of a signing ceremony, or of a group of documents adopted. */
  let ceremony = false;
  let groupAdopted = false;
  /** Set after a heading such as "The following documents were signed:", while its lines follow. */
  let lineList: ListState | null = null;
  // "The summit produced two documents; the other one is X": a clause after a semicolon that names the rest of a group
  // is read as a sentence of its own, after the one before it.
  const clausesOf = (sentence: Sentence): Sentence[] => {
    for (const match of sentence.text.matchAll(/;\s+/g)) {
      const from = match.index + match[0].length;
      if (!amongThem.test(sentence.text.slice(from))) continue;
      return [
        { ...sentence, text: sentence.text.slice(0, match.index + 1), end: sentence.start + match.index + 1 },
        { ...sentence, text: sentence.text.slice(from), start: sentence.start + from },
      ];
    }
    return [sentence];
  };
  const year = date ? Number(date.slice(0, 4)) : null;
  const month = date && date.length >= 7 ? Number(date.slice(5, 7)) : null;
  /**
   * Named documents the readers above left: each capitalised type word with the name before it and its title after
   * it, taken when the words around it say it was adopted here (document-mentions.ts).
   */
  const readMentions = (s: string, at: number, end: number, sentence: Sentence) => {
    for (const match of s.matchAll(MENTIONED_TYPE)) {
      if (!/^\p{Lu}/u.test(match[1]!)) continue;
      const kind = documentTypeOf(match[1]!);
      if (!kind || kind.plural || BODY_AFTER_TYPE.test(s.slice(match.index + match[0].length))) continue;
      const from = nameStart(s.slice(0, match.index));
      const start = at + from;
      // The mention ends where its clause does, or at a finite verb it is the subject of ("… was the main outcome").
      const rest = text.slice(start, end);
      const finite =
        /,?\s(?:was|were|is|are|has|have|had|will|would|adopted|signed|approved|issued|agreed|endorsed|released|inked)\s/.exec(
          rest,
        );
      const items = documentItems(
        text,
        start,
        start + Math.min(objectEnd(rest), finite ? finite.index : Infinity),
      );
      const item = items[0];
      if (!item || !item.typed || item.start !== start) continue;
      // "the Declaration" alone refers to a document named elsewhere, or to none: a mention has a name or a title.
      if (
        /^(?:(?:the|a|an)\s+)?[“"«]?\S+[”"»]?$/iu.test(text.slice(item.start, item.end).trim()) &&
        !/\s/.test(match[1]!)
      )
        continue;
      const known = (other: Item) =>
        documents.some(
          (document) => document.evidence.start < other.end && other.start < document.evidence.end,
        );
      if (known(item)) continue;
      const action = mentionAdoption(
        s.slice(0, from),
        text.slice(items.at(-1)!.end, end),
        year,
        items.length === 1 && inTitleCase(text.slice(item.start, item.end)),
        month,
      );
      // "agreed the Lakeside Declaration and a Joint Statement on …": the items listed with it share its verb.
      if (action) for (const other of items) if (!known(other)) readItem(other, action, sentence);
    }
    // "launched the Lakeside Initiative on Clean Water", "the Forum Vision 2040 was endorsed": a title headed by a noun
    // documents are named by, though not a type word, with a capitalised name before it.
    for (const match of s.matchAll(MENTIONED_TITLE_NOUN)) {
      const from = nameStart(s.slice(0, match.index));
      if (!/\p{Lu}/u.test(s.slice(from, match.index).replace(/^(?:the|a|an)\s+/iu, ""))) continue;
      const start = at + from;
      const rest = text.slice(start, end);
      const stop =
        /,|;|\s(?:and|while|but|which|that|who|was|were|is|are|has|have|had|will|would|adopted|signed|approved|issued|agreed|endorsed|released)\s/.exec(
          rest.slice(match.index - from),
        );
      const to = start + Math.min(objectEnd(rest), stop ? match.index - from + stop.index : Infinity);
      if (documents.some((document) => document.evidence.start < to && start < document.evidence.end))
        continue;
      const action = mentionAdoption(
        s.slice(0, from),
        text.slice(to, end),
        year,
        inTitleCase(text.slice(start, to)),
        month,
      );
      if (action) addUntyped(start, to, action, sentence);
    }
  };
  for (const paragraph of paragraphs) {
    for (const sentence of paragraph.sentences.flatMap(clausesOf)) {
      const s = sentence.text;
      const at = sentence.start;
      const end = at + s.replace(/[.\s]+$/, "").length;
      if (lineList) {
        if (readListLine(lineList, s, at, sentence)) continue;
        lineList = null;
      }
      const otherEvent = ANOTHER_EVENT.exec(s);
      const firstVerb = FIRST_VERB.exec(s);
      elsewhere =
        (otherEvent !== null && (firstVerb === null || otherEvent.index < firstVerb.index)) ||
        separateEvent(s, firstVerb) ||
        beforeTheMeeting(s, bodyNames) ||
        atAnotherBody(s, bodyNames) ||
        atAnotherMeeting(s, bodyNames) ||
        atAnotherDatedMeeting(s, date, endDate);
      const afterCeremony = ceremony;
      ceremony = SIGNING_CEREMONY.test(s);
      const afterGroup = groupAdopted;
      groupAdopted = ADOPTED_GROUP.test(s);
      // "… more than 20 documents were signed, and particularly the most important one – the Strategy …": the document
      // named as the main one of a group, with the verb of the group before it.
      const mainOne = MAIN_ONE.exec(s);
      if (mainOne && !elsewhere) {
        const verbs = [...s.slice(0, mainOne.index).matchAll(ANY_ADOPTION_VERB)];
        const verb = verbs.at(-1);
        if (verb && GROUP_WORDS.test(s.slice(0, mainOne.index))) {
          const from = at + mainOne.index + mainOne[0].length;
          readObjects(
            from,
            from + objectEnd(text.slice(from, end)),
            adoptionOfVerb(verb[1]!) ?? "adopted",
            sentence,
          );
        }
      }
      const heading = listHeading(s);
      if (heading) lineList = { action: heading, marker: "", open: true, nested: null };
      // "The presidents signed a Joint Communiqué and approved the following documents:": the first verb's object,
      // before the list the second verb heads.
      if (heading && /:\s*$/.test(s) && !elsewhere) {
        const verbs = [...s.matchAll(HEADING_VERBS)];
        const last = verbs.at(-1);
        const cut = last && verbs.length > 1 ? /,?\s+and\s+(?:also\s+)?$/.exec(s.slice(0, last.index)) : null;
        if (cut && cut.index > verbs[0]!.index + verbs[0]![0].length)
          readActiveObjects(s.slice(0, cut.index), at, at + cut.index, sentence);
      }
      branches: {
        // "The outcome of the summit was the Astana Declaration", "The main outcome document, the Astana
        // Declaration, …": what the meeting produced, so adopted there.
        const outcome = OUTCOME_IS.exec(s);
        const named = outcome ? s.slice(outcome.index + outcome[0].length) : "";
        if (outcome && (documentHead(named) || QUOTED_START.test(named) || UNTYPED_ITEM.test(named))) {
          const from = at + outcome.index + outcome[0].length;
          const apposition = /,/.test(outcome[0]) ? /,/.exec(text.slice(from, end)) : null;
          const to = apposition ? from + apposition.index : from + objectEnd(text.slice(from, end));
          // "…, the Astana Declaration, was signed": the verb after the apposition says what was done.
          const verb = /^\s*,\s+(?:was|were|is|are)\s+(?:also\s+)?([\p{L}]+(?:\s+up)?)/u.exec(
            text.slice(to, end),
          );
          // "The main document of the day is the Treaty on …": a treaty, an agreement, a protocol or a memorandum named
          // as the outcome with no verb of its own is signed, as such texts are.
          const signedKind = /^(?:treaty|agreement|protocol|memorandum)$/.test(
            documentTypeOf(documentHead(named)?.word ?? "")?.type ?? "",
          );
          const action = (verb ? adoptionOfVerb(verb[1]!) : null) ?? (signedKind ? "signed" : "adopted");
          readObjects(from, to, action, sentence);
          break branches;
        }
        const counted = activeTally.exec(s);
        if (counted) {
          const word = counted[3]!;
          const kind = /^documents?$/i.test(word) ? { type: "other" as const } : documentTypeOf(word);
          const count = numberValue(counted[2]!);
          const action =
            adoptionOfVerb(counted[1]!) ??
            NOMINAL_ACTION[counted[1]!.split(/\s/)[0]!.toLowerCase()] ??
            "adopted";
          if (kind && count !== null && anotherEvent(s)) break branches;
          if (kind && count !== null) {
            // "The heads of state adopted a declaration, and the ministers signed six agreements": the first clause.
            const active = activeClause(s.slice(0, counted.index));
            if (active) readActiveObjects(s.slice(0, active.end), at, at + active.end, sentence);
            lastAction = action;
            tallies.push({
              documentType: kind.type,
              count,
              describedAs: null,
              evidence: { start: at + counted.index, end: at + counted.index + counted[0].length },
              confidence: 0.85,
              sentence,
            });
            const rest = s.slice(counted.index + counted[0].length);
            // "9 decisions and 3 statements", "9 decisions, 2 statements and 1 declaration": counts of other types
            // joined to the first.
            let joinedEnd = 0;
            for (
              let offset = 0, more = ANOTHER_COUNT.exec(rest);
              more;
              offset += more.index + more[0].length, more = ANOTHER_COUNT.exec(rest.slice(offset))
            ) {
              const moreKind = documentTypeOf(more[2]!);
              const moreCount = numberValue(more[1]!);
              if (!moreKind || moreCount === null || (!moreKind.plural && moreCount !== 1)) break;
              const start = at + counted.index + counted[0].length + offset + more.index;
              tallies.push({
                documentType: moreKind.type,
                count: moreCount,
                describedAs: null,
                evidence: { start, end: start + more[0].length },
                confidence: 0.8,
                sentence,
              });
              joinedEnd = offset + more.index + more[0].length;
            }
            if (kind.type === "other") readSubCounts(rest, at + counted.index + counted[0].length, sentence);
            const including = INCLUDING.exec(rest);
            // "adopted two joint statements, on A and on B": the items after a comma, as after a colon.
            const colon =
              /^[^:]{0,40}?:\s*/.exec(rest) ??
              (kind.type !== "other" && "plural" in kind && kind.plural && joinedEnd === 0
                ? /^\s*,\s*(?=on\s)/i.exec(rest)
                : null);
            if (including)
              readIncluded(
                at + counted.index + counted[0].length + including.index + including[0].length,
                end,
                kind.type,
                action,
                sentence,
              );
            // "The summit adopted 3 statements: on A, on B and on C".
            else if (colon)
              readIncluded(
                at + counted.index + counted[0].length + colon[0].length,
                end,
                kind.type,
                action,
                sentence,
              );
            else {
              // "adopted 3 statements and 13 decisions, as well as an address to …", "9 decisions, 2 statements and
              // the Declaration on Peace": one more document after the counts, with its own title.
              const counts = counted[0].length + joinedEnd;
              // "adopted two statements on Syria and on Libya": a count with its subjects is an item, read as the
              // items of a list are (named only if it has as many subjects as it counts).
              const numberAt = s.indexOf(counted[2]!, counted.index + counted[1]!.length);
              if (
                joinedEnd === 0 &&
                kind.type !== "other" &&
                "plural" in kind &&
                kind.plural &&
                /^\s+(?:on|between|with)\s/i.test(rest)
              ) {
                const from = at + numberAt;
                readObjects(from, from + objectEnd(text.slice(from, end)), action, sentence);
              }
              const besides =
                /^,?\s+(?:and|as\s+well\s+as|along\s+with|together\s+with|plus)\s+(?=(?:an?|the)\s)/i.exec(
                  s.slice(counted.index + counts),
                );
              if (besides) {
                const from = at + counted.index + counts + besides[0].length;
                readObjects(from, from + objectEnd(text.slice(from, end)), action, sentence);
              }
            }
            break branches;
          }
        }

        // "The outcome documents of the summit are: A; B; and C": a list of what the meeting produced, so adopted there.
        const outcomes = OUTCOME_DOCUMENTS_ARE.exec(s);
        if (outcomes) {
          const from = at + outcomes[0].length;
          const to = from + (/:\s*$/.test(outcomes[0]) ? colonListEnd : objectEnd)(text.slice(from, end));
          readObjects(from, to, "adopted", sentence);
          break branches;
        }

        // "Signed at the summit were A and B", "Also adopted were A and B": the subject after the verb.
        const inverted = INVERTED_PASSIVE.exec(s);
        if (inverted) {
          const from = at + inverted[0].length;
          const to = from + (/:\s*$/.test(inverted[0]) ? colonListEnd : objectEnd)(text.slice(from, end));
          // "Signed were the Agreement on X and 5 agreements on Y": the count is a tally, as after an active verb.
          if (!anotherEvent(s)) countsInObject(text.slice(from, to), from, sentence);
          readObjects(from, to, adoptionOfVerb(inverted[1]!) ?? "adopted", sentence);
          break branches;
        }

        // "A and B were among the documents signed": the subject before, the verb after.
        const amongAfter = AMONG_AFTER.exec(s);
        if (amongAfter && !doneBefore(DONE_BEFORE, s.slice(amongAfter.index + amongAfter[0].length), date)) {
          const action = (amongAfter[1] ? adoptionOfVerb(amongAfter[1]) : null) ?? lastAction ?? "adopted";
          const from = DOCUMENT_START.test(s) ? 0 : passiveSubject(s.slice(0, amongAfter.index));
          if (from !== null) {
            for (const item of documentItems(text, at + from, at + amongAfter.index))
              readItem(item, action, sentence);
            break branches;
          }
          if (UNTYPED_ITEM.test(s)) {
            addUntyped(at, at + amongAfter.index, action, sentence);
            break branches;
          }
        }

        // "A package of documents was signed. It includes A and B": the group of the sentence before.
        const holds = afterGroup ? IT_HOLDS.exec(s) : null;
        if (holds) {
          readIncluded(at + holds[0].length, end, null, lastAction ?? "adopted", sentence);
          break branches;
        }

        // "The presidents attended the signing ceremony. These were A and B": what the ceremony signed.
        const these = afterCeremony
          ? /^(?:These|They)\s+(?:were|are|included?)\s+(?=(?:the|an?)\s)/.exec(s)
          : null;
        if (these) {
          readIncluded(at + these[0].length, end, null, "signed", sentence);
          break branches;
        }

        const among = amongThem.exec(s);
        if (among) {
          const verb = among[1] ?? among[2] ?? among[3] ?? among[4] ?? among[6];
          // "The outcome documents of the Summit include …": a meeting's outcomes are adopted there, whatever the
          // sentence before signed.
          const outcomes = !verb && /\b(?:outcome|final)\s+documents\b/i.test(among[0]);
          const action =
            (verb ? adoptionOfVerb(verb) : null) ?? (outcomes ? "adopted" : (lastAction ?? "adopted"));
          // "Further decisions concern A and B": one document of the group's type per subject.
          const concerned = among[5] ? documentTypeOf(among[5]) : null;
          if (concerned?.plural && concerned.type !== "other") {
            readIncluded(at + among[0].length, end, concerned.type, action, sentence);
            break branches;
          }
          // "Among the decisions taken were those on A and on B": the group's type word names each item.
          const those = /^those\s+(?=on\s)/i.exec(s.slice(among[0].length));
          const group = those ? /\b(decisions|agreements)\b/i.exec(among[0]) : null;
          const groupKind = group ? documentTypeOf(group[1]!) : null;
          if (those && groupKind)
            readIncluded(at + among[0].length + those[0].length, end, groupKind.type, action, sentence);
          else readIncluded(at + among[0].length, end, null, action, sentence);
          break branches;
        }

        const on = passiveOn.exec(s);
        if (on) {
          // "The documents were also signed on A and on B": documents named by their subjects only.
          const kind = /^documents$/i.test(on[1]!)
            ? { type: "other" as const, plural: true }
            : documentTypeOf(on[1]!)!;
          const action = adoptionOfVerb(on[2]!) ?? "adopted";
          const from = at + on.index + on[0].lastIndexOf(on[3]!) - 1;
          // "…, and the heads of state decided …" starts a clause of its own.
          const onEnd = from + 1 + objectEnd(text.slice(from + 1, end));
          if (kind.plural) {
            // "Decisions were taken on approving X and on Y": one document per "on".
            // "Decisions were adopted naming A and appointing B": one document per verb in "-ing".
            let parts = text
              .slice(from + 1, onEnd)
              .split(on[3] ? /,?\s+and\s+(?=(?:on|to)\s)|,\s+(?=(?:on|to)\s)/ : ING_ITEM_SEPARATOR);
            // "Several decisions were taken on the budget for 2026 and the audit of the Secretariat": a group of some
            // documents on subjects an "on" does not repeat names one per subject, split as "decisions on A and B" are
            // (a group on one subject names none of its documents).
            const head = on[0].slice(0, on[0].lastIndexOf(on[1]!, on[0].search(/\s(?:were|was)\s/i)));
            const quantified = new RegExp(`(?:^|,\\s+)${QUANTIFIER}$`, "i").test(head);
            if (on[3] && parts.length === 1 && quantified) {
              const subjectChunks = chunks(text, from + 1, onEnd);
              const picked = unrepeatedItems(text, { parts: subjectChunks }, from + 1);
              if (picked.length < 2) break branches;
              parts = picked.map((index, n) =>
                text.slice(
                  subjectChunks[index]!.start,
                  n + 1 < picked.length ? subjectChunks[picked[n + 1]! - 1]!.end : onEnd,
                ),
              );
            }
            let offset = from + 1;
            for (const part of parts) {
              const start = text.indexOf(part, offset);
              offset = start + part.length;
              add(
                {
                  type: kind.type,
                  // "decisions on A and B": the "on" of the first subject is B's too.
                  title: `${SINGULAR_OF_TYPE[kind.type]} ${!on[3] || /^(?:on|to)\s/i.test(part) ? "" : `${on[3]} `}${part}`,
                  asStated: part,
                  start,
                  end: start + part.length,
                  subject: part,
                  generic: false,
                },
                action,
                sentence,
                0.75,
              );
            }
          } else {
            const subject = text.slice(from + 1, onEnd);
            // "A joint statement was adopted in connection with …": the head as stated, "Joint statement …".
            add(
              {
                type: kind.type,
                title: `${capitalize(on[1]!)} ${subject}`,
                asStated: text.slice(at, onEnd),
                start: at,
                end: onEnd,
                subject,
                generic: false,
              },
              action,
              sentence,
              0.75,
            );
          }
          break branches;
        }

        const tally = tallyPattern.exec(s);
        if (tally) {
          const kind = /^documents?$/i.test(tally[2]!)
            ? { type: "other" as const, plural: true }
            : documentTypeOf(tally[2]!);
          const count = numberValue(tally[1]!);
          // "16 agreements were concluded": signed.
          const action = adoptionOfVerb(tally[4]!) ?? (/^concluded$/i.test(tally[4]!) ? "signed" : "adopted");
          if (kind && count !== null) {
            lastAction = action;
            const note = tally[3]!.trim() || null;
            // "The Quito Statement and five other documents were approved": counted besides the one named.
            const lead = /\s+(?:and|as\s+well\s+as)\s+$/.exec(s.slice(0, tally.index));
            const named = lead ? passiveSubject(s.slice(0, lead.index)) : null;
            const leadItems = lead && named !== null ? documentItems(text, at + named, at + lead.index) : [];
            if (!APPROXIMATE.test(s.slice(0, tally.index)) && !anotherEvent(s)) {
              const found = {
                documentType: kind.type,
                count,
                describedAs: note,
                evidence: { start: at + tally.index, end: at + tally.index + tally[0].length },
                confidence: 0.9,
                sentence,
              };
              tallies.push(found);
              if (leadItems.length && /\s(?:other|more|further|additional)\s/i.test(tally[0]))
                besides.set(found, leadItems.length);
            }
            if (kind.type === "other" && !anotherEvent(s))
              readSubCounts(
                s.slice(tally.index + tally[0].length),
                at + tally.index + tally[0].length,
                sentence,
              );
            // "The Astana Statement on … and five other documents were approved": the one named before the count.
            for (const item of leadItems) readItem(item, action, sentence);
            const afterTally = s.slice(tally.index + tally[0].length);
            const colon = /^[^:]{0,40}?:\s*/.exec(afterTally);
            const including = INCLUDING.exec(afterTally);
            if (colon && !including) {
              // "Two outcome documents were adopted: A, and B, which …", "Two declarations were adopted: on A and on B".
              const typed = kind.plural && kind.type !== "other" ? kind.type : null;
              readIncluded(
                at + tally.index + tally[0].length + colon[0].length,
                end,
                typed,
                action,
                sentence,
              );
            } else if (including && kind.type === "other") {
              readIncluded(
                at + tally.index + tally[0].length + including.index + including[0].length,
                end,
                null,
                action,
                sentence,
              );
            } else if (including) {
              const from = at + tally.index + tally[0].length + including.index + including[0].length;
              // "Five decisions were taken, among them on A, on B and on C to set up X and Y": a repeated "on" marks
              // each item, so an "and" inside one is its own.
              for (const part of splitSubjects(text, from, end)) {
                const stated = text.slice(part.start, part.end);
                const approval = /^(?:the\s+)?approv(?:al\s+of|ing)\s+(.+)$/i.exec(stated);
                if (approval) {
                  const wanted = stripArticle(approval[1]!);
                  const target =
                    documents.find((document) => normalize(document.title).startsWith(normalize(wanted))) ??
                    documents.find((document) => subjectOverlap(document.title, wanted) >= 0.8);
                  const title = `${SINGULAR_OF_TYPE[kind.type]} approving the ${target ? target.title : wanted}`;
                  const decision = add(
                    {
                      type: kind.type,
                      title,
                      asStated: stated,
                      start: part.start,
                      end: part.end,
                      subject: `approving ${wanted}`,
                      generic: false,
                    },
                    action,
                    sentence,
                    0.75,
                  );
                  if (target)
                    relations.push({
                      fromKey: decision.key,
                      toKey: target.key,
                      type: "approves",
                      evidence: { start: part.start, end: part.end },
                      confidence: 0.75,
                    });
                  continue;
                }
                const subject = stated.replace(
                  /^(?:those|the\s+ones?|one)\s+(?:dedicated|devoted|related)\s+to\s+|^(?:those|the\s+ones?)\s+(?:on|about)\s+|^on\s+/i,
                  "",
                );
                const preposition = /^(?:on|about)\s/i.test(subject) ? "" : "on ";
                add(
                  {
                    type: kind.type,
                    title: `${SINGULAR_OF_TYPE[kind.type]} ${preposition}${subject}`,
                    asStated: stated,
                    start: part.start,
                    end: part.end,
                    subject,
                    generic: false,
                  },
                  action,
                  sentence,
                  0.7,
                );
              }
            }
            break branches;
          }
        }

        // "… the documents adopted at the end of the meeting – A, B and C" / "… adopted the following documents: …"
        const listed =
          new RegExp(
            `\\b(?:documents?|following)\\b[^:“"«]*?\\b(${ADOPTION_VERBS})\\b[^:“"«]*?(?::|\\s[-–—]\\s)\\s*`,
            "i",
          ).exec(s) ??
          new RegExp(
            `\\b(${ADOPTION_VERBS})\\b[^:]*?\\bdocuments?\\b[^:“"«]{0,60}?(?::|\\s[-–—]\\s)\\s*`,
            "i",
          ).exec(s);
        if (listed) {
          const action = adoptionOfVerb(listed[1]!) ?? "adopted";
          // Titles without a type word may open the list ("the ASEAN Smart Cities Framework; the Singapore …").
          readObjects(at + listed.index + listed[0].length, end, action, sentence);
          break branches;
        }

        // "The Council approved the Declaration, which was drafted by experts": a passive in a relative clause says what
        // was done to an object before; the sentence's own passive, if any, is another.
        const passive =
          [...s.matchAll(adoptionVerbs)].find(
            (match) => !/\b(?:which|that)$/i.test(s.slice(0, match.index)),
          ) ?? null;
        if (passive) {
          // "The banks signed A; for India it was signed by X": a semicolon ends the clause before the passive, which is
          // read as a sentence of its own (not after a colon, where semicolons part the items of a list).
          const beforeVerb = s.slice(0, passive.index);
          const semicolon = beforeVerb.includes(":") ? -1 : beforeVerb.lastIndexOf(";");
          const head =
            semicolon < 0 ? 0 : semicolon + 1 + /^\s*/.exec(beforeVerb.slice(semicolon + 1))![0].length;
          if (semicolon >= 0) readActiveObjects(s.slice(0, semicolon), at, at + semicolon, sentence);
          // "The leaders approved A, and a decision on B was taken as well": the first clause has its own verb.
          const active = activeClause(s.slice(head, passive.index));
          if (active)
            readActiveObjects(s.slice(head, head + active.end), at + head, at + head + active.end, sentence);
          const clause = head + (active?.next ?? 0);
          const subject = s.slice(clause);
          // The subject may follow an opening phrase: "In addition,", "At the end of the summit in Kazan the …".
          const headAt = DOCUMENT_START.test(subject) ? 0 : passiveSubject(s.slice(clause, passive.index));
          const from = headAt === null ? null : clause + headAt;
          const action = adoptionOfVerb(passive[1]!) ?? "adopted";
          // "A number of documents were signed, among them …", "Several decisions were taken, including on …".
          const group = GROUP_BEFORE_VERB.exec(s.slice(0, passive.index));
          const afterVerb = s.slice(passive.index + passive[0].length);
          // "The Strategy was adopted in 2015", "… approved last year": done before this meeting.
          if (doneBefore(DONE_BEFORE, afterVerb, date)) break branches;
          // "Several documents were signed. One of them is …": the next sentence's list has this action.
          if (group) lastAction = action;
          const including = INCLUDING.exec(afterVerb);
          if (group && including && !/[;:]/.test(afterVerb.slice(0, including.index))) {
            const kind = documentTypeOf(group[1]!);
            const from = at + passive.index + passive[0].length + including.index + including[0].length;
            readIncluded(from, end, kind?.plural ? kind.type : null, action, sentence);
            break branches;
          }
          // "five years after the Treaty on the Union was signed", "since the Charter was adopted": a past signing
          // the sentence dates itself by.
          if (from !== null && RECALLED_BEFORE.test(s.slice(0, from))) break branches;
          if (from !== null) {
            for (const item of documentItems(text, at + from, at + passive.index))
              readItem(item, action, sentence);
            readAsWere(afterVerb, at + passive.index + passive[0].length, end, action, sentence);
            break branches;
          }
          // "The SCO Initiative on World Unity … was adopted": a named title without a type word.
          if (UNTYPED_ITEM.test(subject)) {
            addUntyped(at + clause, at + passive.index, action, sentence);
            readAsWere(afterVerb, at + passive.index + passive[0].length, end, action, sentence);
            break branches;
          }
        }

        readActiveObjects(s, at, end, sentence);
      }
      // After the sentence's lists, so that documents keep the order the text lists them in.
      readRelativeAdoption(s, at, sentence);
      readPackageCount(s, at, sentence);
      if (!elsewhere) readMentions(s, at, end, sentence);
    }
  }

  // "… signed X and 14 other documents. A package of 15 documents was signed in all": one package, counted twice; the
  // total stands.
  for (const [tally, named] of besides)
    if (
      tallies.some(
        (other) => other.documentType === tally.documentType && other.count === tally.count + named,
      )
    )
      tallies.splice(tallies.indexOf(tally), 1);
  // "6 statements of the SCO leaders": an earlier list that named only the subjects gets the group's authors.
  for (const tally of tallies) {
    if (!tally.describedAs) continue;
    for (const document of documents) {
      if (document.type === tally.documentType && document.generic && document.sentence !== tally.sentence) {
        document.title = `${SINGULAR_OF_TYPE[document.type]} ${tally.describedAs} ${document.asStated}`;
      }
    }
  }
  return { documents, tallies, relations };
}

/** Documents a phrase refers to: "the Moscow Declaration" → that one; "statements of the leaders" → every statement. */
export function documentsReferredTo(
  text: string,
  from: number,
  to: number,
  documents: readonly ReadDocument[],
): { documents: ReadDocument[]; start: number; end: number }[] {
  const result: { documents: ReadDocument[]; start: number; end: number }[] = [];
  const pattern = new RegExp(
    `(?:(?:the|a|an|all|these|those|its|their)\\s+)?(?:${MODIFIER}{0,3}?)(${DOCUMENT_TYPE_PATTERN})(?![\\p{L}])`,
    "giu",
  );
  for (const match of text.slice(from, to).matchAll(pattern)) {
    const kind = documentTypeOf(match[1]!);
    if (!kind) continue;
    const start = from + match.index;
    const end = start + match[0].length;
    if (kind.plural) {
      result.push({
        documents: documents.filter((document) => document.type === kind.type && document.atMeeting),
        start,
        end,
      });
    } else {
      const phrase = normalize(stripArticle(match[0]));
      const named = documents.filter(
        (document) => document.type === kind.type && normalize(document.title).startsWith(phrase),
      );
      if (named.length) result.push({ documents: named, start, end });
    }
  }
  return result;
}
