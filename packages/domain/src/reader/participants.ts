import type { PartialDate } from "../common/partial-date";
import type { AttendanceMode } from "../entities/meeting";
import type { ParticipationCategory, ParticipationMode, ParticipationRole } from "../entities/participation";
import type { JointSummit } from "./joint-summits";
import {
  categoryHintOf,
  categoryOf,
  courtesyBefore,
  followListNeighbours,
  isOrganizationTitle,
  ownCategoryHint,
  relativeClauseHint,
  seatedOn,
  withoutAsides,
} from "./categories";
import {
  ANOTHER_TERM,
  CHAIR_OF_ANOTHER_BODY_BEFORE,
  chairingCountry,
  NEXT_MEETING,
  WHICH_ON_ANOTHER_MEETING,
  WHICH_ON_ANOTHER_MEETING_BEFORE,
  whichChairedThisMeeting,
} from "./chair";
import { membershipsOf, rootOrganization, type ReaderKnowledge } from "./knowledge";
import { countryMentions, organizationMentions } from "./mentions";
import { escapeRegExp, normalize as normalizeText, span } from "./segment";
import { postLabelOf, type Fact, type ParticipantProposal } from "./proposal";
import { titledPeople } from "./people";
import { knownSpellings, personCandidates, shortNames, spaceInitials, withoutPatronymic } from "./names";
import { reconcilePerson } from "./reconcile";
import { DATELINE_LEAD } from "./dateline";
import type { Paragraph, Sentence } from "./segment";
import {
  HEAD_OF_STATE_OR_GOVERNMENT,
  NAME_PARTICLES,
  REPORTING_VERBS,
  ROLE_NOUNS,
  STYLE_WORD,
  TITLE_WORDS,
  isRegionName,
  roleOfNoun,
} from "./vocabulary";
import { isCapitalName } from "./world-capitals";
import { worldCountryIn, worldCountryMentions } from "./world-countries";
import {
  countryAndOrganizationSpans,
  covers,
  knownCountryInLabel,
  namesAbbreviatedOrganization,
  occupanciesOn,
  parseTitle,
  parseTitledName,
  postCandidates,
  postPhrase,
  reconcilePost,
  sharedRoleNoun,
  type ParsedTitle,
  type TitledName,
} from "./titles";
import { ANOTHER_BODYS_OFFICE } from "./handovers-told-of-the-receiver";
import { INVITED_GROUP } from "./invited-groups";
import { LEADERS_AT_THE_MEETING } from "./leaders-at-the-meeting";
import { delegationHeadsInClauses } from "./delegation-heads-in-a-relative-clause";
import { leadersInBrackets } from "./leaders-in-brackets";
import { standInsRepresenting } from "./stand-ins-representing";
import { SEATED_AT_THE_TABLE } from "./seated-at-the-table";

type MentionKind = "attendance" | "chair" | "message" | "address";

interface ParticipantMention {
  item: TitledName;
  kind: MentionKind;
  /** A line under a colon heading: the heading's sentence, which all its lines share as one list. */
  list?: Sentence;
  /** A chair read only from an aside ("X, this year's ASEAN Chair,", "The summit host, X"): kept if no other. */
  weak?: boolean;
  /** Named only as the one who invited ("At the kind invitation of X, …"): no participant when another chairs. */
  inviter?: boolean;
  /** Handed the office at the opening ("… opened with an address by W, who handed over the chairmanship to X"). */
  received?: boolean;
  /** Named as addressing the meeting as a guest ("X addressed the summit as a guest"): a speaker, if named no other way. */
  guestAddress?: boolean;
  sentence: Sentence;
  /** The words of the sentence at large. */
  categoryHint: ParticipationCategory | null;
  /** The words about this person or their list alone: these outweigh the reference data. */
  ownHint?: ParticipationCategory | null;
  countryHint: string | null;
  /** Read from a list of who took part, not from what one person did. */
  listed?: boolean;
}

// "COMESA Chairman President X": a body's chair, then a leader's post, in one title (`parseTitle` makes the leader's
// noun the post); not an outgoing, former or coming one's.
// The body's name, or its possessive, then its chair's noun: "COMESA Chairman", "the current SCO Chairman", "The SCO's
// current chairman" (the body's name the one group).
const BODYS_CHAIR = String.raw`(?:The\s+|the\s+)?(?:current\s+|incumbent\s+|sitting\s+)?((?:\p{Lu}[\p{L}\d&-]*\s+){0,3}\p{Lu}[\p{L}\d&-]*)(?:\s+|['’]s\s+(?:current\s+|incumbent\s+|rotating\s+)?)[Cc]hair(?:man|person|woman)?`;
const BODYS_CHAIR_IN_A_TITLE = new RegExp(
  String.raw`^${BODYS_CHAIR}\s*,?\s+(?:President|Prime\s+Minister|Premier|King|Emir|Amir|Sultan|Chancellor)\b`,
  "u",
);
// "The current COMESA Chairman, President X, …": the same office in apposition, opening the sentence or a clause.
const BODYS_CHAIR_APPOSED_BEFORE = new RegExp(String.raw`(?:^|[.;]\s*)${BODYS_CHAIR}\s*,\s*$`, "u");
// "X, President of Kazakhstan and current chairman of the SCO, …": the body's office joined to the post after the name.
const BODYS_CHAIR_JOINED_AFTER =
  /^(?:,\s+[^,;]{1,80}?)?\s+and\s+(?:the\s+)?(?:current\s+|incumbent\s+|sitting\s+)?[Cc]hair(?:man|person|woman)?\s+of\s+(?:the\s+)?(\p{Lu}[\p{L}\d&-]*(?:\s+\p{Lu}[\p{L}\d&-]*){0,3})\s*,/u;
const NOT_NOW_BEFORE =
  /\b(?:outgoing|out-going|former|previous|past|incoming|next|new|future|then)\s+(?:the\s+)?$/i;

/** Where a match's first group stands in the text, the match read from `offset` (its last occurrence if `fromEnd`). */
function groupSpan(match: RegExpExecArray, offset: number, fromEnd = false): { start: number; end: number } {
  const within = fromEnd ? match[0].lastIndexOf(match[1]!) : match[0].indexOf(match[1]!);
  const start = offset + match.index + within;
  return { start, end: start + match[1]!.length };
}

/**
 * Whether the person is named as the chair of the body that met by that office right before the post ("COMESA Chairman
 * President X", "The current COMESA Chairman, President X,"): the body's name before "Chairman" must be the meeting's
 * organization (or one of its bodies) by the reference data, so that "AU Chairperson President X" at another body's
 * summit is no chair of it.
 */
function ownBodysChairNamed(
  text: string,
  sentence: Sentence,
  item: TitledName,
  knowledge: ReaderKnowledge,
  organizationId: string | null,
): boolean {
  if (!organizationId || !item.title || !item.name) return false;
  const inTitle = BODYS_CHAIR_IN_A_TITLE.exec(text.slice(item.start, item.name.start));
  const before = text.slice(sentence.start, item.start);
  const apposed = inTitle ? null : BODYS_CHAIR_APPOSED_BEFORE.exec(before);
  const joined =
    inTitle || apposed ? null : BODYS_CHAIR_JOINED_AFTER.exec(text.slice(item.end, sentence.end));
  const body = inTitle
    ? groupSpan(inTitle, item.start)
    : apposed
      ? groupSpan(apposed, sentence.start)
      : joined
        ? groupSpan(joined, item.end, true)
        : null;
  if (!body || NOT_NOW_BEFORE.test(text.slice(Math.max(0, body.start - 20), body.start))) return false;
  const named = organizationMentions(text, knowledge, body.start, body.end);
  const root = rootOrganization(knowledge, organizationId)?.id ?? organizationId;
  return (
    named.length > 0 &&
    named.every((mention) => (rootOrganization(knowledge, mention.id)?.id ?? mention.id) === root)
  );
}

// A dash set off by spaces parts a list as a comma does: "Heads of state of A, B and C - X, Y and Z - took part"; so
// does "alongside" ("X came alongside Y, and Z took part"); ", and by" parts two co-chairs ("co-chaired by A, …, and by B").
// ", with" before a capital adds one more to a line-up ("In the family photo: A, B and C, with NATO Secretary General
// D"); "to" before a country's possessive closes a span of guests ("The guest list ran from Iceland's A to Georgia's B").
const LIST_SEPARATOR =
  /\s*[,;]\s*(?:and\s+(?:by\s+)?|as well as\s+|along with\s+|together with\s+|with\s+(?=\p{Lu}))?|\s+and(?:\s*,)?\s+|\s+as well as\s+|\s+along with\s+|\s+together with\s+|\s+(?:came\s+|arrived\s+)?alongside\s+|\s+[-–—]\s+|\s+to\s+(?=\p{Lu}[\p{L}-]*['’]s\s+\p{Lu})/gu;

// Styles and honorifics alone, with nothing to scope them ("Sheikh", "Crown Prince", "H.E. Dr."); a diplomat's rank
// used as a style after the post ("The Secretary General of the Organization, Ambassador X").
const STYLE_ONLY =
  /^(?:(?:H\.?\s?H\.?|H\.?\s?E\.?|His|Her|Highness|Excellency|Majesty|Sheikh|Crown|Prince|Sultan|Emir|Amir|Ambassador|Mr\.?|Dr\.?|(?:Lieutenant[-\s]|Major[-\s]|Brigadier[-\s])?General|Colonel|(?:Field\s+)?Marshal|Admiral)\s*)+$/i;

// An aside on whom one stands in for, naming the office alone: "representing the Emir of the State of Kuwait".
const STANDING_IN_FOR_AN_OFFICE =
  /^(?:representing|replacing|standing\s+in\s+for|deputi[sz]ing\s+for|on\s+behalf\s+of|in\s+place\s+of)\s+(?:the\s+|his\s+|her\s+)?/i;

/**
 * Whether `piece` is the name, after a comma, of the office the piece before it says someone stood in for
 * ("representing the Emir of Y, Sheikh Z"): a name with at most a style, no office of its own.
 */
function representedInApposition(
  text: string,
  previous: { start: number; end: number } | undefined,
  piece: { start: number; end: number },
  knowledge: ReaderKnowledge,
): boolean {
  if (!previous || !/^\s*,\s*$/.test(text.slice(previous.end, piece.start))) return false;
  const standing = STANDING_IN_FOR_AN_OFFICE.exec(text.slice(previous.start, previous.end));
  if (!standing) return false;
  const office = parseTitledName(text, previous.start + standing[0].length, previous.end, knowledge);
  if (office.name || !office.title?.roleNoun) return false;
  const named = parseTitledName(text, piece.start, piece.end, knowledge);
  return named.name !== null && (!named.title || STYLE_ONLY.test(named.title.text.trim()));
}

/** Splits "A, B and C" into items, never inside a known country or organization name; rejoins "Name, Title" pairs. */
export function splitParticipantList(
  text: string,
  start: number,
  end: number,
  knowledge: ReaderKnowledge,
): TitledName[] {
  const protectedSpans = [
    ...countryAndOrganizationSpans(text, start, end, knowledge),
    // "A (Belarus, chair), B (Russia)": an aside in brackets is one item's, whatever separates its words.
    ...[...text.slice(start, end).matchAll(/\([^()]{1,60}\)/g)].map((match) => ({
      start: start + match.index,
      end: start + match.index + match[0].length,
    })),
  ];
  const pieces: { start: number; end: number }[] = [];
  start = span(text, start, end).start;
  let from = start;
  for (const match of text.slice(start, end).matchAll(LIST_SEPARATOR)) {
    const at = start + match.index;
    if (protectedSpans.some((mention) => mention.start < at && at < mention.end)) continue;
    if (at > from) pieces.push(span(text, from, at));
    from = at + match[0].length;
  }
  if (end > from) pieces.push(span(text, from, end));
  // "… and Emomali Rahmon - took part": a closing dash is no part of the last item.
  for (const piece of pieces) {
    const dash = /\s+[-–—]$/.exec(text.slice(piece.start, piece.end));
    if (dash) Object.assign(piece, span(text, piece.start, piece.start + dash.index));
  }
  // A role phrase or a time after the name is no part of it: "… Shavkat Mirziyoyev as the head of an EAEU observer
  // state", "… Shehbaz Sharif on Friday", "… X, who was invited as a guest of honour", "… D with Mr X" (someone named
  // before, by family name).
  const parsed = pieces.map((piece, index) => {
    // "…, who replaced President X": a relative clause between items names no one who took part; nor does an aside
    // on how one stood in ("…, Vice-President of X, representing the President; and …").
    if (
      /^(?:who|whose|which|where|representing|replacing|standing\s+in|deputi[sz]ing|on\s+behalf\s+of|in\s+place\s+of|accompanied)\b/.test(
        text.slice(piece.start, piece.end),
      )
    )
      return parseTitledName(text, piece.start, piece.start, knowledge);
    // "Crown Prince X, representing the Emir of Y, Sheikh Z; …": the name in apposition to the office one stands in
    // for is the one represented, who was not there.
    if (representedInApposition(text, pieces[index - 1], piece, knowledge))
      return parseTitledName(text, piece.start, piece.start, knowledge);
    const tail = ITEM_TAIL.exec(text.slice(piece.start, piece.end));
    return parseTitledName(
      text,
      piece.start,
      tail && tail.index > 0 ? piece.start + tail.index : piece.end,
      knowledge,
    );
  });
  pairSharedTitles(text, parsed);
  shareDemonymTitles(parsed);
  shareTitleOverScopedNames(text, parsed);
  const titleOnly = (item: TitledName | undefined) => item !== undefined && !item.name && item.title !== null;
  const nameOnly = (item: TitledName | undefined) => item !== undefined && item.name !== null && !item.title;
  // A name after honorifics only ("Samdech Hun Sen"), or after a style with nothing to scope it ("Sheikh X", "Crown
  // Prince Y").
  const honorificOnly = (item: TitledName | undefined) =>
    item !== undefined &&
    item.name !== null &&
    item.title !== null &&
    !item.title.roleNoun &&
    !item.title.country &&
    !item.title.organization;
  const styleOnly = (item: TitledName | undefined) =>
    item !== undefined &&
    item.name !== null &&
    item.title !== null &&
    !item.title.country &&
    !item.title.organization &&
    STYLE_ONLY.test(item.title.text.trim());
  const items: TitledName[] = [];
  // The last item read, carried on to `end` over a second office or style of the same person, with `title` its post.
  const extendLast = (previous: TitledName, end: number, title: TitledName["title"]) => {
    items[items.length - 1] = { ...previous, end, text: text.slice(previous.start, end), title };
  };
  for (let i = 0; i < parsed.length; i++) {
    const current = parsed[i]!;
    const next = parsed[i + 1];
    // "The heads of state of Belarus, Kyrgyzstan and Russia, A, B and C": k titles, then k names in the same order.
    let k = 0;
    while (titleOnly(parsed[i + k])) k++;
    if (k >= 2 && Array.from({ length: k }, (_, j) => parsed[i + k + j]).every(nameOnly)) {
      const shared = sharedTitleOfCountries(parsed.slice(i, i + k));
      for (let j = 0; j < k; j++) {
        const title = parsed[i + j]!;
        const name = parsed[i + k + j]!;
        items.push({
          start: title.start,
          end: name.end,
          text: text.slice(title.start, name.end),
          title: shared[j] ?? title.title,
          name: name.name,
        });
      }
      i += 2 * k - 1;
      continue;
    }
    // "A, B and C, the presidents of X, Y and Z": k names, then one plural title over k countries in the same order.
    let names = 0;
    while (nameOnly(parsed[i + names])) names++;
    const countriesAfter = parsed.slice(i + names, i + 2 * names);
    const sharedAfter =
      names >= 2 && countriesAfter.length === names && titleOnly(countriesAfter[0])
        ? sharedTitleOverCountries(text, countriesAfter, knowledge)
        : [];
    if (names >= 2 && sharedAfter.length === names) {
      for (let j = 0; j < names; j++) {
        const name = parsed[i + j]!;
        const end = j === names - 1 ? countriesAfter.at(-1)!.end : name.end;
        items.push({ ...name, end, text: text.slice(name.start, end), title: sharedAfter[j]! });
      }
      i += 2 * names - 1;
      continue;
    }
    // "…, the heads of state of the Union, A, Title of A, B, Title of B": the run of titles and names ends with a title,
    // so the first title heads the list and each name goes with the title after it.
    // (A name after a style alone, "General X" or "Sheikh Y", is a name in the run as a bare one is: "the Chairman of Y,
    // A; the Head of the Council of Z, General B" ends with a name, not a title.)
    const named = (item: TitledName | undefined) => nameOnly(item) || styleOnly(item) || honorificOnly(item);
    let run = i;
    while (
      run + 1 < parsed.length &&
      (titleOnly(parsed[run]) ? named(parsed[run + 1]) : titleOnly(parsed[run + 1]))
    )
      run++;
    if (titleOnly(current) && nameOnly(next) && run - i >= 2 && titleOnly(parsed[run])) continue;
    // "X, Sultan and Yang Di-Pertuan of Brunei Darussalam": two styles of one post after a name, the second with the
    // country; its capitalised words are no second person.
    const previous = items.at(-1);
    if (
      titleOnly(current) &&
      current.title!.roleNoun &&
      !current.title!.country &&
      next?.name &&
      next.title?.country &&
      !next.title.roleNoun &&
      /^\s+and\s+$/.test(text.slice(current.end, next.start)) &&
      previous?.name &&
      /^\s*,\s*$/.test(text.slice(previous.end, current.start))
    ) {
      extendLast(previous, next.end, parseTitle(text, current.start, next.end, knowledge));
      i++;
      continue;
    }
    // "X, Crown Prince and Prime Minister of Saudi Arabia", "X, Deputy Prime Minister and Minister of Foreign Affairs
    // of Y": two offices of one person after the name, joined by "and"; the one scoped by the country is the post.
    if (
      titleOnly(current) &&
      current.title!.roleNoun &&
      !current.title!.country &&
      !current.title!.organization &&
      titleOnly(next) &&
      next!.title!.roleNoun &&
      (next!.title!.country || next!.title!.organization) &&
      /^\s+and\s+$/.test(text.slice(current.end, next!.start)) &&
      previous?.name &&
      !(previous.title?.country || previous.title?.organization) &&
      /^\s*,\s*$/.test(text.slice(previous.end, current.start))
    ) {
      extendLast(previous, next!.end, next!.title);
      i++;
      continue;
    }
    // "X, Crown Prince and Prime Minister", "X, Vice President, Prime Minister and Minister of Defence": a run of two
    // or more offices after a name with no scoped title, the last joined by "and", with no country or organization
    // among them: one person, the first office his post (the country comes from the sentence, "Y was represented by").
    if (
      titleOnly(current) &&
      current.title!.roleNoun &&
      !current.title!.country &&
      !current.title!.organization &&
      previous?.name &&
      !(previous.title?.country || previous.title?.organization) &&
      /^\s*,\s*$/.test(text.slice(previous.end, current.start))
    ) {
      let last = i;
      while (
        titleOnly(parsed[last + 1]) &&
        /^(?:\s*,\s*|\s+and\s+)$/.test(text.slice(parsed[last]!.end, parsed[last + 1]!.start))
      )
        last++;
      const run = parsed.slice(i, last + 1);
      if (
        run.length >= 2 &&
        /^\s+and\s+$/.test(text.slice(parsed[last - 1]!.end, parsed[last]!.start)) &&
        run.every((office) => office.title!.roleNoun && !office.title!.country && !office.title!.organization)
      ) {
        extendLast(previous, run.at(-1)!.end, current.title);
        i = last;
        continue;
      }
    }
    // "X, National Leader of the Turkmen People and Chairman of the Halk Maslahaty of Turkmenistan, and Y, …": a second
    // office after the first, joined by "and", with no name of its own before the list goes on; the one scoped by a
    // country or an organization is the post.
    if (
      titleOnly(current) &&
      current.title!.roleNoun &&
      previous?.name &&
      previous.title &&
      previous.title.start > previous.name.start &&
      /^\s+and\s+$/.test(text.slice(previous.end, current.start)) &&
      // … or an aside on how he stood in ("…, representing the Prime Minister"), which names no one.
      (!next ||
        /(?:^\s*;|\band\s+$)/.test(text.slice(current.end, next.start)) ||
        (!next.name && !next.title))
    ) {
      extendLast(
        previous,
        current.end,
        current.title!.country || current.title!.organization ? current.title : previous.title,
      );
      continue;
    }
    // … and the same when the first style already went with the name ("X, Sultan" read as one item).
    if (
      current.name &&
      current.title?.country &&
      !current.title.roleNoun &&
      previous?.name &&
      previous.title?.roleNoun &&
      !previous.title.country &&
      previous.title.start > previous.name.start &&
      /^\s+and\s+$/.test(text.slice(previous.end, current.start))
    ) {
      extendLast(previous, current.end, parseTitle(text, previous.title.start, current.end, knowledge));
      continue;
    }
    // "Sheikh X, Crown Prince of Abu Dhabi, …": after a name with no post, a title ending in "of" before one or two
    // capitalised words is his post, and those words a place (no second person).
    if (
      current.name &&
      current.title?.roleNoun &&
      /\bof\s*$/.test(text.slice(current.title.start, current.name.start)) &&
      current.name.text.split(/\s+/).length <= 2 &&
      previous?.name &&
      (!previous.title || honorificOnly(previous) || styleOnly(previous)) &&
      /^\s*,\s*$/.test(text.slice(previous.end, current.start))
    ) {
      extendLast(previous, current.end, parseTitle(text, current.start, current.end, knowledge));
      continue;
    }
    // "The two Secretaries-General, A of the GCC and B of ASEAN": one plural title, then each name with its own scope.
    const sharedEnd = sharedTitleRunEnd(text, parsed, i);
    if (sharedEnd > i) {
      const noun = sharedRoleNoun(current.title!.text)!;
      for (const named of parsed.slice(i + 1, sharedEnd + 1))
        items.push({
          ...named,
          title: { ...named.title!, text: `${noun} ${named.title!.text.trim()}`, roleNoun: noun },
        });
      i = sharedEnd;
      continue;
    }
    // "Iran's Minister of Industry, Mine and Trade X": a portfolio whose commas and "and" split the list is one title.
    const portfolioEnd = portfolioRunEnd(text, parsed, i);
    if (portfolioEnd > i) {
      items.push(parseTitledName(text, current.start, parsed[portfolioEnd]!.end, knowledge));
      i = portfolioEnd;
      continue;
    }
    // "the President of Ukraine, Chairman of the Council of Heads of State L.D. Kuchma": the post, then the chair of the
    // body he holds at the meeting — a role there, not his post.
    if (chairmanshipAfterPost(text, current, next)) {
      items.push(titleThenName(text, current, next!));
      i++;
      continue;
    }
    // "… and, for India, Minister of External Affairs X": a country in an aside before a title that names none is the
    // title's.
    if (countryAside(text, current, next)) {
      items.push({
        ...next!,
        start: current.start,
        text: text.slice(current.start, next!.end),
        title: { ...next!.title!, country: current.title!.country },
      });
      i++;
      continue;
    }
    // "Samdech Hun Sen, Prime Minister of …": honorifics and a name, then the title.
    if (honorificOnly(current) && titleOnly(next)) {
      const joined = parseTitledName(text, current.start, next!.end, knowledge);
      if (joined.name && joined.title?.roleNoun) {
        items.push(joined);
        i++;
        continue;
      }
    }
    if (
      titleOnly(current) &&
      nameOnly(next) &&
      /^\s*(?:[-–—]|:)\s*$/.test(text.slice(current.end, next!.start))
    ) {
      // "Armenia – Vardan Petrosyan; Belarus – …", "President of the Republic of Kazakhstan – N.A. Nazarbayev": a
      // country or a title and a dash before the name are the name's, the dash no part of it.
      items.push(titleThenName(text, current, next!));
      i++;
    } else if (titleOnly(current) && (nameOnly(next) || honorificOnly(next) || styleOnly(next))) {
      // "Azerbaijani President, Ilham Aliyev, Belarusian President, …": a comma between the title and its name; "the
      // President of the United Arab Emirates, Sheikh X": honorifics before the name after the comma. A title composed
      // from a shared plural one ("The presidents of X, A; of Y, B": shareTitleOverScopedNames) is kept as composed.
      const item = parseTitledName(text, current.start, next!.end, knowledge);
      const composed = current.title!.text !== text.slice(current.title!.start, current.title!.end);
      items.push(composed && item.name ? { ...item, title: current.title } : item);
      i++;
    } else if (nameOnly(current) && next?.name && next.title && ORGANIZATION_TAIL.test(next.title.text)) {
      // "Dmitri Orlov, Chairman of the Board of the Eurasian Development Bank": an organization the reference data
      // does not hold ends the title after the name; its capitalised words are no name.
      items.push(parseTitledName(text, current.start, next.end, knowledge));
      i++;
    } else if (
      current.name &&
      current.title &&
      !current.title.country &&
      !current.title.organization &&
      next &&
      !next.name &&
      next.title?.roleNoun &&
      (next.title.country || next.title.organization)
    ) {
      // "His Majesty Sultan Haji X, Sultan of Brunei Darussalam", "General X, Prime Minister of Y": styles before the
      // name scope nothing; the title after it names the post.
      items.push({
        start: current.start,
        end: next.end,
        text: text.slice(current.start, next.end),
        title: next.title,
        name: current.name,
      });
      i++;
    } else if (
      current.name &&
      !current.title &&
      next &&
      !next.name &&
      next.title &&
      !appositiveBeforeNext(text, previous, current, next, parsed[i + 2])
    ) {
      items.push(parseTitledName(text, current.start, next.end, knowledge));
      i++;
    } else {
      items.push(current);
    }
  }
  // Once each title found its name ("…, the Armenian leader, D" is D's): the names left bare after a plural title.
  sharePluralTitleOverBareNames(items);
  // "for the first time since 2014", "the leaders of all five countries bordering the Caspian": a number, or one word
  // after a plural group noun described in plain words, names no person ("Heads of state V.V.Putin" does).
  // "the ASEAN Outlook on the Indo-Pacific", "the SCO Charter": an organization's name before one capitalised word, with
  // no role noun and no country, is a document's or a body's name, not a person's.
  return items.filter(
    (item) =>
      item.name !== null &&
      /\p{L}/u.test(item.name.text) &&
      !openingPhrase(item) &&
      !(
        item.title?.organization &&
        !item.title.roleNoun &&
        !item.title.country &&
        !/[\s.]/.test(item.name.text.trim())
      ) &&
      !(
        GROUP_NOUN.test(item.text) &&
        !/[\s.]/.test(item.name.text) &&
        (item.text.match(/\b\p{Ll}+\b/gu) ?? []).some((word) => !TITLE_WORDS.has(word))
      ),
  );
}

// The last word of a phrase that opens a sentence before its subject, or of a role phrase: "Today in", "On the
// afternoon of", "Kuwait as the".
const OPENING_PHRASE_END = /\b(?:in|on|at|of|from|by|during|after|before|as|the)$/i;

/**
 * Whether an item is a phrase of time, place or capacity, not a person: "Today in Kuala Lumpur", "On the afternoon of
 * 14 October" (a sentence's opening before its subject), "Kuwait as the Conference": a "title" with no role noun or
 * organization that ends on a preposition or an article, and capitalised words after it.
 */
function openingPhrase(item: TitledName): boolean {
  return (
    item.title !== null &&
    !item.title.roleNoun &&
    !item.title.organization &&
    item.title.end <= item.name!.start &&
    OPENING_PHRASE_END.test(item.title.text.trim())
  );
}

/**
 * "The Prime Ministers of Cambodia, Laos, Singapore, Thailand and Viet Nam, A, B, C, D and E": a plural title before
 * the first of the countries is each country's title, in the singular ("Prime Minister of Laos"). The titles of the
 * run so read, or none when the run opens with no plural title or another item names no country.
 */
function sharedTitleOfCountries(titles: TitledName[]): NonNullable<TitledName["title"]>[] {
  const first = titles[0]!.title!;
  const of = /\s+of\s+/i.exec(first.text);
  const noun = of ? sharedRoleNoun(first.text.slice(0, of.index)) : null;
  // "The heads of state of A, B and C" names no post of its own: each person's is the one they hold.
  if (
    !noun ||
    /^(?:head|leader)$/i.test(noun) ||
    titles.some((item) => !item.title!.country) ||
    titles.slice(1).some((item) => item.title!.roleNoun)
  )
    return [];
  return titles.map(({ title }, index) => ({
    ...title!,
    roleNoun: noun,
    text: index === 0 ? `${noun}${first.text.slice(of!.index)}` : `${noun} of ${title!.text.trim()}`,
  }));
}

/**
 * "A, B and C, the presidents of X, Y and Z": the plural title over the first country, then each further country alone
 * (one the knowledge holds or any country of the world), is each country's title in the singular ("President of Y").
 * The titles so read, or none.
 */
function sharedTitleOverCountries(
  text: string,
  pieces: TitledName[],
  knowledge: ReaderKnowledge,
): ParsedTitle[] {
  const first = pieces[0]!.title!;
  const of = /\s+of\s+/i.exec(first.text);
  const noun = of ? sharedRoleNoun(first.text.slice(0, of.index)) : null;
  if (!noun || /^(?:head|leader)$/i.test(noun)) return [];
  const titles: ParsedTitle[] = [];
  for (const [index, piece] of pieces.entries()) {
    const scope = index === 0 ? first.text.slice(of!.index + of![0].length).trim() : piece.text.trim();
    const title = parseTitle(text, piece.start, piece.end, knowledge);
    const country = title.country && title.country.end - title.country.start >= scope.length - 4;
    if (title.roleNoun && index > 0) return [];
    if (!country && worldCountryIn(scope)?.name !== scope.replace(/^the\s+/i, "")) return [];
    titles.push({ ...title, text: `${noun} of ${scope}`, roleNoun: noun, organization: null });
  }
  return titles;
}

/**
 * Where the names after a plural title alone end ("The two Secretaries-General, A of the GCC and B of ASEAN"): each
 * one a name with "of" and a scope but no role noun of its own, after a comma, then commas or "and". The index of the
 * last, or -1 (also when fewer than two names follow).
 */
function sharedTitleRunEnd(text: string, parsed: TitledName[], i: number): number {
  const shared = parsed[i]!;
  if (shared.name || !shared.title || !sharedRoleNoun(shared.title.text)) return -1;
  let last = i;
  for (let j = i + 1; j < parsed.length; j++) {
    const piece = parsed[j]!;
    const between = text.slice(parsed[j - 1]!.end, piece.start);
    if (!piece.name || !piece.title || piece.title.roleNoun || !/^of\s/i.test(piece.title.text.trim())) break;
    if (!(j === i + 1 ? /^\s*,\s*$/ : /^\s*(?:,|and|,\s*and)\s*$/).test(between)) break;
    last = j;
  }
  return last - i >= 2 ? last : -1;
}

// A few capitalised words and nothing else: a piece of a portfolio ("Mine" in "Minister of Industry, Mine and Trade").
const CAPITALISED_WORDS = /^(?:\p{Lu}[\p{L}'’-]*\s*){1,3}$/u;

/**
 * Where a minister's portfolio that the list split at its commas and "and" ends: `parsed[i]` a title with a role noun
 * and no name that ends on "of" or "for" and capitalised words ("Iran's Minister of Industry"), then pieces of a few
 * capitalised words with no role noun, country or organization ("Mine"), then a name whose title is more such words
 * ("Trade Mohammad Atabak"). The index of that last piece, or -1.
 */
function portfolioRunEnd(text: string, parsed: TitledName[], i: number): number {
  const first = parsed[i]!;
  if (
    first.name ||
    !first.title?.roleNoun ||
    !/\b(?:of|for)\s+(?:\p{Lu}[\p{L}'’-]*\s*)+$/u.test(first.title.text)
  )
    return -1;
  const plain = (piece: TitledName) =>
    !piece.title || (!piece.title.roleNoun && !piece.title.country && !piece.title.organization);
  for (let j = i + 1; j < parsed.length; j++) {
    const piece = parsed[j]!;
    if (!/^\s*(?:,|and|,\s*and)\s*$/.test(text.slice(parsed[j - 1]!.end, piece.start)) || !plain(piece))
      return -1;
    if (piece.name && piece.title) return CAPITALISED_WORDS.test(piece.title.text.trim()) ? j : -1;
    if (!CAPITALISED_WORDS.test(text.slice(piece.start, piece.end))) return -1;
  }
  return -1;
}

/** One list item from a title and the name of the next piece: the title's, the name the next one's, the span both. */
function titleThenName(text: string, title: TitledName, name: TitledName): TitledName {
  return {
    start: title.start,
    end: name.end,
    text: text.slice(title.start, name.end),
    title: title.title,
    name: name.name,
  };
}

/**
 * Whether `post` is a title alone with a role noun and a country ("the President of the Russian Federation") and
 * `next`, after a comma, a name under the chairmanship of a body and no country ("Chairman of the Collective Security
 * Council D.A. Medvedev"): one person, whose post is the first title.
 */
function chairmanshipAfterPost(text: string, post: TitledName, next: TitledName | undefined): boolean {
  return (
    post.name === null &&
    post.title?.roleNoun != null &&
    !/^chair/i.test(post.title.roleNoun) &&
    (post.title.country !== null || worldCountryIn(post.title.text) !== undefined) &&
    next?.name != null &&
    /^chair(?:man|woman|person)?$/i.test(next.title?.roleNoun ?? "") &&
    !next.title!.country &&
    /^\s*,\s*$/.test(text.slice(post.end, next.start))
  );
}

/**
 * Whether `aside` is a country alone after "for" ("for India") set off by a comma before `next`, a person whose title
 * names a post but no country or organization: "… and, for India, Minister of External Affairs Sushma Swaraj".
 */
function countryAside(text: string, aside: TitledName, next: TitledName | undefined): boolean {
  return (
    aside.name === null &&
    aside.title !== null &&
    aside.title.country !== null &&
    !aside.title.roleNoun &&
    !aside.title.organization &&
    /^for\s+(?:the\s+)?$/i.test(text.slice(aside.title.start, aside.title.country.start)) &&
    aside.title.country.end === aside.title.end &&
    next?.name !== null &&
    next?.title?.roleNoun != null &&
    !next.title.country &&
    !next.title.organization &&
    /^\s*,\s*$/.test(text.slice(aside.end, next.start))
  );
}

/**
 * "Presidents A and B of X and Y", "Presidents A, B and C of X, Y and Z (respectively)": one plural title before two
 * names or more, their countries after the last in the same order. Read as "President A of X", "President B of Y" and
 * so on, never as the last name "of X" and further items "Y", "Z" that would hand their countries to the next names in
 * the list.
 */
function pairSharedTitles(text: string, parsed: TitledName[]): void {
  const joinedByAnd = (left: TitledName, right: TitledName) =>
    /^\s*,?\s+and\s+$/.test(text.slice(left.end, right.start));
  const scopeOnly = (piece: TitledName | undefined) =>
    piece !== undefined && !piece.name && piece.title !== null && !piece.title.roleNoun;
  for (let i = 0; i + 2 < parsed.length; i++) {
    const first = parsed[i]!;
    const noun =
      first.name && first.title && first.title.end <= first.name.start && !first.title.country
        ? sharedRoleNoun(first.title.text)
        : null;
    if (!noun) continue;
    // The names between the first and the last, bare: "B" in "Presidents A, B and C of X, Y and Z".
    let last = i + 1;
    while (parsed[last]?.name && !parsed[last]!.title) last++;
    const lastName = parsed[last];
    const count = last - i + 1;
    const scopes = parsed.slice(last + 1, last + count);
    if (
      !lastName?.name ||
      !lastName.title ||
      lastName.title.roleNoun ||
      !/^of\s/i.test(lastName.title.text.trim()) ||
      scopes.length !== count - 1 ||
      !scopes.every(scopeOnly) ||
      !joinedByAnd(parsed[last - 1]!, lastName) ||
      !joinedByAnd(scopes.length > 1 ? scopes.at(-2)! : lastName, scopes.at(-1)!)
    )
      continue;
    const scoped = (title: NonNullable<TitledName["title"]>, of: string) => ({
      ...title,
      text: `${noun} ${of}`,
      roleNoun: noun,
    });
    const titles = [lastName.title, ...scopes.map((scope) => scope.title!)];
    const names = parsed.slice(i, last + 1);
    const lastScope = scopes.at(-1)!;
    parsed.splice(
      i,
      2 * count - 1,
      ...names.map((name, index) => {
        const title = titles[index]!;
        const of = index === 0 ? title.text.trim() : `of ${title.text.trim()}`;
        return index === count - 1
          ? {
              ...name,
              end: lastScope.end,
              text: text.slice(name.start, lastScope.end),
              title: scoped(title, of),
            }
          : { ...name, title: scoped(title, of) };
      }),
    );
  }
}

/**
 * "Zambian, Burundian and Kenyan Presidents A, B and C": demonyms alone, then the last with a plural title and the first
 * name, then the other names, bare. Each name takes the demonym in the same place, with the title in the singular
 * ("Zambian President"), never the last demonym for the first name and none for the others.
 */
function shareDemonymTitles(parsed: TitledName[]): void {
  const demonymOnly = (piece: TitledName | undefined) =>
    piece !== undefined &&
    !piece.name &&
    piece.title?.country?.via === "demonym" &&
    !piece.title.roleNoun &&
    piece.title.country.end === piece.title.end;
  for (let i = 0; i + 2 < parsed.length; i++) {
    let headed = i;
    while (demonymOnly(parsed[headed])) headed++;
    const others = headed - i;
    const head = parsed[headed];
    const title = head?.title;
    const country = title?.country;
    if (others === 0 || !head?.name || !title || !country || country.via !== "demonym") continue;
    // The plural title right after the demonym: "Kenyan Presidents".
    const noun = sharedRoleNoun(title.text.slice(country.end - title.start));
    const names = parsed.slice(headed + 1, headed + 1 + others);
    if (!noun || names.length !== others || !names.every((name) => name.name && !name.title)) continue;
    const demonyms = [...parsed.slice(i, headed).map((piece) => piece.title!.country!), country];
    const people = [head, ...names];
    parsed.splice(
      i,
      2 * others + 1,
      ...people.map((person, index) => {
        const own = demonyms[index]!;
        return {
          ...person,
          title: { ...title, country: own, roleNoun: noun, text: `${own.asStated} ${noun}` },
        };
      }),
    );
  }
}

/**
 * "Presidents A, B and C": a plural title alone before the first name, then names bare. Each holds the title in the
 * singular ("President"); its country comes from the reference data or the sentence, as for one titled alone. Read on
 * the list's items, once every other title has found its name: the run ends at a name with a title of its own
 * ("Presidents A and B, Prime Minister C", "Presidents A and B, the Armenian leader, C").
 */
function sharePluralTitleOverBareNames(parsed: TitledName[]): void {
  for (let i = 0; i + 1 < parsed.length; i++) {
    const head = parsed[i]!;
    const title = head.title;
    if (!head.name || !title || title.country || title.organization || title.end > head.name.start) continue;
    const noun = sharedRoleNoun(title.text);
    if (!noun) continue;
    let last = i;
    while (parsed[last + 1]?.name && !parsed[last + 1]!.title) last++;
    if (last === i) continue;
    for (let j = i; j <= last; j++)
      parsed[j] = { ...parsed[j]!, title: { ...title, roleNoun: noun, text: noun } };
    i = last;
  }
}

/**
 * "Presidents A of X, B of Y and C of Z": one plural title before a run of names, each with "of" and its own scope
 * after it. The names after the first are given the title in the singular ("President of Y"), as the first is. And
 * "The presidents of X, A; of Y, B; and of Z, C": the scopes before the names, each its own title to share it.
 */
function shareTitleOverScopedNames(text: string, parsed: TitledName[]): void {
  const scopeAlone = (piece: TitledName | undefined) =>
    piece !== undefined &&
    !piece.name &&
    piece.title !== null &&
    !piece.title.roleNoun &&
    /^of\s/i.test(piece.text);
  for (let i = 0; i + 1 < parsed.length; i++) {
    const heading = parsed[i]!;
    const of = heading.name || !heading.title ? null : /\s+of\s+/i.exec(heading.title.text);
    const plural = of ? sharedRoleNoun(heading.title!.text.slice(0, of.index)) : null;
    if (plural && parsed[i + 1]?.name && !parsed[i + 1]!.title && scopeAlone(parsed[i + 2])) {
      const singular = (title: NonNullable<TitledName["title"]>, scope: string) => ({
        ...title,
        text: `${plural} of ${scope}`,
        roleNoun: plural,
      });
      parsed[i] = {
        ...heading,
        title: singular(heading.title!, heading.title!.text.slice(of!.index + of![0].length)),
      };
      for (let j = i + 2; scopeAlone(parsed[j]) && parsed[j + 1]?.name && !parsed[j + 1]!.title; j += 2)
        parsed[j] = {
          ...parsed[j]!,
          title: singular(parsed[j]!.title!, parsed[j]!.text.replace(/^of\s+/i, "")),
        };
      continue;
    }
    const first = parsed[i]!;
    if (!first.name || !first.title?.roleNoun) continue;
    const noun = sharedRoleNoun(text.slice(first.start, first.name.start));
    if (!noun || !/^\s+of\s/i.test(text.slice(first.name.end, first.end))) continue;
    for (let j = i + 1; j < parsed.length; j++) {
      const piece = parsed[j]!;
      const scope = piece.title?.text.trim() ?? "";
      if (!piece.name || !piece.title || piece.title.roleNoun || !/^of\s/i.test(scope)) break;
      if (!/^\s*(?:,|and|,\s*and)\s*$/.test(text.slice(parsed[j - 1]!.end, piece.start))) break;
      parsed[j] = { ...piece, title: { ...piece.title, text: `${noun} ${scope}`, roleNoun: noun } };
    }
  }
}

/**
 * "Presidents A, B and C, the Armenian leader, D, and …": a name that closes a run with "and", then "the <country's>
 * <title>," and a name alone — the title is the next name's, set off by commas before it, not the closing name's.
 */
function appositiveBeforeNext(
  text: string,
  previous: TitledName | undefined,
  current: TitledName,
  title: TitledName,
  after: TitledName | undefined,
): boolean {
  return (
    previous !== undefined &&
    /\band\s*$/.test(text.slice(previous.end, current.start)) &&
    // "the Armenian leader", "the Georgian leader": a country's word, known or not.
    /^the\s+\p{Lu}/u.test(title.text) &&
    after !== undefined &&
    after.name !== null &&
    !after.title &&
    /^\s*,\s*$/.test(text.slice(title.end, after.start))
  );
}

const GROUP_NOUN =
  /^(?:the\s+)?(?:leaders|heads|presidents|representatives|delegations|members|countries|states)\b/i;

const ORGANIZATION_TAIL = /\b(?:of|for)(?:\s+the)?\s*$/;

// A liveblog entry's time before its first word: "14:10 X speaks next", "09:05 GMT — X arrives", "3.40pm: X …".
const TIME_STAMP =
  /^(?:[01]?\d|2[0-3])[:.][0-5]\d(?:\s*[ap]\.?m\.?)?(?:\s+(?:GMT|UTC|local\s+time))?(?=[\s:–—|-])\s*(?:[-–—|:]\s*)?/i;

const ITEM_TAIL =
  /,?\s+respectively\b|\s+(?:as\s+(?:an?\s+|the\s+)?(?:head|heads|guest|guests|observer|observers|leader|leaders|representative|chair|member|special|honou?red|invited)\b|on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b|(?:today|yesterday|this\s+(?:morning|afternoon|evening))\b|,?\s+who\s|with\s+(?:Mr|Mrs|Ms|Dr|Madam)\.?\s|with\s+(?:the\s+)?(?:other\s+|fellow\s+)?(?:leaders|heads|participants|colleagues|counterparts)\b)/;

// Verbs and phrases followed by the people who took part: "was attended by", "Taking part were", "brought together",
// and any participle of attending before "were/was/included" ("Present at the meeting were:", "Also attending the
// session were", "Joining him by video link were", "Other leaders attending the summit included"), "were joined,
// via videoconference, by"; a noun heading before a colon ("Participants:", "Leaders in attendance:"), or a participle
// alone ("Taking part in the session:").
// … and "the heads of state first met in a narrow circle: A, B and C" (a format of the meeting, then a colon).
// … and "Among the leaders who attended were A and B", "Among those who took part was A" (the group with its own verb
// of attending, then the copula).
// … and "Leaders at the table included A and B"; "Also at the summit were A and B".
// … and a participle of signing: "Signing the declarations were A and B", "Putting their names to the documents
// were A, with B and C" (those who signed at the meeting took part in it).
// … and "The members then met the leaders of the observer states in a separate session: A, B and C" (a meeting with a
// group of leaders, then a colon); "X welcomed the leaders to the closing session of the Summit: A, B and C";
// "Around the table: A, B and C" (a round-up's heading with no verb at all).
const LIST_AFTER_VERB =
  /\b(?:^(?:also\s+)?at\s+the\s+(?:[\w'’-]+\s+){0,2}?(?:summit|meeting|session|talks)\s+(?:were|was)\b(?!\s+(?:also\s+)?(?:signed|adopted|approved|discussed|considered|held|made|taken|reached|launched)\b)|(?:(?:was|were|is|are)\s+(?:also\s+)?(?:being\s+)?|(?:has|have)\s+been\s+(?:also\s+)?)attended\s+(?:in\s+person\s+|online\s+|virtually\s+)?by|(?:and|,)\s+(?:also\s+)?attended\s+by|joined(?:\s*,[^,]{1,40},\s*|\s+(?:via|by|online|virtually|remotely)\b[^,.;:]{0,30}?\s+)?\s*by|with\s+the\s+participation\s+of|(?:participants|attendees|those\s+present|(?:(?:invited|special|honou?red)\s+)?(?:guests|invitees)|observers)\s+(?:also\s+)?(?:included|were|are)\b(?!\s+(?:invited|welcomed|received|told|briefed|given|not)\b)|\bamong\s+(?:the\s+)?(?:participants|attendees|(?:invited\s+)?guests|invitees|observers|those\s+(?:present|attending))\s+(?:were|was)\b|\bamong\s+(?:the\s+)?(?:other\s+)?(?:leaders|heads\s+of\s+\w+(?:\s+and\s+\w+)?|presidents|delegates)(?:\s+(?:at|around)\s+the\s+(?:[\w-]+\s+)?table|\s+(?:in|inside)\s+the\s+(?:[\w-]+\s+)?(?:hall|room|chamber|auditorium)|\s+(?:present|attending|in\s+attendance))?\s+(?:were|was)\b(?=\s+[A-Z])|^(?:the\s+)?(?:leaders|heads\s+of\s+(?:state|government|delegations?)|participants)\s+(?:at|around)\s+the\s+(?:[\w-]+\s+)?table\s+(?:included|include|were)\b|\bamong\s+(?:(?:the\s+)?(?:other\s+)?(?:leaders|heads\s+of\s+\w+(?:\s+and\s+\w+)?|presidents|participants|guests|dignitaries)|those)\s+(?:who|that)\s+(?:also\s+)?(?:attended|took\s+part|participated|(?:were|was)\s+present|came)\b[^,.;:]{0,40}?\s+(?:were|was)\b|\bmet\s+(?:with\s+)?(?:the\s+)?(?:leaders|heads(?:\s+of\s+(?:state|government|delegations?)(?:\s+and\s+government)?)?|presidents|delegations|representatives)\s+of\s+(?:the\s+)?[^:.;]{0,60}?\b(?:states|countries|partners|organi[sz]ations)\b[^:.;]{0,60}?(?=\s*:)|\b(?:welcomed|received|greeted)\s+(?:(?:his|her|their)\s+(?:brothers|brother|sisters|colleagues|counterparts|fellow)\s*,?\s*)?(?:the\s+)?(?:leaders|heads(?:\s+of\s+(?:state|government|delegations?)(?:\s+and\s+government)?)?|presidents|kings|monarchs|delegations)\s+of\s+(?:the\s+)?[^:.;]{0,60}?\b(?:states|countries|nations|members|partners)\b[^:.;]{0,40}?(?=\s*:)|\b(?:welcomed|received|greeted)\s+(?:the\s+)?(?:leaders|heads\s+of\s+(?:state|government|delegations?)(?:\s+and\s+government)?|presidents|delegations)\s+(?:to|at)\s+(?:the\s+)?[^:.;]{0,80}?\b(?:summit|session|meeting|conference|talks)\b[^:.;]{0,40}?(?=\s*:)|(?:^|\b)(?:around|round|at)\s+the\s+(?:[\w-]+\s+)?table(?=\s*:)|(?:attending|participating|present|taking\s+part|joining|in\s+attendance|invited|signing|putting\s+(?:their|his|her)\s+(?:names|signatures?))(?:\s+(?:also|likewise))?(?:\s+(?:him|them|in|at|via|by|through|online|virtually|remotely|the|this|that|as|to|from|for)\b[^,.:;]{0,50}?)?\s+(?:also\s+|likewise\s+)?(?:were|was|are|is|will\s+be|included|include|includes)\b|\bjoining\s+[^,.:;]{1,60}?\s+(?:were|was)\b|\b(?:chaired|co-chaired|presided\s+over|hosted)\s+the\s+(?:talks|meeting|summit|session|consultations)\s+with\s+(?=(?:the\s+)?[A-Z])|^(?:joining|alongside|beside|besides|next\s+to|together\s+with|with)\s+(?:the\s+)?(?:host|hosts|him|her|them|[A-Z][\w'’-]*)(?:\s*,\s*[^,.:;]{3,80}?,)?\s+(?:were|was)\s+(?!(?:his|her|their|its)\s+(?:[\w'’-]+\s+){0,4}?(?:ministers?|aides?|advis[eo]rs?|officials|staff|team|deputies|assistants|spokes(?:man|woman|person|people)|entourage|interpreters?|security|wife|husband|spouse|sons?|daughters?|children|family)\b)(?=(?:the\s+)?[A-Z])|\bfrom\s+(?:the\s+)?(?:observer|partner|guest|member|invited|dialogue[\s-]partner)\s+(?:states|countries|nations|organi[sz]ations)\s+(?:came|were|was)\b(?=\s+(?:the\s+)?[A-Z])|(?:brought|bring|brings|bringing)\s+together|^(?:the\s+)?(?:rest|others|remaining\s+(?:participants|leaders|heads\s+of\s+\w+))\s+(?:are|were|included|include)\b(?=\s+(?:the\s+)?[A-Z])|^(?:the\s+)?(?:[\w-]+\s+)?(?:leaders|heads\s+of\s+states?(?:\s+and\s+government)?|presidents|participants)\s*,?\s+(?:who|that)\s+(?:took\s+part|attended|participated)(?:\s+in\s+(?:the\s+)?[^,:.;]{1,40}?)?\s*,?\s+(?:were|are|included)\b(?=\s+(?:the\s+)?[A-Z])|\bdelegations(?:\s+of\s+(?:the\s+)?[A-Za-z'’ -]{1,40}?)?\s+(?:were|are|will\s+be)\s+(?:led|headed)\s+(?:respectively\s+)?by|^(?:around|at)\s+the\s+(?:table|negotiating\s+table)\s+(?:sat|were)(?:\s+also)?\b|\bthe\s+guest\s+list\s+(?:ran|stretched|ranged|went)\s+from\b|\b(?:colleagues|counterparts|partners)\s+(?:at|around)\s+the\s+table\s+(?:were|included)\b|(?<!video\s)(?:heard\s+(?:(?:the\s+)?(?:addresses|speeches|statements|remarks)\s+)?(?:by|from)|(?:speeches|addresses|statements|remarks)\s+(?:were|was)\s+(?:also\s+)?(?:delivered|made|given)\s+by|\b(?:summit|meeting|session|sitting|plenary|conference|council)\s+(?:was|were)\s+(?:also\s+)?addressed\s+by)(?=\s+(?:the\s+)?[A-Z])|involving|(?:session|meeting|talks|summit)(?:\s+in\s+(?:the\s+|a\s+)?[\w-]+\s+(?:format|composition))?(?:\s+that|,\s+which)?\s+(?:also\s+)?included|\b(?:met|gathered|sat\s+down)(?:\s+(?:also\s+)?(?:with\s+)?the\s+(?:leaders|heads|presidents|representatives|delegations)\b[^:.;]{0,50}?)?\s+(?:first\s+|then\s+)?in\s+(?:a\s+|the\s+)?(?:narrow|restricted|limited|expanded|enlarged|extended|closed|small|plenary|separate|joint|special)\s+(?:circle|format|composition|session|meeting)(?=\s*:)|(?:^|\b)(?:participants|attendees|those\s+(?:present|attending|taking\s+part)|(?:leaders|heads\s+of\s+\w+(?:\s+and\s+\w+)?)\s+(?:present|attending|in\s+attendance|taking\s+part)|in\s+attendance|present)(?:\s+(?:in|at)\s+the\s+[^:.;]{1,50})?(?=\s*:)|^(?:also\s+)?(?:taking\s+part|participating|attending)(?:\s+(?:in|at)\s+(?:the|this)\s+[^:.;]{1,50})?(?=\s*:)|^(?:the\s+|all\s+|two\s+|three\s+|four\s+|five\s+|six\s+|several\s+)?(?:other\s+|new\s+|visiting\s+)?(?:heads\s+of\s+(?:state|government)(?:\s+and\s+(?:state|government))?|leaders|presidents|prime\s+ministers)\b(?![^:.;]{0,100}?\b(?:did\s+not|stayed|last|previous|next)\b)[^:.;]{0,60}?\b(?:address(?:ed|es)?|spoke|speeches|remarks|took\s+the\s+floor|attended|came|arrived|joined)\b[^:.;]{0,60}?(?=\s*:))\s*:?\s*/i;

// The verb before its subjects, as a translation from Russian keeps it: "In the session took part the President of …
// A, the President of … B", "In the meeting in narrow format participated …". Read where LIST_AFTER_VERB finds nothing.
const TOOK_PART_FIRST =
  /^(?:(?:also|further)\s+)?(?:in|at)\s+(?:the|this)\s+(?:[\w-]+\s+){0,3}?(?:session|meeting|summit|talks|sitting|negotiations)\b[^,.;:]{0,60}?\s+(?:also\s+)?(?:took\s+part|participated)\s*:?\s*(?=(?:the\s+)?[A-Z])/i;

// A chairman's statement's annex line: "Annex: List of participants — Prime Minister A of X; President B of Y; …",
// "List of Heads of State/Government: …".
const ANNEX_LIST =
  /^(?:annex(?:\s+[IVX\d]+)?\s*(?:[:.—–]|\s-)\s*)?(?:(?:the\s+)?list\s+of\s+)?(?:participants|heads\s+of\s+(?:state|government|delegations?)(?:\s*\/\s*government)?)\s*(?:[:—–]|\s-)\s*(?=(?:the\s+)?[A-Z])/i;

// The group at the table as the subject, its members in apposition: "The summit's participants, A, B and C, adopted …",
// "The participants in the meeting — A, B and C — signed …", "The heads of state, A, B and C, approved …". Only before a
// leader's title: "The heads of state, meeting in a narrow circle, …" names no one.
const GROUP_IN_APPOSITION =
  /^(?:[Tt]he\s+)?(?:(?:[Ss]ummit|[Mm]eeting|[Ss]ession)(?:['’]s)?\s+)?(?:[Pp]articipants|[Hh]eads\s+of\s+(?:state|government|delegations?)(?:\s+and\s+(?:of\s+)?government)?)(?:\s+(?:in|at|of)\s+the\s+(?!(?:previous|last|next|earlier|former|first|founding|coming)\b)(?:[\w-]+\s+){0,2}?(?:summit|meeting|session|talks))?\s*(?:,|[—–]|\s-)\s*(?=(?:the\s+)?(?:President|Prime\s+Minister|Premier|Chancellor|King|Emir|Amir|Sultan|Crown\s+Prince|Vice[-\s]President|\p{Lu}[\p{L}'’-]+\s+(?:President|Prime\s+Minister))\b)/u;

// The title over a list of people given one a line, with no colon: "Heads of State/Government attending the 16th ASEAN
// Summit", "List of participants", "Annex I — Heads of Delegation". A line of its own, no sentence.
const LIST_TITLE =
  /^(?:annex(?:\s+[IVX\d]+)?\s*(?:[:.—–]|\s-)?\s*)?(?:(?:the\s+)?list\s+of\s+(?:the\s+)?)?(?:heads\s+of\s+(?:state|government|delegations?)(?:\s*\/\s*government|\s+and\s+(?:of\s+)?government)?|participants|leaders|delegations)(?:\s+(?:attending|present\s+at|participating\s+in|taking\s+part\s+in|at)\s[^.:;!?]{1,80})?$/i;

// A photo's caption on the meeting: "Pictured: A with the other leaders", "Pictured (left to right): A, B and C", "In the
// photo: …", "In the family photo: …". Whoever it shows was there.
const CAPTION_LIST =
  /^(?:Pictured|In\s+the\s+(?:(?:family|group|official)\s+)?(?:photo(?:graph)?|picture))(?:\s*\((?:from\s+)?[Ll]eft\s+to\s+right\)|\s*,?\s+(?:from\s+)?[Ll]eft\s+to\s+right)?\s*:\s*(?=(?:the\s+)?[A-Z])/;

// A group's heading that ends a list's first part before a colon: ", and the heads of the Council's affiliated
// institutions", " and the representatives of the observer states".
const GROUP_BEFORE_COLON =
  /(?:,\s*|\s+)and\s+(?:the\s+)?(?:heads|leaders|representatives|chiefs|members|delegations)\s+of\s+[^,;:]{3,80}$/i;

// A round-up's group of leaders as the subject, how they came, a colon and their names: "Only a handful of heads of
// state made the trip: A, B and C", "Five presidents attended in person: …", "Three prime ministers travelled to
// Dhaka: …". The colon says the names are the group's.
const CAME_LIST =
  /^(?:[\p{L}'’-]+\s+){0,5}?(?:heads\s+of\s+(?:state|government)(?:\s+(?:and|or)\s+(?:of\s+)?government)?|leaders|presidents|prime\s+ministers|monarchs|rulers)\s+(?:(?:also|personally)\s+)?(?:made\s+the\s+(?:trip|journey)|travell?ed\s+to\s+\p{Lu}[\p{L}'’-]*|(?:came|attended)(?:\s+in\s+person)?)\s*:\s*(?=(?:the\s+)?\p{Lu})/iu;

/** The match that starts first in the sentence; the earlier one in the list on a tie. */
function firstOf(matches: readonly (RegExpExecArray | null)[]): RegExpExecArray | null {
  let first: RegExpExecArray | null = null;
  for (const match of matches) if (match && (!first || match.index < first.index)) first = match;
  return first;
}

/**
 * TOOK_PART_FIRST, ANNEX_LIST, CAPTION_LIST, CAME_LIST or GROUP_IN_APPOSITION after the sentence's lead (a dateline, an opening adverb), at
 * its place in it.
 */
function tookPartFirst(s: string, lead: number): RegExpExecArray | null {
  const rest = s.slice(lead);
  const match =
    TOOK_PART_FIRST.exec(rest) ??
    ANNEX_LIST.exec(rest) ??
    CAPTION_LIST.exec(rest) ??
    CAME_LIST.exec(rest) ??
    GROUP_IN_APPOSITION.exec(rest);
  if (match) match.index += lead;
  return match;
}

// A copula after the rest of a group the text has begun to name, then the names: "The other leaders of the Association
// were A, B and C", "The other heads of government at the table were …", "The other leaders attending were …", "Among
// the observer states' representatives were …". Only when a capital follows the verb: "The other leaders were briefed"
// names no one. Read beside LIST_AFTER_VERB, the one that comes first in the sentence.
const OTHERS_WERE =
  /\b(?:[Tt]he\s+)?(?:[Oo]ther|[Rr]emaining|[Ff]ellow)\s+(?:[\w'’-]+\s+){0,3}?(?:leaders|heads(?:\s+of\s+(?:state|government|delegations?)(?:\s+and\s+(?:state|government))?)?|presidents|prime\s+ministers|premiers|participants|delegations)\b(?:\s+(?:of|at|around|in|from|present|attending)\b[^,.;:]{0,40}?)?\s+(?:were|included)\s+(?=(?:the\s+)?\p{Lu})|\b[Aa]mong\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?(?:representatives|delegates|leaders|heads(?:\s+of\s+\w+)?|participants|attendees|guests)\s+(?:were|was)\s+(?=(?:the\s+)?\p{Lu})/u;

// Verbs that follow the people who took part: "A, B and C were present", "… took part", "… were likewise in
// attendance", "… are participating in the summit", "… were among the leaders present", "… joined by video link".
// "A (Kazakhstan) and B (Belarus) discussed trade at the summit", "A, B and C were there": a round-up's verb.
const LIST_BEFORE_VERB =
  /^(?:Also\s+)?(.+?)\s+(?:also\s+|likewise\s+|virtually\s+|personally\s+)?(?:took\s+part|participated|(?:gathered|convened|came\s+together|met)(?=\s+(?:in|at|for|on)\b[^.;]{0,60}?\b(?:summit|meeting|session|talks)\b)|(?:discussed|debated|reviewed|agreed\s+on)(?=\s[^.;]{0,60}?\bat\s+the\s+(?:[\w'’-]+\s+){0,3}?(?:summit|meeting|session|talks)\b)|(?:were|was)\s+(?:also\s+)?(?:there|on\s+hand)(?=\s*(?:[.;,]|$|\s+(?:for|at|in|as)\b))|(?:were|was|are|is)\s+(?:also\s+|likewise\s+)?(?:present|in\s+attendance|(?:present\s+)?in\s+the\s+(?:hall|room|chamber)|participating|attending|taking\s+part|at\s+(?:his|her|their|the\s+host['’]s)\s+side|among\s+(?:the\s+)?(?:other\s+)?(?:[A-Z][\w-]+\s+)?(?:leaders|participants|heads(?:\s+of\s+\w+)?|those)\s+(?:present|attending|in\s+attendance|taking\s+part|(?:in|inside)\s+the\s+(?:hall|room|chamber)|(?:at|around)\s+the\s+table)|among\s+(?:the\s+)?(?:(?:invited|special)\s+)?(?:guests|invitees|participants|attendees)\b)|attended|joined\s+(?:the\s+\w+|them|in|via|by|online|remotely|virtually)|(?:were|was)\s+(?:also\s+)?invited)\b/;

// Two chairs joined by "co-chaired … with": "X co-chaired the summit with Y", "at a summit that X co-chaired with Y".
const CO_CHAIRED_WITH =
  /(?:^|\b(?:summit|meeting|session|talks)\s+(?:that|which)\s+)((?:the\s+)?\p{Lu}[^,;.]{2,80}?)\s+(?:co-chaired|jointly\s+chaired)\s+(?:(?:the|this|its)\s+[^,;.]{1,80}?\s+)?with\s+((?:the\s+)?\p{Lu}[^,;.]{2,80}?)(?=\s*(?:[,;.]|$)|\s+(?:at|in|on|from|before|after|during)\s)/u;

// A heading over a list of people: a plural noun for them as its subject, then a copula or "as follows" before the
// colon ("The heads of the member states' delegations were:", "The other delegations were headed as follows:"), or
// "the following" and such a noun ("… sent the following delegations to the session:"), or the noun phrase alone
// ("Heads of delegations:", "Guests of the chair:"). A heading over documents,
// topics or decisions is none.
const PEOPLE_NOUN = String.raw`(?:heads|leaders|delegations|delegates|participants|representatives|guests|observers|members|presidents|dignitaries|attendees)`;
// An aside that says someone stayed away: "who did not attend", "who could not come", "who was unable to travel".
const STAYED_AWAY =
  /\b(?:did\s+not|didn['’]t|could\s+not|couldn['’]t|was\s+(?:unable|absent|not\s+(?:present|able|there))|stayed\s+(?:away|at\s+home)|declined|skipped)\b/i;
// … never one over the people who stayed away ("Three Heads of Government stayed away: …", "… absent:", "… missed it:").
const GROUP_HEADING = new RegExp(
  String.raw`^(?![^:]*(?:${STAYED_AWAY.source}|\b(?:absent|missed|boycotted|were\s+unable)\b))(?:(?:the\s+)?(?:[\w'’-]+\s+){0,3}?${PEOPLE_NOUN}\b(?![^:]*\b(?:documents?|agreements?|declarations?|decisions?|texts?|statements?|topics?|issues?|agenda|items?)\b)[^:.;]{0,80}?\s(?:were|was|are|included|include|(?:[\w-]+\s+)?as\s+follows)|[^:.;]{0,80}?\bthe\s+following\s+(?:[\w'’-]+\s+){0,2}?${PEOPLE_NOUN}\b[^:.;]{0,60}?|(?:the\s+)?(?:[\w'’-]+\s+){0,3}?${PEOPLE_NOUN}(?:\s+(?:of|from)\s+(?:the\s+)?[^:.;,]{1,60})?)\s*:\s*`,
  "i",
);

// A line's opening before its delegation's people: a capitalised name with "the" or "from the" before it, then a dash or
// a colon ("Armenia – …", "from the Republic of Armenia: …").
const COUNTRY_LED_LINE = /^((?:from\s+)?(?:the\s+)?\p{Lu}[^:–—\-,;.]{1,50}?)(?:\s+[-–—]\s+|\s*:\s+)(?=\S)/u;

/**
 * A line of a list that opens with its delegation's country and a dash or a colon ("Armenia – Serzh Sargsyan,
 * President", "Kazakhstan - Nursultan Nazarbayev", "Ukraine: X, Ambassador", "from the Republic of Armenia: …"): where
 * the rest starts, and the country when the reference data knows it.
 */
function countryLedLine(
  text: string,
  start: number,
  end: number,
  knowledge: ReaderKnowledge,
): { from: number; countryId: string | null } | null {
  const lead = COUNTRY_LED_LINE.exec(text.slice(start, end));
  if (!lead) return null;
  const prefixEnd = start + lead[1]!.length;
  const known = countryMentions(text, knowledge, start, prefixEnd).filter(
    (mention) =>
      /^(?:from\s+)?(?:the\s+)?$/i.test(text.slice(start, mention.start)) && mention.end === prefixEnd,
  );
  const world = worldCountryMentions(text, start, prefixEnd).filter(
    (mention) =>
      /^(?:from\s+)?(?:the\s+)?$/i.test(text.slice(start, mention.start)) && mention.end === prefixEnd,
  );
  if (!known.length && !world.length) return null;
  return { from: start + lead[0].length, countryId: known[0]?.id ?? null };
}

// … or a date: "On 3 November 2019, General X presided …", "On Thursday, …"; or a source: "According to press secretary
// X, the leaders …".
// A sentence whose subject is a pronoun for one person, after a phrase of time or place: "He joined …", "On Tuesday
// he joined …", "At the session she handed over …".
const PRONOUN_SUBJECT =
  /^(?:(?:On|At|In|During|Later|Then|Afterwards|There)\b[^,.;:]{0,40}?,?\s+(he|she)|(He|She))\s+(?!(?:said|says|told|added|noted|stressed|recalled|was\s+(?:due|expected|scheduled)|will|would)\b)/;
const LEADING_ADVERB =
  /^(?:According\s+to\s+[^,;.]{1,80}|On\s+(?:\d{1,2}(?:st|nd|rd|th)?\s+\p{Lu}\p{Ll}+|\p{Lu}\p{Ll}+\s+\d{1,2}(?:st|nd|rd|th)?)(?:,?\s+\d{4})?|On\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|\p{Lu}\p{Ll}+ly|Meanwhile|Earlier|Later|Also|Besides|Furthermore|Moreover|Today|Yesterday|Then|However|In\s+addition|At\s+the\s+same\s+time|As\s+well|(?:Meeting|Gathered|Gathering|Assembled|Convening)\s+(?:in|at|for|on)\s[^,;:]{1,100}(?:\([^)]{1,20}\)[^,;:]{0,40})?)\s*,\s*/u;

/** A stretch that can hold a name: a capitalised word other than the sentence's first, or a first word that is no pronoun. */
function namesSomeone(subject: string): boolean {
  if (/^(?:the|this|that|these|those|it|they|he|she|we|all|both|leaders|heads|delegations?)\b/i.test(subject))
    return /\s\p{Lu}/u.test(subject);
  return /\p{Lu}/u.test(subject);
}

/**
 * "the head of the presiding country (Kazakh President X)", "the host — Prime Minister X —": a description that names
 * no one, then the person in brackets or between dashes; the aside's span within `words`, or null.
 */
export function describedInAside(words: string): { from: number; to: number } | null {
  const aside = /^(.*?)\s*(?:\(([^()]+)\)|[—–]\s*([^—–]+?)\s*(?:[—–]|$))[\s,.]*$/.exec(words);
  if (!aside) return null;
  const description = aside[1]!;
  const inner = aside[2] ?? aside[3]!;
  // The description is words about an office or a role ("the host", "the Armenian head of government"), not a name.
  if (!/^(?:the|its|this|their)\b/i.test(description)) return null;
  if (!/\p{Lu}\p{Ll}+\s+\p{Lu}/u.test(inner)) return null;
  const from = words.indexOf(inner, description.length);
  return { from, to: from + inner.length };
}

/** A sentence's end without its closing full stop and spaces. */
export function trimEnd(text: string, end: number): number {
  while (end > 0 && /[.\s]/.test(text[end - 1]!)) end--;
  return end;
}

// Leading the meeting itself, not a delegation to it: "opened and led the session", "moderated the restricted-format
// talks", "conducted the plenary session"; never "led the Russian delegation at the summit".
// "steered the sessions on trade and on climate": the meeting's sittings, one or several; never "conducted the
// bilateral meetings on the sidelines", "moderated the business forum's sessions", "steered the talks with X".
const LED_SESSION = String.raw`(?:led|moderated|conducted|steered|guided)(?=\s+(?:the\s+(?:rest|remainder)\s+of\s+)?(?:the|this|today['’]s)\s+(?:(?!(?:delegations?|team|country|group|way|work|efforts|at|to|in|for|of|on|with|from|into|bilateral|separate|side|one-on-one|business|panel|forum(?:['’]s)?)\b)[\w'’-]+\s+){0,3}?(?:summit|meetings?|sessions?|sittings?|talks|proceedings|discussions?|deliberations|plenary)\b(?!\s+(?:with\s+(?:the\s+)?[A-Z]|of\s+the\s+(?:[\w'’-]+\s+){0,2}?forum\b)))`;

// A chair named in an aside after a list item: "…, B, the current chair, and C", "…, in his capacity as chairman";
// never a post ("the current Chairman of the Board").
const LIST_CHAIR_ASIDE =
  /^\s*,\s+(?:(?:this|the)\s+year['’]s\s+|the\s+(?:current|incumbent)\s+|(?:in\s+(?:his|her)\s+capacity\s+)?as\s+(?:the\s+)?(?:current\s+|incumbent\s+)?)(?:[\w-]+\s+){0,2}?(?:chair(?:man|person|woman)?|presiding\s+(?:country|state|side|head))\b(?!\s+of\s+the\s+(?!(?:summit|meeting|session|council)\b))[^,;]*/i;
const LED_SESSION_AT = new RegExp(`^${LED_SESSION}`, "i");
// "X opened the plenary, describing …, and steered the sessions on …": a later verb of the same subject, joined by
// "and" with no subject of its own, that leads the meeting.
const AND_LED_SESSION = new RegExp(
  String.raw`,?\s+and\s+(?:then\s+|also\s+|later\s+)?(?:(?:chaired|presided\s+over)(?!\s+by\b)|${LED_SESSION})`,
  "i",
);
// An item's own bracketed aside naming it the chair: "A (chair)", "A (Belarus, chairman)", "A (presiding)".
// "A (whose country chairs the Union this year)", "A (which holds the chairmanship)": the same in a relative clause.
const BRACKET_CHAIR =
  /\((?:(?:[^()]*,\s*)?(?:the\s+)?(?:current\s+)?(?:chair(?:man|person|woman)?|presiding(?:\s+(?:country|state|side))?)|(?:whose\s+country|which|who)\s+(?:currently\s+)?(?:chairs|presides\s+over|holds\s+the\s+(?:rotating\s+)?(?:chairmanship|presidency|chair))\b(?![^()]*\b(?:next|incoming|from\s+\d|in\s+\d{4}))[^()]*)\)\s*$/i;

// What a titled person named outside the lists did: attend, or act at the meeting ("…, attending via video link,",
// "…, speaking at the session,", "… delivered speeches at the meeting", "… addressed the summit"); take a seat at
// the table ("X took his seat as the leader of …"), come for the meeting ("the leaders came for the summits, among
// them X") or be "part of the meeting" is attending too.
const TOOK_PART =
  /\b(?:attend(?:ed|ing|s)?|(?:was|were)\s+among\s+the\s+(?:(?:invited|special)\s+)?(?:guests|participants|attendees)|participat(?:e|ed|ing|es)|took\s+part|taking\s+part|takes\s+part|joined|joining|(?:was|were|is|are)\s+(?:also\s+)?present|(?:was|were|is|are)\s+(?:also\s+)?(?:a\s+)?part\s+of\s+the\s+(?:[\w'’-]+\s+){0,3}?(?:summit|meeting|session|talks|gathering|deliberations)\b|in\s+attendance|(?:was|were)\s+(?:also\s+)?connected\b|connected\s+(?:by|via)\s+video|(?:came|arrived|was\s+invited)\s+as\s+(?:an?\s+|the\s+)?(?:guest|observer|special\s+guest|honou?red\s+guest)\b|(?:came|arrived)\s+(?:alongside|together\s+with|along\s+with)\b|(?:came|arrived)\s+(?:for|to)\s+the\s+(?:[\w'’-]+\s+){0,4}?(?:summits?|meetings?|sessions?|talks)\b|(?:came|arrived|flew|travell?ed)\s+(?:in|into|to)\s+(?:[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?|the\s+(?:[\w'’-]+\s+)?(?:capital|city))\s+(?:(?:late\s+)?on\s+[A-Z]\w+\s+|(?:last|this)\s+\w+\s+)?(?:for|to\s+attend)\s+the\s+(?:[\w'’-]+\s+){0,4}?(?:summits?|meetings?|sessions?|talks)\b|(?:came|arrived)\s+in\s+the\s+(?:[\w'’-]+\s+)?(?:capital|city)\b(?![^.;]{0,80}\b(?:visit|funeral|inauguration)\b)|(?:took|takes|taking)\s+(?:up\s+)?(?:his|her|their|its)\s+(?:own\s+)?seats?\b|posed\s+(?:together\s+)?(?:with\s+(?:the\s+)?(?:other\s+|fellow\s+)?(?:leaders|heads\s+of\s+\w+|colleagues|counterparts)\s+)?for\s+(?:a|the)\s+(?:(?:joint|official|traditional)\s+)?(?:family|group|official|joint)\s+(?:photo(?:graph)?|picture)|(?:led|headed)\s+(?:the\s+|his\s+|her\s+|their\s+)?(?:[\w'’-]+\s+){0,2}?delegations?)\b/i;
// Arriving "in the capital" or "in the city" of a release about the meeting is coming for it, unless for a visit; posing
// "for the family photo" is the leaders' own act at it.
// Handing the chair over at the meeting is an act there too ("X passed the chair to Y, who then presided"), and so
// is saying something there ("X told the leaders …", "X proposed a new corridor at the summit", "X told the summit …",
// "X was given the floor", "X took the floor")
// or of it as it met ("X said the meeting opened a new page", not "… said the summit would be held in May").
const ACTED_AT = new RegExp(
  String.raw`\b(?:told|urged|assured|reminded)\s+the\s+(?:other\s+|fellow\s+)?(?:leaders|participants)\b|\btold\s+the\s+(?:[\w'’-]+\s+){0,2}?(?:summit|meeting|session|council|gathering|forum|plenary)\b|\bsaid\s+(?:that\s+)?(?:the|this|today['’]s)\s+(?:[\w'’-]+\s+){0,2}?(?:summit|meeting|session|talks)\s+(?!(?:would|will|is\s+(?:to|due|expected|scheduled)|was\s+(?:to|due|expected|scheduled)|should\s+be\s+held|had\s+been\s+(?:postponed|cancell?ed))\b)|\b(?:welcomed|greeted|hosted|hosting|hosts)\s+(?:the\s+|his\s+|her\s+|their\s+)?(?:other\s+|fellow\s+|foreign\s+|visiting\s+)?(?:colleagues|counterparts|leaders|participants|guests|delegations|heads\s+of\s+\w+)\b|\bin\s+(?:his|her)\s+(?:opening|closing|keynote|welcoming|inaugural)\s+(?:address|remarks|speech|statement)\b|\b(?:said|stated|noted|stressed|proposed|suggested|emphasi[sz]ed)\b(?=[^.;,]{0,50}?\b(?:at|during)\s+the\s+(?:[\w'’-]+\s+){0,3}?(?:summit|meeting|session|talks|plenary)\b)|\b(?:opened|closed|addressed|addressing|spoke|speaking|delivered|made|presented|presenting|chaired|chairing|chairs?|presided|presiding|presides?|hosted|hosting|hosts)\b(?=[^.;]{0,60}?\b(?:summit|meeting|session|talks|council|plenary|participants|gathering|forum)\b)|\b(?:(?:was|were)\s+(?:then\s+|first\s+|also\s+)?given|took|takes|taking)\s+the\s+(?:floor|rostrum|podium)\b(?![^.;]{0,60}\b(?:press|news\s+conference|briefing|reporters|journalists)\b)|\b(?:handed|passed|turned)\s+(?:over\s+)?the\s+(?:[\w-]+\s+){0,2}?(?:chairmanship|chair|presidency|chairship|gavel|baton|hammer)\s+(?:of\s+(?:the\s+)?(?:[\w'’-]+\s+){1,4}?)?(?:over\s+)?to\b|\breported\s+(?:to\s+the\s+(?:leaders|heads\s+of\s+state|participants|council|summit)\b|on\s+(?:the|its|his|her|their)\s+(?:[\w'’-]+\s+){0,3}?(?:work|activities|progress|results|implementation)\b)|\b${LED_SESSION}`,
  "i",
);
// One or two capitalized words, with "the" or not, right after an opener's comma: "Speaking at the summit, Uzbek ".
const COUNTRY_ADJECTIVE_AFTER_OPENER = /(?<=,\s*)(?:the\s+)?(?:\p{Lu}[\p{L}'’-]*\s+){1,2}$/u;
// Their own speech at the meeting, before or after them: "Speaking at the summit, X said …", "X noted in his speech at
// the session …"; a video address the same way ("In his video address to the summit, X stated …").
const SPOKE_THERE_BEFORE =
  /(?:^|[,—–]\s*|\s-\s+)(?:(?:Speaking|Addressing|Opening|Closing|Taking\s+the\s+floor)(?:\s+(?:at|to|during|before))?|In\s+(?:his|her)\s+(?:[\w-]+\s+)?(?:speech|address|remarks|statement|message|greeting)\s+(?:at|to))\s+the\s+(?:[\w'’-]+\s+){0,4}?(?:summit|meeting|session|talks|council|plenary|participants|forum|gathering|event)\b[^.;,]*,\s*$/i;
// A speaker by turn, in a participle that opens the sentence: "Speaking next, the President of X Y proposed …", "Taking
// the floor after him, Z said …", "Speaking in turn, …", "Next to speak was …". The turn is one in the meeting's own
// round of speeches, as "Speaking at the summit" is; "Speaking later" or "afterwards" may be to the press, and is not.
const SPOKE_IN_TURN_BEFORE =
  /(?:^|[;—–]\s*)(?:(?:Speaking|Taking\s+the\s+floor)\s+(?:next|in\s+turn|in\s+(?:his|her)\s+turn|after\s+(?:him|her|the\s+(?:host|chair(?:man|person)?))|second|third|last)\s*,\s*|Next\s+to\s+speak\s+(?:was|were)\s+)(?:the\s+)?$/i;
// Greeting the others at the meeting, in a participle clause that opens the sentence: "Greeting the heads of the
// delegations, the President of … X expressed confidence …", "Welcoming his counterparts, X said …".
const GREETED_THEM_BEFORE =
  /^(?:Greeting|Welcoming)\s+(?:the|his|her)\s+(?:other\s+|fellow\s+|foreign\s+|distinguished\s+)?(?:colleagues|counterparts|leaders|participants|guests|heads\s+of\s+(?:the\s+)?(?:delegations|states?))\b[^.;,]*,\s*(?:the\s+)?$/i;
const SPOKE_THERE_AFTER =
  /^[^.;]*?\bin\s+(?:his|her|a)\s+(?:[\w-]+\s+)?(?:speech|address|remarks|statement|message|greeting)\s+(?:at|to)\s+the\s+(?:[\w'’-]+\s+){0,4}?(?:summit|meeting|session|council|plenary|talks|forum)\b/i;
// Words that put an attendance at another meeting: "took part in the first summit", "attended the SCO summit last
// week", "the founding summit".
// "His first summit", "his last summit as president", "his country's first summit as a member" are this meeting, the
// first or last for him or his country. "The inaugural summit"
// is the body's first, but "the inaugural session" is this meeting's opening sitting (as South Asian, Islamic and UN
// releases call it).
const ANOTHER_EVENT =
  /\b(?:(?<!\b(?:his|her|their)(?:\s+country['’]s)?\s+)(?:first|last)|previous|earlier|past|preceding|founding)\s+(?:summit|meeting|session|congress|forum)\b|\binaugural\s+(?:summit|meeting|congress|forum)\b|\b(?:last|previous)\s+(?:week|month|year)\b|\b(?:years?|months?|weeks?)\s+ago\b/i;
// Words that put what a person does at another time: "is expected to attend the informal summit in December",
// "On the following day, X will attend the opening of the games", "was invited to the celebrations next month",
// "A day earlier, X attended the business forum", "X chaired the intergovernmental council a week earlier", "Earlier in
// the week, X chaired the summit of another organization".
const LATER_EVENT =
  /\b(?:is|are|was|were)\s+(?:expected|due|scheduled|set|to\s+be\s+invited)\s+to\b|\bwill\s+(?:also\s+)?(?:attend|take\s+part|participate|join|visit|travel)\b|\b(?:next|coming)\s+(?:week|month)\b|\btomorrow\b|\b(?:following|next)\s+day\b|\blater\s+this\s+(?:week|month|year)\b|\b(?:a|one|two|three|several|a\s+few|the)\s+(?:days?|weeks?|months?)\s+(?:earlier|before)\b|\bon\s+the\s+eve\s+of\b|\bearlier\s+(?:in|this)\s+(?:the\s+)?(?:week|month|year)\b/i;
// An opening that sets the sentence at an earlier meeting, with its subject after the comma: "At the previous summit in
// 2019, X chaired the meeting", "During the preceding session, …". Not "the first" or "the last session", which may be
// this meeting's own.
const EARLIER_MEETING_OPENING =
  /(?:^|[.;]\s+)(?:At|During|In)\s+the\s+(?:(?:previous|preceding|past|founding|inaugural)\s+(?:[\w'’-]+\s+){0,2}?(?:summit|meeting|session)|last\s+(?:[\w'’-]+\s+){0,2}?summit)\b[^.;]*,\s*[^,.;]{0,80}$/i;
// Events held beside a summit, where what someone does is no part in the summit itself: "the business forum", "the
// youth summit", "the gala dinner", "a reception", "the exhibition" — as the object right after the verb ("addressed
// the business forum", "spoke at the youth forum", "attended the gala dinner", "joined them at a concert"; not "attended
// the summit and the dinner").
const SIDE_EVENT_OBJECT =
  /^\s+(?:only\s+)?(?:(?:them|him|her|the\s+(?:other\s+)?(?:leaders|guests|participants))\s+)?(?:(?:at|in|to|for)\s+)?(?:the|a|an|its|this\s+year['’]s)\s+(?:(?!and\b|or\b)[\w'’-]+\s+){0,3}?(?:(?:business|investment|economic|youth|media|civil[-\s]society|people['’]s|expo|trade|academic|parliamentary)\s+(?:forum|summit|dialogue|conference|council|festival)|(?:gala\s+)?(?:dinner|luncheon|lunch|reception|banquet|concert|exhibition|expo)|bilateral\s+(?:talks|meetings?|part|programme|program|consultations|negotiations))\b/i;

// A leader's spouse, named in apposition ("X, the host's wife,", "X, First Lady of Y", "X (his wife)") or
// after a possessive ("the Prime Minister's wife, X", "his wife X"): whatever she or he joined, no delegate.
const SPOUSE_AFTER =
  /^\s*(?:,\s*|\s+and\s+|\(\s*)(?:also\s+)?(?:the\s+|his\s+|her\s+)?(?:[\p{L}'’-]+\s+){0,3}?(?:wife|husband|spouse|consort|First\s+Lady)\b/iu;
const SPOUSE_BEFORE =
  /\b(?:his|her|their|the\s+[\p{L}-]+['’]s?)\s+(?:wife|husband|spouse|consort)\s*,?\s*$/iu;

/** Whether the person named at `item` is named as a leader's spouse. */
export function namedAsSpouse(
  text: string,
  sentence: { start: number; end: number },
  item: { start: number; end: number },
): boolean {
  return (
    SPOUSE_AFTER.test(text.slice(item.end, sentence.end)) ||
    SPOUSE_BEFORE.test(text.slice(sentence.start, item.start))
  );
}

/** Whether the act a verb names, ending at `end`, is at an event beside the meeting. */
function atSideEvent(text: string, end: number, to: number): boolean {
  return SIDE_EVENT_OBJECT.test(text.slice(end, to));
}

// An ordinal in words joined by a hyphen ("the Seventy-Second Meeting"), which names no two partners.
const ORDINAL_IN_WORDS =
  /^(?:Twenty|Thirty|Forty|Fifty|Sixty|Seventy|Eighty|Ninety)[-–](?:First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth)\b/i;

/**
 * "the ASEAN-Japan Summit was co-chaired by A and B": a summit named by two partners before the chair, another meeting
 * than the one the release is about — unless the release's headline names that summit ("Second China–Central Asia
 * Summit held in Astana": "…, which was chaired by the host, X" is this meeting's chair).
 */
function partnerSummitBefore(text: string, before: string): boolean {
  const named =
    /\b\p{Lu}[\p{L}]*[-–]\p{Lu}[\p{L}]*(?:\s+\p{Lu}[\p{L}]*)*\s+(?:Summit|Meeting|Forum|Dialogue|Conference)\b/u.exec(
      before,
    );
  if (!named || ORDINAL_IN_WORDS.test(named[0])) return false;
  // The release's first line, when it has a line of its own.
  const lineEnd = text.indexOf("\n");
  return lineEnd < 0 || !text.slice(0, lineEnd).includes(named[0]);
}

/**
 * "addressed the summit as a guest", "spoke at the meeting as a special guest": someone who came to speak, in the
 * capacity of a guest, right after their name.
 */
const GUEST_ADDRESS =
  /^[^.;]{0,12}?\b(?:addressed|spoke\s+(?:at|to|before))\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?(?:summit|meeting|session|participants|leaders|plenary|gathering)\b[^.;]{0,40}?\bas\s+(?:an?\s+|the\s+)?(?:special\s+|invited\s+|honou?red\s+)?guests?\b/i;

// A singular title after "its": "its Vice-President", "its Foreign Minister".
const ROLE_NOUN_WORDS = new RegExp(
  String.raw`^(?:(?:Vice|Deputy|First|Prime|Foreign|Vice-)[\s-]*)*(?:President|Minister|Prime\s+Minister|Premier|Chancellor|Emir|King|Sultan|Chairman)$`,
  "i",
);

/**
 * "Lithuania and Poland were represented by their presidents, A and B", "X, Y and Z were represented by their foreign
 * ministers, …": a subject made of countries only (ones the knowledge holds or any country of the world), and after
 * "by" their plural title and a comma; each country's title in the singular, in the subject's order ("President of
 * Poland"), or null. `subject` and `rest` are the words before "represented" and after "by".
 */
function titlesOfTheirs(
  text: string,
  at: number,
  subject: string,
  rest: string,
  knowledge: ReaderKnowledge,
): ParsedTitle[] | null {
  const theirs = /^(their|its)\s+((?:\p{L}[\p{L}-]*\s+){0,3}\p{L}[\p{L}-]*),\s+(?=\p{Lu})/u.exec(rest);
  if (!theirs) return null;
  // "…, and Bulgaria by its Vice-President, X": one country's title, as stated.
  const one = theirs[1] === "its";
  const noun = one ? (ROLE_NOUN_WORDS.test(theirs[2]!) ? theirs[2]! : null) : sharedRoleNoun(theirs[2]!);
  if (!noun || /^(?:head|leader)$/i.test(noun)) return null;
  const known = countryMentions(text, knowledge, at, at + subject.length);
  const scopes = [
    ...known.map((mention) => ({ start: mention.start, end: mention.end, mention })),
    ...worldCountryMentions(text, at, at + subject.length)
      .filter((world) => !known.some((mention) => mention.start < world.end && world.start < mention.end))
      .map((world) => ({ start: world.start, end: world.end, mention: null })),
  ].sort((a, b) => a.start - b.start);
  if (one ? scopes.length !== 1 : scopes.length < 2) return null;
  let rest0 = subject;
  for (const scope of [...scopes].reverse())
    rest0 = rest0.slice(0, scope.start - at) + rest0.slice(scope.end - at);
  if (!/^(?:\s|,|\band\b|\bthe\b)*$/i.test(rest0)) return null;
  return scopes.map(({ start, end, mention }) => ({
    start,
    end,
    // A country the knowledge holds scopes the post by its own name; any other by the words as stated ("the Philippines").
    text: mention
      ? noun
      : `${noun} of ${/\bthe\s+$/i.test(text.slice(start - 4, start)) ? "the " : ""}${text.slice(start, end)}`,
    roleNoun: one ? (parseTitle(noun, 0, noun.length, knowledge).roleNoun ?? noun) : noun,
    country: mention,
    organization: null,
  }));
}

/**
 * The capacity the subject of "… were represented by" names in its own clause: "the dialogue partners Azerbaijan and
 * Armenia", "The observer states", after another clause ("X attended as a guest, and the dialogue partners …").
 */
function representedCapacity(subject: string): ParticipationCategory | null {
  const clause = subject.split(/;|,\s+(?:and|while|whereas|but)\s/).at(-1)!;
  return categoryHintOf(withoutAsides(clause), true);
}

/**
 * ", and C as a guest of the presiding side" after "A and B attended as …": a clause that shares the verb before it,
 * with words of its own on C's capacity.
 */
const ELIDED_ATTENDANCE =
  /,\s+and\s+(?=[^,;.]{3,80}?\s+as\s+(?:an?\s+|the\s+)?(?:guests?|observers?|heads?|representatives?|special|invited|honou?red)\b)/i;

// ", and the delegations of the observers also attended …": a new plural subject of its own after "and", whose verb is
// theirs, after someone named before it with a verb and object of his own ("X hosted a banquet, and …").
const OTHERS_CLAUSE =
  /,\s+and\s+(?:the|other|all|several|many|some)\s+(?:[\w'’-]+\s+){0,4}?(?:delegations|leaders|heads|ministers|representatives|observers|guests|participants|delegates)\b/i;
const OWN_PREDICATE = /,\s+\p{Ll}{3,}\s+(?:a|an|the|his|her|their)\s/u;

/**
 * Whether words after someone (or a list before its verb) hold his own clause and then others' subject: the verb after
 * it is only theirs.
 */
function othersAfterOwnClause(subject: string): boolean {
  const others = OTHERS_CLAUSE.exec(subject);
  return others !== null && OWN_PREDICATE.test(subject.slice(0, others.index));
}

/** The words after a person up to the end of their own clause (a semicolon, ", while …", ", whereas …", ", but …"). */
function ownClause(after: string): string {
  const clause = after.split(/;|,\s+(?:while|whereas|but)\s/)[0]!;
  return othersAfterOwnClause(clause) ? clause.slice(0, OTHERS_CLAUSE.exec(clause)!.index) : clause;
}

/**
 * How far a sentence's opening reaches before its subject: a dateline ("ASTANA, November 28 — X chaired …") and an
 * adverb or date opening it ("Additionally, Mongolia took part …", "Earlier, …").
 */
function leadOf(s: string): number {
  const dateline = (TIME_STAMP.exec(s)?.[0].length ?? 0) || (DATELINE_LEAD.exec(s)?.[0].length ?? 0);
  return dateline + (LEADING_ADVERB.exec(s.slice(dateline))?.[0].length ?? 0);
}

/**
 * Whether the person named at `item` is said to have done no more than attend or address an event beside the meeting:
 * their own clause's first verb of attending or acting has such an event for its object.
 */
export function onlyAtSideEvent(text: string, sentence: { end: number }, item: { end: number }): boolean {
  const clause = ownClause(text.slice(item.end, sentence.end));
  const verb = TOOK_PART.exec(clause) ?? ACTED_AT.exec(clause);
  if (!verb) return false;
  const end = item.end + verb.index + verb[0].length;
  return atSideEvent(text, end, item.end + clause.length);
}

const VIDEO_ADDRESS = /\bvideo\s+(?:message|address|greeting|statement)\b/i;
const HEARD_BEFORE =
  /\b(?:summit|meeting|session|council|leaders|participants)\s+(?:also\s+|then\s+)?heard\s+(?:from\s+)?(?:the\s+)?$/i;
// "A video address by X was shown", "A recorded address by X was played": a message, whoever sent it.
const VIDEO_BY =
  /\b(?:video|(?:pre-?)?recorded|televised)\s+(?:video\s+)?(?:message|address|greeting|statement|speech)\s+(?:by|from|of)\s+(?:the\s+)?$/i;
// "X's video message was shown": the same, with the sender before it.
const VIDEO_OF =
  /^(?:['’]s)?\s+(?:[\w-]+\s+)?(?:video|(?:pre-?)?recorded|televised)\s+(?:video\s+)?(?:message|address|greeting|statement|speech)\b/i;
// "X welcomed President A …" (not "welcomed the decision", "welcomed the guests"): a titled person after the verb.
// "X welcomed his guests, A and B", "greeted his brothers the leaders: A, B and C", "greeted the heads of delegations:
// A, B and C": the host's name for them first.
// "X opened the session by welcoming A, B and C": the same welcome, as the way the session began.
const WELCOMED =
  /^(.+?)\s+(?:warmly\s+|personally\s+|also\s+)?(?:welcomed|greeted|opened\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:session|summit|meeting|talks|proceedings)\s+(?:by\s+)?(?:warmly\s+)?(?:welcoming|greeting))\s+(?:(?:his|her|their|the)\s+(?:fellow\s+|distinguished\s+|dear\s+)?(?:guests|counterparts|colleagues|brothers|heads\s+of\s+(?:the\s+)?delegations|delegation\s+heads)(?:\s+(?:the\s+)?(?:leaders|heads\s+of\s+state))?\s*[,:]\s+)?(?=(?:the\s+)?(?:\p{Lu}|heads?\s+of\s+state\s+\p{Lu}))/u;
const WELCOMED_OBJECT_END =
  /\s+(?:to|at|in|on|for|during|ahead\s+of|before|upon|outside)\s+(?:the|a|an|this|his|her|their)\b|,\s+(?:where|as|who|which|before|after)\b|\s+(?:in|at|to)\s+\p{Lu}|['’]s\s/u;
const LEADER_TITLE_WORD = /\b(?:President|Prime\s+Minister|Premier|Chancellor|King|Emir|Sultan)\s+\p{Lu}/gu;
const MEETING_NOUN = /\b(?:summit|meeting|session|talks|council|forum|conference)\b/i;
// An opening that names who proposed what the sentence reports: "On a proposal by the outgoing Chairman, Prime Minister
// X, …", "At the suggestion of President X, …" (the outgoing chair's office and his name in apposition, or a name alone).
const PROPOSED_BY_OPENER =
  /^(?:On|Upon|At)\s+(?:a|the)\s+(?:proposal|suggestion|nomination|motion|initiative)\s+(?:by|of|from)\s+(?:(?:the\s+)?(?:outgoing|out-going|previous|current|retiring)\s+(?:Chair(?:man|person|woman)?|President)\s*,\s*[^,;]+|[^,;]+),\s+/;
// "X was unanimously elected Chairman of the Summit", "… was elected President of the Conference": the chair of this
// meeting, elected at its opening (not "elected Chairman of the Council", a term of the body's own).
const ELECTED_CHAIR_OF_THE_MEETING = String.raw`(?:was|has\s+been)\s+(?:unanimously\s+|duly\s+|formally\s+)?elected\s+(?:as\s+)?(?:the\s+)?(?:Chair(?:man|person|woman)?|President)\s+of\s+(?:the|this)\s+(?:[\w-]+\s+){0,3}?(?:[Ss]ummit|[Mm]eeting|[Ss]ession|[Cc]onference)`;
// … and as the participle of chairing before the name ("Chairing the summit, Tokayev noted …", "Presiding over the
// meeting, Tokayev said …"), or remarks made as chair ("In his opening remarks as chair, Tokayev called …"); the name
// of one word, or given and family name with no title ("Chairing the summit, Kassym-Jomart Tokayev said …").
const BARE_CHAIR_BEFORE =
  /^(?:(?:In\s+(?:his|her)\s+capacity\s+as|(?:In\s+(?:his|her)\s+(?:[\w-]+\s+)?(?:remarks|speech|address|statement)\s+)?[Aa]s)\s+(?:the\s+)?(?:current\s+|incumbent\s+)?(?:chair(?:man|person|woman)?|presiding\s+(?:head|side|country))(?:\s+of\s+the\s+(?:summit|meeting|session|council|talks))?|(?:Chairing|Presiding\s+over)\s+(?:the|this)\s+(?:[\w'’-]+\s+){0,3}?(?:summit|meeting|session|council|talks|sitting))\s*,\s*(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2})(?=\s+\p{Ll})(?!\s+(?:of|and)\b)/u;
// … and "Tokayev, as chair, …", "Tokayev, the chairman, …", "Tokayev, in the chair, …", "Tokayev, presiding, …": the
// aside alone (not "Tokayev, the host,": a host need not chair); "Tokayev served as chair of the summit".
// "Tokayev, acting as chair,", "Tokayev, the summit chair,", "Tokayev, chairman of the meeting,"; "Tokayev, who is chairing
// the summit,", "Tokayev is chairing the summit", "Tokayev chairs today's meeting" (this meeting, not the next one).
const BARE_CHAIR_AFTER =
  /^(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,3})(?:,\s+(?:(?:who|whose\s+country)\s+(?:currently\s+|now\s+)?(?:chairs|presides|holds\s+the\s+(?:rotating\s+|pro\s+tempore\s+)?(?:[\p{Lu}\d][\p{L}\d-]*\s+){0,2}(?:chairmanship|presidency|chair))\b|(?:(?:(?:acting|serving)\s+)?(?:as\s+)?(?:the\s+)?(?:current\s+|summit\s+|meeting\s+)?(?:chair(?:man|person|woman)?)(?:\s+of\s+(?:the|this)\s+(?:summit|meeting|session|talks))?|in\s+the\s+chair|presiding)\s*,)|\s+(?:served|acted)\s+as\s+(?:the\s+)?chair(?:man|person|woman)?\s+of\s+(?:the|this)\s+(?:summit|meeting|session|talks)\b|(?:,\s+who)?\s+(?:is\s+(?:chairing|presiding\s+over)|chairs|presides\s+over)\s+(?:the|this|today['’]s)\s+(?!(?:next|following|upcoming|forthcoming)\b)(?:[\w'’-]+\s+){0,3}?(?:summit|meeting|session|talks|sitting)\b)/u;
// "The summit chair, Tokayev, …", "The chairman of the meeting, Tokayev, …": the office in apposition before the name.
const BARE_CHAIR_APPOSED_BEFORE =
  /^(?:The\s+)?(?:(?:summit|meeting|session)(?:['’]s)?\s+chair(?:man|person|woman)?|chair(?:man|person|woman)?\s+of\s+the\s+(?:summit|meeting|session|talks))\s*,\s*(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,3})\s*,/iu;
// "… holds the presidency of the Council of Europe": the office of a body named right after it.
const OFFICE_OF_A_BODY = /^\s+of\s+(?:the\s+)?(?=\p{Lu})/u;
// The body that met named by a common noun alone ("of the Organisation"), not a name that goes on ("Council of Europe").
const BODY_BY_COMMON_NOUN =
  /^(?:Organi[sz]ation|Association|Union|Commonwealth|Community|Council|Summit|Conference|Group|Forum|Assembly)\b(?!\s+(?:of\s+)?(?:the\s+)?\p{Lu})/u;

/**
 * Whether the office that ends at `at` ("whose country holds the presidency") is another body's: "… of the Council of
 * Europe" names one that is not the body that met (nor one of its organs), whether or not the knowledge holds it.
 */
function anotherBodysOffice(
  text: string,
  at: number,
  knowledge: ReaderKnowledge,
  organizationId: string | null,
): boolean {
  const of = OFFICE_OF_A_BODY.exec(text.slice(at, at + 12));
  if (!of || !organizationId) return false;
  // "… of the Organisation", "… of the Council": the body that met, by a common noun.
  if (BODY_BY_COMMON_NOUN.test(text.slice(at + of[0].length, at + of[0].length + 40))) return false;
  const named = organizationMentions(text, knowledge, at + of[0].length, at + of[0].length + 120).find(
    (mention) => mention.start === at + of[0].length,
  );
  const root = (id: string) => rootOrganization(knowledge, id)?.id ?? id;
  return !named || root(named.id) !== root(organizationId);
}

const SPEECH_BY =
  /\b(?:with|heard)\s+(?:an?\s+|the\s+)?(?:opening\s+|keynote\s+|welcoming\s+|main\s+)?(?:speech|address|remarks|report)\s+(?:by|of|from)\s+(?:the\s+)?$/i;
const JOINED_FOR_SIDE_EVENT =
  /^[^.;]{0,40}?\b(?:for|at)\s+(?:a\s+|an\s+|the\s+)?(?:working\s+|official\s+|gala\s+|state\s+|informal\s+)?(?:lunch|luncheon|dinner|breakfast|reception|banquet|tea|walk|tour|concert|photo\s+session|wreath[-\s]laying)\b/i;
const JOINED_BEFORE = /\b(?:joined|joining)\s+(?:(?:the|their)\s+host\s*,?\s+)?$/i;
// Between two people, words that give the second the first one's act: "…, and so did", "…, as did".
const SHARED_ACT = /^[^.;:]{0,100}?,\s+(?:and\s+)?(?:so|as)\s+did\s+(?:the\s+)?$/i;
// A companion of someone who took part, named after the verb: "X took part alongside Y", "X came together with Y",
// "X was joined by Y", "X attended …, as did Y", "X took part as a guest, and so did Y"; and the leaders before whom a
// document was signed ("… was signed by the ministers in the presence of Y").
const COMPANION_BEFORE = new RegExp(
  String.raw`(?:\b(?:took\s+part|taking\s+part|participated|participating|attended|attending|came|arrived|(?:was|were)\s+(?:also\s+)?present)\b[^.;:]{0,40}?\s(?:alongside|together\s+with|along\s+with)|\b(?:was|were)\s+(?:also\s+)?joined(?:\s+(?:at\s+the\s+\w+|in\s+\w+))?\s+by|\b(?:took\s+part|participated|attended|came|arrived|present|as\s+(?:an?\s+)?(?:guest|observer)s?)\b[^.;:]{0,80}?,\s+(?:and\s+)?(?:so|as)\s+did|\b(?:signed|adopted|initialled|approved|exchanged)\b[^.;:]{0,120}?\bin\s+the\s+presence\s+of)\s+(?:the\s+)?$`,
  "i",
);
// "… where he was warmly welcomed by": one leader's welcome by the one named next (not "The guests were welcomed by",
// which may be anyone's task).
const WELCOMED_BY_BEFORE =
  /\bwas\s+(?:(?:warmly|personally|cordially|also)\s+)?(?:welcomed|greeted)\s+by\s+(?:the\s+)?(?:host\s*,?\s*)?$/i;
// A welcome on arrival in the country, not at the meeting's venue.
const ON_ARRIVAL =
  /\b(?:airport|airfield|aerodrome|air\s+base|railway\s+station|gangway|ramp|on\s+arrival|upon\s+arrival)\b/i;
// Words before a person that make them someone the text only mentions: "talks with", "congratulated", "former",
// "whose predecessor as chair X".
// "the special envoy of President X", "on behalf of President X": someone stands in for him, who is not there.
// "He replaced President X", "succeeding President X": the predecessor in an office, not someone at the meeting.
const MENTIONED_ONLY_BEFORE =
  /\b(?:with|(?:envoy|emissary|representative)s?\s+of|on\s+behalf\s+of|congratulat\w*|met|meets|thank\w*|welcom\w*|greet\w*|receiv\w*|told|said|according\s+to|spokes\w*|former|late|counterpart|recalled|praised|urged|quot(?:ed|ing)|citing|by|to|from|(?:predecessor|successor)(?:\s+as\s+[\w-]+)?,?|replac(?:ed|es|ing)|succeed(?:ed|s|ing)|in\s+succession\s+to)\s+(?:the\s+)?(?:(?:his|her|their)\s+)?$/i;
// "handed over the presidency to", "passed the chairmanship of the Council over to", "handed the gavel to the": the
// office or its token handed to the name right after, in the past or present (a release's own day).
const HANDED_THE_OFFICE_TO_BEFORE =
  /\b(?:handed|hands|handing|passed|passes|passing|transferred|transfers|transferring|gave|gives|giving|turned|turns|turning|presented|presenting)\s+(?:over\s+)?(?:the\s+)?(?:[\w-]+\s+){0,2}(?:chairmanship|presidency|chairship|chair|gavel|baton|hammer)\s+(?:of\s+(?:the\s+)?[^,.;]{1,60}?\s+)?(?:over\s+)?to\s+(?:the\s+)?$/i;
/** The opening of the meeting, in the words before the one handed the office. */
const HANDED_AT_THE_OPENING = /\b(?:opening|opened|inaugural|inaugurated)\b/i;
/** ", who was then elected Chairperson of the Summit": the one handed the office elected to chair the meeting. */
const ELECTED_CHAIR_AFTER =
  /^[^.;]{0,40}?,\s+who\s+(?:was\s+)?(?:then\s+|subsequently\s+|unanimously\s+)?(?:was\s+)?elected\s+(?:as\s+)?(?:the\s+)?Chair(?:man|person|woman)?\b/i;
/**
 * " of Ghana was elected by the 57th Ordinary Session of the Authority as the new Chairman", " has been unanimously
 * elected Chairperson": the one the meeting elects to its chair, right after the name.
 */
const ELECTED_TO_THE_CHAIR_AFTER =
  /^(?:\s+of\s+(?:the\s+)?[^,.;]{1,50}?)?,?\s+(?:was|has\s+been)\s+(?:(?:unanimously|formally|duly)\s+)?(?:elected|chosen)\s+(?:by\s+(?:the\s+)?[^,.;]{1,120}?\s+)?(?:as\s+|to\s+)?(?:the\s+)?(?:new\s+|incoming\s+)?(?:chair(?:man|person|woman)?|chairmanship)\b/i;
/**
 * " has taken over the chairmanship of the East African Community from Kenya's X", " took over the rotating
 * presidency", " has officially assumed the role of Pacific Islands Forum Chair": the office taken, right after the name.
 */
const TOOK_OVER_THE_OFFICE_AFTER =
  /^(?:\s+of\s+(?:the\s+)?[^,.;]{1,50}?)?,?\s+(?:who\s+)?(?:has\s+)?(?:officially\s+|formally\s+)?(?:(?:taken|took|takes)\s+over|assumed|assumes)\s+(?:the\s+)?(?:role\s+of\s+(?:the\s+)?)?(?:[\w'’-]+\s+){0,3}?(?:chairmanship|presidency|chairship|chair)\b/i;
/**
 * An election or a taking over told as one of another time: "… in July 2023 at the 63rd Session", "last year", "at the
 * previous summit", "next year".
 */
const ANOTHER_TIME_AFTER =
  /\b(?:in|since)\s+(?:[A-Z][a-z]+\s+)?(?:19|20)\d\d\b|\b(?:last|next)\s+year\b|\b(?:previous|preceding|earlier)\b/;
/**
 * " formally handed the gavel to", " completed the transition by handing the ceremonial gavel to": the one who hands
 * the office or its token over, right after the name, in the past or present.
 */
const GAVE_THE_OFFICE_AFTER =
  /^(?:\s+of\s+(?:the\s+)?[^,.;]{1,50}?)?,?\s+(?:(?:formally|officially|symbolically|ceremonially|then|later|also)\s+)?(?:(?:handed|hands|passed|passes|transferred|transfers|turned|turns|gave|gives)\s+(?:over\s+)?|completed\s+the\s+(?:transition|handover|hand-over)\s+by\s+(?:handing|passing)\s+(?:over\s+)?)(?:the\s+)?(?:[\w'’-]+\s+){0,3}?(?:chairmanship|presidency|chairship|chair|gavel|baton|hammer)\b/i;
/** " at the opening", " at the inaugural session": the office taken as the meeting opened. */
const AT_THE_OPENING_AFTER =
  /\b(?:at|during)\s+the\s+(?:opening|inaugural)(?:\s+(?:session|sitting|ceremony|plenary))?\b/i;
/** "invited ", "then invited His Excellency ": the one invited named right after. */
const INVITED_BEFORE = /\binvited\s+(?:the\s+)?$/i;
/** " to accept the baton", " of Lao PDR to take over the Chairmanship": the office or its token taken, right after. */
const TO_TAKE_THE_OFFICE_AFTER =
  /^(?:\s+of\s+[^,.;]{1,40}?)?,?\s+to\s+(?:come\s+(?:up|forward)\s+(?:and|to)\s+)?(?:accept|receive|take\s+(?:over|up)|assume)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}?(?:baton|gavel|hammer|chairmanship|presidency|chairship|chair)\b/i;
/** "In his closing address, ", "Delivering the opening speech, ": a speech at the meeting opening the sentence. */
const SPEECH_OPENER_BEFORE =
  /(?:^|[.;]\s*)(?:In\s+(?:his|her)|Delivering\s+(?:the|his|her))\s+(?:opening|closing|keynote|welcoming|inaugural)\s+(?:address|remarks|speech|statement)\s*,\s*(?:the\s+)?$/i;
/** Words of a handover still to come in the words before the one handed to. */
const HANDOVER_TO_COME = /\b(?:will|would|shall|is\s+to|are\s+to|is\s+due|next\s+(?:year|summit|meeting))\b/i;
// After "with" and the leaders, a participle of what they did there: "…, with Russian President A and Chinese President B
// using the meeting to show their partnership" is the leaders acting at the meeting, not someone meeting them.
const WITH_ABSOLUTE_AFTER =
  /^(?:,?\s+and\s+(?:\p{Lu}[\p{L}'’.-]*\s+){1,6}?)?\s*(?:also\s+)?\p{Ll}+ing\b(?<!\b(?:during|including|regarding|concerning|following))/u;

/**
 * A leader named in passing "with" someone ("talks with X"), not at the table, and not "with A and B using the
 * meeting to …".
 */
function mentionedOnly(
  text: string,
  from: number,
  item: { start: number; end: number },
  to: number,
): boolean {
  const before = text.slice(from, item.start);
  if (!MENTIONED_ONLY_BEFORE.test(before)) return false;
  return !/\bwith\s+(?:the\s+)?$/i.test(before) || !WITH_ABSOLUTE_AFTER.test(text.slice(item.end, to));
}

// Words between a person and the verb of attending that make the attending someone else's, reported or denied; a
// relative clause on someone named after them ("X handed over the chairmanship to Y, who then chaired …").
// Words sent in writing are no presence: "X, in a letter read out by the chair, wished …".
// A relative clause on the person's country, closed before the verb, is none of his act: "X, President of Turkmenistan,
// which is not a member, took part", "X, whose country had held the rotating presidency since July 2018, opened the
// Conference".
const COUNTRY_CLAUSE = /,\s+(?:which|whose\s+(?:country|government|state|nation))\s[^,;]*,/g;
const NOT_THEIR_ACT =
  /\b(?:said|says|told|stated|noted|stressed|added|congratulated|met|held|thanked|welcomed|called|urged|praised|announced|recalled|expressed|invited|received|greeted|signed|discussed|not|never|unable|declined|skipped)\b|n['’]t\b|\S[^,]*,\s+who\b|\b(?:in|by|through)\s+(?:a|an|his|her|their)\s+(?:letter|telegram|written\s+(?:message|address|greeting|statement)|message)\b/i;
// A chair named only in an aside: "The summit host, X,", "Chairing the meeting as …, X", "X, this year's ASEAN Chair,",
// "X, as the current chair of the Council,", "X is the Chairman of the Collective Security Council", "X hosted the summit",
// "X, President of Y, hosted the summit" (the comma title is part of the name, its closing comma before the verb).
// "X, who chaired the summit, paid tribute to …": a relative clause on the meeting itself, closed right after it.
// "At the kind invitation of X", "In response to the gracious invitation of X": the courtesy words of Gulf and other
// royal releases before the host who invited.
const CHAIR_BEFORE =
  /(?:\b(?:summit|meeting|session)\s+host|(?:^|[—–]\s*|\s-\s+)(?:Chairing|Presiding\s+over|Hosting|Opening\s+the\s+(?:[\w'’-]+\s+){0,3}?(?:summit|meeting|session|event|talks)|(?:In\s+(?:his|her)\s+capacity\s+)?As\s+(?:the\s+)?(?:current\s+|incumbent\s+)?(?:chair(?:man|person|woman)?|host|presiding\s+\w+))\b[^.;]*?),\s*$|(?:^|[.;]\s*)the\s+host(?:\s+(?:country|state|side|nation)['’]s\s+(?:leader|president|head))?\s*,\s*$|(?:^|[.;,]\s*)the\s+(?:current\s+)?chair(?:man|person|woman)?(?:\s+of\s+the\s+(?:summit|meeting|session|council|talks))?\s*,\s*$|\b(?:(?:at|in\s+response\s+to)\s+the\s+(?:(?:kind|gracious|generous|cordial|personal)\s+)?invitation\s+of|hosted\s+by)\s+(?:the\s+)?$|\b(?:summit|meeting|session|talks|[Ii]t)\s+(?:was|were)\s+opened\s+by\s+(?:the\s+)?$/i;
// The host who invited, at the end of the words before him: the chair only if the text names no other.
const INVITED_BY = /\binvitation\s+of\s+(?:the\s+)?$/i;
const CHAIR_AFTER =
  /^(?:\s+(?:served|acted)\s+as\s+(?:the\s+)?chair(?:man|person|woman)?\s+of\s+(?:the|this)\s+(?:summit|meeting|session|talks)\b|(?:,|\s*\(|\s+[—–]|\s+-)\s*(?:(?:this|the)\s+year['’]s\s+|the\s+(?:current\s+|incumbent\s+)?|(?:in\s+(?:his|her)\s+capacity\s+)?as\s+(?:the\s+)?(?:current\s+|incumbent\s+)?)(?:[\w'’-]+\s+){0,3}?(?:chair(?:man|person|woman)?|host|presiding\s+\w+)\b|\s+(?:is|was)\s+(?:the\s+)?(?:current\s+)?chair(?:man|person|woman)?\s+of\s+the\b|,\s+(?:the\s+)?(?:current\s+)?chair(?:man|person|woman)?\s+of\s+the\s+(?:[\w'’-]+\s+){0,4}?(?:summit|meeting|session|council)\b|,?\s+(?:hosted|opened)\s+(?:the|a|an|this)\s+(?:[\w'’-]+\s+){0,5}?(?:summit|meeting|session)\b|,?\s+hosted\s+(?:the\s+|his\s+|her\s+)?(?:fellow\s+)?(?:leaders|heads\s+of\s+(?:state|government)|counterparts|presidents|prime\s+ministers)\b|\s+[^.;,]{0,60}?\bas\s+(?:the\s+)?(?:current\s+)?chair(?:man|person|woman)?\b(?!\s+of\b)|,?\s+(?:and|who\s+is)\s+(?:the\s+)?chair(?:man|person|woman)?\s+of\s+the\s+(?:summit|meeting|session|council)\b|,\s+(?:who|whose\s+country)\s+(?:currently\s+)?(?:chairs|holds\s+the\s+(?:rotating\s+)?(?:[A-Z\d][\w-]*\s+){0,2}(?:chairmanship|presidency|chair))\b|(?:\s*\(|\s+[—–]|\s+-)\s*(?:who|whose\s+country)\s+(?:currently\s+)?(?:chairs|chaired|presided\s+over|presides\s+over|holds\s+the\s+(?:rotating\s+)?(?:chairmanship|presidency|chair))\b|,\s+who\s+(?:also\s+)?(?:chaired|presided\s+over|(?:hosted|opened)\s+and\s+chaired)\s+the\s+(?:summit|meeting|session|talks)(?=\s*[,.;]))(?!\s+of\s+the\s+(?:Cabinet|Council\s+of\s+Ministers|State\s+Council|Board))(?![^,.;]{0,12}\b(?:Cabinet|Council\s+of\s+Ministers|State\s+Council|Board)\b)/i;

// The chair as the subject of the verb after it ("Quoting X, the chair said"): no aside on X.
const CHAIR_SPEAKS = /^\s+(?:also\s+)?(?:said|says|told|noted|stated|stressed|added|recalled|called|urged)\b/;

// "The meeting took place under the leadership of X", "The summit, held under the leadership of X": after a word for
// the meeting, with no delegation named before it ("The delegation at the meeting worked under the leadership of X").
const UNDER_LEADERSHIP = /\bunder\s+the\s+leadership\s+of\s+/i;
const MEETING_BEFORE_LEADERSHIP = /\b(?:summit|meeting|session|talks|sitting|council)\b[^.;]{0,40}$/i;

function underLeadership(sentence: string): RegExpExecArray | null {
  const match = UNDER_LEADERSHIP.exec(sentence);
  if (!match) return null;
  const before = sentence.slice(0, match.index);
  return MEETING_BEFORE_LEADERSHIP.test(before) && !/\bdelegations?\b/i.test(before) ? match : null;
}

// The capacity a person named alone came in, said right after their verb: "X came as a guest of the host country",
// "X, President of Y, which is not a member, took part as a guest of honour", "X attended the summit as an observer".
const CAPACITY_AFTER_VERB = new RegExp(
  String.raw`^(?:,[^.;]{0,80}?,)?\s+(?:also\s+)?(?:came|arrived|attended|took\s+part|participated|(?:was|were)\s+(?:also\s+)?(?:present|invited))\b(?:\s+(?:in|at)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,4}?(?:summit|meeting|session|talks))?\s+as\s+(?:an?\s+|the\s+)?([^,.;]{1,40})`,
  "i",
);

/**
 * The category a person named alone took part in, from the role phrase after their verb, else from a relative clause
 * on them alone.
 */
function capacityAfterVerb(after: string): ParticipationCategory | null {
  const role = CAPACITY_AFTER_VERB.exec(after);
  if (role) return categoryHintOf(role[1]!, true);
  return relativeClauseHint(after);
}

// A summit of two or more parties named by a dash, then a relative clause on it: "… joined the first ASEAN–GCC–China
// Summit, where …", "… the ASEAN-Japan Summit, at which …".
const WHERE_AT_JOINT_SUMMIT =
  /(\p{Lu}[\p{L}]*(?:\s*[-–—]\s*\p{Lu}[\p{L}]*)+(?:\s+\p{Lu}[\p{L}]*)*\s+(?:Summit|Meeting|Forum|Conference|Dialogue))\s*,\s*(?:where|at\s+which|in\s+which)\s+(?:the\s+)?$/u;

/**
 * Whether the person named after `before` is in a relative clause on a joint summit the release's headline does not
 * name ("In the afternoon, the President joined the first ASEAN–GCC–China Summit, where Premier X took part" in a
 * release on the ASEAN–GCC Summit): whatever they did, they did it at that other summit.
 */
function atAnotherSummit(text: string, before: string): boolean {
  if (!/,\s*(?:where|at\s+which|in\s+which)\s+(?:the\s+)?$/.test(before)) return false;
  const summit = WHERE_AT_JOINT_SUMMIT.exec(before.slice(-200))?.[1];
  if (!summit) return false;
  const from = text.search(/\S/);
  const headline = text.slice(from, text.indexOf("\n", from) < 0 ? text.length : text.indexOf("\n", from));
  const key = (words: string) => words.replace(/\s*[-–—]\s*/g, "-").toLowerCase();
  return !key(headline).includes(key(summit).replace(/^(?:first|second|third|inaugural)\s+/, ""));
}

// A report made by the one named right before it: "X reported on …", "X presented the annual report".
const REPORTED_AFTER =
  /^\s*(?:also\s+|then\s+)?(?:reported|presented\s+(?:a|an|the|his|her|its)\s+(?:[\w'’-]+\s+){0,2}?report|made\s+(?:a|an|the|his|her)\s+(?:[\w'’-]+\s+)?report)\b/i;

// "A and B sat down with C, D and E", "X met with A and B": the people the subject met, after the verb.
const SAT_DOWN_WITH = /\b(?:sat\s+down|sat|met)\s+(?:together\s+)?with\s+/i;
// Words that set a meeting with someone beside the meeting the release is about: "on the sidelines", "bilateral
// talks", "separately", "on the eve of", "before the summit".
const BESIDE_THE_MEETING =
  /\b(?:sidelines?|margins?|bilateral|trilateral|separate(?:ly)?|one-on-one|privately|on\s+the\s+eve|(?:before|after|ahead\s+of)\s+the\s+(?:summit|session|meeting|talks))\b/i;

/**
 * A sentence in which people "sat down with" two or more leaders ("Presidents A and B of Russia and Belarus sat down
 * with Armenian President C, Kazakh President D and Kyrgyz President E"): a table of several leaders at the meeting the
 * release is about, so all of them take part — the subject and those sat down with (but one named only as the person
 * another stood in for). Talks with one counterpart ("met with X"), or set beside the meeting ("on the sidelines", "on
 * the eve", at another event), name no one as taking part. The two lists, as spans of the sentence, or null.
 */
function satDownTogether(
  text: string,
  sentence: Sentence,
  lead: number,
  knowledge: ReaderKnowledge,
): { subject: { from: number; to: number }; met: { from: number; to: number } } | null {
  const words = text.slice(sentence.start, sentence.end);
  const verb = SAT_DOWN_WITH.exec(words);
  if (!verb || verb.index < lead) return null;
  if ([BESIDE_THE_MEETING, LATER_EVENT, ANOTHER_EVENT, NEXT_MEETING].some((beside) => beside.test(words)))
    return null;
  const subject = {
    from: lead + (/^.*[;:]/s.exec(words.slice(lead, verb.index))?.[0].length ?? 0),
    to: verb.index,
  };
  const met = { from: verb.index + verb[0].length, to: words.length };
  const named = (span: { from: number; to: number }) =>
    splitParticipantList(text, sentence.start + span.from, sentence.start + span.to, knowledge).filter(
      (item) => item.name && item.title?.roleNoun && !namedAsAbsent(text, sentence, item),
    );
  return named(subject).length >= 1 && named(met).length >= 2 ? { subject, met } : null;
}

/**
 * Whether an organization's official, under a title only an organization has ("The CSTO Secretary General X", "the
 * Executive Secretary X") or one that names the organization ("Chairman of the Board of the Eurasian Economic
 * Commission X"), reported to the session: the organization's staff serve its bodies' sessions, so reporting
 * there is taking part in his own right, whatever the report was on ("the decisions of the previous session" is its
 * topic, not another meeting he attended). A minister who reports ("reported to the leaders") is read by the verbs of
 * acting, and left out as a member of his leader's delegation when the leader is there (`delegationMembersDropped`).
 */
function officialReported(title: ParsedTitle | null, before: string, after: string): boolean {
  return (
    title !== null &&
    !title.country &&
    (isOrganizationTitle(title.roleNoun) || (title.roleNoun !== null && title.organization !== null)) &&
    REPORTED_AFTER.test(after) &&
    !LATER_EVENT.test(before + after.split(/[;.]/)[0])
  );
}

/**
 * Whether a person named with a title outside any list took part, from the words around them: the verb they are the
 * subject of (attending, or acting at the meeting), no word before them that makes them merely mentioned, no
 * reported speech in between; or a chair named in an aside.
 */
export function participationOf(
  text: string,
  sentence: { start: number; end: number },
  item: { start: number; end: number; title?: ParsedTitle | null },
): Participation | null {
  return participationRead(text, sentence, item).took;
}

/** What `participationOf` reads: the person taking part, in which capacity. */
export interface Participation {
  kind: "attendance" | "chair" | "message";
  weak: boolean;
  inviter?: boolean;
  /** Handed the office at the meeting's opening: the chair among asides that name others too. */
  received?: boolean;
}

/** The reason `participationRead` gives when the words around a person say nothing of attending or acting there. */
export const NO_WORD_OF_TAKING_PART = "no word of taking part";

export type ParticipationRead = { took: Participation; reason: null } | { took: null; reason: string };

/**
 * `participationOf`'s reading with its reason: `took` when the words say the person took part; else null and, in words
 * for the editor, the test that left them out. One reading, so that the reason the mentions list gives never drifts
 * from the decision.
 */
export function participationRead(
  text: string,
  sentence: { start: number; end: number },
  item: { start: number; end: number; title?: ParsedTitle | null },
): ParticipationRead {
  const took = (participation: Participation): ParticipationRead => ({ took: participation, reason: null });
  const leftOut = (reason: string): ParticipationRead => ({ took: null, reason });
  const before = text.slice(sentence.start, item.start);
  const after = text.slice(item.end, sentence.end);
  // "A video address by UN Secretary-General X was shown to the participants": whatever it did, it was a message.
  const possessive = /['’]s$/.test(text.slice(item.start, item.end)) || /^['’]s\b/.test(after);
  if (VIDEO_BY.test(before) || (possessive && VIDEO_OF.test(after) && !LATER_EVENT.test(after)))
    return took({ kind: "message", weak: false });
  // "X, the incoming chair,", "X, the ASEAN chair for 2014,": the aside names another term.
  // "Quoting X, the chair said …": a chair who is the subject of the next verb is someone else, not an aside on X.
  const asideMatch = CHAIR_AFTER.exec(after);
  const chairAfter = asideMatch && !CHAIR_SPEAKS.test(after.slice(asideMatch[0].length)) ? asideMatch : null;
  const aside = chairAfter ? chairAfter[0] + (after.slice(chairAfter[0].length).split(/[,.;]/)[0] ?? "") : "";
  // "The next summit will be hosted by X": the host of a later meeting is neither chair nor participant here.
  const later = NEXT_MEETING.test(before) || LATER_EVENT.test(before);
  if (
    (CHAIR_BEFORE.test(before) && !later && !CHAIR_OF_ANOTHER_BODY_BEFORE.test(before)) ||
    (chairAfter && !NEXT_MEETING.test(aside) && !ANOTHER_TERM.test(aside))
  )
    return took({ kind: "chair", weak: true, ...(INVITED_BY.test(before) ? { inviter: true } : {}) });
  // "… handed over the presidency to Saudi Crown Prince X": the one the office is handed to at the meeting took it there;
  // not one it will pass to ("… will hand over the chairmanship to X next year").
  // At the opening ("At the opening sitting W passed the chairmanship to X", "The summit opened with an address by W,
  // who handed over the chairmanship to X"), or elected chair right after, the one handed the office chairs the rest of
  // the meeting: a chair read from an aside, kept when the text names no other.
  if (HANDED_THE_OFFICE_TO_BEFORE.test(before) && !HANDOVER_TO_COME.test(before) && !later)
    return took(
      HANDED_AT_THE_OPENING.test(before) || ELECTED_CHAIR_AFTER.test(after)
        ? { kind: "chair", weak: true, received: true }
        : { kind: "attendance", weak: false },
    );
  // "President X formally handed the gavel to Y": the one handing the office over at the meeting is there (not "…
  // handed over the chairmanship last year"; its own clause only: "…, marking Singapore's turn to chair the summits
  // next year" is the next term's time).
  const gave = GAVE_THE_OFFICE_AFTER.exec(after);
  if (gave) {
    const rest = after.slice(gave[0].length);
    const clause = gave[0] + rest.slice(0, rest.search(/[,.;]|$/));
    if (!later && !ANOTHER_TIME_AFTER.test(clause)) return took({ kind: "attendance", weak: false });
  }
  // "President X of Ghana was elected by the Session as the new Chairman of the Authority", "President Y has taken
  // over the chairmanship of the Community from Z": elected there, or taking the office there, he is there (not "…,
  // who was elected chairman in July 2023 at the 63rd Session", nor "… took over the chairmanship last year");
  // "President X, who assumed the chairmanship of SAARC at the opening, welcomed …": taken at the opening, he chairs.
  const tookTheOffice = ELECTED_TO_THE_CHAIR_AFTER.exec(after) ?? TOOK_OVER_THE_OFFICE_AFTER.exec(after);
  const itsClause = after.slice(0, after.search(/[.;]|$/));
  if (tookTheOffice && !later && !ANOTHER_TIME_AFTER.test(itsClause))
    return took(
      AT_THE_OPENING_AFTER.test(itsClause.slice(tookTheOffice[0].length).split(",")[0]!)
        ? { kind: "chair", weak: true, received: true }
        : { kind: "attendance", weak: false },
    );
  // "He invited Prime Minister X of Lao PDR to accept the baton and take over the Chairmanship": called up at the
  // meeting to take the office's token, he is there.
  if (
    INVITED_BEFORE.test(before) &&
    TO_TAKE_THE_OFFICE_AFTER.test(after) &&
    !HANDOVER_TO_COME.test(before) &&
    !later
  )
    return took({ kind: "attendance", weak: false });
  // "In his closing address, Prime Minister X thanked …", "Delivering the opening speech, X said …": the speaker.
  if (SPEECH_OPENER_BEFORE.test(before) && !later) return took({ kind: "attendance", weak: false });
  // "The summit heard President X, who proposed …": the one heard spoke there.
  if (HEARD_BEFORE.test(before)) return took({ kind: "attendance", weak: false });
  // "A and B joined Belarusian President X at the table": the one they joined is there too.
  // Not "The leaders then joined X for lunch": a meal or a visit with someone is no sign they sat at the meeting.
  if (JOINED_BEFORE.test(before) && !NEXT_MEETING.test(after) && !JOINED_FOR_SIDE_EVENT.test(after))
    return took({ kind: "attendance", weak: false });
  if (JOINED_BEFORE.test(before) && JOINED_FOR_SIDE_EVENT.test(after))
    return leftOut("joined the others only at an event beside the meeting");
  // "X took part alongside Y", "…, and so did the Executive Secretary Y": the companion shares the act.
  if (COMPANION_BEFORE.test(before) && !NEXT_MEETING.test(before + after) && !LATER_EVENT.test(before))
    return took({ kind: "attendance", weak: false });
  // "… opened the meeting with a speech by President X": the one whose speech opened it spoke there.
  if (
    SPEECH_BY.test(before) &&
    !VIDEO_ADDRESS.test(before.slice(-40)) &&
    !LATER_EVENT.test(before) &&
    !ANOTHER_EVENT.test(before + after.split(/[;,]/)[0])
  )
    return took({ kind: "attendance", weak: false });
  // "The leaders of the dialogue partners came for the summits, among them X and Y": the ones named after "among them"
  // or "including" share the act of the group they belong to.
  const among =
    /,\s+(?:among\s+(?:them|whom)|including|notably|in\s+particular)\s+(?:[^.;:]*?(?:,|\band)\s+)?(?:the\s+)?$/i.exec(
      before,
    );
  if (among) {
    const group = before.slice(0, among.index).split(/;/).at(-1)!;
    const act = TOOK_PART.exec(group);
    if (
      act &&
      !NEXT_MEETING.test(group) &&
      !LATER_EVENT.test(group) &&
      !NOT_THEIR_ACT.test(group.slice(0, act.index))
    )
      return took({ kind: "attendance", weak: false });
  }
  // "The leaders, together with X, posed for a family photo": X shares the leaders' act at the meeting.
  if (WITH_THE_LEADERS_BEFORE.test(before) && TOOK_PART.test(ownClause(after)) && !LATER_EVENT.test(after))
    return took({ kind: "attendance", weak: false });
  if (thankedAsHost(before, after)) return took({ kind: "attendance", weak: false });
  if (leaderSigned(item, before, after)) return took({ kind: "attendance", weak: false });
  // "Xi arrived at the Palace of Independence, where he was warmly welcomed by President X": the leader who welcomes
  // the others at the venue is the host, at the table too; not one who meets them at the airport.
  if (
    WELCOMED_BY_BEFORE.test(before) &&
    LEADER_NOUN.test(item.title?.roleNoun ?? "") &&
    !ON_ARRIVAL.test(text.slice(sentence.start, sentence.end))
  )
    return took({ kind: "attendance", weak: false });
  if (MENTIONED_ONLY_BEFORE.test(before.slice(-40))) {
    const words = before
      .replace(/[^\p{L}\s'’-]+/gu, " ")
      .trim()
      .split(/\s+/)
      .slice(-2)
      .join(" ");
    return leftOut(`named as merely mentioned: ${words}`);
  }
  // "Speaking in Bishkek, X said the meeting …": words said where the release does not put the meeting.
  if (spokeElsewhere(text, sentence.start, before) && !TOOK_PART.test(ownClause(after)))
    return leftOut("spoke away from the meeting");
  if (atAnotherSummit(text, before)) return leftOut("named at another summit");
  // "Speaking at the summit, Uzbek President X …", "…, the Kyrgyz President, X, …": the opener ends before the adjective
  // of the country, which the person's title does not hold.
  const opener = before.replace(COUNTRY_ADJECTIVE_AFTER_OPENER, "");
  const spokeBefore = SPOKE_THERE_BEFORE.exec(opener);
  if (spokeBefore)
    return took({ kind: VIDEO_ADDRESS.test(spokeBefore[0]) ? "message" : "attendance", weak: false });
  if (SPOKE_IN_TURN_BEFORE.test(opener) && !TO_THE_PRESS.test(after))
    return took({ kind: "attendance", weak: false });
  if (GREETED_THEM_BEFORE.test(opener)) return took({ kind: "attendance", weak: false });
  const spokeAfter = SPOKE_THERE_AFTER.exec(after);
  if (spokeAfter)
    return took({ kind: VIDEO_ADDRESS.test(spokeAfter[0]) ? "message" : "attendance", weak: false });
  if (officialReported(item.title ?? null, before, after)) return took({ kind: "attendance", weak: false });
  const clause = ownClause(after);
  const verb = TOOK_PART.exec(clause) ?? ACTED_AT.exec(clause);
  if (!verb) return leftOut(NO_WORD_OF_TAKING_PART);
  // "X, President of Turkmenistan, which is not a member of the Council, took part": a relative clause on the country,
  // closed before the verb, is no part of what X did.
  if (NOT_THEIR_ACT.test(clause.slice(0, verb.index).replace(COUNTRY_CLAUSE, "")))
    return leftOut("what took place is reported, denied or someone else's act");
  // "In the business council, X was given the floor", "At the press conference, X took the floor": the floor of an
  // event held beside the meeting, named before the one who took it.
  if (/\bthe\s+floor\b/i.test(verb[0]) && FLOOR_ELSEWHERE_BEFORE.test(before))
    return leftOut("took the floor at an event beside the meeting");
  // "X will chair the Council next year", "… will attend the next summit": a later meeting, not this one; "X, who
  // chaired the Organisation in 2023–2024": a term of office, not this meeting.
  // "… told the leaders about the work done since the last session": a time, not another meeting attended.
  const since = clause
    .slice(verb.index)
    .replace(/\b(?:since|after)\s+the\s+(?:\w+\s+)?(?:summit|meeting|session)\b/gi, "");
  // "At the previous summit in 2019, X chaired the meeting": an act at an earlier meeting, named before its subject.
  if (
    NEXT_MEETING.test(clause) ||
    ANOTHER_EVENT.test(since) ||
    LATER_EVENT.test(before + clause) ||
    EARLIER_MEETING_OPENING.test(before)
  )
    return leftOut(
      NEXT_MEETING.test(clause)
        ? "a later meeting"
        : LATER_EVENT.test(before + clause)
          ? "another day or another event"
          : "an earlier meeting",
    );
  const chairs =
    /^(?:chair|presid)/i.test(verb[0]) ||
    LED_SESSION_AT.test(clause.slice(verb.index)) ||
    AND_LED_SESSION.test(clause.slice(verb.index));
  if (chairs && ANOTHER_TERM.test(clause.slice(verb.index))) return leftOut("chaired in another term");
  // "President X will chair the organisation for the next six months", "… is to preside over the bloc until the next
  // summit": a term of office to come, which says nothing of who chaired, or sat at, this meeting.
  if (
    chairs &&
    FUTURE_BEFORE_VERB.test(clause.slice(0, verb.index)) &&
    TERM_TO_COME.test(clause.slice(verb.index))
  )
    return leftOut("chairs in a term to come");
  if (chairs && WHICH_ON_ANOTHER_MEETING_BEFORE.test(before)) return leftOut("chaired another meeting");
  return took({ kind: chairs ? "chair" : "attendance", weak: false });
}

/** "will", "shall", "is to", right before a verb of chairing. */
const FUTURE_BEFORE_VERB =
  /\b(?:will|shall|is\s+to|are\s+to|is\s+(?:due|expected|set)\s+to)\s+(?:then\s+|also\s+|now\s+)?$/i;
/**
 * What a chair to come chairs, or for how long: the body itself ("the organisation", "the bloc", "the Union"), a span
 * ("for the next year", "for the coming six months") or an end ("until the next summit"); not a meeting ("will chair
 * the session tomorrow").
 */
const TERM_TO_COME =
  /^(?:chair|chairs|preside|presides|lead|leads|head|heads)\b(?:\s+over)?\s+(?:(?:the|its)\s+(?:[\w'’-]+\s+){0,2}?(?:organi[sz]ation|association|union|bloc|group|grouping|community|commonwealth)\b|[^.;]{0,60}?\b(?:for\s+(?:the\s+)?(?:next|coming|following)\s+(?:[\w-]+\s+)?(?:year|years|months|term)\b|until\s+(?:the\s+)?(?:next|following|end)\b))/i;

// The openings of a list of those in someone's company or talks: "Joining …", "Alongside the host …", "chaired the talks
// with …"; and the events beside the meeting where such company is kept.
const COMPANY_WORD = String.raw`(?:joining|alongside|beside|besides|next\s+to|together\s+with|with)`;
const COMPANY_OR_TALKS = new RegExp(
  String.raw`^${COMPANY_WORD}\b|\bjoining\b|\b(?:chaired|co-chaired|presided\s+over|hosted)\s+the\s+\w+\s+with\b`,
  "i",
);
// "Alongside the host, President X, were …": the company word and its object (group 1), then the one in the aside
// (group 2).
const BESIDE_ASIDE = new RegExp(String.raw`^(${COMPANY_WORD}\s+[^,]+,\s*)([^,]+?),\s*(?:were|was)\s`, "i");
const COMPANY_EVENT =
  /\b(?:dinner|luncheon|lunch|breakfast|reception|banquet|concert|exhibition|expo|gala|ceremony|tour|visit|excursion|performance|show|parade|forum|(?:news|press)\s+(?:conference|briefing))\b/i;

// The venue of a floor given or taken, set before the speaker: "In the business council, …", "At a side event on
// water, …", "During the press conference, …", "At the youth forum held in parallel, the floor was given to …".
const FLOOR_ELSEWHERE_BEFORE =
  /\b(?:at|in|during)\s+(?:the|a|an)\s+(?:[\w'’-]+\s+){0,3}?(?:(?:business|investment|economic|youth|media|civil[-\s]society|people['’]s|expo|trade|academic|parliamentary|expert)\s+(?:forum|summit|dialogue|conference|council|festival)|side[-\s]events?|(?:news|press)\s+(?:conference|briefing)|briefing|panel|round[-\s]?table)\b/i;

// "Speaking in Bishkek, …", "Speaking at home, …", "Commenting from Tashkent, …" opening a sentence.
const SPEAKING_FROM =
  /(?:^|[.;]\s+|—\s*)(?:Speaking|Commenting|Writing)\s+(?:(?:at\s+home\s+)?(?:in|from)\s+(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)?)|at\s+home|(?:by|over\s+the)\s+(?:tele)?phone)\b[^,.;]{0,40},\s*$/u;

/**
 * Whether the words before a speaker put him away from the meeting: "Speaking in Bishkek, X said …", where Bishkek is
 * no place the release's opening names (the meeting's city is named in its dateline or first sentence), of a meeting
 * the release does not say was held by video.
 */
function spokeElsewhere(text: string, sentenceStart: number, before: string): boolean {
  const away = SPEAKING_FROM.exec(before);
  if (!away) return false;
  // "Speaking from Ankara, X said …" of a meeting held by video: he took part from his capital.
  if (/\b(?:video|videoconference|online|virtual(?:ly)?|remotely)\b/i.test(text)) return false;
  const opening = text.slice(0, Math.min(300, sentenceStart)).toLowerCase();
  return !away[1] || !opening.includes(away[1].toLowerCase());
}

// The leaders as a group, then someone "together with" them before their act: "The leaders, together with X, posed …".
const WITH_THE_LEADERS_BEFORE =
  /\b(?:leaders|heads\s+of\s+(?:state|government)|presidents|participants)\s*,?\s+(?:together|along)\s+with\s+(?:the\s+)?$/i;
// The closing line of thanks to the host: "The leaders thanked President X for hosting the summit", "The heads of state
// expressed their gratitude to the President of Y, X, for the warm hospitality".
const THANKED_BEFORE =
  /\b(?:leaders|heads\s+of\s+(?:state|government|delegations?)(?:\s+and\s+government)?|participants|delegations|guests)\s+(?:also\s+)?(?:thanked|expressed\s+(?:their\s+)?(?:sincere\s+|deep\s+)?(?:gratitude|appreciation|thanks)\s+to)\s+(?:the\s+)?$/i;
const FOR_HOSTING_AFTER =
  /^\s*,?\s*for\s+(?:hosting\s+(?:the|this|today['’]s)\s+(?:[\w'’-]+\s+){0,4}?(?:summit|meeting|session|talks)\b|(?:the|his|her)\s+(?:(?:warm|generous|kind|traditional|cordial)\s+(?:and\s+)?)*hospitality\b)/i;

// A leader, or two joined by "and", as the subject of "signed": "President A and President B signed the convention".
const SIGNED_AFTER = /^(?:\s*,?\s+and\s+[^,.;]{3,80}?)?\s+(?:also\s+|jointly\s+|then\s+)?signed\b/i;
const HAD_SIGNED =
  /^(?:\s*,?\s+and\s+[^,.;]{3,80}?)?\s+had\s+(?:(?:also|jointly|then|already|once)\s+)?signed\b/i;

/**
 * Whether a head of state or government named with his title signs something in the release's own time: the leaders
 * who sign at a meeting are at it. Not a signing in another year, at another time or event ("signed the Treaty in
 * 1992", "a day earlier"), nor in a relative clause on someone else ("whose President X signed").
 */
function leaderSigned(item: { title?: ParsedTitle | null }, before: string, after: string): boolean {
  if (!LEADER_NOUN.test(item.title?.roleNoun ?? "") || !SIGNED_AFTER.test(after)) return false;
  const clause = ownClause(after);
  return (
    !/\bwhose\s+$/i.test(before) &&
    // "… President A and President B had signed the Charter": a signing before the meeting, in the past perfect.
    !HAD_SIGNED.test(after) &&
    !new RegExp(YEAR.source).test(clause) &&
    !LATER_EVENT.test(before + clause) &&
    !ANOTHER_EVENT.test(clause) &&
    !NEXT_MEETING.test(clause) &&
    // "signed a decree in Ankara": his own government's act, not a document of the meeting.
    !AWAY_FROM_THE_TABLE.test(clause)
  );
}

/**
 * Whether the leaders thank the person named for hosting this meeting or for the hospitality: the host was at the
 * meeting he hosted. Not "for hosting the next summit", nor a meeting named as another one.
 */
function thankedAsHost(before: string, after: string): boolean {
  if (!THANKED_BEFORE.test(before)) return false;
  if (!FOR_HOSTING_AFTER.test(after)) return false;
  const clause = ownClause(after);
  return !NEXT_MEETING.test(clause) && !ANOTHER_EVENT.test(clause) && !LATER_EVENT.test(clause);
}

/**
 * The person a "chaired" clause is about: the whole subject ("President X", "Tokayev"), the person a relative clause
 * hangs on ("… handed over the chairmanship to President Y, who then chaired"), or the subject of an earlier verb
 * ("X took over the chairmanship and chaired the rest of the meeting").
 */
function chairSubject(
  text: string,
  start: number,
  end: number,
  knowledge: ReaderKnowledge,
): { start: number; end: number } | null {
  // "Malaysia chose the theme "…"; Prime Minister X chaired the meetings": a semicolon ends the clause before the
  // subject, so the words before it name no chair.
  start += text.slice(start, end).lastIndexOf(";") + 1;
  while (start < end && /\s/.test(text[start]!)) start++;
  const subject = text.slice(start, end);
  const then = String.raw`(?:\s+(?:then|later|subsequently|thereafter|also))?$`;
  const who = new RegExp(String.raw`,?\s+who${then}`, "i").exec(subject);
  const and = new RegExp(String.raw`\s+and${then}`, "i").exec(subject);
  if (!who && !and) return { start, end };
  const to = start + (who ?? and)!.index;
  const people = titledPeople(text, start, to, knowledge);
  const person = who ? people.at(-1) : people[0]?.start === start ? people[0] : undefined;
  if (person) return { start: person.start, end: person.end };
  // No title: the run of capitalised words next to the verb's side ("… to Tokayev, who", "Tokayev opened it and").
  const bare = who
    ? /\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)*$/u.exec(text.slice(start, to))
    : /^(?:Mr\.?\s+|Ms\.?\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)*/u.exec(subject);
  return bare ? { start: start + bare.index, end: start + bare.index + bare[0].length } : null;
}

/**
 * The country a title without one belongs to by a possessive before it: "Russia, whose President, X,", "Armenia sent
 * its Prime Minister, X": the nearest country named before it in the same clause.
 */
function possessorCountry(
  text: string,
  sentence: { start: number; end: number },
  item: { start: number; end: number },
  knowledge: ReaderKnowledge,
): string | null {
  const before = text.slice(sentence.start, item.start);
  if (!/\b(?:whose|its)\s+(?:[\w-]+\s+)?$/i.test(before)) return null;
  const clauseStart = sentence.start + (/^.*[;]/s.exec(before)?.[0].length ?? 0);
  return countryMentions(text, knowledge, clauseStart, item.start).at(-1)?.id ?? null;
}

/**
 * The country whose delegation a person with a title but no country led: "State Counsellor X led the delegation of
 * Myanmar", "Foreign Minister X headed Iran's delegation", "X led the Thai delegation" (the first country named after
 * the verb, in the same clause).
 */
function delegationCountry(
  text: string,
  sentence: { start: number; end: number },
  item: { start: number; end: number },
  knowledge: ReaderKnowledge,
): string | null {
  const after = text.slice(item.end, sentence.end).split(/[;]|,\s+(?:and|while|but|as)\s/)[0]!;
  // "X, Ruler of Fujairah, who headed the UAE delegation": an apposition on the person may stand before the verb.
  const led =
    /^\s*(?:,\s+(?!who\b)[^,;]{1,80}?(?=,\s+who\s))?(?:,\s+(?:who\s+)?)?(?:also\s+)?(?:led|headed|leads|heads|was\s+leading|was\s+heading)\s+(?:the\s+)?/i.exec(
      after,
    );
  if (!led) return null;
  const from = item.end + led[0].length;
  const rest = text.slice(from, Math.min(sentence.end, from + 60));
  if (!/\bdelegations?\b/i.test(rest)) return null;
  const country = countryMentions(text, knowledge, from, from + rest.length)[0];
  return country && /^[^,;]*$/.test(text.slice(from, country.start)) ? country.id : null;
}

// A sub-heading: a paragraph of a few words with no verb and no full stop that names a capacity ("Observer states",
// "Guests of the Chair", "Dialogue partners").
const SUBHEADING = /^(?:[\p{L}'’-]+\s+){0,5}[\p{L}'’-]+$/u;

/**
 * Every stretch of text that names people taking part, in text order; the people under a sub-heading that names a
 * capacity come in that capacity, unless their own words say another.
 */
// Invited, then absent: "X was also invited but sent his regrets", "A and B were invited but did not attend", "X, who
// had been invited, could not come". Read on the person's own clause: nothing of their own done before it.
const INVITED_BUT =
  /\s(?:was|were|had\s+been|has\s+been|have\s+been)\s+(?:also\s+|likewise\s+)?invited\b[^.;]{0,40}?\bbut\s+|,\s+who\s+(?:had\s+been|was|were|has\s+been)\s+(?:also\s+)?invited,\s+/i;
const ABSENT =
  /^(?:(?:he|she|they)\s+)?(?:did\s+not|didn['’]t|could\s+not|couldn['’]t|cannot|can['’]t|(?:was|were)\s+(?:unable|absent|not\s+(?:present|able))|sent\s+(?:his|her|their)\s+(?:regrets|apologies)|declined|stayed\s+away|excused)\b/i;

// The last word of an organization's or a document's name, never of a person's: "the Eurasian Development Bank" cut
// from "The President of the Eurasian Development Bank, X, attended" as if it were a name of its own.
const ORGANIZATION_WORD =
  /(?:^|\s)(?:Bank|Organi[sz]ation|Union|Commission|Committee|Council|Fund|Secretariat|Ministry|Agency|Federation|Republic|Kingdom|Community|Commonwealth|Association|Assembly|Forum|Group|Institute|University|Corporation|Company|Office|Service|Authority|Court|Parliament|Centre|Center|Cooperation|Partnership|Summit|Declaration|Treaty|Charter|Nations|States)$/u;

// Words of an aide's or official's title that no name begins with: "Presidential Aide X", "National Security Adviser
// X", "Press Secretary X" read with the title left in the name — staff of a delegation, not its head.
const STAFF_TITLE_WORDS =
  /^(?:(?:Presidential|Aide|Adviser|Advisor|Assistant|Spokes(?:man|woman|person)|Press|Security|National|Deputy|Chief|Counsell?or|Protocol|Permanent|Staff)\s+)+\p{Lu}/u;

/**
 * Whether the "name" of a mention is an organization's or a document's name, or a staff title glued to a name, not a
 * person's name.
 */
export function organizationNamed(item: { name: { text: string } | null }): boolean {
  if (item.name === null) return false;
  const name = item.name.text.trim();
  return ORGANIZATION_WORD.test(name) || STAFF_TITLE_WORDS.test(name);
}

/**
 * Whether a mention is a capital's name alone, with no title: "Astana presided over the session" names the state (its
 * leader is the chair, read from the country), not a person called Astana. A given name that is also a capital's
 * ("Santiago Peña") has more words and stays a name.
 */
function capitalAlone(item: { name: { text: string } | null; title: unknown }): boolean {
  return item.title === null && item.name !== null && isCapitalName(item.name.text.trim());
}

/** Whether a mention is a world region's name alone, with no title: "the heads of state of West and Central Africa". */
function regionAlone(item: { name: { text: string } | null; title: unknown }): boolean {
  return item.title === null && item.name !== null && isRegionName(item.name.text);
}

// A staff title read as the title ("Presidential Press Secretary X", "Kremlin spokesman X", "spokesman X"): a
// delegation's staff, present or not, is never a head of delegation; an organization's own assistant or adviser
// ("Assistant Secretary-General of the SCO") names that organization and stays. A chief adviser heads an interim
// government ("Chief Adviser X of Bangladesh"), unless he is someone's ("chief adviser to the President").
const STAFF_TITLE =
  /\b(?:press\s+secretary|spokes(?:man|woman|person)|aide|(?<!\bchief\s)advis[eo]r|chief\s+advis[eo]r\s+to)\b/i;

/** Whether a mention is titled only as someone's staff. */
function staffTitled(item: { title: { text: string; organization: unknown } | null }): boolean {
  return item.title !== null && !item.title.organization && STAFF_TITLE.test(item.title.text);
}

// Someone named as the one absent: "In the absence of President X, Y led the delegation", "Instead of President X, Y
// attended", "Y attended on behalf of President X", "standing in for President X", "Y, representing President X,";
// "President X, who was due to attend, sent Y".
// A leader who stayed away and sent someone else: "stayed at home and sent Prime Minister Y", "did not attend but
// sent his deputy, Y"; the one sent follows.
const SENT_INSTEAD =
  /\b(?:stayed\s+(?:away|at\s+home|home)|did\s+not\s+(?:attend|come|travel)|could\s+not\s+(?:attend|come|travel)|was\s+absent)\b[^.;:]{0,40}?\s+(?:and|but)\s+(?:instead\s+)?(?:sent|dispatched|delegated)\s+/;
const IN_PLACE_OF =
  /\b(?:in\s+the\s+absence\s+of|instead\s+of|in\s+(?:the\s+)?place\s+of|on\s+behalf\s+of|standing\s+in\s+for|stood\s+in\s+for|deputi[sz]ing\s+for|replacing|representing)\s+(?:the\s+)?$/i;
const IN_PLACE_OF_ITEM = /^(?:In\s+the\s+absence|Instead|In\s+(?:the\s+)?place)\s+of\s/i;
const DUE_BUT_SENT =
  /^,\s+who\s+(?:was|had\s+been|were)\s+(?:originally\s+|initially\s+|first\s+)?(?:due|expected|scheduled|set|invited)\s+to\s+(?:attend|come|take\s+part|participate|travel|lead)\b[^.;]*?,\s+(?:instead\s+)?(?:sent|delegated|dispatched)\b/i;

// A person who was represented by someone else was not there himself: "President X of Armenia was represented by his
// foreign minister", "X, who was ill, was replaced by Y" (whoever stood in is read from the words after "by").
const REPRESENTED_BY_ANOTHER =
  /^(?:,[^,;.]{1,80},)?\s+(?:was|were|is|will\s+be|had\s+been)\s+(?:also\s+)?(?:represented|replaced|substituted)\b(?:\s+(?:at|in)\s+[^,.;]{1,40}?)?\s+by\b/i;

/** Whether the person named at `item` is named as the one absent, whom another stood in for. */
export function namedAsAbsent(
  text: string,
  sentence: { start: number; end: number },
  item: { start: number; end: number },
): boolean {
  return (
    IN_PLACE_OF.test(text.slice(sentence.start, item.start)) ||
    IN_PLACE_OF_ITEM.test(text.slice(item.start, item.end)) ||
    DUE_BUT_SENT.test(text.slice(item.end, sentence.end)) ||
    REPRESENTED_BY_ANOTHER.test(text.slice(item.end, sentence.end))
  );
}

const REMOTE_INSTEAD =
  /\b(?:video|online|virtually|remotely|videoconference|teleconference|message|address(?:ed)?)\b/i;

/** Whether the person named at `item` is said to have been invited and not to have come. */
export function invitedButAbsent(text: string, sentence: { end: number }, item: { end: number }): boolean {
  const clause = text.slice(item.end, sentence.end).split(/;|,\s+(?:while|whereas)\s/)[0]!;
  const invited = INVITED_BUT.exec(clause);
  if (!invited) return false;
  const lead = clause.slice(0, invited.index);
  if (TOOK_PART.test(lead) || ACTED_AT.test(lead) || /\b(?:while|whereas|but|who|which)\b/i.test(lead))
    return false;
  const rest = clause.slice(invited.index + invited[0].length);
  // "… invited but could not come in person and joined by video link": there after all, from afar.
  return ABSENT.test(rest) && !REMOTE_INSTEAD.test(rest);
}

// A meeting of ministers, not of the leaders: "the Council of Foreign Ministers", "a meeting of the foreign ministers",
// "the ASEAN Foreign Ministers' Meeting", "the defence ministers met", "a ministerial session"; and the heads of
// government's council beside a summit of heads of state ("the Council of Heads of Government of the CIS met under the
// chairmanship of …"), unless the release is about that council, which its opening words say.
const MINISTERS_MEETING = String.raw`(?:\b(?:council|meeting|conference|session)\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?ministers\b|\b(?:council|meeting|session)\s+of\s+(?:the\s+)?heads\s+of\s+government\b|\bministers['’]?\s+(?:(?:[\w-]+\s+){0,1}?(?:meeting|council|conference|session)|met)\b|\bministerial\s+(?:meeting|council|conference|session)\b)`;
const CHAIRED_MINISTERS_BEFORE = new RegExp(
  String.raw`${MINISTERS_MEETING}[^.;]{0,80}?\b(?:chaired\s+by|(?:held\s+|met\s+)?under\s+the\s+(?:chairmanship|presidency)\s+of|presided\s+over\s+by)\s+(?:the\s+)?[^.;,]{0,60}$`,
  "i",
);
const CHAIRED_MINISTERS_AFTER = new RegExp(
  String.raw`^(?:,\s+[^.;,]{0,60},)?\s+(?:had\s+)?(?:chaired|presided\s+over|led)\s+(?:the|a|an)\s+(?:[\w'’-]+\s+){0,3}?${MINISTERS_MEETING}`,
  "i",
);

/**
 * Whether the person named at `item` chaired a meeting of ministers ("the Council of Foreign Ministers, chaired the day
 * before by X", "X chaired the meeting of the foreign ministers"): another meeting than the leaders' one the release is
 * about — unless the release itself is about the ministers, which its opening words say.
 */
export function chairedMinistersMeeting(
  text: string,
  sentence: { start: number; end: number },
  item: { start: number; end: number },
): boolean {
  if (new RegExp(MINISTERS_MEETING, "i").test(text.slice(0, 200))) return false;
  return (
    CHAIRED_MINISTERS_BEFORE.test(text.slice(sentence.start, item.start)) ||
    CHAIRED_MINISTERS_AFTER.test(text.slice(item.end, sentence.end))
  );
}

/**
 * Whether whoever is named at `item` is no delegate, whatever verb they are the subject of: an organization, a capital
 * or a staff title read as a name; someone invited but absent, named as absent or as a spouse; someone only at an
 * event beside the meeting, chairing a ministers' meeting, or speaking in another city than the meeting's.
 */
export function noDelegate(
  text: string,
  sentence: Sentence,
  item: TitledName,
  venueCity: string | null,
): boolean {
  return (
    organizationNamed(item) ||
    capitalAlone(item) ||
    regionAlone(item) ||
    staffTitled(item) ||
    invitedButAbsent(text, sentence, item) ||
    namedAsAbsent(text, sentence, item) ||
    namedAsSpouse(text, sentence, item) ||
    onlyAtSideEvent(text, sentence, item) ||
    chairedMinistersMeeting(text, sentence, item) ||
    speakingElsewhere(text, sentence, item, venueCity)
  );
}

function findMentions(
  text: string,
  sentences: readonly Sentence[],
  knowledge: ReaderKnowledge,
  body: { organizationId: string | null; date: PartialDate | null; venueCity?: string | null },
): ParticipantMention[] {
  const found = findMentionsIn(text, sentences, knowledge, body.organizationId);
  const listed = [
    ...found,
    ...countryNamedSubjects(text, sentences, knowledge, found),
    ...officesNamedElsewhere(text, sentences, knowledge, found),
  ];
  const mentions = [...listed, ...memberLeaderMentions(text, sentences, knowledge, body, listed)].filter(
    (mention) => !noDelegate(text, mention.sentence, mention.item, body.venueCity ?? null),
  );
  const headings = new Map<number, ParticipationCategory | null>();
  for (const sentence of sentences) {
    const alone = sentences.filter((other) => other.paragraph === sentence.paragraph).length === 1;
    if (alone && SUBHEADING.test(sentence.text.trim())) {
      // A heading that names no capacity ("Documents", "Outcome") ends the one before it.
      headings.set(sentence.paragraph, categoryHintOf(sentence.text, true));
    }
  }
  if (!headings.size) return mentions;
  return mentions.map((mention) => {
    const under = [...headings].filter(([paragraph]) => paragraph < mention.sentence.paragraph).at(-1)?.[1];
    return under && !mention.ownHint ? { ...mention, ownHint: under } : mention;
  });
}

// Where a quoted person spoke: "X, speaking in Kyiv, dismissed …", "X, speaking from Washington, said …"; "In Beijing,
// X said …" opening the sentence.
const SPEAKING_IN =
  /^\s*,\s*(?:speaking|writing|commenting)\s+(?:in|from)\s+(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?)\s*,/u;
const IN_PLACE_OPENING = /^In\s+(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?)\s*,\s*$/u;

/**
 * A person quoted from another city than the meeting's ("Ukrainian President X, speaking in Kyiv, dismissed the
 * summit's calls"; "In Beijing, X said …"): a news agency's report quotes people who are not at the table. Only when
 * the release names the meeting's city, and the place is another.
 */
export function speakingElsewhere(
  text: string,
  sentence: { start: number },
  item: { start: number; end: number },
  venueCity: string | null,
): boolean {
  if (!venueCity) return false;
  const place =
    SPEAKING_IN.exec(text.slice(item.end, item.end + 80))?.[1] ??
    IN_PLACE_OPENING.exec(text.slice(sentence.start, item.start))?.[1];
  return place !== undefined && normalizeText(place) !== normalizeText(venueCity);
}

// An organization's office attending with no name: "The Meeting was also attended by the Secretary-General of ASEAN".
const OFFICE_ATTENDED =
  /\b(?:was|were)\s+(?:also\s+)?attended\s+by\s+(?:the\s+)?((?:Deputy\s+)?(?:Secretary[-\s]General|Director[-\s]General|Executive\s+Secretary)\s+of\s+(?:the\s+)?\p{Lu}[^,.;]{1,60}?)\s*(?:[,.;]|$)/u;

/** "the Secretary-General of ASEAN, H.E. X": the office as stated, then its holder's name set off by a comma. */
function officeHolderInApposition(
  text: string,
  office: string,
  knowledge: ReaderKnowledge,
): TitledName | null {
  const apposition = new RegExp(
    String.raw`${escapeRegExp(office)},\s+(?:(?:H\.\s?E\.|Dr\.|Mr\.|Ms\.|Mrs\.)\s+)*\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){1,4}`,
    "u",
  ).exec(text);
  if (!apposition) return null;
  const item = parseTitledName(text, apposition.index, apposition.index + apposition[0].length, knowledge);
  return item.name ? item : null;
}

/**
 * An organization's office said to attend with no name ("The Meeting was also attended by the Secretary-General of
 * ASEAN"), its holder named with the same title elsewhere in the text ("the briefing by the Secretary-General of
 * ASEAN, H.E. X"): the holder took part. A chairman's statement names the office first and the person later.
 */
function officesNamedElsewhere(
  text: string,
  sentences: readonly Sentence[],
  knowledge: ReaderKnowledge,
  taken: readonly ParticipantMention[],
): ParticipantMention[] {
  const mentions: ParticipantMention[] = [];
  for (const sentence of sentences) {
    const attended = OFFICE_ATTENDED.exec(sentence.text);
    if (!attended) continue;
    const from = sentence.start + attended.index + attended[0].indexOf(attended[1]!);
    const office = parseTitle(text, from, from + attended[1]!.length, knowledge);
    if (!office.roleNoun || !office.organization) continue;
    const holder =
      sentences
        .flatMap((other) => titledPeopleOf(text, other, knowledge))
        .find(
          (item) =>
            item.name &&
            item.title?.roleNoun === office.roleNoun &&
            item.title.organization?.id === office.organization!.id,
        ) ?? officeHolderInApposition(text, attended[1]!, knowledge);
    if (!holder || taken.some((mention) => mention.item.name?.text === holder.name!.text)) continue;
    mentions.push({ item: holder, kind: "attendance", sentence, categoryHint: null, countryHint: null });
  }
  return mentions;
}

/** Every stretch of text that names people taking part, in text order. */
/**
 * A line under a heading that holds a post and no one's name, straight after a line that names someone under a style
 * alone: a secretariat's line-up puts each person on two lines, the style and name ("His Highness Sheikh A") and then
 * the post ("President of the United Arab Emirates"). The post must be scoped by a country or an organization, so that
 * a sentence of running text or a second name never becomes someone's post.
 */
function postOnNextLine(
  text: string,
  item: TitledName,
  line: Sentence,
  next: Sentence | undefined,
  knowledge: ReaderKnowledge,
): ParsedTitle | null {
  if (!next || !item.name) return null;
  if (item.title && (item.title.country || item.title.organization)) return null;
  // The next line of the same paragraph: one line break between them, no blank line.
  if (!/^[ \t]*\r?\n[ \t]*$/.test(text.slice(trimEnd(text, line.end), next.start))) return null;
  if (/[.!?;,]$/.test(next.text) || next.text.split(/\s+/).length > 24) return null;
  const end = trimEnd(text, next.end);
  if (splitParticipantList(text, next.start, end, knowledge).some((other) => other.name)) return null;
  const title = parseTitle(text, next.start, end, knowledge);
  if (title.roleNoun === null || title.start !== next.start || !(title.country || title.organization))
    return null;
  return laterOfficeScoped(text, next.start, end, knowledge) ?? title;
}

const OFFICES_JOINED = /\s+and\s+/g;
// The words an office's title opens with ("Prime", "Deputy", "Minister", "Crown", "Special"), from the role nouns.
const OFFICE_OPENINGS = new Set(ROLE_NOUNS.map((noun) => noun.split(/[\s-]/)[0]!.toLowerCase()));

/**
 * "Crown Prince and Prime Minister of the Kingdom of X": two offices of one person on a line of their own, the first
 * unscoped; the one scoped by the country is the post, as after a name in running text.
 */
function laterOfficeScoped(
  text: string,
  start: number,
  end: number,
  knowledge: ReaderKnowledge,
): ParsedTitle | null {
  for (const join of text.slice(start, end).matchAll(OFFICES_JOINED)) {
    const first = parseTitle(text, start, start + join.index, knowledge);
    if (first.roleNoun === null || first.country || first.organization) continue;
    const from = start + join.index + join[0].length;
    // "Minister of Foreign Affairs and Representative of His Highness the Amir of X": the second office must open with
    // an office's own word, not name someone else's ("Representative of …" is whom he stands in for).
    const opening = /^(?:the\s+)?(\p{L}+)/u.exec(text.slice(from, end))?.[1]?.toLowerCase();
    if (!opening || !OFFICE_OPENINGS.has(opening)) continue;
    const second = parseTitle(text, from, end, knowledge);
    if (second.roleNoun !== null && second.start === from && (second.country || second.organization))
      return second;
  }
  return null;
}

function findMentionsIn(
  text: string,
  sentences: readonly Sentence[],
  knowledge: ReaderKnowledge,
  /** The body that met, so that an office of another body makes no chair. */
  organizationId: string | null = null,
): ParticipantMention[] {
  const mentions: ParticipantMention[] = [];
  // A heading that ends in a colon ("The summit was attended by:") and the one-name lines under it.
  let heading: {
    hint: ParticipationCategory | null;
    own: ParticipationCategory | null;
    count: number;
    /** The heading's sentence, which the lines under it share as one list. */
    sentence: Sentence;
    /** The last line ended in a semicolon ("A, President of X;"): the next one ending in a full stop closes the list. */
    semicolon?: boolean;
  } | null = null;
  /** A short line that opens with a country and a dash or a colon and names someone ("Kazakhstan – X"). */
  const countryLine = (line: Sentence | undefined) =>
    line !== undefined &&
    !/[.!?]$/.test(line.text) &&
    line.text.split(/\s+/).length <= 16 &&
    countryLedLine(text, line.start, trimEnd(text, line.end), knowledge) !== null;
  /** The line read as the post of the person on the line before it. */
  let postLine = -1;
  for (const [index, sentence] of sentences.entries()) {
    if (index === postLine) continue;
    const s = sentence.text;
    // Two or more such lines in a row are a list of the delegations by country, with or without a heading.
    if (!heading && countryLine(sentence) && countryLine(sentences[index + 1]))
      heading = { hint: null, own: null, count: 0, sentence };
    if (heading) {
      // "1. X, President of Y": a line's number, cut off as a sentence of its own, keeps the list going.
      if (/^(?:\d{1,2}|[a-z])[.)]$/.test(s) && heading.count < 60) continue;
      // "Observer states:", "Guests of the presiding side:": a heading inside the list speaks for the lines under it.
      if (/:$/.test(s) && s.split(/\s+/).length <= 8 && heading.count < 60) {
        const own = categoryHintOf(s, true);
        if (
          own &&
          !splitParticipantList(text, sentence.start, trimEnd(text, sentence.end), knowledge).length
        ) {
          heading.own = own;
          heading.count++;
          continue;
        }
      }
      const last = heading.semicolon === true && /\.$/.test(s);
      // A line led by its country may go on to the members of the delegation ("Kazakhstan — President A, members of
      // the delegation: Foreign Minister B, Defence Minister C"): it is longer than a line of one name. A line of one
      // name runs to two dozen words with a stand-in's post ("H.E. A, Deputy Prime Minister and Minister of Foreign
      // Affairs of the Kingdom of X, representing the Prime Minister").
      const words = countryLedLine(text, sentence.start, trimEnd(text, sentence.end), knowledge) ? 40 : 24;
      if ((last || !/[.!?]$/.test(s)) && s.split(/\s+/).length <= words && heading.count < 60) {
        heading.count++;
        heading.semicolon = /;$/.test(s);
        // "- X", "• X", "2) X": a bullet or a number opening the line is no part of it.
        const bullet = /^(?:[-–—•·*▪]|\d{1,2}[.)])\s+/.exec(s)?.[0].length ?? 0;
        // "Armenia – Serzh Sargsyan, President", "Tajikistan: Emomali Rahmon": the country the line opens with is
        // the delegation's, and no part of the name.
        const led = countryLedLine(text, sentence.start + bullet, trimEnd(text, sentence.end), knowledge);
        const items = splitParticipantList(
          text,
          led?.from ?? sentence.start + bullet,
          trimEnd(text, sentence.end),
          knowledge,
        );
        const post =
          items.length === 1
            ? postOnNextLine(text, items[0]!, sentence, sentences[index + 1], knowledge)
            : null;
        if (post) {
          items[0] = { ...items[0]!, title: post };
          postLine = index + 1;
        }
        for (const item of items) {
          mentions.push({
            item,
            kind: "attendance",
            sentence,
            list: heading.sentence,
            categoryHint: heading.hint,
            ownHint: heading.own,
            // "…, Ruler of Fujairah, who headed the UAE delegation": a line of one person may name his delegation's
            // country after him.
            countryHint:
              led?.countryId ??
              (items.length === 1 ? delegationCountry(text, sentence, item, knowledge) : null),
            listed: true,
          });
        }
        if (last) heading = null;
        continue;
      }
      heading = null;
    }
    // "the leaders of Cambodia (Samdech Techo X, Prime Minister), … and Viet Nam (Y, Prime Minister) took part": each
    // bracket holds one leader of the country before it.
    for (const entry of leadersInBrackets(text, sentence, knowledge)) {
      const items = splitParticipantList(text, entry.from, entry.to, knowledge);
      if (items.length !== 1 || !items[0]!.name) continue;
      mentions.push({
        item: items[0]!,
        kind: "attendance",
        sentence,
        categoryHint: categoryHintOf(withoutAsides(s)),
        countryHint: entry.countryId,
        listed: true,
      });
    }
    // "… was read by Prime Minister X, who headed his country's delegation": he took part, as its head.
    for (const head of delegationHeadsInClauses(text, sentence, knowledge))
      mentions.push({
        item: head.item,
        kind: "attendance",
        sentence,
        categoryHint: categoryHintOf(withoutAsides(s)),
        countryHint: head.countryId,
      });
    // "U.S. Vice-President X, representing President Y, who stayed at home, told the leaders …": the stand-in acted.
    for (const item of standInsRepresenting(text, sentence, knowledge))
      mentions.push({
        item,
        kind: "attendance",
        sentence,
        categoryHint: categoryHintOf(withoutAsides(s)),
        countryHint: null,
      });
    const add = (
      kind: MentionKind,
      from: number,
      to: number,
      categoryHint: ParticipationCategory | null = null,
      countryHint: string | null = null,
      listHint: ParticipationCategory | null = null,
      titles?: ParsedTitle[],
    ) => {
      let start = sentence.start + from;
      const end = trimEnd(text, sentence.start + to);
      const colon = text.slice(start, end).indexOf(":");
      // "A, Secretary General, and the heads of the affiliated bodies: B and C": the people named before a group's
      // heading that closes the first part of the list.
      let beforeHeading: TitledName[] = [];
      // "Observer states: A, B": the heading of the list speaks for it.
      if (colon >= 0) {
        const group = GROUP_BEFORE_COLON.exec(text.slice(start, start + colon));
        if (group && group.index > 0)
          beforeHeading = splitParticipantList(text, start, start + group.index, knowledge).filter(
            (item) => item.title?.roleNoun,
          );
        listHint = categoryHintOf(text.slice(start, start + colon), true) ?? listHint;
        start += colon + 1;
      }
      const split = [...beforeHeading, ...splitParticipantList(text, start, end, knowledge)];
      // "… by their presidents, A and B": each name has the shared title over its own country.
      const items =
        titles?.length === split.length && split.every((item) => !item.title?.country)
          ? split.map((item, index) => ({ ...item, title: titles[index]! }))
          : split;
      items.forEach((item, index) => {
        const ownHint =
          ownCategoryHint(text, items, index, start, end) ??
          relativeClauseHint(text.slice(item.end, sentence.end)) ??
          listHint;
        // "A, B, the current chair, and C": a chair named in an aside inside the list.
        const aside =
          LIST_CHAIR_ASIDE.exec(text.slice(item.end, items[index + 1]?.start ?? end)) ??
          // "A (chair), B", "A (Belarus, chair)": the aside in brackets the item ends with.
          BRACKET_CHAIR.exec(
            text
              .slice(item.start, items[index + 1]?.start ?? end)
              .replace(/(?:[\s,;]|\band\b|\bas\s+well\s+as\b)*$/, ""),
          );
        const chairAside =
          kind === "attendance" &&
          ((aside !== null && !NEXT_MEETING.test(aside[0]) && !ANOTHER_TERM.test(aside[0])) ||
            // "The SCO's current chairman, President X, gave the opening address": the body's chair by office.
            (items.length === 1 && ownBodysChairNamed(text, sentence, item, knowledge, organizationId)));
        mentions.push({
          item,
          kind: chairAside ? "chair" : kind,
          ...(chairAside ? { weak: true } : {}),
          sentence,
          categoryHint,
          ownHint,
          // "X, Ruler of Ajman, who headed the UAE delegation, also attended": one person, his delegation's country.
          countryHint:
            countryHint ??
            (items.length === 1 && kind === "attendance"
              ? delegationCountry(text, sentence, item, knowledge)
              : null),
          listed: kind === "attendance",
        });
      });
    };
    const found: {
      from: number;
      to: number;
      kind: MentionKind;
      hint: ParticipationCategory | null;
      /** The words of the list's own clause: "A and B took part as guests", "Attending as observers were". */
      own?: ParticipationCategory | null;
      country: string | null;
      /** "X and Y were represented by their presidents, A and B": each item's title, in order. */
      titles?: ParsedTitle[];
    }[] = [];
    // A dateline or an adverb opening the sentence is no part of its subject.
    const lead = leadOf(s);
    const rest0 = s.slice(lead);
    const sentenceHint = categoryHintOf(withoutAsides(s));
    /** A list of attending people at `from`, `length` characters long, with the sentence's category hint. */
    const listAt = (from: number, length: number, own: ParticipationCategory | null = null) =>
      found.push({ from, to: from + length, kind: "attendance", hint: sentenceHint, own, country: null });
    // "Presidents A and B of Russia and Belarus sat down with C, D and E": everyone at that table.
    const together = satDownTogether(text, sentence, lead, knowledge);
    if (together) for (const span of [together.subject, together.met]) listAt(span.from, span.to - span.from);
    const afterVerb = LIST_AFTER_VERB.exec(s) ?? tookPartFirst(s, lead);
    // "The other leaders were …", "Heads of state at the summit were …", "The host invited countries from outside the
    // group: …": the lead-in that comes first wins.
    const attended1 = firstOf([
      afterVerb,
      OTHERS_WERE.exec(s),
      LEADERS_AT_THE_MEETING.exec(s),
      INVITED_GROUP.exec(s),
    ]);
    // "The first summit, in 2001, was attended by …": another meeting's list.
    // "Joining the host at the evening concert were …", "X chaired the talks with A and B a week earlier": company
    // kept at another event or time.
    const elsewhere =
      attended1 !== null &&
      COMPANY_OR_TALKS.test(attended1[0]) &&
      (COMPANY_EVENT.test(attended1[0]) || LATER_EVENT.test(s) || ANOTHER_EVENT.test(s));
    const attended0 =
      attended1 && !elsewhere && !ANOTHER_EVENT.test(s.slice(lead, attended1.index)) ? attended1 : null;
    // "Mr Rahmon joined by video link": a list after the verb that names nobody is no list.
    const attended =
      attended0 &&
      (/^\s*:?\s*$/.test(s.slice(attended0.index + attended0[0].length)) ||
        /\p{Lu}/u.test(s.slice(attended0.index + attended0[0].length)))
        ? attended0
        : null;
    if (attended) {
      const from = attended.index + attended[0].length;
      // "Vladimir Putin's colleagues at the table were …": the one whose colleagues they were took part too.
      const owner = /^(?:colleagues|counterparts|partners)\b/i.test(attended[0])
        ? /(\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*){1,3})['’]s\s+$/u.exec(s.slice(0, attended.index))
        : null;
      if (owner)
        found.push({
          from: owner.index,
          to: owner.index + owner[1]!.length,
          kind: "attendance",
          hint: sentenceHint,
          country: null,
        });
      // "Alongside the host, President X, were A, B and C": the one named in the aside took part with them.
      const besideAside = BESIDE_ASIDE.exec(attended[0]);
      if (besideAside && attended.index === 0)
        found.push({
          from: besideAside[1]!.length,
          to: besideAside[1]!.length + besideAside[2]!.length,
          kind: "attendance",
          hint: sentenceHint,
          country: null,
        });
      // "Taking part also were representatives of the SCO observer states:" and the names one a line under it.
      if (
        /^\s*:?\s*$/.test(s.slice(from)) ||
        (/:\s*$/.test(s) && !/\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+\s*:\s*$/u.test(s))
      )
        heading = {
          hint: categoryHintOf(s.slice(0, attended.index)) ?? sentenceHint,
          own: categoryHintOf(s.slice(attended.index), true),
          count: 0,
          sentence,
        };
      else
        found.push({
          from,
          // A list runs over its semicolons ("A, President of X; B, …"), not into a clause of its own ("…, followed by
          // a minute of silence for the late X").
          to: from + (/,?\s+(?:while|whereas|followed\s+by)\s/.exec(s.slice(from))?.index ?? s.length - from),
          kind: "attendance",
          hint: categoryHintOf(s.slice(0, attended.index)) ?? sentenceHint,
          // "The distinguished guests included …": a host's courtesy names no capacity.
          own: courtesyBefore(s, attended.index) ? null : categoryHintOf(attended[0], true),
          country: null,
        });
    } else {
      // "A and B took part", and "A sat at the table": a part in the meeting all the same.
      const tookPart = LIST_BEFORE_VERB.exec(rest0) ?? SEATED_AT_THE_TABLE.exec(rest0);
      // "The heads of the observer states took part: A and B": the list is after the colon, its heading before.
      // "The heads of state took part from their capitals as heads of the delegations:" and the names one a line under
      // it: a longer clause before a colon that ends the sentence.
      const afterColon =
        tookPart &&
        (/^[^:.;]{0,40}:\s*/.exec(rest0.slice(tookPart[0].length)) ??
          /^[^:.;]{0,120}:\s*$/.exec(rest0.slice(tookPart[0].length)));
      const listAfterColon = afterColon && rest0.slice(tookPart[0].length + afterColon[0].length);
      // "The following leaders took part in the meeting:" and the names one a line under it.
      if (tookPart && listAfterColon === "")
        heading = { hint: sentenceHint, own: categoryHintOf(tookPart[1]!, true), count: 0, sentence };
      else if (tookPart && listAfterColon && /\p{Lu}/u.test(listAfterColon)) {
        const from = lead + tookPart[0].length + afterColon[0].length;
        listAt(from, s.length - from, categoryHintOf(tookPart[1]!, true));
      } else if (
        tookPart &&
        namesSomeone(tookPart[1]!) &&
        !othersAfterOwnClause(tookPart[1]!) &&
        !ANOTHER_EVENT.test(rest0.slice(tookPart[0].length).split(/[;.]|,\s+(?:and|while|but)\s/)[0]!) &&
        !LATER_EVENT.test(rest0.split(/[;.]|,\s+(?:and|while|but)\s/)[0]!)
      ) {
        const rest = s.slice(lead + tookPart[0].length);
        // "A and B attended as heads of delegations, and C as a guest of the presiding side": C shares the verb.
        // So does a companion after it: "A and B took part alongside C, and so did D".
        const companion =
          /(?:,\s*|\s+)(?:together\s+with|along\s+with|alongside|as\s+(?:was|were|did))\s+/i.exec(rest);
        const elided = companion ? null : ELIDED_ATTENDANCE.exec(rest);
        const along = companion ?? elided;
        // A list before its verb is the clause's subject: the clause's words are about it ("Leaders of guest
        // countries, A and B, also attended", "A and B were invited as guests of the presiding side"); a clause with
        // its verb left out after it has words of its own ("A and B attended as heads of dialogue partner states,
        // and C as a guest").
        const clause = withoutAsides(
          ownClause(elided ? rest0.slice(0, tookPart[0].length + elided.index) : rest0),
        );
        // "The talks, which A and B attended": the list is the relative clause's subject, after its pronoun; the
        // words before it name the meeting.
        const relative = /^.*,\s+(?:which|that|whom)\s+/is.exec(tookPart[1]!);
        const subjectAt = lead + tookPart[0].indexOf(tookPart[1]!) + (relative?.[0].length ?? 0);
        listAt(subjectAt, tookPart[1]!.length - (relative?.[0].length ?? 0), categoryHintOf(clause, true));
        if (along) {
          const tail = lead + tookPart[0].length + along.index + along[0].length;
          listAt(tail, s.length - tail, elided ? categoryHintOf(ownClause(s.slice(tail)), true) : null);
        }
      }
      // "Brazil was represented by …", "Turkmenistan will be represented by …", "Mongolia took part as an observer,
      // represented by …".
      // "The Indian delegation was led by X": the delegation's country is the one represented.
      const represented =
        /^(.+?)(?:\s+(?:was|is|were|are|will\s+be)\s+(?:also\s+)?|,\s+)represented\s+(?:at [^,]+?\s+)?by\s+/.exec(
          s,
        ) ??
        // "The UAE delegation to the summit was led by X": where the delegation went may stand between.
        /^(.+?(?:['’]s)?\s+delegation(?:\s+(?:to|at)\s+the\s+(?:[\w'’-]+\s+){0,3}?(?:summit|meeting|session|talks|conference))?|(?:the\s+)?delegation\s+of\s+[^,;]+?)\s+(?:was|is|will\s+be)\s+(?:also\s+)?(?:led|headed)\s+(?:at [^,]+?\s+)?by\s+/i.exec(
          s,
        ) ??
        // "The UAE is taking part with a high-level delegation headed by X", "Kuwait took part in the summit with a
        // delegation led by X": the subject takes part, its delegation's head after "by".
        /^(.+?)\s+(?:(?:is|are|was|were)\s+(?:taking\s+part|participating)|took\s+part|participated|attended)\b[^.;:,]{0,60}?\bwith\s+(?:a|an|its|their)\s+(?:[\w'’-]+\s+){0,3}?delegation\s+(?:headed|led)\s+by\s+/i.exec(
          s,
        ) ??
        // "Representing Armenia was Foreign Minister X", "Heading the delegation of Y at the summit was Z", "Leading
        // the Omani delegation was Sayyid Z" (the country in its demonym).
        /^((?:Representing|(?:Heading|Leading)\s+the\s+delegation\s+of)\s+[^,;]+?|(?:Heading|Leading)\s+the\s+(?:\p{Lu}[\p{L}'’-]*\s+){1,3}delegation(?:\s+(?:at|to)\s+[^,;]+?)?)\s+(?:was|were|is|will\s+be)\s+/u.exec(
          s,
        );
      // "Prime Minister A. U. Mamin represented Kazakhstan": the stand-in before the verb, the country after it.
      const representedObject = !represented
        ? /^(.+?)\s+(?:also\s+)?represented\s+((?:the\s+)?\p{Lu}[^,;.]*?)(?=\s+(?:at|in|on)\b|[,;.]|$)/u.exec(
            rest0,
          )
        : null;
      // "Pehin X, Second Minister of Foreign Affairs of Brunei, represented his country": the stand-in's own title
      // names the country; only at this meeting (the sentence ends, or "at the summit" follows).
      const representedOwn = !represented
        ? /^(.+?)\s+(?:also\s+)?represented\s+(?:his|her|their)\s+(?:country|government|state|nation)(?=\s*(?:[,;.]|$)|\s+at\s+the\s+(?:[\w'’-]+\s+){0,3}?(?:summit|meeting|session|talks)\b)/u.exec(
            rest0,
          )
        : null;
      if (
        representedOwn &&
        namesSomeone(representedOwn[1]!) &&
        !NEXT_MEETING.test(rest0) &&
        !ANOTHER_EVENT.test(rest0) &&
        !LATER_EVENT.test(rest0) &&
        !NOT_THEIR_ACT.test(representedOwn[1]!)
      )
        found.push({
          from: lead,
          to: lead + representedOwn[1]!.length,
          kind: "attendance",
          hint: null,
          country: null,
        });
      if (
        representedObject &&
        namesSomeone(representedObject[1]!) &&
        !ANOTHER_EVENT.test(rest0) &&
        !LATER_EVENT.test(rest0) &&
        !NOT_THEIR_ACT.test(representedObject[1]!)
      ) {
        const objectStart =
          sentence.start + lead + representedObject[0].length - representedObject[2]!.length;
        const country = countryMentions(
          text,
          knowledge,
          objectStart,
          objectStart + representedObject[2]!.length,
        )[0];
        if (country)
          found.push({
            from: lead,
            to: lead + representedObject[1]!.length,
            kind: "attendance",
            hint: null,
            country: country.id,
          });
      }
      // "The member states were represented by the following heads of delegation:" over the names one a line: a
      // heading (GROUP_HEADING), no list in the sentence.
      if (represented && !/^the\s+following\b[^:.;]*:\s*$/i.test(s.slice(represented[0].length))) {
        // The country nearest the verb is the one represented: "A of Belarus … attended, and Armenia was represented by".
        const country = countryMentions(
          text,
          knowledge,
          sentence.start,
          sentence.start + represented[1]!.length,
        ).at(-1);
        const rest = s.slice(represented[0].length);
        // "The observer states were represented by A, Title, and B, Title": after a plural subject ", and" goes on
        // with the list; after one country it opens a clause of its own.
        const many = /\b(?:states|countries|observers|members|partners|nations|guests)\s*$/i.test(
          represented[1]!,
        );
        const theirs = titlesOfTheirs(text, sentence.start, represented[1]!, rest, knowledge);
        const stop = (
          many || theirs
            ? /,\s+(?:while|whereas)\s|,\s+and\s+(?=(?:the\s+)?\p{Lu}[^,;.]{0,60}?\s+by\s)/u
            : /,\s+(?:while|whereas|and)\s|,\s+(?:on\s+behalf\s+of|representing|in\s+place\s+of|standing\s+in\s+for)\b/
        ).exec(rest);
        found.push({
          from: represented[0].length,
          to: represented[0].length + (stop ? stop.index : rest.length),
          kind: "attendance",
          hint: null,
          own: representedCapacity(represented[1]!),
          country: theirs ? null : (country?.id ?? null),
          ...(theirs ? { titles: theirs } : {}),
        });
        // "…, and the Sultan of Oman by Y": a second "represented" with its verb left out, its own country before "by".
        // "…, and Kazakhstan by the Minister of Transport, Z": the stand-in's post with "the" before it.
        const elided = stop
          ? /^,\s+and\s+((?:the\s+)?\p{Lu}[^,;.]{0,60}?)\s+by\s+(?=(?:its\s+|the\s+)?\p{Lu})/u.exec(
              rest.slice(stop.index),
            )
          : null;
        if (elided && !TOOK_PART.test(elided[1]!) && !ACTED_AT.test(elided[1]!)) {
          const from = represented[0].length + stop!.index + elided[0].length;
          const subject = sentence.start + from - elided[0].length + elided[0].indexOf(elided[1]!);
          const tail = /,\s+(?:while|whereas|and)\s/.exec(s.slice(from));
          const its = titlesOfTheirs(text, subject, elided[1]!, s.slice(from), knowledge);
          found.push({
            from,
            to: from + (tail ? tail.index : s.length - from),
            kind: "attendance",
            hint: null,
            country:
              countryMentions(text, knowledge, subject, subject + elided[1]!.length).at(-1)?.id ?? null,
            ...(its ? { titles: its } : {}),
          });
        }
      }
    }
    // "Egypt's President X stayed at home and sent Prime Minister Y": the one sent in his place took part, for the
    // absent leader's country.
    const sentInstead = !attended && !found.length ? SENT_INSTEAD.exec(s) : null;
    if (sentInstead && /\p{Lu}/u.test(s.slice(sentInstead.index + sentInstead[0].length))) {
      // "… sent his prime minister, Y, in his place": the name in the apposition.
      const apposition = /^(?:his|her|its|their)\s+[^,;.]{1,40},\s+(?=\p{Lu})/u.exec(
        s.slice(sentInstead.index + sentInstead[0].length),
      );
      const from = sentInstead.index + sentInstead[0].length + (apposition?.[0].length ?? 0);
      const stop =
        /\s+(?:in\s+(?:his|her)\s+(?:place|stead)|instead|to\s+(?:represent|lead|head)|as\s+(?:his|her))\b|[,;]/.exec(
          s.slice(from),
        );
      found.push({
        from,
        to: from + (stop ? stop.index : s.length - from),
        kind: "attendance",
        hint: null,
        country:
          countryMentions(text, knowledge, sentence.start, sentence.start + sentInstead.index).at(-1)?.id ??
          null,
      });
    }
    // "The heads of the delegations were:", "The other delegations were headed as follows:", "The observer states sent
    // the following delegations: A, post; B, post": a heading that names the people its list holds, before a colon.
    const grouped = !attended && !found.length ? GROUP_HEADING.exec(rest0) : null;
    // "Heads of State/Government attending the 16th ASEAN Summit" over the lines that name them.
    if (!attended && !found.length && LIST_TITLE.test(rest0.trim()) && sentences[index + 1])
      heading = { hint: sentenceHint, own: null, count: 0, sentence };
    if (grouped) {
      const after = lead + grouped[0].length;
      const own = categoryHintOf(grouped[0], true);
      if (/^\s*$/.test(s.slice(after))) heading = { hint: sentenceHint, own, count: 0, sentence };
      else if (/\p{Lu}/u.test(s.slice(after))) listAt(after, s.length - after, own);
    }
    // "The host X welcomed President A, President B and President C to the summit": the welcomed leaders and the host
    // all took part, when the sentence is about this meeting and the welcomed are named with titles.
    // With no word of the meeting in the sentence, the host greeting two or more leaders by their titles ("X welcomed
    // President A of Brazil, President B of Russia and …") is the host receiving the arriving delegations: all take part.
    const welcomed = WELCOMED.exec(rest0);
    const welcomedObject = welcomed ? rest0.slice(welcomed[0].length) : "";
    const welcomedStop = welcomed ? WELCOMED_OBJECT_END.exec(welcomedObject) : null;
    const welcomedFrom = sentence.start + lead + (welcomed?.[0].length ?? 0);
    if (
      welcomed &&
      !found.some((mention) => mention.kind === "attendance") &&
      namesSomeone(welcomed[1]!) &&
      (MEETING_NOUN.test(rest0) ||
        titledPeople(
          text,
          welcomedFrom,
          trimEnd(text, welcomedFrom + (welcomedStop ? welcomedStop.index : welcomedObject.length)),
          knowledge,
        ).length >= 2 ||
        // "Prime Minister X welcomed President A of Brazil, President B of Russia and …" after a sentence on the
        // summit: two leaders or more welcomed by title are the summit's guests too.
        (MEETING_NOUN.test(sentences[sentences.indexOf(sentence) - 1]?.text ?? "") &&
          (rest0.slice(welcomed[0].length).match(LEADER_TITLE_WORD) ?? []).length >= 2)) &&
      !NEXT_MEETING.test(rest0) &&
      !ANOTHER_EVENT.test(rest0) &&
      !LATER_EVENT.test(rest0)
    ) {
      const object = welcomedObject;
      const stop = welcomedStop;
      listAt(lead, welcomed[1]!.length);
      listAt(lead + welcomed[0].length, stop ? stop.index : object.length);
    }
    // "…, with A and B in attendance."
    const withThem = /\bwith\s+(.+?)\s+(?:in\s+attendance|attending|taking\s+part|participating)\b/.exec(s);
    if (withThem && namesSomeone(withThem[1]!) && !found.some((mention) => mention.kind === "attendance")) {
      listAt(withThem.index + withThem[0].indexOf(withThem[1]!, 4), withThem[1]!.length);
    }
    // A later clause of its own: "…, took part as guests of the chair; Mr Rahmon joined by video link".
    for (const semicolon of s.matchAll(/;\s+|,?\s+(?:while|whereas)\s+/g)) {
      const at = semicolon.index + semicolon[0].length;
      if (found.some((mention) => mention.from <= at && at < mention.to)) continue;
      // "…, while Uzbekistan was represented by First Deputy Prime Minister X": the country before the verb is the
      // delegation's, the stand-in after it takes part.
      const representedHere =
        // "Ukraine, whose president stayed away, was represented by …": an aside on the country between.
        /^([^,;]+?)(?:,\s+(?:whose|which|where)\b[^,;]*,)?\s+(?:was|were|is|are|will\s+be)\s+(?:also\s+)?represented\s+by\s+/.exec(
          s.slice(at),
        );
      if (representedHere && !LATER_EVENT.test(representedHere[1]!)) {
        const country = countryMentions(
          text,
          knowledge,
          sentence.start + at,
          sentence.start + at + representedHere[1]!.length,
        ).at(-1);
        const from = at + representedHere[0].length;
        const stop = /;|,?\s+(?:while|whereas)\s/.exec(s.slice(from));
        found.push({
          from,
          to: from + (stop ? stop.index : s.length - from),
          kind: "attendance",
          hint: null,
          country: country?.id ?? null,
        });
        continue;
      }
      const clause = LIST_BEFORE_VERB.exec(s.slice(at));
      if (!clause || !namesSomeone(clause[1]!)) continue;
      listAt(at + clause[0].indexOf(clause[1]!), clause[1]!.length);
    }
    const chairedBy =
      // "… was chaired from Baku by X": where the chair sat, between the verb and its agent.
      // The place is capitalized ("from Baku", "from the Kremlin"), never "from its founding by" (no "i" flag: it
      // would let \p{Lu} take a lower-case letter).
      /\b(?:[Cc]haired|[Pp]resided\s+over)\s+(?:from\s+(?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)?\s+)?by\s+/u.exec(
        s,
      ) ??
      // "The summit, which X chaired, was attended by …": the chair named in a relative clause on the meeting.
      whichChairedThisMeeting(s) ??
      /\bunder\s+the\s+(?:chairmanship|presidency|chairship)\s+of\s+/i.exec(s) ??
      // "The meeting took place under the leadership of X": leading the meeting named before it, never a delegation.
      underLeadership(s) ??
      // "The summit was opened by its chairman, President X", "… opened by the SCO chair, X", "… by the chair of the
      // summit, X": the meeting's chair by office in apposition before the name (not "the Chairperson of the AU
      // Commission, X", another body's office).
      /\b(?:[Ss]ummit|[Mm]eeting|[Ss]ession|[Tt]alks|[Ss]itting|[Pp]lenary|[Pp]roceedings)\b[^.;]{0,60}?\b(?:was|were)\s+(?:(?:formally|officially)\s+)?(?:opened|led|conducted|chaired|presided\s+over)\s+by\s+(?:its\s+(?:current\s+|incumbent\s+)?(?:[Cc]hair(?:man|person|woman)?|[Pp]resident)|the\s+(?:current\s+|incumbent\s+)?(?:[A-Z][A-Z\d-]+\s+)?[Cc]hair(?:man|person|woman)?(?:\s+of\s+the\s+(?:[Ss]ummit|[Mm]eeting|[Ss]ession))?)\s*,\s+/.exec(
        s,
      ) ??
      // "The session was moderated by X": leading the meeting itself, never a delegation.
      // "The talks in the narrow and the expanded format were led by X": a few words on the meeting's format between.
      // "The proceedings were steered by X", "the sessions were guided by X".
      /(?<!\b(?:delegations?|team)\s+(?:at|to|in|for|of)\s+(?:the\s+)?)\b(?:summit|meetings?|sessions?|talks|sittings?|discussions?|plenary|proceedings|deliberations)(?:\s+(?:(?!(?:delegations?|team|group|ministers?|was|were)\b)[\w'’-]+)){0,7}?\s+(?:was|were)\s+(?:moderated|led|conducted|steered|guided)\s+by\s+/i.exec(
        s,
      ) ??
      // "Presiding over the meeting was X", "Chairing the talks was X".
      /\b(?:Presiding\s+over|Chairing)\s+the\s+(?:[\w'’-]+\s+){0,3}?(?:summit|meeting|session|talks|sitting)\s+(?:was|is)\s+/i.exec(
        s,
      ) ??
      // "Under President X's chairmanship, the leaders …": a titled person's office, the person before "'s" (not "… of"
      // another body, nor a term in a year or an earlier or later one).
      /\b[Uu]nder\s+(?=(?:President|Prime\s+Minister|Premier|Chancellor|Emir|King|Sultan)\s+[A-Z][^,;.]{1,50}?['’]s\s+(?:chairmanship|presidency|chairship)\b(?!\s+of\b)(?![^,;.]{0,40}\b(?:(?:in|during|for|since)\s+(?:the\s+)?(?:19|20)\d{2}|previous|last|past|next)\b))/.exec(
        s,
      ) ??
      // "…, with X in the chair", "… met today with X presiding", "… with X at the helm".
      /\bwith\s+(?=[^,;.]{3,80}?\s+(?:in\s+the\s+chair|at\s+the\s+helm|presiding|chairing)\b(?!\s+(?:over\s+)?(?:the\s+)?(?:next|following)\b))/i.exec(
        s,
      );
    // "The summit was chaired by A and B, C and D made statements": a list after "and" whose own verb follows it is a
    // new clause's subject, not more chairs.
    const chairStop = chairedBy
      ? /\s+and\s+(?=(?:(?!\b(?:who|which|whom)\b)[^.;])*?\s(?:made|delivered|gave|read)\s+(?:[\w'’-]+\s+)?(?:statements|speeches|remarks|addresses)\b)|,\s+(?:was|were|who|which|and(?!\s+by\b)|the|a|an|this)\b|,\s+as\b(?![^,;.]*,\s+and\s+by\b)|,\s+(?!and\s+by\b)(?!as\b[^,;.]*,\s+and\s+by\b)(?=\p{Ll})|\s+(?:who|which)\b|\s+and\s+the\b|\s+and\s+(?:was\s+)?(?:also\s+)?(?:attended|joined)\b|\s+in\s+the\s+chair\b|\s+at\s+the\s+helm\b|\s+(?:from|in)\s+(?:(?:his|her|the)\s+)?(?=\p{Lu}[\p{L}-]+\s*(?:[,;.]|$|\s+(?:and|via|by|through)\b))|['’]s\s+(?:chairmanship|presidency|chairship)\b|\s+(?:presiding|chairing)\b(?!\s+(?:country|state|side|nation)\b)|\s+(?:took\s+place|was|were|is|are|has|had|will|opened|began|ended|discussed|focused|adopted|signed|approved|considered|reviewed|chaired|presided)\b|;/u.exec(
          s.slice(chairedBy.index + chairedBy[0].length),
        )
      : null;
    // "The next summit will be chaired by X": the chair of a later meeting. "… was presided over by X, President of Y,
    // the presiding state of the Commonwealth in 2009": a term in an aside after the chair's name is this one's.
    const chairWords = chairedBy
      ? s.slice(chairedBy.index, chairedBy.index + chairedBy[0].length + (chairStop?.index ?? s.length))
      : "";
    // "On the sidelines, the ASEAN-Japan Summit was co-chaired by A and B": the chairs of another meeting, a summit
    // with a partner or an event beside this one.
    const otherMeeting =
      chairedBy !== null &&
      (/\bsidelines?\b|\bside\s+(?:event|meeting)s?\b/i.test(s.slice(0, chairedBy.index)) ||
        partnerSummitBefore(text, s.slice(0, chairedBy.index)) ||
        SIDE_EVENT_OBJECT.test(
          " the " +
            (/(?:the|a|an)\s+([^,;]*?)\s+(?:was|were)\s+(?:co-)?$/i.exec(s.slice(0, chairedBy.index))?.[1] ??
              ""),
        ));
    if (chairedBy && !NEXT_MEETING.test(s) && !ANOTHER_TERM.test(chairWords) && !otherMeeting) {
      const from = chairedBy.index + chairedBy[0].length;
      const rest = s.slice(from);
      const stop = chairStop;
      // "… took place in the Armenian capital, with President X in the chair": a chair whose title names no country
      // presides in the capital the sentence names by its country — only when it names one ("…, a week after a meeting
      // in the Belarusian capital" leaves the chair's country open, as the host's-leader rule does).
      const capitalCountry = capitalCountryIn(text, knowledge, sentence.start, sentence.end);
      const to = from + (stop ? stop.index : rest.length);
      // "chaired by the Armenian head of government (Prime Minister X)", "led by the head of the presiding country —
      // Kazakh President X —": a description, then the person in a bracketed or dash aside; the description's country
      // is the chair's when the aside names none.
      const aside = describedInAside(s.slice(from, to));
      const describedCountry = aside
        ? (countryMentions(text, knowledge, sentence.start + from, sentence.start + from + aside.from)[0]
            ?.id ?? null)
        : null;
      found.push({
        from: aside ? from + aside.from : from,
        to: aside ? from + aside.to : to,
        kind: "chair",
        hint: null,
        country: describedCountry ?? capitalCountry,
      });
      // "co-chaired by A of X, pro tempore President of SICA, and B of Y, Chairman of …", "jointly chaired by A, the
      // current chairman of the Authority, and B, who chairs ECCAS": the first co-chair's office in an aside ends his
      // name, and the second follows ", and" — up to his own aside or the end of the clause.
      const second = /(?:\bco-|\bjointly\s+)$/i.test(s.slice(0, chairedBy.index))
        ? /^,\s+[^,;.]{3,80}?,\s+and\s+(?:by\s+)?(?=(?:the\s+)?\p{Lu})/u.exec(s.slice(to))
        : null;
      if (second && !aside) {
        const secondFrom = to + second[0].length;
        const secondEnd = /,|;|\s+(?:who|which)\b|\.(?=\s|$)/.exec(s.slice(secondFrom).slice(0, 160));
        const secondTo = secondFrom + (secondEnd ? secondEnd.index : Math.min(160, s.length - secondFrom));
        found.push({ from: secondFrom, to: secondTo, kind: "chair", hint: null, country: null });
      }
    } else {
      // "On a proposal by the outgoing Chairman, X, Y was elected Chairman of the Summit": the one who proposed is no
      // part of the subject.
      const proposer = PROPOSED_BY_OPENER.exec(rest0);
      const chairLead = lead + (proposer?.[0].length ?? 0);
      const chairRest = s.slice(chairLead);
      const chaired = new RegExp(
        String.raw`^(.+?)(?:,\s+as\s+(?:the\s+)?(?:chair(?:man|ing\s+(?:country|state|side))?|presiding\s+(?:country|state|side)|host(?:ing)?\s+(?:country|state|side))\s*,\s+[a-z][^.]*|(?:\s+(?:then|later|also|subsequently|personally|jointly))?\s+(?:(?:hosted|opened|convened)\s+and\s+)?(?:chaired|presided(?:\s+over)?|took\s+the\s+chair|(?:was|sat)\s+in\s+the\s+chair|${LED_SESSION}|${ELECTED_CHAIR_OF_THE_MEETING})\b)`,
      ).exec(chairRest);
      const chairedClause = chaired
        ? chairRest.slice(chaired[0].length).split(/[;.]|,\s+(?:and|while|but)\s/)[0]!
        : "";
      const subject =
        chaired &&
        namesSomeone(chaired[1]!) &&
        !ANOTHER_TERM.test(chairedClause) &&
        // "X chaired the intergovernmental council a week earlier": another time, another meeting; so "Earlier in the
        // week, X chaired …".
        !LATER_EVENT.test(chairedClause) &&
        !LATER_EVENT.test(chaired[1]!) &&
        // "At the previous summit in 2019, X chaired the meeting": the chair of an earlier meeting.
        !EARLIER_MEETING_OPENING.test(chaired[1]!) &&
        // "The foreign ministers' meeting, which X opened and chaired, …": another meeting's chair.
        !WHICH_ON_ANOTHER_MEETING.test(chaired[1]!)
          ? chairSubject(
              text,
              sentence.start + chairLead,
              sentence.start + chairLead + chaired[1]!.length,
              knowledge,
            )
          : null;
      if (subject)
        found.push({
          from: subject.start - sentence.start,
          to: subject.end - sentence.start,
          kind: "chair",
          hint: null,
          country: null,
        });
    }
    // "X co-chaired the summit with Y", "… at a summit that X co-chaired with Y": both chair it.
    const coChairedWith = CO_CHAIRED_WITH.exec(rest0);
    if (
      coChairedWith &&
      !NEXT_MEETING.test(rest0) &&
      !ANOTHER_TERM.test(rest0) &&
      !ANOTHER_EVENT.test(rest0) &&
      !LATER_EVENT.test(rest0)
    )
      for (const chairName of [coChairedWith[1]!, coChairedWith[2]!]) {
        const from = lead + coChairedWith.index + coChairedWith[0].indexOf(chairName);
        const to = from + chairName.length;
        const overlapping = found.filter((mention) => mention.from < to && from < mention.to);
        // "… co-chaired the summit with Y" read as company kept at the talks: Y chairs too.
        for (const mention of overlapping) if (mention.kind === "attendance") mention.kind = "chair";
        if (namesSomeone(chairName) && overlapping.length === 0)
          found.push({ from, to, kind: "chair", hint: null, country: null });
      }
    // A chair named by family name only, in an aside: "As chair, Tokayev proposed …", "Tokayev, who holds the rotating
    // chairmanship, opened the talks" (never a country: "As chair, Kazakhstan proposed …").
    const bareChair = !found.some((mention) => mention.kind === "chair")
      ? (BARE_CHAIR_BEFORE.exec(rest0) ??
        BARE_CHAIR_AFTER.exec(rest0) ??
        BARE_CHAIR_APPOSED_BEFORE.exec(rest0))
      : null;
    if (
      bareChair &&
      !NEXT_MEETING.test(rest0) &&
      !ANOTHER_TERM.test(rest0) &&
      !anotherBodysOffice(
        text,
        sentence.start + lead + bareChair.index + bareChair[0].length,
        knowledge,
        organizationId,
      )
    ) {
      const from = lead + bareChair[0].indexOf(bareChair[1]!);
      const to = from + bareChair[1]!.length;
      const country = countryMentions(text, knowledge, sentence.start + from, sentence.start + to).length > 0;
      if (!country && !worldCountryMentions(text, sentence.start + from, sentence.start + to).length)
        found.push({ from, to, kind: "chair", hint: null, country: null });
    }
    const message =
      /^(.+?)\s+(?:delivered|delivers|sent|sends|gave|gives|made|makes|address(?:ed|es)\s+(?:the\s+\w+|participants)\s+(?:with|in|via|through))\s+(?:a\s+|an\s+)?(?:[\w-]+\s+){0,2}?video\s+(?:message|address|greeting)/i.exec(
        s,
      );
    if (message) found.push({ from: 0, to: message[1]!.length, kind: "message", hint: null, country: null });
    // A chair named inside an attendance list ("The Summit, chaired by X, was attended by …") comes first in the text.
    const chair = found.find((mention) => mention.kind === "chair");
    const list = found.find(
      (mention) =>
        mention.kind === "attendance" && chair && mention.from <= chair.from && chair.to <= mention.to,
    );
    // Named further in ("A, B, who chaired the meeting, and C attended"), the items before the chair stay in the list.
    if (chair && list) {
      if (list.from < chair.from) found.push({ ...list, to: chair.from });
      list.from = chair.to;
    }
    const firstOfSentence = mentions.length;
    for (const mention of found.sort((a, b) => a.from - b.from))
      add(
        mention.kind,
        mention.from,
        mention.to,
        mention.hint,
        mention.country,
        mention.own ?? null,
        mention.titles,
      );
    // Anyone else the sentence names with a title, who took part by what they did there; and its subject named by
    // the country's possessive alone ("Kyrgyzstan's X, who took office in November, said the meeting …").
    const inLists = mentions.slice(firstOfSentence);
    let previous: { end: number; took: ReturnType<typeof participationOf> } | null = null;
    const titled = titledPeopleOf(text, sentence, knowledge);
    const possessed = possessiveNamedAt(text, sentence.start + lead, trimEnd(text, sentence.end), knowledge);
    const named =
      possessed && !titled.some((item) => item.start < possessed.end && possessed.start < item.end)
        ? [possessed, ...titled]
        : titled;
    for (const item of named) {
      if (inLists.some((mention) => mention.item.start < item.end && item.start < mention.item.end)) continue;
      if (
        found.some(
          (mention) => sentence.start + mention.from <= item.start && item.end <= sentence.start + mention.to,
        )
      )
        continue;
      // "A and B delivered speeches": B shares A's verb, and A's words before it; so does a companion named after
      // what A did ("A reported on the work of the Commission, and so did B", "A attended …, as did B").
      const between: string = previous ? text.slice(previous.end, item.start) : "";
      const coordinated: boolean =
        previous !== null &&
        (/^\s*(?:,|,?\s*and)\s*$/.test(between) ||
          (previous.took?.kind === "attendance" && SHARED_ACT.test(between) && !LATER_EVENT.test(between)));
      const read: ReturnType<typeof participationOf> = coordinated
        ? previous!.took
        : participationOf(text, sentence, item);
      // "COMESA Chairman President X said …": the chair of the body that met, named by the office before his post.
      const took: ReturnType<typeof participationOf> =
        read?.kind !== "message" && ownBodysChairNamed(text, sentence, item, knowledge, organizationId)
          ? { kind: "chair", weak: true }
          : read;
      previous = { end: item.end, took };
      if (!took) continue;
      mentions.push({
        item,
        kind: took.kind,
        weak: took.weak,
        ...(took.inviter ? { inviter: true } : {}),
        ...(took.received ? { received: true } : {}),
        ...(took.kind === "attendance" && GUEST_ADDRESS.test(text.slice(item.end, sentence.end))
          ? { guestAddress: true }
          : {}),
        sentence,
        categoryHint: sentenceHint,
        ownHint: took.kind === "attendance" ? capacityAfterVerb(text.slice(item.end, sentence.end)) : null,
        countryHint:
          possessorCountry(text, sentence, item, knowledge) ??
          delegationCountry(text, sentence, item, knowledge),
      });
    }
    // "President X arrived in Astana on Monday for a state visit. On Tuesday he joined the five leaders for the
    // summit": a sentence whose subject is "he" or "she" goes on about the one person the sentence before names.
    const pronoun = index > 0 ? PRONOUN_SUBJECT.exec(s) : null;
    const earlier = pronoun ? titledPeopleOf(text, sentences[index - 1]!, knowledge) : [];
    const referent =
      earlier.length === 1 && earlier[0]!.name && opensSentence(text, sentences[index - 1]!, earlier[0]!)
        ? earlier[0]!
        : null;
    if (pronoun && referent && !mentions.some((mention) => mention.item.start === referent.start)) {
      const word = (pronoun[1] ?? pronoun[2])!;
      const at = sentence.start + pronoun[0].trimEnd().length - word.length;
      const took = participationOf(text, sentence, { start: at, end: at + word.length });
      if (took && took.kind !== "message")
        mentions.push({
          item: referent,
          kind: took.kind,
          weak: took.weak,
          sentence: sentences[index - 1]!,
          categoryHint: sentenceHint,
          ownHint: took.kind === "attendance" ? capacityAfterVerb(text.slice(at, sentence.end)) : null,
          countryHint: null,
        });
    }
    const ofSentence = mentions.splice(firstOfSentence).sort((a, b) => a.item.start - b.item.start);
    mentions.push(...ofSentence);
  }
  // No list of who took part, but someone named as acting at the meeting: a round-up, whose other leaders are named
  // only in what they did there. With no one at all, a round-up still names its leaders by what they said, when it
  // names at least two of them.
  // A list says who took part; but a wire round-up that says of one leader alone that he "joined them at the retreat"
  // or that a country "was represented by" him names the others only in what they did.
  if (mentions.some((mention) => mention.listed) && !onlyBesideOthers(mentions)) return mentions;
  const roundUp = roundUpMentions(text, sentences, knowledge);
  if (mentions.length === 0) return roundUp.length >= 2 ? roundUp : [];
  const known = new Set(mentions.map((mention) => mention.item.start));
  return [...mentions, ...roundUp.filter((mention) => !known.has(mention.item.start))].sort(
    (a, b) => a.item.start - b.item.start,
  );
}

// Attendance that presupposes leaders named elsewhere: "X joined them at the retreat", "joined the other leaders",
// "Hungary was represented by X", "X joined the summit online", "X took part as a guest of honour".
const BESIDE_OTHERS =
  /\bjoined\s+(?:them|the\s+(?:other\s+|fellow\s+)?(?:leaders|presidents|heads)|(?:his|her|their)\s+(?:counterparts|colleagues))\b|\b(?:was|were)\s+represented\s+by\b|\bjoined\s+(?:the\s+)?(?:summit|meeting|talks|session|call)\s+(?:online|virtually|remotely|by\s+video)\b|\b(?:took\s+part|participated|attended|joined)\b[^.;]{0,40}?\bas\s+(?:an?\s+|the\s+)?(?:guests?\s+of\s+honou?r|special\s+guests?|observers?)\b/i;

// … and attendance that says others took part, naming one or several: "The summit was also addressed by A and by B".
const ALSO_BESIDE_OTHERS = /\b(?:was|were)\s+also\s+(?:addressed|attended)\s+by\b/i;

/**
 * Whether everyone named as taking part is named alone in a sentence whose attendance presupposes others ("The
 * Sultan of Brunei, X, joined them at the retreat"): no list of who took part, so the round-up is read too.
 */
function onlyBesideOthers(mentions: readonly ParticipantMention[]): boolean {
  const listed = mentions.filter((mention) => mention.listed);
  // "The summit was also addressed by A and by B": "also" says others took part, however many it names.
  const alsoBesideOthers = (mention: ParticipantMention) => ALSO_BESIDE_OTHERS.test(mention.sentence.text);
  const alone = listed.filter((mention) => !alsoBesideOthers(mention));
  const sentences = new Set(alone.map((mention) => mention.sentence.start));
  // One person may be read twice from a sentence ("was represented by Prime Minister X" and "Prime Minister X").
  const people = new Set(alone.map((mention) => `${mention.sentence.start}:${mention.item.end}`));
  return (
    sentences.size === people.size &&
    listed.every(
      (mention) =>
        alsoBesideOthers(mention) ||
        BESIDE_OTHERS.test(mention.sentence.text) ||
        // "His special representative, X, head of the UN Regional Centre, is in the hall": an organization's official
        // at the table says nothing of which leaders are.
        (mention.item.title !== null &&
          !mention.countryHint &&
          !mention.item.title.country &&
          !LEADER_NOUN.test(mention.item.title.roleNoun ?? "")),
    )
  );
}

// A minister's title (not a prime minister's): "Health Minister", "Minister of Foreign Affairs".
const MINISTER_NOUN = /^(?!.*\bPrime\s+Minister\b).*\bMinister\b/i;

// Words to the press at the meeting's door, which say the speaker came to it: "told reporters on arrival", "on his
// arrival at the summit", "X, who arrived late, told journalists …" (not "on arrival in Moscow", another place).
const AT_THE_DOOR =
  /\b(?:on|upon)\s+(?:(?:his|her|their)\s+)?arrival\b(?!\s+(?:in|at|from)\s+(?!the\s+(?:summit|meeting|gathering|venue|talks)\b))|,\s+who\s+(?:had\s+)?arrived\s+(?:late|early|first|last)\b/i;
/** Words to the press away from the table: to reporters, but not at the meeting's door (`AT_THE_DOOR`). */
const toThePressAway = (s: string): boolean => TO_THE_PRESS.test(s) && !AT_THE_DOOR.test(s);

const TO_THE_PRESS =
  /\b(?:reporters|journalists|correspondents|the\s+(?:press|media)|(?:news|press)\s+(?:conference|briefing)|(?:final|closing|media)\s+briefing)\b/i;

// Words a leader sent rather than said there: "in a message read out by …", "in a letter", "by telegram".
const SENT_WORDS =
  /\b(?:in|by|through|via)\s+(?:a\s+|an\s+|his\s+|her\s+|their\s+)?(?:letter|telegram|(?:written\s+)?message)\b|\bread\s+out\b/i;
const ON_A_VISIT = /\bon\s+(?:an?\s+|his\s+|her\s+)?(?:state|official|working|bilateral)\s+visit\b/i;
// What a round-up says someone did away from the table: a statement issued elsewhere ("welcomed the agreement in a
// statement issued in New York") or an act of his own government ("signed a decree in Ankara").
// A meeting of one's own beside it: "met Modi separately on Thursday", "separately met his counterpart".
const AWAY_FROM_THE_TABLE =
  /\b(?:in|with)\s+(?:a\s+|an\s+|his\s+|her\s+|its\s+)?(?:written\s+)?statement\s+(?:issued|released|published|posted)\b|\bsign(?:ed|s)\s+(?:a|an|the)\s+(?:presidential\s+|executive\s+)?(?:decree|law|bill|order)\b|\b(?:separately\s+met|met\s+(?:[^.;,]{1,60}?\s+)?separately)\b/i;
// (The comma that may open the clause closes an apposition: "The Philippine leader, X, raised …".)
// "X arrived … for that meeting", "… for another event": an arrival for an event the text named apart, not for this one.
// What a wire says a leader did at the table, in the past or, in a liveblog or a headline, in the present: "insisted",
// "repeated", "raised", "pressed for", "asks", "speaks next", "takes the floor", "thanks", "welcomes".
// What a leader did with the gathering itself, which puts him at it: "used the gathering to press for …", "used the
// summit to announce …", "pushed for a tribunal".
const GATHERING_ACTS = String.raw`used\s+(?:the|this|that)\s+(?:gathering|summit|meeting|occasion|session|talks)\s+to|push(?:ed|es)\s+for`;
const WIRE_ACTS = String.raw`(?:${GATHERING_ACTS})|(?:insist|repeat|reiterat|rais|press|ask|pledg|defend|argu|stress|not|thank|welcom|propos|suggest|urg|warn|offer|recall|outlin|present|describ|back|call|open|address|deliver|emphasi[sz]|underlin|highlight|voic|express|unveil|announc|sign|host|join|invit|congratulat|prais|assur)(?:e?s|e?d)|says|speaks|tells|takes\s+the\s+floor|(?:is|was)\s+the\s+(?:first|second|third|next|last)\s+to\s+(?:speak|take\s+the\s+floor)|puts\s+forward|comes\s+with|makes\s+(?:a\s+|his\s+|her\s+)?(?:[\w-]+\s+)?(?:speech|statement|address|report|proposal)`;
const ROUND_UP_ACT = new RegExp(
  String.raw`^\s*(?:,[^,;]{1,100},\s*|,\s*)?(?:also\s+|further\s+|then\s+|later\s+|again\s+|first\s+)?(?:${REPORTING_VERBS}|spoke|proposed|put\s+forward|outlined|presented|told|backed|described|came\s+with|hosted|signed|arrived(?![^.;]{0,60}?\bfor\s+(?:that|another|a\s+separate)\s)|met|laid|opened|delivered|addressed|took\s+the\s+floor|made\s+(?:a\s+|his\s+|her\s+)?(?:[\w-]+\s+)?(?:speech|statement|address|report|proposal)|${WIRE_ACTS})\b(?!\s+(?:by\s+(?:tele)?phone|with)\b)`,
  "i",
);
// ", as did" or ", and so did" before someone who did as the subject did.
const AS_DID = /,\s+(?:and\s+)?(?:so|as)\s+did\s+/i;
// Where a round-up's sentence may open on its subject besides its lead: after a semicolon or ", while", ", whereas",
// ", and" ("A proposed …, and Kyrgyz President B backed …"), and after a quote that opens it ('"…," Kazakhstan's A
// told his counterparts').
const ROUND_UP_OPENING = /;\s+|,\s+(?:while|whereas|and)\s+/g;
const JOINED_SUBJECT = /^(?:,\s+(?:and\s+)?|\s+and\s+)/;
const OPENING_QUOTE = /^["“][^"”]{1,400}["”],?\s+/;
// The verb of a quote's attribution when it comes before the speaker: '"…," said X', '"…," says X', '"…," added X'.
const QUOTE_VERB_FIRST =
  /^(?:said|says|added|adds|asked|asks|declared|declares|stressed|stresses|insisted|insists)\s+(?=\p{Lu})/u;

// The name after a country's possessive: capitalised words, lower-case particles inside ("Abdel Fattah al-Sisi", "Luiz
// Inacio Lula da Silva").
const POSSESSED_NAME = new RegExp(
  String.raw`^['’]s\s+(\p{Lu}[\p{L}'’-]+(?:\s+(?:(?:${[...NAME_PARTICLES].join("|")})[\s-])?\p{Lu}[\p{L}'’-]+){0,5})\b`,
  "u",
);

/**
 * "Kazakhstan's Nursultan Nazarbayev", "Kazakhstan's Tokayev": a person named by their country's possessive and no
 * title, at `at`. A name of one word only when it is the family name of someone the knowledge holds, so that
 * "Kazakhstan's Senate" or "Kazakhstan's capital" names no one.
 */
export function possessiveNamedAt(
  text: string,
  at: number,
  to: number,
  knowledge: ReaderKnowledge,
): TitledName | null {
  const country = countryMentions(text, knowledge, at, to).find((mention) => mention.start === at);
  if (!country) return null;
  const name = POSSESSED_NAME.exec(text.slice(country.end, to));
  if (!name) return null;
  const words = name[1]!.split(/\s+/);
  if (words.length === 1 && !knowledge.people.some((person) => shortNames(person).includes(words[0]!)))
    return null;
  const item = parseTitledName(text, at, country.end + name[0].length, knowledge);
  return item.name && item.title?.country && !item.title.roleNoun ? item : null;
}

// Styles and forms of address before a name: "His Excellency", "H.E.", "Samdech Techo", "Dato' Seri", "Mr".
const STYLE_BEFORE_A_NAME = new RegExp(String.raw`^(?:${STYLE_WORD}\s+)+(?=\p{Lu})`, "u");

/**
 * In a round-up that says nowhere who attended, only what the leaders did there: each titled person who opens a
 * sentence, or a clause of its own after "while", "whereas" or a semicolon, and says, proposes or presents something
 * ("Kazakh President X proposed a new corridor, while Uzbek President Y called for a fund").
 */
// A relative clause set off by commas after a subject: ", whose country is to host the next summit,".
const RELATIVE_ASIDE = /^,\s+(?:whose|who|which)\s[^,;]{1,100}(?=,)/;
const RELATIVE_ASIDES = /,\s+(?:whose|who|which)\s[^,;]{1,100},/g;
// A verb of saying and "that", opening what was said: "told his counterparts that", "said that".
const SPOKEN_THAT =
  /^\s*(?:,[^,;]{1,100},\s*)?(?:also\s+)?(?:told|said|stressed|noted|argued|warned|recalled|insisted|added|urged|reminded)\b[^.;"“]{0,60}?\s+that\s/;

function roundUpMentions(
  text: string,
  sentences: readonly Sentence[],
  knowledge: ReaderKnowledge,
): ParticipantMention[] {
  const mentions: ParticipantMention[] = [];
  for (const sentence of sentences) {
    const s = sentence.text;
    const lead = leadOf(s);
    const quoted = OPENING_QUOTE.exec(s.slice(lead))?.[0].length ?? 0;
    // '"…," says Uzbek President X, who proposes …': the speaker after the quote's verb has already acted.
    const saidBefore = quoted > 0 ? (QUOTE_VERB_FIRST.exec(s.slice(lead + quoted))?.[0].length ?? 0) : 0;
    const openings = [
      lead + quoted + saidBefore,
      ...[...s.matchAll(ROUND_UP_OPENING)].map((match) => match.index + match[0].length),
    ];
    const end = trimEnd(text, sentence.end);
    const people = titledPeople(text, sentence.start + lead, end, knowledge);
    for (const opening of openings) {
      const at = sentence.start + opening;
      // "The Philippine leader, X, raised …", "while the Uzbek president, X, called for …": the article is no part of
      // the title.
      // "Samdech Techo Hun Sen, Prime Minister of …, and Premier X co-chaired …": a style before the name is no part
      // of the person either.
      const personAt = (from: number): TitledName | null => {
        const article = /^the\s+(?=\p{Lu})/iu.exec(text.slice(from, end))?.[0].length ?? 0;
        const style = STYLE_BEFORE_A_NAME.exec(text.slice(from, end))?.[0].length ?? 0;
        return (
          people.find(
            (person) =>
              person.start === from ||
              (article > 0 && person.start === from + article) ||
              (style > 0 && person.start === from + style),
          ) ?? possessiveNamedAt(text, from, end, knowledge)
        );
      };
      const first = personAt(at);
      if (!first) continue;
      // "Turkey's Health Minister X said …": a round-up's ministers speak for their governments, not at the table.
      if (MINISTER_NOUN.test(first.title?.roleNoun ?? "")) continue;
      // "Tajik leader A and Uzbekistan's B also spoke", "A, B and C proposed …": subjects joined before one verb.
      // "Iranian President A, whose country hosts the next summit, Kazakh President B and …": a relative clause on one
      // subject before the next.
      const subjects = [first];
      // (One whose aside says he stayed away is no subject who acted: "A, who did not attend, and B …".)
      const absent = new Set<TitledName>();
      const skipAside = (subject: TitledName) => {
        const aside = RELATIVE_ASIDE.exec(text.slice(subject.end, end))?.[0] ?? "";
        if (STAYED_AWAY.test(aside)) absent.add(subject);
        return subject.end + aside.length;
      };
      for (let joined = JOINED_SUBJECT.exec(text.slice(skipAside(first), end)); joined;) {
        const next = personAt(skipAside(subjects.at(-1)!) + joined[0].length);
        if (!next) break;
        subjects.push(next);
        joined = JOINED_SUBJECT.exec(text.slice(skipAside(next), end));
      }
      const clause = ownClause(text.slice(subjects.at(-1)!.end, sentence.end));
      const acted = (saidBefore > 0 && opening === lead + quoted + saidBefore) || ROUND_UP_ACT.test(clause);
      // "X told his counterparts that the convention, signed at the previous summit, …": what he said may be about
      // another meeting; his act is not.
      const spoken = SPOKEN_THAT.exec(clause);
      const act = spoken ? clause.slice(0, spoken[0].length) : clause;
      if (!acted || LATER_EVENT.test(s.replace(RELATIVE_ASIDES, ",")) || ANOTHER_EVENT.test(act)) continue;
      // "X welcomed the meeting in a message read out by his envoy": words sent, not said at the table.
      if (SENT_WORDS.test(clause)) continue;
      // "X addresses the leaders in a video message": a message, which the message rule reads in its own mode.
      if (VIDEO_ADDRESS.test(clause)) continue;
      // "X arrived in the capital on a state visit": the bilateral part of a visit, not the meeting.
      if (ON_A_VISIT.test(clause)) continue;
      if (AWAY_FROM_THE_TABLE.test(clause)) continue;
      // "X hosted a banquet in honour of the leaders", "X hosted the leaders at a dinner": an act whose object is an
      // event beside the meeting is no part in it.
      const verb = ROUND_UP_ACT.exec(clause);
      if (verb && atSideEvent(clause, verb[0].length, clause.length)) continue;
      // "Uzbek President X, who did not attend, welcomed the outcome": an aside that says he was not there.
      // (Not "X, who is not a member, took part as a guest": the aside must say he stayed away.)
      const aside = /^\s*,([^,;]{1,100}),/.exec(clause);
      if (aside && STAYED_AWAY.test(aside[1]!)) continue;
      // "X told reporters after the summit …", "X said at a news conference": words to the press, not at the table.
      if (toThePressAway(s)) continue;
      // "South Africa's A pressed for …, as did Rwanda's B": the one who did as the subjects did, after a comma.
      const asDid = AS_DID.exec(text.slice(subjects.at(-1)!.end, end));
      const alike = asDid ? personAt(subjects.at(-1)!.end + asDid.index + asDid[0].length) : null;
      if (alike && !MINISTER_NOUN.test(alike.title?.roleNoun ?? "")) subjects.push(alike);
      for (const item of subjects.filter((subject) => !absent.has(subject)))
        mentions.push({
          item,
          kind: "attendance",
          sentence,
          categoryHint: categoryHintOf(withoutAsides(s)),
          countryHint: null,
        });
    }
  }
  return mentions;
}

// A phrase that opens a sentence before its subject: "In his remarks, X called for …", "At the close of the summit, X
// issued …" (no verb of its own, no second person before the comma).
const OPENING_BEFORE_SUBJECT =
  /^(?:(?:In|At|During|After|Before|Opening|Closing|On|As|For\s+(?:his|her|their)\s+part)(?:\s[^,;:]{0,80})?),\s+(?:the\s+)?$/;
// Other people named with the subject before one verb: "A and President B spoke", "A, B and C proposed".
const JOINED_NAMES = /^(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?:(?:the\s+)?\p{Lu}[\p{L}'’.-]*\s+){1,8}?(?=\p{Ll})/u;
// Words right before a person that name someone not at the table: a former, late or then leader, one on whose behalf
// another spoke, one whose place another took, one received or visited, one at the head of another meeting.
const FORMER_OR_ABSENT_BEFORE =
  /\b(?:former|late|then|ex-|outgoing|incoming|president-elect|on\s+behalf\s+of|in\s+place\s+of|instead\s+of|stood\s+in\s+for|standing\s+in\s+for|represented|under\s+the\s+chairmanship\s+of|under|of|for|about|against|between|by|from|to|with|like)\s+(?:the\s+)?(?:(?:his|her|their)\s+)?$/i;
// An act to come, in a person's own words (not in what they said): "X will host …", "X is to visit …".
const FUTURE_ACT = /\b(?:will|shall|is\s+to|are\s+to|is\s+due|is\s+expected)\b/i;
// A trip or a meeting of theirs called off: "X cancelled his trip", "X postponed the visit".
const CALLED_OFF = /\b(?:cancell?ed|called\s+off|postponed|withdrew|pulled\s+out)\b/i;
// Words said in a city ("said in Ankara"): away from the meeting, unless the release's opening names the city.
const SAID_IN =
  /\b(?:said|says|spoke|speaking|stated|announced|told\s+[\w\s]{1,30}?)\s+(?:in|from)\s+(\p{Lu}[\p{L}'’-]+)/u;
// What a person does at the table, right after their name (and an aside): says, proposes, presents or addresses
// something, takes the floor. Not arriving, meeting, hosting, signing, joining or inviting, which may be elsewhere.
const TABLE_ACT = new RegExp(
  String.raw`^\s*(?:,[^,;]{1,100},\s*|,\s*)?(?:also\s+|further\s+|then\s+|again\s+|first\s+|both\s+|jointly\s+|in\s+turn\s+)?(?:${REPORTING_VERBS}|spoke|issued|speaks|proposed|proposes|put\s+forward|puts\s+forward|outlined|presented|presents|told|tells|backed|described|delivered|addressed|addresses|took\s+the\s+floor|takes\s+the\s+floor|reiterated|insisted|raised|pressed\s+for|pledged|argued|voiced|unveiled|asked|asks|says|rejected|condemned|denounced|critici[sz]ed|demanded|appealed|hailed|made\s+(?:a\s+|his\s+|her\s+)?(?:[\w-]+\s+)?(?:speech|statement|address|report|proposal)|reviewed|summed\s+up|sums\s+up|set\s+out|sets\s+out|briefed|briefs|reported\s+(?:on|to)|defended|set\s+forth|${GATHERING_ACTS})\b`,
  "i",
);
// What was said of the meeting itself, not at it ("said the summit would be held …", "said the next meeting is to …"):
// a leader speaking of it in the third person (what is said of it as it met is read as taking part before).
const SAID_OF_A_MEETING =
  /^\s*(?:,[^,;]{1,100},\s*|,\s*)?(?:also\s+)?(?:said|says|stated|noted|told\s+[^,;]{1,40}?|added|announced)\s+(?:that\s+)?(?:the|this|next|its|today['’]s)\s+(?:[\w'’-]+\s+){0,2}?(?:summit|meeting|session|talks|council)\b/i;
// A possessor before a subject: "The Commonwealth's Executive Secretary, X, said …", "Kyrgyzstan's X proposed …".
// … with an interim or acting leader's adjective after it: "Egypt's interim President X asked …".
const POSSESSOR_BEFORE_SUBJECT =
  /^(?:the\s+)?(?:\p{Lu}[\p{L}'’-]*\s+){0,3}?\p{L}+['’]s\s+(?:(?:interim|acting|new)\s+)?$/u;
// A country's adjective the reference data does not hold, before a subject's title: "Lebanese President X asked …".
const DEMONYM_BEFORE_SUBJECT = /^(?:the\s+)?\p{Lu}\p{Ll}+(?:an|ese|ish|i|ic|ch)\s+$/u;
// A verb of saying, and where it was said when a preposition follows ("said at the session, …"), before what was said.
const SAYING =
  /^\s*(?:,[^,;]{1,100},\s*|,\s*)?(?:also\s+)?(?:said|says|stated|noted|stressed|emphasi[sz]ed|underlined|underscored|pointed\s+out|recalled|warned|added|argued|insisted|believes|declared|announced)\b(?:\s+(?:in|at|during|on|from|after|before)\s[^,;]*)?/i;
// A verb of saying its object ("told his counterparts that"), read up to "that": what was said may name other times.
const SAID_THAT = /^[^.;"“]{0,120}?\s+that\s/;

/**
 * What a person named outside the lists is said to have done at the table, when they are the subject of a sentence or
 * of a clause of its own and act there: "Kazakh President X proposed …", "In his remarks, President X called for …",
 * "A and President X spoke on …". The words of the act ("proposed a fund"), or null when the person opens no clause,
 * acts in no way a participant does, or the words put the act away from the table: to the press, in a message or a
 * letter, on a visit, another day or meeting, a year other than the meeting's, a city other than the meeting's, an
 * aside saying they stayed away.
 */
export function actAtTheTable(
  text: string,
  sentence: Sentence,
  item: { start: number; end: number },
  year: string | null,
): string | null {
  const before = text.slice(sentence.start, item.start);
  const lead = leadOf(sentence.text);
  const opensClause =
    item.start - sentence.start <= lead + 4 ||
    OPENING_BEFORE_SUBJECT.test(before.slice(lead)) ||
    POSSESSOR_BEFORE_SUBJECT.test(before.slice(lead)) ||
    DEMONYM_BEFORE_SUBJECT.test(before.slice(lead)) ||
    /(?:;\s+|,\s+(?:while|whereas)\s+)(?:the\s+)?$/.test(before);
  if (!opensClause) return null;
  let after = text.slice(item.end, sentence.end);
  after = after.slice(JOINED_NAMES.exec(after)?.[0].length ?? 0);
  const clause = ownClause(after);
  if (!TABLE_ACT.test(clause)) return null;
  const act = ownWords(clause.replace(RELATIVE_ASIDE, ""));
  return placedAway(text, sentence, item, year) ? null : act;
}

// "told reporters", "told journalists on arrival", "told the press on his arrival at the summit": the words to the press,
// after which comes what was said.
const TOLD_THE_PRESS =
  /^[^.;"“]{0,60}?\btold\s+(?:reporters|journalists|correspondents|the\s+(?:press|media))(?:\s+(?:on|upon)\s+(?:(?:his|her|their)\s+)?arrival(?:\s+(?:at|in)\s+the\s+(?:summit|meeting|gathering|venue|talks))?)?/i;

/**
 * A clause read up to a verb of saying's "that", or to the verb of saying itself when what was said follows it
 * ("said his country will …"): what was said may name other times and places; the act does not.
 */
function ownWords(clause: string): string {
  // "told reporters on arrival he would not …": what he told them follows the press, with no "that".
  const toThePress = TOLD_THE_PRESS.exec(clause);
  if (toThePress && !SAID_THAT.test(toThePress[0])) return toThePress[0];
  const spoken = SAID_THAT.exec(clause);
  if (spoken) return clause.slice(0, spoken[0].length);
  const saying = SAYING.exec(clause);
  return saying ? saying[0] : clause;
}

/**
 * Whether the words around a person put them away from the table, whatever they did: to the press, in a message or a
 * letter, on a visit, another day or meeting, a year other than the meeting's, a city other than the meeting's, a
 * former or late leader, an aside or a verb saying they stayed away. `words` are their own (`ownWords`); by default,
 * their own clause's, without a relative aside on them or their country, up to what they said (`ownWords`).
 */
export function placedAway(
  text: string,
  sentence: Sentence,
  item: { start: number; end: number },
  year: string | null,
): boolean {
  const s = sentence.text;
  const before = text.slice(sentence.start, item.start);
  const clause = ownClause(text.slice(item.end, sentence.end));
  if (SAID_OF_A_MEETING.test(clause)) return true;
  // "X, who did not travel, …" says he stayed away; "X, whose country chairs next year, …" is about his country.
  const aside = RELATIVE_ASIDE.exec(clause)?.[0] ?? "";
  if (NOT_THERE_AFTER.test(aside) || STAYED_AWAY.test(aside) || CALLED_OFF.test(aside)) return true;
  const act = ownWords(clause.slice(aside.length));
  const saidIn = SAID_IN.exec(act);
  const opening = text.slice(0, Math.min(300, sentence.start)).toLowerCase();
  if (spokeElsewhere(text, sentence.start, before) || (saidIn && !opening.includes(saidIn[1]!.toLowerCase())))
    return true;
  if (toThePressAway(s) || SENT_WORDS.test(clause) || VIDEO_ADDRESS.test(clause)) return true;
  if (ON_A_VISIT.test(clause) || AWAY_FROM_THE_TABLE.test(clause)) return true;
  if (NOT_THERE_AFTER.test(act) || STAYED_AWAY.test(act) || CALLED_OFF.test(act)) return true;
  if (
    LATER_EVENT.test(before + act) ||
    ANOTHER_EVENT.test(before + act) ||
    EARLIER_MEETING_OPENING.test(before)
  )
    return true;
  if (NEXT_MEETING.test(before + act) || FORMER_OR_ABSENT_BEFORE.test(before)) return true;
  // "X will host …", "X is to visit …": an act to come; "in a television interview", "in a telephone call": elsewhere.
  if (FUTURE_ACT.test(act) || ELSEWHERE.test(before + act)) return true;
  // "In 2011 X proposed …", "X proposed a zone in 2011": another year (a year in what he proposed is no date of his).
  if (DATED_ACT.test(act)) return true;
  const years: string[] = before.match(YEAR) ?? [];
  return year !== null && years.some((other) => other !== year);
}

// Words that put a leader named in passing somewhere else than at the table: a call or a letter, a former or late
// leader, words read out for him by someone else ("said in a message read out by his foreign minister", "a speech
// read out on his behalf").
const ELSEWHERE =
  /\b(?:message|speech|address|statement|remarks)\s+(?:was\s+|were\s+)?read\s+(?:out\s+)?(?:by|on\s+(?:his|her)\s+behalf)\b|\bread\s+out\s+(?:a|the|his|her)\s+(?:[\w-]+\s+)?(?:message|speech|address|statement)\s+on\s+behalf\s+of\b|\b(?:(?:tele)?phone|call(?:ed|s)?\s+(?:with|to)|letter|telegram|written\s+message|television|interview|co-?chair\w*|will)\b|\b(?:(?:former|late)\s+(?:[\p{L}-]+\s+){0,2}?|then[-\s])(?:president|prime\s+minister|premier|leader|head)\b|\b(?:sent|send|sends|sending)\s+(?:\w+\s+)?(?:greetings|messages?|congratulations)\b/iu;
const YEAR = /\b(?:19|20)\d{2}\b/g;
// After a leader, words that say he was not at the table: "did not attend", "was unable to come", "was among the
// members of the delegations", "stayed at home", "sent his deputy in his place".
// "His Majesty King X was represented by the Crown Prince": a ruler whom someone stood in for was not there himself.
const NOT_THERE_AFTER =
  /\b(?:not|never|unable|declined|skipped|absent)\b|\b(?:was|were|is|are|will\s+be)\s+(?:also\s+)?represented\s+(?:[^.;]{0,40}?\s+)?by\b|n['’]t\b|\bmembers?\s+of\s+(?:the\s+|his\s+|her\s+|their\s+)?(?:[\w'’-]+\s+)?delegations?\b|\bstay(?:ed|s)\s+(?:away|at\s+home|home)\b|\bsent\s+[^.;]{1,60}?\s+in\s+(?:his|her)\s+(?:place|stead)\b/i;

// A line-up of countries with no names: "The summit brought together the heads of state of A, B, C and D", "The meeting
// was attended by the leaders of A and B", "Taking part were the presidents of A, B and C".
const COUNTRIES_LINE_UP = new RegExp(
  String.raw`\b(?:brought\s+together|(?:was|were)\s+(?:also\s+)?attended\s+by|taking\s+part\s+(?:were|was)|gathered|joined\s+by)\s+(?:the\s+)?(?:heads\s+of\s+(?:state|government)(?:\s+and\s+(?:of\s+)?government)?|leaders|presidents|prime\s+ministers)\s+of\s+([^.;:]+?)\s*(?:[.;]|$)`,
  "i",
);

/**
 * The countries a sentence lines up by their leaders' office alone, with no name ("brought together the heads of state
 * of Kyrgyzstan, Tajikistan, Turkmenistan and Uzbekistan"): the leaders of these countries the text names elsewhere
 * took part, as a body's members do. None when the list holds anything but countries.
 */
function lineUpCountries(
  text: string,
  sentences: readonly Sentence[],
  knowledge: ReaderKnowledge,
): Set<string> {
  const countries = new Set<string>();
  for (const sentence of sentences) {
    const lineUp = COUNTRIES_LINE_UP.exec(sentence.text);
    if (!lineUp) continue;
    const from =
      sentence.start + lineUp.index + lineUp[0].indexOf(lineUp[1]!, lineUp[0].length - lineUp[1]!.length - 2);
    const to = from + lineUp[1]!.length;
    const named = countryMentions(text, knowledge, from, to);
    const rest = named
      .reduceRight(
        (words, mention) => words.slice(0, mention.start - from) + words.slice(mention.end - from),
        text.slice(from, to),
      )
      .replace(/\b(?:the|and)\b|[,\s]/gi, "");
    if (named.length >= 2 && rest === "") named.forEach((mention) => countries.add(mention.id));
  }
  return countries;
}

/**
 * The country whose head of state or government the knowledge holds the named person to be on the date: "President
 * Joko Widodo" with no country in the title still names Indonesia's president. Only for a name that is, all but
 * exactly, a known person's.
 */
export function knownLeaderCountry(
  name: string,
  knowledge: ReaderKnowledge,
  date: PartialDate | null,
): string | null {
  const person = personCandidates(name, knowledge).find((candidate) => candidate.score >= 0.95);
  if (!person) return null;
  const countries = occupanciesOn(knowledge, person.id, date)
    .map((occupancy) => knowledge.posts.find((known) => known.id === occupancy.postId))
    .filter((post) => post?.countryId && /^head_of_/.test(post.role))
    .map((post) => post!.countryId!);
  return countries.length > 0 && countries.every((id) => id === countries[0]) ? countries[0]! : null;
}

/**
 * The leaders the reference data holds on the date for the countries (a head of state's or government's post), each
 * with a pattern for his known spellings: "Emomali Rahmon drew attention …" after "the heads of state of … Tajikistan".
 */
function leadersOf(
  knowledge: ReaderKnowledge,
  countries: ReadonlySet<string>,
  date: PartialDate | null,
): { pattern: RegExp; countryId: string }[] {
  if (!countries.size) return [];
  return knowledge.people.flatMap((person) => {
    const countryId = occupanciesOn(knowledge, person.id, date)
      .map((occupancy) => knowledge.posts.find((known) => known.id === occupancy.postId))
      .find(
        (known) => known?.countryId && countries.has(known.countryId) && /^head_of_/.test(known.role),
      )?.countryId;
    if (!countryId) return [];
    const spellings = knownSpellings(person).map(({ name }) => escapeRegExp(name));
    return [{ pattern: new RegExp(`\\b(?:${spellings.join("|")})\\b`), countryId }];
  });
}

/**
 * The head of the meeting's own organization opening a sentence with what he did there ("CSTO Secretary General X
 * presented a report on the alliance's activities", "SCO Secretary-General X addressed the leaders"): he took part,
 * as the leaders of its members named in passing do.
 */
function ownHeadActing(
  text: string,
  sentence: Sentence,
  item: TitledName,
  organizationId: string | null,
  taken: readonly ParticipantMention[],
): boolean {
  if (!organizationId || !item.name || item.title?.organization?.id !== organizationId) return false;
  if (!/^(?:Secretary-General|Director-General)$/.test(item.title.roleNoun ?? "")) return false;
  if (item.start !== sentence.start + leadOf(sentence.text)) return false;
  if (taken.some((mention) => mention.item.start < item.end && item.start < mention.item.end)) return false;
  return ROUND_UP_ACT.test(ownClause(text.slice(item.end, sentence.end)));
}

/**
 * The leaders of the body's members (and observers, partners, guests the reference data holds) that the release names
 * with a leader's title and their country anywhere, outside the lists and acts the other passes read: a release about
 * a body's summit that names the president of one of its members does so because he was there ("Kyrgyz President X
 * stressed the role of the customs union"; "the talks between the presidents of A and B on the sidelines"). Not when
 * the words put them elsewhere: another or a later meeting, a call or a letter, a former or late leader, a sentence
 * about another year only.
 */
function memberLeaderMentions(
  text: string,
  sentences: readonly Sentence[],
  knowledge: ReaderKnowledge,
  body: { organizationId: string | null; date: PartialDate | null },
  taken: readonly ParticipantMention[],
): ParticipantMention[] {
  const { organizationId, date } = body;
  // Only beside a meeting the text says at least two people took part in: a text that names one at most is a round-up
  // or no meeting's, read by their own rules.
  const linedUp = lineUpCountries(text, sentences, knowledge);
  if ((!organizationId && !linedUp.size) || taken.length < 2) return [];
  const ofOrganization = organizationId ? membershipsOf(knowledge, organizationId) : [];
  const members = new Set([
    ...ofOrganization
      .filter((membership) => seatedOn(membership, date, ofOrganization))
      .map((membership) => membership.countryId),
    ...linedUp,
  ]);
  if (members.size === 0) return [];
  const year = date ? date.slice(0, 4) : null;
  // One leader per country: beside a president the others' lists name, his prime minister named in passing was a
  // member of his delegation, or not there at all.
  const represented = new Set<string>(
    taken.flatMap((mention) =>
      [mention.item.title?.country?.id, mention.countryHint].filter((id): id is string => !!id),
    ),
  );
  const leaders = leadersOf(knowledge, linedUp, date);
  const mentions: ParticipantMention[] = [];
  for (const sentence of sentences) {
    const s = sentence.text;
    if ([LATER_EVENT, ANOTHER_EVENT, NEXT_MEETING, ELSEWHERE, TO_THE_PRESS].some((words) => words.test(s)))
      continue;
    const years: string[] = s.match(YEAR) ?? [];
    if (year && years.length > 0 && !years.includes(year)) continue;
    for (const item of titledPeopleOf(text, sentence, knowledge)) {
      if (ownHeadActing(text, sentence, item, organizationId, taken)) {
        mentions.push({ item, kind: "attendance", sentence, categoryHint: null, countryHint: null });
        continue;
      }
      if (!item.name || !LEADER_NOUN.test(item.title?.roleNoun ?? "")) continue;
      // "President X of Y", or "President X" whom the knowledge holds as a member's leader on the date.
      const countryId = item.title?.country?.id ?? knownLeaderCountry(item.name.text, knowledge, date);
      if (!countryId || !members.has(countryId) || represented.has(countryId)) continue;
      if (taken.some((mention) => mention.item.start < item.end && item.start < mention.item.end)) continue;
      // "talks with", "congratulated", "recalled his talks with" before them; "did not attend", "was among the members
      // of the delegations" after them.
      const clause = ownClause(text.slice(item.end, sentence.end));
      if (mentionedOnly(text, sentence.start, item, sentence.end) || NOT_THERE_AFTER.test(clause)) continue;
      // "Speaking in Bishkek, President X said …": where the release does not put the meeting.
      if (spokeElsewhere(text, sentence.start, text.slice(sentence.start, item.start))) continue;
      represented.add(countryId);
      mentions.push({ item, kind: "attendance", sentence, categoryHint: null, countryHint: null });
    }
    // A line-up of countries with no names: their leaders named by name alone in what they said or did.
    for (const { pattern, countryId } of leaders) {
      const at = pattern.exec(s);
      if (!at) continue;
      const leader = {
        start: sentence.start + at.index,
        end: sentence.start + at.index + at[0].length,
        countryId,
      };
      if (
        represented.has(leader.countryId) ||
        MENTIONED_ONLY_BEFORE.test(text.slice(sentence.start, leader.start))
      )
        continue;
      if (taken.some((mention) => mention.item.start < leader.end && leader.start < mention.item.end))
        continue;
      if (NOT_THERE_AFTER.test(ownClause(text.slice(leader.end, sentence.end)))) continue;
      const [item] = splitParticipantList(text, leader.start, leader.end, knowledge);
      if (!item) continue;
      represented.add(leader.countryId);
      mentions.push({
        item,
        kind: "attendance",
        sentence,
        categoryHint: null,
        countryHint: leader.countryId,
      });
    }
  }
  return mentions;
}

// An act dated by a month or a year ("signed a treaty in August", "met in 2019"): another time than the meeting's day.
// (Read in the act's own clause.)
const DATED_ACT =
  /\b(?:in|since|during)\s+(?:(?:early|late|mid-)\s*)?(?:January|February|March|April|May|June|July|August|September|October|November|December)\b|\b(?:in|since|during)\s+(?:19|20)\d\d\b(?!\s*[-–—/])/;

// "The leaders, A of X, B of Y and C of Z, adopted …": a word for the leaders set off before the list.
// … or joined to the list by "of": "The leaders of South Africa A, Indonesia B and Ethiopia C spoke …" (each item a
// country and a name; the group's noun is the title they share).
const LEADERS_BEFORE_LIST =
  /^(?:the\s+)?(leaders|presidents|heads\s+of\s+(?:state|government|delegations?)|premiers|prime\s+ministers)(?:\s*(?:,|[—–]|\s-)\s*|\s+of\s+(?=(?:the\s+)?\p{Lu}))/iu;
// Where the list ends: the first word in lower case that is no part of a name or of "A of X" ("of", "and", "the",
// name particles), or a closing comma or dash before one.
const LIST_END = /(?:,|\s+[—–-])?\s+(?!(?:of|and|the|bin|binti|al|el|van|von|de|da|di|du|le|la)\b)\p{Ll}/u;

/**
 * People named with their country and no title, two or more, as the subject that opens a sentence: "A of Kazakhstan,
 * B of Russia and C of Kyrgyzstan signed the declaration", "Kazakhstan's A and Kyrgyzstan's B discussed water", "The
 * leaders, A of X and B of Y, adopted …". In a release about a meeting, such a list is its leaders acting there. Each
 * item must name someone with a country and no role noun (titled people are read by the other rules), with a name of
 * two words or more.
 */
function countryNamedSubjects(
  text: string,
  sentences: readonly Sentence[],
  knowledge: ReaderKnowledge,
  taken: readonly ParticipantMention[],
): ParticipantMention[] {
  const mentions: ParticipantMention[] = [];
  for (const sentence of sentences) {
    const s = sentence.text;
    // The sentence past its lead: "Meeting in Niamey for the first summit of the Alliance, the Heads of State of …" sets
    // the scene of this meeting, not another's.
    const opening = leadOf(s);
    if (LATER_EVENT.test(s.slice(opening)) || ANOTHER_EVENT.test(s.slice(opening))) continue;
    const group = LEADERS_BEFORE_LIST.exec(s.slice(opening));
    const lead = opening + (group?.[0].length ?? 0);
    // "The leaders of X A, Y B": the plural noun is each one's title ("leader of X").
    const shared = group && /\bof\s+$/i.test(group[0]) ? sharedRoleNoun(group[1]!) : null;
    const end = LIST_END.exec(s.slice(lead));
    if (!end || end.index === 0) continue;
    // The subjects' own act dated ("… signed a treaty in August"), not a later clause of the sentence ("…; X, at his
    // first summit since his country joined in January").
    if (DATED_ACT.test(s.slice(lead + end.index).split(/[;,:]/)[0]!)) continue;
    const from = sentence.start + lead;
    const to = from + end.index;
    if (taken.some((mention) => mention.item.start < to && from < mention.item.end)) continue;
    const items = splitParticipantList(text, from, to, knowledge);
    const ofCountry = (item: TitledName) =>
      item.name !== null &&
      item.name.text.trim().split(/\s+/).length >= 2 &&
      item.title !== null &&
      item.title.country !== null &&
      !item.title.roleNoun &&
      !item.title.organization;
    if (items.length < 2 || !items.every(ofCountry)) continue;
    for (const item of items) {
      const named = shared && item.title && sharedTitleNamesPost(shared, item.title, knowledge);
      // "The leaders of … Ethiopia C": a leader of a country whose post the reference data cannot tell holds no
      // post the list's neighbours say (a prime minister among presidents).
      if (shared && !named) GENERIC_LEADERS.add(item);
      mentions.push({
        item:
          named && item.title
            ? { ...item, title: { ...item.title, text: `${shared} of ${item.title.text}`, roleNoun: shared } }
            : item,
        kind: "attendance",
        sentence,
        categoryHint: null,
        countryHint: null,
        listed: true,
      });
    }
  }
  return mentions;
}

// Items named as "the leaders of X A, Y B" whose noun names no post for their country: no post is guessed for them.
const GENERIC_LEADERS = new WeakSet<TitledName>();

/**
 * Whether a group's noun ("leaders", "presidents") names a post for a country: a role noun does; "leader" only when the
 * reference data holds one head of state's or government's post for the country (else no post is proposed).
 */
function sharedTitleNamesPost(noun: string, title: ParsedTitle, knowledge: ReaderKnowledge): boolean {
  if (!/^(?:leader|head)$/i.test(noun)) return true;
  const countryId = title.country?.id;
  return (
    countryId !== undefined &&
    knowledge.posts.filter(
      (post) => post.countryId === countryId && /^head_of_(?:state|government)$/.test(post.role),
    ).length === 1
  );
}

const titledBySentence = new WeakMap<Sentence, TitledName[]>();

/**
 * Everyone a sentence names with a title (titledPeople), read once per sentence of a read: the lists, the leaders named
 * in passing and the bare family names all look at them.
 */
function titledPeopleOf(text: string, sentence: Sentence, knowledge: ReaderKnowledge): TitledName[] {
  let people = titledBySentence.get(sentence);
  if (!people) {
    people = titledPeople(text, sentence.start, trimEnd(text, sentence.end), knowledge);
    titledBySentence.set(sentence, people);
  }
  return people;
}

/**
 * Whether the person at `item` is the subject opening the sentence (past its dateline, an opening phrase of time or
 * place, and his title): "President X arrived …", "On Monday, President X …" — not one named later in it, as a
 * predecessor recalled, a leader paid tribute to or the founder of the forum ("The host recalled the late President X").
 */
function opensSentence(text: string, sentence: Sentence, item: { start: number }): boolean {
  const from = sentence.start + leadOf(sentence.text);
  if (item.start < from) return item.start >= sentence.start;
  return /^(?:(?:On|At|In|During|Later|Earlier|Then|Afterwards|There)\b[^,.;:]{0,40}?,\s*)?(?:the\s+)?(?:(?:\p{Lu}[\p{L}'’.-]*|of|the|and|for)\s+)*$/u.test(
    text.slice(from, item.start),
  );
}

/** The clause of a sentence an item stands in ("…, while President X participated via video link"). */
function clauseOf(text: string, sentence: Sentence, item: { start: number; end: number }): string {
  const boundaries = [...sentence.text.matchAll(/,\s+(?:while|whereas)\s|;\s+|\.\s+/g)].map(
    (match) => sentence.start + match.index,
  );
  const start = Math.max(sentence.start, ...boundaries.filter((at) => at <= item.start));
  const end = Math.min(sentence.end, ...boundaries.filter((at) => at >= item.end));
  return text.slice(start, end);
}

const REMOTE_ASIDE = /^\s*\((?:via|by|through|online|virtually|remotely)\b[^)]*\)/i;

/** Words that someone took part from afar. */
const REMOTE =
  /\b(?:via|by|through)\s+(?:video[\s-]*(?:conferenc(?:e|ing)|link|call))|\bremotely\b|\bonline\b|\bvideo\s*link\b|\bvirtually\b|\bin\s+(?:a\s+)?virtual\s+format\b/i;
/** Words that someone was there in person: a relative clause with them is its person's own mode. */
const IN_PERSON = /\bin\s+person\b|\bpersonally\b|\bin\s+the\s+hall\b/i;

/**
 * The words that say how one item of a list attended: its clause, less the bracketed asides of the other items
 * ("President of Azerbaijan Ilham Aliyev and President of Tajikistan Emomali Rahmon (via videoconference)"), or its own
 * aside alone.
 */
function modeWordsOf(text: string, sentence: Sentence, item: { start: number; end: number }): string {
  const own = REMOTE_ASIDE.exec(text.slice(item.end, item.end + 60));
  if (own) return own[0];
  // "…, and Russian President Vladimir Putin, who participated online": the relative clause is its own item's. One
  // that says nothing of the mode ("X, who injured his head in a fall, took part by video link") leaves it to the
  // clause the person is the subject of.
  const who = /^\s*,\s+who\s[^,;]*/.exec(text.slice(item.end, sentence.end));
  if (who && (REMOTE.test(who[0]) || IN_PERSON.test(who[0]))) return who[0];
  return clauseOf(text, sentence, item)
    .replace(/\([^()]*\)/g, "")
    .replace(/,\s+who\s[^,;]*/g, "");
}

function modeOf(kind: MentionKind, attendance: AttendanceMode, sentence: string): ParticipationMode {
  if (kind === "message") return "video_message";
  const remote = REMOTE.test(sentence);
  if (attendance === "online") return "videoconference";
  if (attendance === "hybrid") return remote ? "videoconference" : "in_person";
  return remote ? "videoconference" : "in_person";
}

export interface ParticipantsContext {
  text: string;
  paragraphs: readonly Paragraph[];
  knowledge: ReaderKnowledge;
  date: PartialDate | null;
  attendanceMode: AttendanceMode;
  /** The meeting's IGO: memberships are read in it. */
  organizationId: string | null;
  /** The city the meeting was held in, when the release names it: someone speaking in another took no part. */
  venueCity?: string | null;
  /** The meeting is a joint summit of two organizations: memberships are read in either. */
  joint?: JointSummit | null;
}

export interface ParticipantsResult {
  participants: ParticipantProposal[];
  chair: Fact<{ protocolOrder: number }> | null;
  /** Read as taking part, then left out as members of a leader's delegation (for the editor, not the record). */
  membersDropped?: ParticipantProposal[];
}

/** Who took part, in the order the text names them, reconciled with the people and posts the database knows. */
export const LEADER_NOUN = new RegExp(
  String.raw`^(?:(?:host|acting)\s+)?${HEAD_OF_STATE_OR_GOVERNMENT}$`,
  "i",
);
// "in the Armenian capital", "the Uzbek capital": the country the meeting is held in, by its demonym.
const HOST_CAPITAL = /\b(?:the\s+)?(\p{Lu}[\p{L}'’-]+)\s+capital\b/gu;
const WELCOMER_AFTER = /^\s+(?:warmly\s+|personally\s+|also\s+)?(?:welcomed|greeted)\s/;
// "India took over the chairmanship at last year's summit", "Singapore, which has held the ASEAN chairmanship since
// 1 January": the country holding the chairmanship now hosts.
// "El Salvador, which has held the pro tempore presidency", "the Democratic Republic of the Congo, the country holding
// the rotating presidency", "Chile hands the pro tempore presidency … to Colombia": the holder now, handing over at the
// meeting it hosts.
const HOLDS_CHAIRMANSHIP =
  /\b(?:(?:has\s+held|holds|holding|has\s+chaired|chairs|hands(?:\s+over)?)\s+(?:the\s+)?(?:rotating\s+|pro[\s-]tempore\s+)?(?:[A-Z]{2,6}\s+)?(?:chairmanship|presidency)\b|(?:took\s+over|assumed)\s+(?:the\s+)?(?:rotating\s+)?(?:[A-Z]{2,6}\s+)?(?:chairmanship|presidency)\b(?=[^.;]{0,40}\b(?:last\s+year|previous|preceding|earlier)\b))/g;
// The presidency of the EU's Council or a UN organ right after a holding ("holds the presidency of the Council of the
// EU"), whether or not the body that met is known.
const OFFICE_OF_ANOTHER_BODY_NEXT = new RegExp(String.raw`^\s*${ANOTHER_BODYS_OFFICE.source}`);
// A release's header naming its publisher: "Republic of Turkey, Ministry of Foreign Affairs", "Press Service of the
// President of X".
const PUBLISHER =
  /\b(?:Ministry\s+of\s+Foreign\s+Affairs|Foreign\s+Ministry|Press\s+Service|Presidential\s+Administration|Office\s+of\s+the\s+President)\b/i;

/** The countries `text[from, to)` names as a place's by its capital ("the Uzbek capital"). */
function capitalCountries(text: string, knowledge: ReaderKnowledge, from: number, to: number): Set<string> {
  const capitals = new Set<string>();
  for (const match of text.slice(from, to).matchAll(HOST_CAPITAL)) {
    const start = from + match.index + match[0].indexOf(match[1]!);
    const country = countryMentions(text, knowledge, start, start + match[1]!.length)[0];
    if (country) capitals.add(country.id);
  }
  return capitals;
}

/** The one country `text[from, to)` names by its capital, if it names exactly one. */
function capitalCountryIn(text: string, knowledge: ReaderKnowledge, from: number, to: number): string | null {
  const capitals = capitalCountries(text, knowledge, from, to);
  return capitals.size === 1 ? [...capitals][0]! : null;
}

/**
 * The country hosting the meeting, for a chair named with a leader's title and no country: the one country the text
 * names as the place's by its capital ("the Uzbek capital"), else the country of the ministry or service whose header
 * the release carries.
 */
function hostCountryOf(
  text: string,
  knowledge: ReaderKnowledge,
  paragraphs: ParticipantsContext["paragraphs"],
  organizationId: string | null,
): string | null {
  const capitals = capitalCountries(text, knowledge, 0, text.length);
  if (capitals.size === 1) return [...capitals][0]!;
  if (capitals.size > 1) return null;
  const holders = new Set<string>();
  for (const match of text.matchAll(HOLDS_CHAIRMANSHIP)) {
    // "with Portugal holding the presidency of the Council of the European Union": another body's holder.
    const end = match.index + match[0].length;
    if (
      OFFICE_OF_ANOTHER_BODY_NEXT.test(text.slice(end, end + 80)) ||
      anotherBodysOffice(text, end, knowledge, organizationId)
    )
      continue;
    const clauseStart = Math.max(
      text.lastIndexOf(".", match.index),
      text.lastIndexOf(";", match.index),
      text.lastIndexOf("\n", match.index),
    );
    const country = countryMentions(text, knowledge, clauseStart + 1, match.index).at(-1);
    if (country) holders.add(country.id);
  }
  if (holders.size === 1) return [...holders][0]!;
  // The header above the body (the reader gives only the body's paragraphs), then the body's first two.
  const bodyStart = paragraphs[0]?.sentences[0]?.start ?? 0;
  const lines = [
    ...[...text.slice(0, bodyStart).matchAll(/[^\n]+/g)].map((line) => ({
      start: line.index,
      end: line.index + line[0].length,
    })),
    ...paragraphs.slice(0, 2).flatMap((paragraph) => paragraph.sentences),
  ];
  for (const line of lines) {
    if (!PUBLISHER.test(text.slice(line.start, line.end))) continue;
    const countries = new Set(
      countryMentions(text, knowledge, line.start, line.end).map((mention) => mention.id),
    );
    if (countries.size === 1) return [...countries][0]!;
  }
  return null;
}

export function readParticipants(context: ParticipantsContext): ParticipantsResult {
  const { text, knowledge, date } = context;
  const sentences = context.paragraphs.flatMap((paragraph) => paragraph.sentences);
  const participants: ParticipantProposal[] = [];
  const keyOf = new Map<string, ParticipantProposal>();
  let chair: Fact<{ protocolOrder: number }> | null = null;
  const messageOnly = new Set<ParticipantProposal>();
  // Guests named only as addressing the meeting: speakers (DOMAIN's role), not delegations at the table.
  const guestSpeakers = new Set<ParticipantProposal>();
  const weakChairs: { participant: ParticipantProposal; mention: ParticipantMention }[] = [];
  // Participants named at least once other than as the host who invited.
  const namedBeyondInvitation = new Set<ParticipantProposal>();
  const sentenceOf = new Map<ParticipantProposal, Sentence>();
  // Every sentence (or list) a participant is named in, for telling a delegation member from a head of delegation.
  const namedIn = new Map<ParticipantProposal, Sentence[]>();
  // Named with a country but no post ("Sooronbay Jeenbekov of Kyrgyzstan", "Igor Dodon (Moldova)").
  const nounless = new Set<ParticipantProposal>();
  // First named with no title at all ("The host, X, chaired"): a later title with a country gives the post.
  const untitled = new Set<ParticipantProposal>();

  // Everyone the text names with a title, for a bare family name ("Tokayev chaired the session", "… Putin attended")
  // that no participant has: the one titled person of that family name, named before or after.
  let titled: TitledName[] | null = null;
  const titledElsewhere = (item: TitledName): TitledName | undefined => {
    titled ??= sentences.flatMap((sentence) => titledPeopleOf(text, sentence, knowledge));
    const word = normalizeText(item.name!.text);
    const others = titled.filter(
      (other) => other.name!.start !== item.name!.start && /\s/.test(other.name!.text),
    );
    const one = (matches: TitledName[]) =>
      new Set(matches.map((other) => normalizeText(other.name!.text))).size === 1 ? matches[0] : undefined;
    const byFamily = others.filter(
      (other) => normalizeText(other.name!.text.split(/\s+/).at(-1) ?? "") === word,
    );
    // "… were chaired by Sonexay" after "Lao Prime Minister Sonexay Siphandone": a given name alone, as Lao, Thai and
    // Cambodian leaders are named, when no one's family name it is.
    const byGiven = others.filter((other) => normalizeText(other.name!.text.split(/\s+/)[0] ?? "") === word);
    return byFamily.length ? one(byFamily) : one(byGiven);
  };
  let host: { id: string | null } | null = null;
  for (const found of findMentions(text, sentences, knowledge, context)) {
    let mention = found;
    // One word for a name, with no title or a bare office ("Prime Minister Morawiecki chaired the meeting"): the person
    // named in full elsewhere in the text, with his title there when it says more.
    const bareOffice =
      found.item.title !== null &&
      found.item.title.roleNoun !== null &&
      !found.item.title.country &&
      !found.item.title.organization &&
      found.item.title.end <= found.item.name!.start;
    const single = (!found.item.title || bareOffice) && !/\s/.test(found.item.name!.text);
    const elsewhere =
      single && !sameFamilyName(participants, found.item.name!.text)
        ? titledElsewhere(found.item)
        : undefined;
    // … the same office: "Foreign Minister Hu" is not "Chinese President Hu Jintao".
    const earlier =
      bareOffice && elsewhere?.title?.roleNoun?.toLowerCase() !== found.item.title!.roleNoun!.toLowerCase()
        ? undefined
        : elsewhere;
    if (earlier) {
      const fuller = !found.item.title || earlier.title?.country || earlier.title?.organization;
      mention = { ...found, item: { ...found.item, title: fuller ? earlier.title : found.item.title } };
    }
    const { item } = mention;
    const name = item.name!;
    const titlePosts = item.title
      ? postCandidates(item.title, knowledge, null, date).map((candidate) => candidate.id)
      : [];
    // "Askar Akayevich Akayev": the person is looked up, and proposed, without the patronymic.
    const person = reconcilePerson(
      earlier ? earlier.name!.text : withoutPatronymic(spaceInitials(name.text)),
      knowledge,
      titlePosts,
      date,
    );
    const key =
      person.reconciled.status === "matched"
        ? person.reconciled.id
        : `new:${normalizeText(withoutPatronymic(earlier ? earlier.name!.text : name.text))}`;
    let participant =
      keyOf.get(key) ??
      (person.reconciled.status === "new"
        ? sameFamilyName(participants, name.text, !item.title)
        : undefined) ??
      (person.reconciled.status === "new" && item.title?.roleNoun && !/\s/.test(name.text)
        ? sameGivenName(participants, name.text, item.title.roleNoun)
        : undefined) ??
      (person.reconciled.status === "new" ? shorterForm(participants, name.text, item.title) : undefined);
    // "with President Serzh Sargsyan in the chair" in "the Armenian capital": a chair with a leader's title and no
    // country is the host's leader.
    // So is the one who welcomed the others: "Prime Minister X welcomed President A of Brazil, …".
    // So is one named only as "the host" ("The host, X, chaired"), whose post the knowledge may not hold.
    const leaderOfHost =
      item.title !== null &&
      !item.title.country &&
      !item.title.organization &&
      (item.title.roleNoun
        ? LEADER_NOUN.test(item.title.roleNoun) &&
          (mention.kind === "chair" || WELCOMER_AFTER.test(text.slice(item.end, item.end + 40)))
        : namesNoPost(item.title) && /\bhost\b/i.test(item.title.text));
    if (leaderOfHost && !mention.countryHint) {
      host ??= { id: hostCountryOf(text, knowledge, context.paragraphs, context.organizationId) };
      if (host.id) mention = { ...mention, countryHint: host.id };
    }
    if (!participant) {
      participant = build(mention, person, context, participants.length + 1);
      participants.push(participant);
      if (!item.title?.roleNoun && !item.title?.country) untitled.add(participant);
      if (
        (item.title &&
          !item.title.roleNoun &&
          participant.country &&
          participant.post?.value.status === "new") ||
        // "Kyrgyzstan – Almazbek Atambayev": a line of a list with its country and no title at all.
        (!item.title && mention.countryHint && participant.country && !participant.post) ||
        // "Georgia's A" with a country the knowledge does not hold: a title that is the country's name alone.
        (item.title && !item.title.roleNoun && !participant.country && worldCountryOnly(participant))
      ) {
        if (!GENERIC_LEADERS.has(found.item)) nounless.add(participant);
        // (Its title, the country's name alone, is no post either.)
        else if (countryOnlyPost(participant, knowledge)) participant.post = null;
      }
      sentenceOf.set(participant, mention.list ?? mention.sentence);
      keyOf.set(key, participant);
      if (mention.kind === "message") messageOnly.add(participant);
      if (mention.guestAddress) guestSpeakers.add(participant);
    } else if (mention.kind !== "message") {
      // "The session chaired by President Adjei …", then "President Kwame Adjei of Ghana" in the list: the fuller name
      // is the one the person is proposed by.
      if (
        participant.person.value.status === "new" &&
        person.reconciled.status === "new" &&
        fullerFormOf(name.text, participant.nameAsStated)
      ) {
        participant.nameAsStated = name.text;
        participant.person = {
          value: person.reconciled,
          evidence: { start: name.start, end: name.end },
          confidence: person.confidence,
        };
      }
      messageOnly.delete(participant);
      if (!mention.guestAddress) guestSpeakers.delete(participant);
      // Named again with the country the first title lacked ("President X …", then "President of Kyrgyzstan X"):
      // the fuller title gives the post, the country and so the category.
      // So does a title with a role noun and a country after a first mention with no title at all ("The host, X,
      // chaired", then "X, Prime Minister of the Russian Federation"): the post the text gives, not the one the
      // reference data holds for him.
      if (
        (!participant.country && item.title?.country) ||
        (untitled.has(participant) && item.title?.roleNoun && item.title.country)
      ) {
        untitled.delete(participant);
        const fuller = build(mention, person, context, participant.protocolOrder);
        Object.assign(participant, {
          post: fuller.post,
          occupancyId: fuller.occupancyId,
          country: fuller.country,
          organization: fuller.organization,
          category: fuller.category,
        });
      }
      // Named again where the text says how they joined: "…; Mr Rahmon joined by video link".
      if (
        mention.kind === "attendance" &&
        participant.mode.value === "in_person" &&
        modeOf("attendance", context.attendanceMode, modeWordsOf(text, mention.sentence, item)) ===
          "videoconference"
      )
        participant.mode = {
          value: "videoconference",
          evidence: { start: mention.sentence.start, end: mention.sentence.end },
          confidence: 0.7,
        };
    }
    const named = namedIn.get(participant) ?? [];
    named.push(mention.list ?? mention.sentence);
    namedIn.set(participant, named);
    if (!mention.inviter) namedBeyondInvitation.add(participant);
    if (mention.kind === "chair" && mention.weak) {
      weakChairs.push({ participant, mention });
    } else if (mention.kind === "chair") {
      participant.role = {
        value: "chair",
        evidence: { start: mention.sentence.start, end: mention.sentence.end },
        confidence: 0.9,
      };
      chair = {
        value: { protocolOrder: participant.protocolOrder },
        evidence: { start: mention.sentence.start, end: mention.sentence.end },
        confidence: 0.9,
      };
    }
    if (mention.kind === "message") {
      participant.mode = {
        value: "video_message",
        evidence: { start: mention.sentence.start, end: mention.sentence.end },
        confidence: 0.9,
      };
    }
  }
  followListNeighbours(participants, (participant) => sentenceOf.get(participant));
  followNeighbourPosts(participants, nounless, (participant) => sentenceOf.get(participant), knowledge);
  possessiveLeaderPosts(participants, knowledge, context.text);
  // A chair named only in an aside counts when the text names no chair otherwise, and only one such.
  const asides = [...new Set(weakChairs.map((weak) => weak.participant))];
  // Among several, the one handed the office at the opening: "W, the outgoing chairperson, who handed over the
  // chairmanship to X" names W in an aside too, but X chairs the rest of the meeting.
  const received = weakChairs.filter((weak) => weak.mention.received);
  const receivedOnly = new Set(received.map((weak) => weak.participant)).size === 1;
  if (!chair && (asides.length === 1 || receivedOnly)) {
    const { participant, mention } = asides.length === 1 ? weakChairs[0]! : received[0]!;
    const evidence = { start: mention.sentence.start, end: mention.sentence.end };
    participant.role = { value: "chair", evidence, confidence: 0.7 };
    chair = { value: { protocolOrder: participant.protocolOrder }, evidence, confidence: 0.7 };
  }
  // No person named as chair: the leader of the country the text names as chairing ("under Kazakhstan's
  // chairmanship", "The Council, chaired by Kazakhstan,", "Kazakhstan, as the chairing country,").
  if (!chair) {
    const byCountry = chairingCountry(
      text,
      context.paragraphs,
      knowledge,
      date?.slice(0, 4) ?? null,
      context.organizationId,
    );
    const leaders = topLeaders(
      byCountry
        ? participants.filter(
            (participant) =>
              participant.country?.value.countryId === byCountry.countryId &&
              participant.role.value === "head_of_delegation",
          )
        : [],
      knowledge,
    );
    if (byCountry && leaders.length === 1) {
      leaders[0]!.role = { value: "chair", evidence: byCountry.evidence, confidence: 0.6 };
      chair = {
        value: { protocolOrder: leaders[0]!.protocolOrder },
        evidence: byCountry.evidence,
        confidence: 0.6,
      };
    }
  }
  countrylessChairsAsMembers(participants);
  for (const participant of [...messageOnly, ...guestSpeakers]) {
    if (participant.role.value !== "chair")
      participant.role = { ...participant.role, value: "speaker", confidence: 0.8 };
  }
  // "At the invitation of King X, the summit was chaired by Crown Prince Y": with a chair named otherwise, the one
  // who only invited is the host's sovereign, not someone at the table.
  const inviters = chair
    ? weakChairs
        .map((weak) => weak.participant)
        .filter(
          (participant) => participant.role.value !== "chair" && !namedBeyondInvitation.has(participant),
        )
    : [];
  const invited = inviters.length ? renumberedWithout(participants, chair!, new Set(inviters)) : null;
  return delegationMembersDropped(
    invited?.participants ?? participants,
    invited?.chair ?? chair,
    knowledge,
    (participant) => namedIn.get(participant) ?? [],
    text,
  );
}

/**
 * The chair of the meeting whose leader's title names no country ("Premier of the State Council Wen Jiabao chaired",
 * "Prime Minister X, who welcomed the leaders to the capital, was elected Chairman") is the leader of a member hosting
 * it, not a guest nor an official of an organization the title's other words suggest ("Council"): guests and other
 * organizations' officials do not chair a body's meeting. Only a category guessed without words about it (confidence
 * 0.5 at most) is changed; the reference data, which cannot tell whose leader he is, is not asked.
 */
function countrylessChairsAsMembers(participants: readonly ParticipantProposal[]): void {
  for (const participant of participants) {
    const post = participant.post?.value;
    if (
      participant.role.value !== "chair" ||
      participant.country !== null ||
      post?.status !== "new" ||
      post.proposed.countryId !== null ||
      post.proposed.organizationId !== null ||
      (post.proposed.role !== "head_of_state" && post.proposed.role !== "head_of_government") ||
      (participant.category.value !== "guest_state" && participant.category.value !== "guest_organization") ||
      participant.category.confidence > 0.5
    )
      continue;
    participant.category = { value: "member_state", evidence: participant.role.evidence, confidence: 0.5 };
  }
}

/**
 * The chair found by any route (a stated chair, the headline, the meeting's shape) whose title is a leader's bare noun
 * ("President Salvador Sánchez Cerén opened and closed the meeting", "President X, as pro tempore president of the
 * Alliance, welcomed the delegations") is the leader of the country hosting it — the one the text names as holding the
 * presidency ("El Salvador, which has held the pro tempore presidency", "Chile hands the pro tempore presidency … to
 * Colombia") or as the place's by its capital, or whose ministry heads the release — when no other head of delegation
 * is that country's: the post gets its country, and a category guessed without words about it becomes a member's.
 */
export function hostLeaderChair(
  chair: ParticipantProposal | null,
  participants: readonly ParticipantProposal[],
  text: string,
  knowledge: ReaderKnowledge,
  paragraphs: ParticipantsContext["paragraphs"],
  organizationId: string | null,
): void {
  const post = chair?.post?.value;
  if (
    !chair ||
    chair.role.value !== "chair" ||
    chair.country !== null ||
    chair.organization !== null ||
    post?.status !== "new" ||
    post.proposed.countryId !== null ||
    post.proposed.organizationId !== null ||
    !LEADER_NOUN.test(post.proposed.label)
  )
    return;
  const countryId = hostCountryOf(text, knowledge, paragraphs, organizationId);
  const country = knowledge.countries.find((known) => known.id === countryId);
  if (
    !country ||
    participants.some(
      (other) =>
        other !== chair &&
        other.country?.value.countryId === country.id &&
        other.role.value !== "participant",
    )
  )
    return;
  post.proposed = {
    ...post.proposed,
    label: `${post.proposed.label} of ${country.nameI18n.en}`,
    countryId: country.id,
  };
  chair.country = {
    value: { countryId: country.id, asStated: "" },
    evidence: chair.post!.evidence,
    confidence: 0.5,
  };
  if (
    (chair.category.value === "guest_state" || chair.category.value === "guest_organization") &&
    chair.category.confidence <= 0.5
  )
    chair.category = { value: "member_state", evidence: chair.role.evidence, confidence: 0.5 };
}

/** The participants without `dropped`, numbered again in order, with the chair (not among them) following its own. */
function renumberedWithout(
  participants: ParticipantProposal[],
  chair: Fact<{ protocolOrder: number }>,
  dropped: ReadonlySet<ParticipantProposal>,
): { participants: ParticipantProposal[]; chair: Fact<{ protocolOrder: number }> } {
  const chairedBy = participants.find(
    (participant) => participant.protocolOrder === chair.value.protocolOrder,
  );
  const kept = participants.filter((participant) => !dropped.has(participant));
  kept.forEach((participant, index) => (participant.protocolOrder = index + 1));
  return {
    participants: kept,
    chair: chairedBy ? { ...chair, value: { protocolOrder: chairedBy.protocolOrder } } : chair,
  };
}

/** Whether two people are named on one line of a list that opens with a country ("Kazakhstan — President A, …"). */
function onOneCountryLedLine(text: string, a: ParticipantProposal, b: ParticipantProposal): boolean {
  const lineStart = (at: number) => text.lastIndexOf("\n", at - 1) + 1;
  const start = lineStart(a.evidence.start);
  if (start !== lineStart(b.evidence.start)) return false;
  const end = text.indexOf("\n", start);
  return COUNTRY_LED_LINE.test(text.slice(start, end < 0 ? text.length : end));
}
const LEADER_ROLES: readonly string[] = ["head_of_state", "head_of_government"];
const LEADER_TITLE =
  /\b(?:President|Prime\s+Minister|Premier|Chairman|Chairperson|Chairwoman|Honorary|Elbasy|Leader|King|Queen|Emir|Amir|Sultan|Prince|Princess|Chancellor|Vice[-\s]President)\b/i;
const DELEGATION_MEMBERS =
  /\b(?:members?\s+of\s+(?:the\s+|his\s+|her\s+|their\s+)?(?:[\w'’-]+\s+){0,2}?delegations?|delegation\s+members|delegations?\s+(?:also\s+)?(?:included|includes|comprised|consisted\s+of)|accompanied\s+by|accompanying\s+(?:him|her|them|the\s+\w+|\p{Lu}[\w-]*(?:\s+\p{Lu}[\w-]*){0,3})\s+(?:were|was)\b)/iu;
// A sentence that gives a delegation's make-up, not a list of who sat at the table: "Russia was represented by
// President X, Foreign Minister Y and …", "the delegation (also) included", "accompanied by".
const DELEGATION_OF =
  /\brepresented\b[^.;]{0,60}?\bby\b|\bdelegations?\s+(?:also\s+)?(?:included|includes|comprised|consisted)\b|\baccompanied\s+by\b/i;
const MEMBER_ROLES: readonly string[] = ["minister", "envoy", "other"];

/** The role of a participant's post (head of state, minister, …), from the reference data or the title's noun. */
function postRoleOf(participant: ParticipantProposal, knowledge: ReaderKnowledge): string | undefined {
  const post = participant.post?.value;
  if (post?.status === "matched") return knowledge.posts.find((known) => known.id === post.id)?.role;
  return post?.status === "new" ? post.proposed.role : undefined;
}

/**
 * One delegation, one head: a minister, adviser or other official of a country whose head of state or government
 * takes part is a member of that leader's delegation, not a participant of their own — whatever the text has them do
 * ("Russia was represented by President X, Foreign Minister Y and Defence Minister Z", "Defence Minister Z reported to
 * the heads of state", "the ministers' council, chaired the day before by Foreign Minister Y"), unless one list of who
 * attended names them beside that leader. A minister stands for
 * the country when its leader is not there in person ("India was represented by Petroleum Minister X", "Russia was
 * represented by Foreign Minister Y, while President X took part by video link"). The chair, if it
 * was one of them, goes back to the leader the text named chair, and the protocol order closes up.
 */
export function delegationMembersDropped(
  participants: ParticipantProposal[],
  chair: Fact<{ protocolOrder: number }> | null,
  knowledge: ReaderKnowledge,
  namedIn: (participant: ParticipantProposal) => readonly Sentence[],
  text?: string,
): ParticipantsResult {
  const leaders = participants.filter(
    (participant) =>
      participant.country &&
      participant.mode.value === "in_person" &&
      LEADER_ROLES.includes(postRoleOf(participant, knowledge) ?? ""),
  );
  const member = (participant: ParticipantProposal) => {
    const role = postRoleOf(participant, knowledge);
    if (role === undefined || !MEMBER_ROLES.includes(role)) return false;
    // A post of an organization ("Honorary Chairman of the Supreme Eurasian Economic Council") or a leader's title of
    // honour ("First President of Kazakhstan") is a seat of its own beside the country's leader.
    const label = participant.post ? postLabelOf(participant.post.value) : "";
    if (participant.organization || LEADER_TITLE.test(label)) return false;
    // "Members of the Russian delegation: …", "The delegation included …", "accompanied by …": named only where the text
    // lists a delegation's make-up, beside leaders who are there, whatever country the title leaves out.
    const sentences = namedIn(participant);
    if (
      leaders.length &&
      sentences.length &&
      sentences.every((sentence) => DELEGATION_MEMBERS.test(sentence.text))
    )
      return true;
    if (!participant.country) return false;
    const own = leaders.filter(
      (leader) => leader.country!.value.countryId === participant.country!.value.countryId,
    );
    if (!own.length) return false;
    // Named in one list of who attended with the leader ("A, Prime Minister of X, and B, Minister of Trade of X, were in
    // attendance"): the text puts them at the table side by side.
    const beside = new Set(own.flatMap((leader) => namedIn(leader)));
    // "Kazakhstan — President A, Foreign Minister B": a line led by the country is its delegation's make-up, whose
    // first person heads it.
    if (text !== undefined && own.some((leader) => onOneCountryLedLine(text, leader, participant)))
      return true;
    return !namedIn(participant).some(
      (sentence) => beside.has(sentence) && !DELEGATION_OF.test(sentence.text),
    );
  };
  const kept = participants.filter((participant) => !member(participant));
  if (kept.length === participants.length) return { participants, chair };
  const chairedBy = chair
    ? participants.find((participant) => participant.protocolOrder === chair.value.protocolOrder)
    : undefined;
  const renumbered = new Map(kept.map((participant, index) => [participant, index + 1]));
  for (const [participant, order] of renumbered) participant.protocolOrder = order;
  let newChair = chair;
  if (chair && chairedBy && !renumbered.has(chairedBy)) {
    const other = kept.find((participant) => participant.role.value === "chair");
    newChair = other
      ? { ...chair, value: { protocolOrder: other.protocolOrder }, evidence: other.role.evidence }
      : null;
  } else if (chair && chairedBy) {
    newChair = { ...chair, value: { protocolOrder: renumbered.get(chairedBy)! } };
  }
  return {
    participants: kept,
    chair: newChair,
    membersDropped: participants.filter((participant) => !renumbered.has(participant)),
  };
}

/** The role noun heading a post's label: "President" of "President of Belarus". */
function roleNounOfLabel(label: string): string | null {
  // "President of Honduras", or "President" alone when the country was not found.
  const head = /^(.+?)(?:\s+of\s|$)/.exec(label.trim())?.[1];
  return head && ROLE_NOUNS.some((noun) => noun.toLowerCase() === head.toLowerCase()) ? head : null;
}

/**
 * A person named with a country and no post ("A of Belarus, B of Kyrgyzstan and C of Russia attended", "the presidents
 * attended: A (Armenia), B (Azerbaijan) …") holds the post their list neighbours hold for their own countries, when
 * most of them hold one kind ("President of …"): the known post of that kind for the person's country, else a new one.
 */
function followNeighbourPosts(
  participants: readonly ParticipantProposal[],
  nounless: ReadonlySet<ParticipantProposal>,
  sentenceOf: (participant: ParticipantProposal) => Sentence | undefined,
  knowledge: ReaderKnowledge,
): void {
  for (const participant of nounless) {
    const countryId = participant.country?.value.countryId ?? null;
    const worldName = participant.country ? null : worldCountryOnly(participant);
    const counts = new Map<string, number>();
    for (const other of participants) {
      if (other === participant || nounless.has(other) || !other.country) continue;
      if (sentenceOf(other) !== sentenceOf(participant) || !other.post) continue;
      const post = other.post.value;
      const label =
        post.status === "matched"
          ? knowledge.posts.find((known) => known.id === post.id)?.labelI18n.en
          : post.proposed.label;
      const noun = label ? roleNounOfLabel(label) : null;
      if (noun) counts.set(noun, (counts.get(noun) ?? 0) + 1);
    }
    const ranked = [...counts].sort((a, b) => b[1] - a[1]);
    const [noun, count] = ranked[0] ?? [null, 0];
    const others = ranked.slice(1).reduce((sum, [, n]) => sum + n, 0);
    if (!noun || count < 2 || count <= others) {
      // "The heads of delegations were: Armenia – X; Belarus – President Y": a title that is only the country names
      // no post, so none is proposed (the country stays, and with it the category).
      if (countryOnlyPost(participant, knowledge)) participant.post = null;
      continue;
    }
    const known = knowledge.posts.filter(
      (post) =>
        countryId !== null &&
        post.countryId === countryId &&
        roleNounOfLabel(post.labelI18n.en)?.toLowerCase() === noun.toLowerCase(),
    );
    const country = knowledge.countries.find((candidate) => candidate.id === countryId);
    const evidence = participant.post?.evidence ?? participant.evidence;
    participant.post =
      known.length === 1
        ? {
            value: { status: "matched", id: known[0]!.id, label: known[0]!.labelI18n.en, candidates: [] },
            evidence,
            confidence: 0.5,
          }
        : {
            value: {
              status: "new",
              proposed: {
                label: `${noun} of ${country ? knownCountryInLabel(country.nameI18n.en) : (worldName ?? participant.country!.value.asStated)}`,
                role: roleOfNoun(noun, "country", false),
                countryId,
                organizationId: null,
              },
              candidates: [],
            },
            evidence,
            confidence: 0.4,
          };
    participant.confidence = Math.min(participant.confidence, participant.post.confidence);
  }
}

/**
 * The country's name, when a participant's proposed post is the name of a country the knowledge does not hold and
 * nothing else ("Georgia's A": the title names no post); else null.
 */
function worldCountryOnly(participant: ParticipantProposal): string | null {
  const post = participant.post?.value;
  if (!post || post.status !== "new") return null;
  const label = post.proposed.label.trim();
  const world = worldCountryIn(label);
  return world && world.name === label ? world.name : null;
}

// An apposition or a relative clause after a name that calls him a minister, an envoy or an ambassador.
const MINISTER_AFTER_NAME =
  /^\s*,\s*(?:(?:the|its|his|her|their|[\p{Lu}][\p{L}'’-]*['’]s)\s+(?:[\p{L}-]+\s+){0,3}?(?:minister|secretary|envoy|ambassador|representative)\b|who\b[^,.;]{0,80}?\b(?:minister|envoy|ambassador)\b)/iu;

/**
 * A leader a wire names by his country's possessive alone ("Singapore's Lawrence Wong warned …", "Cambodia's Hun
 * Manet backed …") and the knowledge does not hold: the head of delegation holds his country's head-of-state or
 * head-of-government post, the one the knowledge holds for the country, or, when it holds both, the kind most of the
 * text's other leaders hold ("President of …" at a summit of presidents).
 */
function possessiveLeaderPosts(
  participants: readonly ParticipantProposal[],
  knowledge: ReaderKnowledge,
  text: string,
): void {
  let kinds: Map<string, number> | null = null;
  for (const participant of participants) {
    if (participant.post || !participant.country || participant.role.value === "participant") continue;
    if (participant.person.value.status !== "new") continue;
    if (!/^[\p{L} .'’-]+['’]s\s/u.test(participant.titleAsStated)) continue;
    // "Singapore's X, the trade minister, warned …", "…, who stood in as foreign minister": a minister, no head.
    if (MINISTER_AFTER_NAME.test(text.slice(participant.evidence.end, participant.evidence.end + 120)))
      continue;
    const countryId = participant.country.value.countryId;
    let heads = knowledge.posts.filter(
      (post) => post.countryId === countryId && /^head_of_(?:state|government)$/.test(post.role),
    );
    if (heads.length > 1) {
      kinds ??= leaderPostKinds(participants, knowledge);
      const ranked = [...kinds].sort((a, b) => b[1] - a[1]);
      const [kind, count] = ranked[0] ?? [null, 0];
      if (!kind || count < 2 || count <= (ranked[1]?.[1] ?? 0)) continue;
      heads = heads.filter((post) => post.role === kind);
    }
    if (heads.length !== 1) continue;
    const post = heads[0]!;
    participant.post = {
      value: { status: "matched", id: post.id, label: post.labelI18n.en, candidates: [] },
      evidence: participant.evidence,
      confidence: 0.4,
    };
    participant.confidence = Math.min(participant.confidence, 0.4);
  }
}

/** How many of the participants hold a head of state's and a head of government's post the knowledge holds. */
function leaderPostKinds(
  participants: readonly ParticipantProposal[],
  knowledge: ReaderKnowledge,
): Map<string, number> {
  const kinds = new Map<string, number>();
  for (const participant of participants) {
    const post = participant.post?.value;
    const role =
      post?.status === "matched"
        ? knowledge.posts.find((known) => known.id === post.id)?.role
        : post?.proposed.role;
    if (role === "head_of_state" || role === "head_of_government")
      kinds.set(role, (kinds.get(role) ?? 0) + 1);
  }
  return kinds;
}

/** The participant's proposed post is the name of their country alone ("Armenia"), not a post. */
function countryOnlyPost(participant: ParticipantProposal, knowledge: ReaderKnowledge): boolean {
  const post = participant.post?.value;
  if (!post || post.status !== "new" || !participant.country) return false;
  const bare = (value: string) =>
    normalizeText(
      value
        .replace(/^the\s+/i, "")
        .replace(/[\s,;:()–—-]+$/g, "")
        .replace(/^[\s,;:()–—-]+/g, ""),
    );
  const label = bare(post.proposed.label);
  const country = knowledge.countries.find((known) => known.id === participant.country!.value.countryId);
  const names = [
    participant.country.value.asStated,
    country?.nameI18n.en,
    country?.officialNameI18n?.en,
    ...(country?.otherNames ?? []),
    ...(country?.demonyms ?? []),
  ].filter((name): name is string => !!name);
  return names.some((name) => bare(name) === label);
}

/**
 * Of several people of the chairing country, the one who leads its delegation: the head of state, else the head of
 * government ("Kazakhstan chaired the meeting", with its President and Prime Minister both there).
 */
function topLeaders(leaders: ParticipantProposal[], knowledge: ReaderKnowledge): ParticipantProposal[] {
  if (leaders.length < 2) return leaders;
  const roleOf = (participant: ParticipantProposal) => {
    const post = participant.post?.value;
    if (post?.status === "matched") return knowledge.posts.find((known) => known.id === post.id)?.role;
    return post?.status === "new" ? post.proposed.role : undefined;
  };
  for (const role of ["head_of_state", "head_of_government"]) {
    const holding = leaders.filter((leader) => roleOf(leader) === role);
    if (holding.length) return holding;
  }
  return leaders;
}

/** A name without a title ("A. G. Lukashenko" in a list under "Heads of state"): the one post the person holds then. */
/**
 * Whether a title says only what the person is at the meeting, in plain lower-case words with no role noun, country or
 * organization ("The host, X, chaired", "the outgoing chair, X"): it names no post, so the post is the one the person
 * holds, or none.
 */
function namesNoPost(title: ParsedTitle): boolean {
  return (
    !title.roleNoun &&
    !title.country &&
    !title.organization &&
    /^\s*(?:[Tt]he\s+)?\p{Ll}[\p{Ll}\s-]*$/u.test(title.text)
  );
}

// "Taking part were the leaders of Russia A, China B and …": the plural noun before the first country is the whole
// list's; it names the country's one head post the knowledge holds, else no post (not a new one called "the leaders
// of Russia").
const LEADERS_OF =
  /^\s*(?:the\s+)?(?:leaders|heads\s+of\s+(?:state|government)(?:\s+and\s+(?:state|government))?|heads\s+of\s+(?:the\s+)?delegations)\s+of\s+/i;

function heldPost(
  knowledge: ReaderKnowledge,
  personId: string | null,
  date: PartialDate | null,
): ReturnType<typeof reconcilePost> | null {
  if (!personId) return null;
  const held = occupanciesOn(knowledge, personId, date);
  // Two posts held with no dates to tell them apart ("Sadyr Japarov": prime minister once, president now): the one a
  // dated occupancy covers on the date, as `reconcilePost` breaks a tie.
  const dated = held.filter((occupancy) => occupancy.startDate !== null);
  const one = held.length === 1 ? held[0] : date && dated.length === 1 ? dated[0] : undefined;
  const post = one ? knowledge.posts.find((known) => known.id === one.postId) : undefined;
  return post
    ? {
        reconciled: { status: "matched", id: post.id, label: post.labelI18n.en, candidates: [] },
        confidence: 0.6,
      }
    : null;
}

/**
 * Two names in full whose first given names differ ("Tigran Sargsyan" and "Serzh Sargsyan"): two people of one family
 * name. An initial agrees with a given name of its letter ("V. Kasymov", "Vladimir Kasymov").
 */
function givenNamesDiffer(a: string, b: string): boolean {
  const given = (value: string) => {
    const words = value.split(/\s+/).filter(Boolean);
    return words.length >= 2 ? normalizeText(words[0]!.replace(/\.$/, "")) : null;
  };
  const first = given(a);
  const other = given(b);
  if (!first || !other) return false;
  if (
    first.length === 1 ||
    other.length === 1 ||
    /\./.test(a.split(/\s+/)[0]!) ||
    /\./.test(b.split(/\s+/)[0]!)
  )
    return first[0] !== other[0];
  return first !== other;
}

/**
 * A later mention by family name ("Jeenbekov presided", "President Mirziyoyev") of someone named in full before; a
 * single word no one's last name is may be a family name written first ("Hu" for "Hu Jintao").
 */
function sameFamilyName(
  participants: readonly ParticipantProposal[],
  name: string,
  untitled = false,
): ParticipantProposal | undefined {
  const last = (value: string) =>
    normalizeText(
      value
        .split(/[\s.]+/)
        .filter(Boolean)
        .at(-1) ?? "",
    );
  const family = last(name);
  const matches = participants.filter((participant) => {
    const known =
      participant.person.value.status === "matched"
        ? participant.person.value.label
        : participant.nameAsStated;
    if (givenNamesDiffer(name, participant.nameAsStated)) return false;
    return last(known) === family || last(participant.nameAsStated) === family;
  });
  if (untitled && matches.length === 0 && !/\s/.test(name.trim())) {
    // "Medvedev, Hu and Singh" after "President Hu Jintao": a name whose family name comes first (as Chinese names
    // do) is called by its first word, when no title says it is someone else ("Foreign Minister Bayu").
    const first = (value: string) =>
      normalizeText(
        value
          .split(/[\s.]+/)
          .filter(Boolean)
          .at(0) ?? "",
      );
    const byFirst = participants.filter((participant) => {
      const known =
        participant.person.value.status === "matched"
          ? participant.person.value.label
          : participant.nameAsStated;
      return (
        /\s/.test(known.trim()) && (first(known) === family || first(participant.nameAsStated) === family)
      );
    });
    return byFirst.length === 1 ? byFirst[0] : undefined;
  }
  return matches.length === 1 ? matches[0] : undefined;
}

/**
 * "Prime Minister Anwar handed over …" after "Prime Minister Anwar Ibrahim": a leader called by the first of their
 * names (as Malay, Indonesian or Thai leaders are) is the one participant of that first name whose post has the same
 * role noun.
 */
function sameGivenName(
  participants: readonly ParticipantProposal[],
  name: string,
  roleNoun: string,
): ParticipantProposal | undefined {
  const first = (value: string) => normalizeText(value.split(/\s+/)[0] ?? "");
  const given = first(name);
  const matches = participants.filter((participant) => {
    const known =
      participant.person.value.status === "matched"
        ? participant.person.value.label
        : participant.nameAsStated;
    if (!/\s/.test(known.trim()) || (first(known) !== given && first(participant.nameAsStated) !== given))
      return false;
    const label = participant.post ? postLabelOf(participant.post.value) : null;
    return label !== null && roleNounOfLabel(label)?.toLowerCase() === roleNoun.toLowerCase();
  });
  return matches.length === 1 ? matches[0] : undefined;
}

/**
 * "Prime Minister Azlan", "Sheikh Hamdan", "Prime Minister Hamdan bin Rashid" after "Dato' Sri Mohd Azlan Tun Abdul
 * Hamid" or "Sheikh Hamdan bin Rashid Al Falasi": a shorter form of a name the text gave in full, its words in the same
 * order among the full name's, is the one participant of that name, unless its title says it is someone else (another
 * post's noun, or a country).
 */
/** A name's words, folded, initials' full stops dropped: "Kwame Adjei" → ["kwame", "adjei"]. */
const nameWords = (value: string) =>
  normalizeText(value)
    .split(/[\s.]+/)
    .filter(Boolean);

/** Whether the short name's words stand in the long one's in order, the long one having more: "Adjei" in "Kwame Adjei". */
function wordsWithin(short: readonly string[], long: readonly string[]): boolean {
  let at = 0;
  for (const word of long) if (word === short[at]) at++;
  return at === short.length && long.length > short.length;
}

/** Whether `long` is `short` with more words before or between its own, ending on the same family name. */
function fullerFormOf(long: string, short: string): boolean {
  const [longWords, shortWords] = [nameWords(long), nameWords(short)];
  return longWords.at(-1) === shortWords.at(-1) && wordsWithin(shortWords, longWords);
}

function shorterForm(
  participants: readonly ParticipantProposal[],
  name: string,
  title: TitledName["title"],
): ParticipantProposal | undefined {
  const short = nameWords(name);
  const matches = participants.filter((participant) => {
    if (!wordsWithin(short, nameWords(participant.nameAsStated))) return false;
    if (!title) return true;
    // "Uruguay's Lacalle Pou" after "President of Uruguay Luis Lacalle Pou": the same country may stand in the title.
    if (title.country && title.country.id !== participant.country?.value.countryId) return false;
    const label = participant.post ? postLabelOf(participant.post.value) : null;
    // "the Premier of Montserrat and Chairman of the OECS Authority, Hon. Easton Taylor-Farrell" after "Joseph Easton
    // Taylor-Farrell, Premier of Montserrat": an organization's office beside the same post is the same person's.
    if (
      title.organization &&
      !(
        title.roleNoun &&
        label !== null &&
        roleNounOfLabel(label)?.toLowerCase() === title.roleNoun.toLowerCase()
      )
    )
      return false;
    // A style of address ("Sheikh Hamdan", "Prince Faisal") is no post; a post's noun must be the participant's.
    return (
      !title.roleNoun ||
      /^(?:Sheikh|Sheikha|Prince|Princess)$/i.test(title.roleNoun) ||
      (label !== null && roleNounOfLabel(label)?.toLowerCase() === title.roleNoun.toLowerCase())
    );
  });
  return matches.length === 1 ? matches[0] : undefined;
}

/**
 * A ruler's title already scoped by a place the reference data does not hold: "Crown Prince of Abu Dhabi", "Governor
 * of Jakarta". The country a sentence names (the delegation he led) is his country, no part of the post.
 */
function scopedByPlace(title: ParsedTitle): boolean {
  return (
    /^(?:Crown\s+Prince|Prince|Emir|Amir|Ruler|Governor|Mayor)$/i.test(title.roleNoun ?? "") &&
    /\bof\s+(?:the\s+)?\p{Lu}/u.test(title.text)
  );
}

function build(
  mention: ParticipantMention,
  person: ReturnType<typeof reconcilePerson>,
  context: ParticipantsContext,
  protocolOrder: number,
): ParticipantProposal {
  const { knowledge, date, attendanceMode, organizationId } = context;
  const { item, sentence } = mention;
  const personId = person.reconciled.status === "matched" ? person.reconciled.id : null;
  // "Malaysia was represented by Prime Minister Najib Razak": the country the sentence names scopes the title.
  // "Secretary General X" at a CSTO session: an organization's title that names no organization is the meeting's own.
  const unscoped =
    item.title &&
    !item.title.country &&
    !item.title.organization &&
    !namesAbbreviatedOrganization(item.title) &&
    !scopedByPlace(item.title)
      ? item.title
      : null;
  const scope = (id: string) => ({
    id,
    start: unscoped!.start,
    end: unscoped!.start,
    asStated: "",
    via: "name" as const,
  });
  const title =
    unscoped && mention.countryHint
      ? { ...unscoped, country: scope(mention.countryHint) }
      : unscoped && organizationId && isOrganizationTitle(unscoped.roleNoun)
        ? { ...unscoped, organization: scope(organizationId) }
        : item.title;
  const stated = title && !namesNoPost(title) ? reconcilePost(title, knowledge, personId, date) : null;
  const post =
    stated && !(stated.reconciled.status === "new" && !title!.roleNoun && LEADERS_OF.test(title!.text))
      ? stated
      : heldPost(knowledge, personId, date);
  // "Brazil was also represented by Foreign Minister Mauro Vieira": the country the sentence names completes a new post.
  if (
    post?.reconciled.status === "new" &&
    !post.reconciled.proposed.countryId &&
    !post.reconciled.proposed.organizationId &&
    mention.countryHint &&
    item.title?.roleNoun &&
    !scopedByPlace(item.title)
  ) {
    const country = knowledge.countries.find((known) => known.id === mention.countryHint);
    if (country)
      post.reconciled.proposed = {
        ...post.reconciled.proposed,
        label: `${postPhrase(item.title) ?? item.title.roleNoun} of ${knownCountryInLabel(country.nameI18n.en)}`,
        countryId: country.id,
      };
  }
  const postId = post?.reconciled.status === "matched" ? post.reconciled.id : null;
  const knownPost = knowledge.posts.find((candidate) => candidate.id === postId);
  const occupancy = knowledge.occupancies.find(
    (candidate) => candidate.personId === personId && candidate.postId === postId && covers(candidate, date),
  );
  const titleEvidence = item.title
    ? { start: item.title.start, end: item.title.end }
    : { start: item.start, end: item.end };

  const countryId = knownPost?.countryId ?? item.title?.country?.id ?? mention.countryHint ?? null;
  const organizationIdOfPerson = countryId
    ? null
    : (knownPost?.organizationId ?? item.title?.organization?.id ?? null);
  const country = countryId
    ? {
        value: { countryId, asStated: item.title?.country?.asStated ?? "" },
        evidence: item.title?.country
          ? { start: item.title.country.start, end: item.title.country.end }
          : titleEvidence,
        confidence: knownPost?.countryId ? 0.95 : 0.7,
      }
    : null;
  const organization = organizationIdOfPerson
    ? {
        value: { organizationId: organizationIdOfPerson, asStated: item.title?.organization?.asStated ?? "" },
        evidence: item.title?.organization
          ? { start: item.title.organization.start, end: item.title.organization.end }
          : titleEvidence,
        confidence: knownPost?.organizationId ? 0.95 : 0.7,
      }
    : null;

  const category = categoryOf(knowledge, {
    meetingOrganizationId: organizationId,
    joint: context.joint ?? null,
    countryId,
    organizationId: organizationIdOfPerson,
    date,
    own: mention.ownHint ?? null,
    sentence: mention.categoryHint,
    roleNoun: item.title?.roleNoun ?? null,
    title: item.title?.text ?? null,
    unknownCountry:
      !countryId &&
      !organizationIdOfPerson &&
      !isOrganizationTitle(item.title?.roleNoun ?? null) &&
      item.title !== null &&
      worldCountryIn(item.title.text) !== undefined,
  });
  const role: ParticipationRole =
    category.value === "igo_official" || category.value === "guest_organization"
      ? "participant"
      : "head_of_delegation";
  const sentenceEvidence = { start: sentence.start, end: sentence.end };
  return {
    protocolOrder,
    titleAsStated: item.text,
    nameAsStated: item.name!.text,
    person: {
      value: person.reconciled,
      evidence: { start: item.name!.start, end: item.name!.end },
      confidence: person.confidence,
    },
    post: post ? { value: post.reconciled, evidence: titleEvidence, confidence: post.confidence } : null,
    occupancyId: occupancy?.id ?? null,
    country,
    organization,
    category: {
      value: category.value,
      evidence: category.fromHint ? sentenceEvidence : titleEvidence,
      confidence: category.confidence,
    },
    role: { value: role, evidence: sentenceEvidence, confidence: 0.7 },
    mode: {
      value: modeOf(mention.kind, attendanceMode, modeWordsOf(context.text, sentence, item)),
      evidence: sentenceEvidence,
      confidence: 0.8,
    },
    evidence: { start: item.start, end: item.end },
    confidence: Math.min(person.confidence, post?.confidence ?? 0.5),
  };
}

/**
 * Why `participationOf` leaves a person named with a title out, in words for the editor: the reason its own reading
 * gives (`participationRead`). Null when it reads them as taking part.
 */
export function whyNotTakingPart(
  text: string,
  sentence: { start: number; end: number },
  item: { start: number; end: number; title?: ParsedTitle | null },
): string | null {
  return participationRead(text, sentence, item).reason;
}

/**
 * A participant for someone the passes above left out and a later decision reads as taking part
 * (`mentions-taking-part.ts`): reconciled and built as any participant read from an attendance, with the country the
 * decision found for a title that names none.
 */
export function participantOfMention(
  context: ParticipantsContext,
  sentence: Sentence,
  item: TitledName,
  countryHint: string | null,
  protocolOrder: number,
): ParticipantProposal {
  const { knowledge, date } = context;
  const titlePosts = item.title
    ? postCandidates(item.title, knowledge, null, date).map((candidate) => candidate.id)
    : [];
  const person = reconcilePerson(
    withoutPatronymic(spaceInitials(item.name!.text)),
    knowledge,
    titlePosts,
    date,
  );
  return build(
    { item, kind: "attendance", sentence, categoryHint: null, countryHint },
    person,
    context,
    protocolOrder,
  );
}
