import type { PartialDate } from "../common/partial-date";
import { completeYear, findDates, formatDay, monthNumber, yearAround } from "./dates";
import type { ReaderKnowledge } from "./knowledge";
import { countryById, rootOrganization } from "./knowledge";
import { countryMentions, organizationMentions, type Mention } from "./mentions";
import type { ChairmanshipProposal, ParticipantProposal } from "./proposal";
import type { Paragraph, Sentence } from "./segment";
import { endsItsTerm, headlineInfinitive, namedNextUp, wishedSuccessInItsOffice } from "./handover-wordings";
import { countriesAndCapitals } from "./world-capitals";
import { mayHoldTheOffice, notYetFounded } from "./chairmanship-eligibility";
import { officeInAClauseBeside } from "./handovers-with-the-office-in-a-clause";
import { ENDS_AND_THE_NEXT, THE_NEXT_ONE_BEGINS } from "./handovers-one-ends-the-next-begins";
import {
  ANOTHER_BODYS_OFFICE,
  BEING_PASSED_TO_HIM_BY,
  OPENING_RECEIVING_FROM,
  RECEIVING_FROM,
  TO_WHOM_THE_GIVER_PASSED,
  TO_WHOM_THE_OFFICE_PASSED,
} from "./handovers-told-of-the-receiver";
import { ABSENT_HOLDER_CONFIDENCE, tookPart } from "./chairmanship-participation";
import {
  AS_THE_OFFICE,
  ELECTS,
  HELD_IT_UNTIL_NOW,
  IN_SUCCESSION_TO,
  LED_THING_OF_ANOTHER_KIND,
  OFFICE_OF_ANOTHER_THING,
  OFFICE_THEN_WHICH,
  SUCCEEDING,
  THANKED_FOR_LEADING,
  THE_OUTGOING_CHAIR,
  TITLE_BEFORE_THE_ELECTED,
  WILL_LEAD,
  WILL_TAKE_IT,
} from "./handovers-in-elections-and-clauses";
import {
  APPOSITION_BEFORE_THE_TITLE,
  DESIGNATED_TO,
  DESIGNATES,
  HOLDER_AFTER_THE_TITLE,
  OUTGOING_TITLE,
  TAKING_OVER_FROM,
  TITLE_OF_ANOTHER_THING,
  TO_THE_OFFICE,
  titledOutgoingSubject,
} from "./handovers-by-titles-and-designations";

/**
 * The office that rotates, and the tokens handed over with it ("the baton passes to …", "handed the ceremonial hammer
 * to …", "takes the reins"); and the leadership that rotates or is the body's own ("the rotating leadership", "the
 * leadership of the Association", "the bloc's leadership"), while "X's leadership" or "the country's" is a government.
 */
const OFFICE = "(?:presidency|chairmanship|chairship|chair)";
const MONTH_NAMES = "January|February|March|April|May|June|July|August|September|October|November|December";
/** "in July 2010": a month and its year (groups 1 and 2). */
const IN_MONTH_AND_YEAR = new RegExp(`\\bin\\s+(${MONTH_NAMES})\\s+((?:19|20)\\d{2})\\b`, "i");
const OFFICE_OR_TOKEN =
  "(?:presidency|chairmanship|chairship|chair|baton|gavel|hammer|torch|helm|reins|mantle|rotating\\s+leadership|(?:bloc|grouping)['’]s\\s+leadership|leadership\\s+of\\s+the\\s+(?:Organi[sz]ation|Association|Union|Commonwealth|Community|bloc|grouping|Group(?!\\s+of\\s+(?!Twenty\\b|Seven\\b|Eight\\b)))(?!['’]))";
/**
 * The helm, the reins or the mantle of something other than a body: "took the reins of government", "at the helm of
 * the country". Those tokens stand for the office only without such an "of".
 */
const TOKEN_OF_ANOTHER =
  /\b(?:helm|reins|mantle)\s+of\s+(?:power|government|state|(?:the|his|her|its|their)\s+(?:country|state|government|nation|republic|party|economy|company|ministry|family|army|armed\s+forces))\b/i;
/** The office as a title-cased or lower-case noun, for patterns that must see capitals elsewhere. */
const OFFICE_CASED = "(?:[Pp]residency|[Cc]hairmanship|[Cc]hairship|[Cc]hair)";
/** Verbs and nouns that move the office from one holder to the next: the next one follows "to". */
const PASSING =
  "(?:passed|passes|pass|passing|handed|hands|hand|handing|gave|gives|give|given|giving|presented|presents|present|presenting|delivered|delivers|deliver|delivering|shifted|shifts|shift|shifting|devolved|devolves|devolve|devolving|transferred|transfers|transfer|transferring|moved|moves|move|went|goes|go|rotated|rotates|rotate|entrusted|entrusts|entrust|turned|turns|turn|turning|ceded|cedes|cede|ceding|relinquished|relinquishes|relinquish|relinquishing|assigned|assigns|assign|falls|fell|conferred|confers|confer|bestowed|bestows|bestow|handover|hand-over|transition)";
/** Verbs whose subject takes (or holds) the office. */
const TAKING =
  "(?:(?:begins|begin|beginning|starts|start|starting)(?=\\s+(?:its|their)\\s)|step\\s+into|steps\\s+into|stepped\\s+into|stepping\\s+into|assumed|assumes|assume|assuming|took|taken|takes|take|taking|held|holds|hold|holding|received|receives|receive|accepted|accepts|accept|inherited|inherits)";
/** Auxiliaries and phrases that put a verb in the future. */
const FUTURE =
  "(?:will|shall|would|is\\s+to|are\\s+to|is\\s+(?:set|due|scheduled)\\s+to|is\\s+going\\s+to|to)";
// "next year", but not "next year's summit", nor a term's length ("for the coming year"); "next year's presidency" is the
// office's own year.
const NEXT_YEAR =
  /(?<!\bfor\s+(?:the\s+)?)\b(?:next|the\s+coming|the\s+following|the\s+next)\s+year\b(?!['’]s(?!\s+(?:[\w-]+\s+)?(?:presidency|chairmanship|chairship|chair|chairman|chairperson)\b))/i;

export interface ChairmanshipContext {
  text: string;
  paragraphs: readonly Paragraph[];
  knowledge: ReaderKnowledge;
  /** The meeting's first day. */
  date: PartialDate | null;
  /** The meeting's last day, when it lasted more than one. */
  endDate?: PartialDate | null;
  publishedAt: string | null;
  organizationId: string | null;
  chair: ParticipantProposal | null;
  /** Everyone taking part, so that "X handed over the chairmanship to …" knows X's country. */
  participants?: readonly ParticipantProposal[];
  /** The release's headline, read for a handover only when the body tells none ("Tajikistan to chair the CIS in 2025"). */
  headline?: Sentence | null;
}

/** A country named as one side of the handover, with the words that name it. */
interface Side {
  countryId: string;
  start: number;
  end: number;
}

/** A holder the text names as holding the office now: the outgoing side, when someone else takes over. */
interface Holder extends Side {
  /** The year or day its term started, when the text says. */
  since: string | null;
}

interface Incoming extends Side {
  sentence: Sentence;
  /** "X handed over the chairmanship to Y": X, when the sentence names it. */
  outgoing: Side | null;
  confidence: number;
  /** Named only as holding the office at the next meeting ("the next summit … under X's chairmanship"). */
  atNextMeeting?: boolean;
}

/** A next holder outside the organization, proposed only when the text names no member: for a reviewer to check. */
const OUTSIDER_CONFIDENCE = 0.5;

/** A term of a body the knowledge does not hold, proposed for the editor to set the body. */
const UNKNOWN_BODY_CONFIDENCE = 0.6;

// The office of a body named by its proper name: "the chairmanship of the International Fund for Saving the Aral Sea".
const OFFICE_OF_A_NAMED_BODY =
  /\b(?:[Pp]residency|[Cc]hairmanship|[Cc]hairship|[Cc]hair)\s+of\s+(?:the\s+)?([A-Z][\w'’-]*(?:\s+(?:(?:for|of|on|and|the|in)\s+)*[A-Z][\w'’-]*)*)/g;
// A body's common noun, which stands for the body that met: "the chairmanship of the Organization".
const COMMON_BODY_NOUN =
  /^(?:Organi[sz]ation|Association|Union|Commonwealth|Community|Group|Grouping|Bloc|Summit|Council|Forum|Movement|League|Conference|Meeting|Assembly|Alliance|Presidency)$/;

/**
 * Whether the sentence hands over the office of a body named by a proper name that the text names nowhere else: with
 * neither the body that met nor the sentence's body in the knowledge, "the heads of state approved the transfer of the
 * chairmanship of the International Fund for Saving the Aral Sea from X to Y" hands over another body's office; the
 * body that met is named again elsewhere ("the 19th Summit of the Non-Aligned Movement … the chairmanship of the
 * Non-Aligned Movement passed to Uganda"), or by its common noun ("the chairmanship of the Organization").
 */
function anotherBodyNamed(context: ChairmanshipContext, sentence: Sentence): boolean {
  for (const office of sentence.text.matchAll(OFFICE_OF_A_NAMED_BODY)) {
    const name = office[1]!;
    if (COMMON_BODY_NOUN.test(name)) continue;
    // "the chairmanship of Kazakhstan": a holder, not a body.
    const at = sentence.start + office.index + office[0].length - name.length;
    if (countryMentions(context.text, context.knowledge, at, at + name.length).length > 0) continue;
    const first = context.text.indexOf(name);
    const elsewhere =
      (first !== -1 && first + name.length <= sentence.start) || context.text.includes(name, sentence.end);
    if (!elsewhere) return true;
  }
  return false;
}

const escape = (value: string) => value.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * The rotating presidency, read from the words around it rather than from known sentences. The next holder is the
 * country (or the country of the person, or the demonym) that follows "to" after a verb or noun of passing with the
 * office or its baton ("the chairmanship will be moved to X", "handed over the chairmanship to President Y of X",
 * "the handover of the chairmanship from W to X", "the baton passes to X"), or the subject of a verb of taking in the
 * future or at the meeting ("X takes over the chairmanship in 2023", "X will be chairing", "X was entrusted with the
 * chairmanship", "X received the gavel"), or a country named as next ("X's chairmanship begins on 1 January", "X,
 * the incoming chair"); the body that met comes before another organization. Its term starts on the date or later
 * year the sentence gives ("next year" is the meeting's year plus one; a year-less day lies after the meeting when
 * the sentence looks ahead; the next summit's day or year is not the term's), else at the meeting. The outgoing
 * holder is the one the same sentence passes from ("from W", "W handed over …", "took over … from W"), else the one
 * the text names as holding the office ("W's Chairship", "the Russian presidency", "the presiding state (W)", "W, as
 * presiding country", "W is this year's chair", "thanked W for its presidency", "W chaired the Commonwealth in
 * 2020"), else the chair's country; its term starts as the database has it, else as the text says anywhere ("in
 * 2019-2020", "W's chairmanship in 2018").
 */
export function readChairmanships(context: ChairmanshipContext): ChairmanshipProposal[] {
  const { text, paragraphs, knowledge, date } = context;
  const sentences = paragraphs.flatMap((paragraph) => paragraph.sentences);
  const meetingYear = date ? Number(date.slice(0, 4)) : null;

  // The first handover of the body that met; another organization's ("X also chairs the SCO in 2025") only if none.
  const holders: Holder[] = [];
  let incoming: Incoming | null = null;
  let organizationId: string | null = null;
  // "The Leaders agreed that Myanmar will chair ASEAN in 2014" at a 2011 summit: a term agreed for a later year than
  // the next is no handover at this meeting; it stands only if the text names none other.
  let distant: Incoming | null = null;
  // A next holder outside the organization, as the knowledge's members tell (chairmanship-eligibility.ts).
  let outsider: { found: Incoming; organizationId: string | null } | null = null;
  // A member with no participant at the meeting (chairmanship-participation.ts): kept for when no country that took
  // part is named as next.
  let absent: { found: Incoming; organizationId: string | null } | null = null;
  const tookPartIn = (countryId: string) => tookPart(context.participants, context.chair, countryId);
  // The organization a sentence hands over, at the top of its tree; the body that met when it names none, or when it
  // is among those it names ("Laos will chair ASEAN in 2016 and host the East Asia Summit": ASEAN's office, not the
  // first organization named).
  // Not one founded after the meeting ("… and host the first East Asia Summit next year").
  const organizationOf = (sentence: Sentence) => {
    const named = organizationMentions(text, knowledge, sentence.start, sentence.end)
      .map((organization) => rootOrganization(knowledge, organization.id)?.id ?? organization.id)
      .filter((organization) => !notYetFounded(knowledge, organization, date));
    if (named.length === 0 || (context.organizationId && named.includes(context.organizationId)))
      return context.organizationId;
    return named[0]!;
  };
  // "India handed the chairmanship to Kazakhstan in July 2023": a handover dated before the meeting is not this
  // meeting's, but the day the receiver's term began, by country.
  const handedEarlier = new Map<string, string>();
  for (const sentence of sentences) {
    const found = incomingIn(sentence, context, meetingYear, holders);
    if (!found) continue;
    const earlier = handedOverBefore(found, context, meetingYear);
    if (earlier !== null) {
      if (!handedEarlier.has(found.countryId)) handedEarlier.set(found.countryId, earlier);
      continue;
    }
    const foundOrganization = organizationOf(sentence);
    if (foundOrganization === null && anotherBodyNamed(context, sentence)) continue;
    // A country outside the organization (a guest, a partner, another meeting's place) is the next holder only when
    // the text names no member as one.
    if (!mayHoldTheOffice(knowledge, foundOrganization, found.countryId)) {
      outsider ??= { found, organizationId: foundOrganization };
      continue;
    }
    if (!tookPartIn(found.countryId)) {
      absent ??= { found, organizationId: foundOrganization };
      continue;
    }
    const start = startOf(sentence, context, meetingYear);
    if (meetingYear !== null && start !== null && Number(start.slice(0, 4)) > meetingYear + 1) {
      distant ??= found;
      continue;
    }
    if (!incoming) {
      incoming = found;
      organizationId = foundOrganization;
    }
    if (!context.organizationId || foundOrganization === context.organizationId) {
      incoming = found;
      organizationId = foundOrganization;
      break;
    }
  }
  if (!incoming && distant) {
    incoming = distant;
    organizationId = organizationOf(distant.sentence);
  }
  // A headline naming a country that took part ("… Brazil takes over the pro tempore presidency") before a country
  // the body names with no one at the meeting; that country, less sure, before a non-member.
  if (!incoming && absent) {
    const headlined = context.headline ? incomingIn(context.headline, context, meetingYear, holders) : null;
    if (headlined && tookPartIn(headlined.countryId)) {
      incoming = headlined;
      organizationId = organizationOf(context.headline!);
    } else {
      incoming = { ...absent.found, confidence: Math.min(absent.found.confidence, ABSENT_HOLDER_CONFIDENCE) };
      organizationId = absent.organizationId;
    }
  }
  if (!incoming && outsider) {
    incoming = { ...outsider.found, confidence: Math.min(outsider.found.confidence, OUTSIDER_CONFIDENCE) };
    organizationId = outsider.organizationId;
  }
  // A headline that tells the handover the body leaves out ("CIS leaders meet in the Kremlin; Tajikistan to chair the
  // Commonwealth in 2025"): read last, as the body's own words are the fuller account.
  if (!incoming && context.headline) {
    const found = incomingIn(context.headline, context, meetingYear, holders);
    const headlineOrganization = found ? organizationOf(context.headline) : null;
    if (found && !(headlineOrganization === null && anotherBodyNamed(context, context.headline))) {
      incoming = found;
      organizationId = headlineOrganization;
    }
  }
  if (!incoming) return presentTerm(context, sentences, meetingYear, organizationOf);
  // A body the knowledge does not hold (the Non-Aligned Movement, a new grouping): the handover is still proposed, with
  // the body left for the editor to pick on the review screen, and as less certain, so that it comes up among the first.
  if (!organizationId)
    incoming = { ...incoming, confidence: Math.min(incoming.confidence, UNKNOWN_BODY_CONFIDENCE) };

  const { sentence } = incoming;

  // "The Sultan passed the gavel to President Thein Sein. Myanmar will chair the Association in 2014.": a handover
  // that gives no time of its own takes the later year the next sentence gives the same country's term.
  let startDate = startOf(sentence, context, meetingYear);
  const stated = statedStart(sentence, context);
  if (!FROM_TODAY.test(sentence.text) && laterStart(sentence, meetingYear, calendarTerms(context)) === null) {
    const following = sentences[sentences.indexOf(sentence) + 1];
    const again = following && stated === null ? incomingIn(following, context, meetingYear, []) : null;
    // "… passes to India. The next meeting is to be held next year under India's chairmanship": that meeting's year.
    // "MANILA, Nov. 14 – The leaders closed the summit with the handover … to X. … X takes over the chairmanship in
    // 2018": a day within the meeting (a dateline's, a session's) is no time of the term's own either.
    const later =
      (following && again?.countryId === incoming.countryId && !again.atNextMeeting
        ? laterStart(following, meetingYear, calendarTerms(context))
        : null) ??
      (following && stated === null ? sameHolderFromADay(following, incoming.countryId, context) : null) ??
      // "… handed the gavel to President X. The presidency now passes to Y, which assumes it on 1 December": the next
      // sentence hands the same country the office from a day after the meeting.
      (following && stated === null && again?.countryId === incoming.countryId && !again.atNextMeeting
        ? dayAfterTheMeeting(following, context)
        : null) ??
      (stated === null || withinMeeting(stated, context)
        ? laterTakeover(sentences, sentence, incoming.countryId, context, meetingYear)
        : null);
    if (later) startDate = later;
  }
  // "The German presidency …, which began on 1 July 2011, ends on 30 June. … Moscow will coordinate the Council's work
  // from July 2012 to June 2013": a term told by its month starts the day after the old term's stated last day.
  if (startDate && /^\d{4}-\d{2}$/.test(startDate))
    startDate = dayAfterTheOldTermEnds(sentences, sentence, startDate) ?? startDate;
  const next: ChairmanshipProposal = {
    organizationId,
    countryId: incoming.countryId,
    countryLabel: countryLabel(context.knowledge, incoming.countryId),
    startDate,
    endDate: null,
    existingId: null,
    handoverAtMeeting: startDate !== null && (startDate === date || startDate === (context.endDate ?? date)),
    evidence: { start: sentence.start, end: sentence.end },
    confidence: incoming.confidence,
  };

  const named = [...holders, ...holdersIn(context, meetingYear)].sort((a, b) => a.start - b.start);
  // The outgoing holder: the first the text names, a member of the organization before one that is not.
  const candidates: (Side | Holder)[] = [
    incoming.outgoing,
    outgoingNamedIn(context, countriesIn(context, sentence.start, sentence.end), sentence, next.countryId),
    ...named.filter((holder) => holder.countryId !== next.countryId),
    chairSide(context, next.countryId),
    incoming.outgoing ? null : giverNamedElsewhere(context, sentences, incoming, meetingYear),
  ].filter((side): side is Side | Holder => side !== null);
  // The first member that took part, else the first member: a holder before the outgoing one ("which began when
  // Saudi Arabia passed on …") has often no one at the meeting.
  const member = (side: Side) => mayHoldTheOffice(knowledge, next.organizationId, side.countryId);
  const outgoing: Side | Holder | null =
    candidates.find((side) => member(side) && tookPartIn(side.countryId)) ??
    candidates.find(member) ??
    candidates[0] ??
    null;
  const result: ChairmanshipProposal[] = [];
  if (outgoing) {
    const stored = next.organizationId
      ? openStoredTerm(knowledge, next.organizationId, outgoing.countryId, date)
      : null;
    // Its first year as the text gives it anywhere: "passes from Tajikistan …" after "Tajikistan's chairmanship in 2018".
    const since = stored
      ? null
      : ((("since" in outgoing ? outgoing.since : null) as string | null) ??
        beganIn(text.slice(outgoing.end, outgoing.end + LONG_CLAUSE), meetingYear, date) ??
        sinceInAside(text, outgoing.end, meetingYear, date) ??
        tookThenHanded(context, sentence, outgoing, meetingYear, date) ??
        officeHeldSince(sentence, meetingYear, date) ??
        named.find((holder) => holder.countryId === outgoing.countryId && holder.since)?.since ??
        takenOverBefore(context, sentences, sentence, outgoing.countryId, meetingYear) ??
        (handedEarlier.get(outgoing.countryId) || null) ??
        termYears(context, outgoing, meetingYear));
    result.push({
      organizationId: next.organizationId,
      countryId: outgoing.countryId,
      countryLabel: countryLabel(context.knowledge, outgoing.countryId),
      startDate: stored?.startDate ?? since,
      endDate: next.startDate,
      existingId: stored?.id ?? null,
      handoverAtMeeting: next.handoverAtMeeting,
      evidence: { start: outgoing.start, end: outgoing.end },
      confidence: stored ? 0.9 : Math.min(0.7, next.confidence),
    });
  }
  result.push(next);
  return result;
}

/**
 * The month or year a handover is dated to before the meeting ("" when it says only "at the previous summit"), null
 * for one at the meeting: "India handed the chairmanship to Kazakhstan in July 2023", "… to Kazakhstan at the 2023
 * summit", "Last year, India handed …", "In 2023 the chairmanship passed from India to Kazakhstan" at a 2024 meeting.
 * Only words of the handover's own clause count: the receiver's (up to a comma) and those before the sentence's first
 * country, never an aside on a holder (", which took over in July 2023,"). A year alone that is the meeting's own is
 * this meeting's.
 */
function handedOverBefore(
  found: Incoming,
  context: ChairmanshipContext,
  meetingYear: number | null,
): string | null {
  if (meetingYear === null) return null;
  const { text } = context;
  const { sentence } = found;
  const first = countriesIn(context, sentence.start, sentence.end)[0];
  const opening = first ? text.slice(sentence.start, first.start) : "";
  const clauses = [
    text.slice(found.end, sentence.end).split(/[,;(]|\s[–—]\s/)[0]!,
    // A time alone: not "Having taken over the chairmanship in July 2023, X …", "At the end of its presidency, which
    // began in July 2023, X …" (the holder's own start, which is the outgoing side's).
    OPENING_ON_A_TERM.test(opening) ? "" : opening,
  ];
  for (const words of clauses) {
    // "passed to Kazakhstan, whose chairmanship began in July 2023" stops at the comma; "to Kazakhstan for 2024" and a
    // range of years name the term to come, which earlierTerm does not read.
    const since = earlierTerm(
      words.replace(/^\s*\p{Lu}/u, (initial) => initial.toLowerCase()),
      meetingYear,
      true,
      context.date,
    );
    if (since !== null && since !== String(meetingYear)) return since;
  }
  return null;
}

const OPENING_ON_A_TERM =
  /\b(?:which|that|who|whose|having|its|their|since|after|when|began|begun|started|took|taken|assumed|received|today)\b/i;

/**
 * "The leaders signed a decision on Uzbekistan's chairmanship in 2020. Tajikistan handed over the chairmanship to
 * Uzbekistan.": the giver another sentence names for the same next holder, when the one read names none.
 */
function giverNamedElsewhere(
  context: ChairmanshipContext,
  sentences: readonly Sentence[],
  incoming: Incoming,
  meetingYear: number | null,
): Side | null {
  for (const other of sentences) {
    if (other === incoming.sentence) continue;
    const again = incomingIn(other, context, meetingYear, []);
    if (
      again?.countryId === incoming.countryId &&
      again.outgoing &&
      handedOverBefore(again, context, meetingYear) === null
    )
      return again.outgoing;
  }
  // "… elected the President of the DRC, X, as Chairperson of SADC. … X succeeds the President of Malawi, Y.": the
  // next holder, named again as the subject of "succeeds" with no office, and the one succeeded.
  for (const other of sentences) {
    if (other === incoming.sentence) continue;
    const verbs = [...other.text.matchAll(SUCCEEDS)];
    if (verbs.length === 0) continue;
    const countries = countriesIn(context, other.start, other.end);
    for (const verb of verbs) {
      const subject = subjectBefore(context, countries, other.start, other.text.slice(0, verb.index));
      if (subject?.countryId !== incoming.countryId) continue;
      const succeeded = sideAfter(context, countries, other.start + verb.index + verb[0].length);
      if (succeeded && succeeded.countryId !== incoming.countryId && !ANOTHER_OFFICE_AFTER.test(other.text))
        return succeeded;
    }
  }
  return null;
}

/** "succeeds", "replaces", "takes over from": the one succeeded right after. */
const SUCCEEDS =
  /\b(?:succeeds|succeeded|replaces|replaced|takes\s+over\s+from|took\s+over\s+from)\s+(?:the\s+)?/gi;
/** "… as chairperson of the Organ", "… at the head of the Commission": the succession to another office. */
const ANOTHER_OFFICE_AFTER =
  /\bas\s+(?:the\s+)?(?:[\w-]+\s+)?(?:chair(?:man|person|woman)?|president|head|secretary)\s+of\s+(?:the\s+)?(?:Organ|Commission|Committee|Board|Parliament|Court|Bank)\b/i;

/** A country's English name as the knowledge holds it, for the review screen (its id when it holds none). */
function countryLabel(knowledge: ChairmanshipContext["knowledge"], countryId: string): string {
  return countryById(knowledge, countryId)?.nameI18n.en ?? countryId;
}

/**
 * The term of the country the knowledge holds as still running for the organization on the meeting's day (a stored
 * term that starts after the meeting is a later one, not the term running at it).
 */
function openStoredTerm(
  knowledge: ChairmanshipContext["knowledge"],
  organizationId: string,
  countryId: string,
  date: PartialDate | null,
) {
  return knowledge.chairmanships?.find(
    (term) =>
      term.organizationId === organizationId &&
      term.countryId === countryId &&
      term.endDate === null &&
      (term.startDate === null || date === null || term.startDate <= date),
  );
}

/** Whether a day falls on one of the meeting's own days. */
function withinMeeting(day: PartialDate, context: ChairmanshipContext): boolean {
  const { date } = context;
  const last = context.endDate ?? date;
  return date !== null && last !== null && day.length >= 10 && day >= date && day <= last;
}

/**
 * "The summit closed with the handover of the chairmanship to X. … X takes over the chairmanship in 2018, its leader
 * said": a round-up that tells the handover first and dates the new term further on. The day after the meeting or the
 * year a later sentence gives the same country's taking over (in the year after the meeting's at most), else null.
 */
function laterTakeover(
  sentences: readonly Sentence[],
  handover: Sentence,
  countryId: string,
  context: ChairmanshipContext,
  meetingYear: number | null,
): string | null {
  if (meetingYear === null) return null;
  for (const sentence of sentences.slice(sentences.indexOf(handover) + 2)) {
    if (!/\b(?:take|takes|taking|assume|assumes|assuming)\s+(?:over\s+)?the\s/i.test(sentence.text)) continue;
    const again = incomingIn(sentence, context, meetingYear, []);
    if (!again || again.countryId !== countryId || again.atNextMeeting) continue;
    // "… X also takes over the chairmanship of the CIS in 2011": another organization's term.
    const organization = organizationMentions(
      context.text,
      context.knowledge,
      sentence.start,
      sentence.end,
    )[0];
    const root = organization
      ? (rootOrganization(context.knowledge, organization.id)?.id ?? organization.id)
      : null;
    if (root !== null && context.organizationId !== null && root !== context.organizationId) continue;
    // "… X formally takes over the chairmanship on 1 January 2011": a day after the meeting's last.
    const last = context.endDate ?? context.date;
    const day = statedStart(sentence, context);
    if (day !== null && last !== null && day > last && Number(day.slice(0, 4)) <= meetingYear + 1) return day;
    const year = laterStart(sentence, meetingYear, calendarTerms(context));
    if (year !== null && /^\d{4}$/.test(year) && Number(year) === meetingYear + 1) return year;
  }
  return null;
}

/**
 * With no handover, the holder the text names as holding the office now with the day or year its term began ("X,
 * which has held the chairmanship since the Baku summit on 15 October 2019, …"): its term, still running. Not a holder
 * of another organization, nor one whose term began after the meeting.
 */
function presentTerm(
  context: ChairmanshipContext,
  sentences: readonly Sentence[],
  meetingYear: number | null,
  organizationOf: (sentence: Sentence) => string | null,
): ChairmanshipProposal[] {
  const { date } = context;
  // Every such holder is named with "since": a text without the word has none (and is not read again for markers).
  if (!context.organizationId || date === null || !/\bsince\b/i.test(context.text)) return [];
  const holders = markedIn(context, 0, context.text.length, meetingYear).filter(
    (marker) => marker.current && marker.since && marker.since <= date,
  );
  const countries = new Set(holders.map((holder) => holder.countryId));
  if (countries.size !== 1) return [];
  const holder = holders[0]!;
  const sentence = sentences.find(
    (candidate) => candidate.start <= holder.start && holder.start < candidate.end,
  );
  if (!sentence || organizationOf(sentence) !== context.organizationId) return [];
  const stored = openStoredTerm(context.knowledge, context.organizationId, holder.countryId, date);
  return [
    {
      organizationId: context.organizationId,
      countryId: holder.countryId,
      countryLabel: countryLabel(context.knowledge, holder.countryId),
      startDate: stored?.startDate ?? holder.since,
      endDate: null,
      existingId: stored?.id ?? null,
      handoverAtMeeting: false,
      evidence: { start: holder.start, end: holder.end },
      confidence: 0.6,
    },
  ];
}

/** The next holder a sentence names, if any; holders it names as holding the office now go to `holders`. */
/** How far after "from", "by" or "to whom" the giver's name may start: a long name with its post before it. */
const GIVER_WITHIN = 70;

/** The receiver and the giver of a handover told with the receiver as the subject (handovers-told-of-the-receiver.ts). */
function receivedFrom(
  context: ChairmanshipContext,
  countries: readonly Mention[],
  sentence: Sentence,
): Incoming | null {
  const words = sentence.text;
  if (ANOTHER_BODYS_OFFICE.test(words)) return null;
  const incoming = (receiver: Side | null, giver: Side | null): Incoming | null =>
    receiver
      ? {
          ...receiver,
          sentence,
          outgoing: giver && giver.countryId !== receiver.countryId ? giver : null,
          confidence: 0.8,
        }
      : null;
  const opening = OPENING_RECEIVING_FROM.exec(words);
  if (opening) {
    const giver = sideAfter(context, countries, sentence.start + opening[0].length);
    const comma = giver ? context.text.indexOf(",", giver.end) : -1;
    if (giver && comma >= 0 && comma < sentence.end) {
      const receiver = sideAfter(context, countries, comma + 1);
      if (receiver && receiver.countryId !== giver.countryId) return incoming(receiver, giver);
    }
  }
  for (const pattern of [
    RECEIVING_FROM,
    BEING_PASSED_TO_HIM_BY,
    TO_WHOM_THE_GIVER_PASSED,
    TO_WHOM_THE_OFFICE_PASSED,
  ]) {
    for (const clause of words.matchAll(pattern)) {
      const receiver = subjectBefore(context, countries, sentence.start, words.slice(0, clause.index));
      const at = sentence.start + clause.index + clause[0].length;
      // The giver right after "from", "by" or "to whom": not a country named further on ("… by President X at the
      // opening of the summit in the Ethiopian capital"), which leaves the giver to the rest of the text.
      const found = sideAfter(context, countries, at);
      const giver = found && found.start - at <= GIVER_WITHIN ? found : null;
      if (receiver && receiver.countryId !== giver?.countryId) return incoming(receiver, giver);
    }
  }
  return null;
}

function incomingIn(
  sentence: Sentence,
  context: ChairmanshipContext,
  meetingYear: number | null,
  holders: Holder[],
): Incoming | null {
  const words = sentence.text;
  if (
    !/presiden|presid|chair|baton|gavel|hammer|torch|helm|reins|mantle|leadership|\b(?:lead|steer|head|charge|led|headed|steered)\b|\b(?:next\s+up|next\s+in\s+line|up\s+next)\b/i.test(
      words,
    )
  )
    return null;
  const countries = countriesIn(context, sentence.start, sentence.end);

  // The receiver as the subject, the giver in a participle or a clause: "Y, receiving the presidency from X,", "Y, to
  // whom X handed over the presidency,", "Y, the baton being passed to him by X,", "Receiving the presidency from X, Y".
  const received = receivedFrom(context, countries, sentence);
  if (received) return received;
  // "Hungary's presidency ends and the Polish one begins on 1 July": the old holder's office ends, the new one's begins.
  for (const ends of words.matchAll(ENDS_AND_THE_NEXT)) {
    const next = sideAfter(context, countries, sentence.start + ends.index + ends[0].length);
    if (!next || next.start !== sentence.start + ends.index + ends[0].length) continue;
    if (!THE_NEXT_ONE_BEGINS.test(context.text.slice(next.end, sentence.end))) continue;
    // In the past, at this meeting only: "In 2023 India's chairmanship ended and Kazakhstan's began" is an earlier one.
    if (/\b(?:ended|was\s+over|came|closed|concluded|expired)\b/i.test(ends[0]) && EARLIER_TIME.test(words))
      continue;
    const old = subjectBefore(context, countries, sentence.start, words.slice(0, ends.index));
    return {
      ...next,
      sentence,
      outgoing: old && old.countryId !== next.countryId ? old : null,
      confidence: 0.8,
    };
  }

  // Passing: "… handed over the chairmanship to Y", "the presidency will be moved to Y", "the baton passes to Y".
  const passing = new RegExp(`\\b${PASSING}\\b`, "gi");
  for (const verb of words.matchAll(passing)) {
    const to = passedTo(words, verb.index, verb.index + verb[0].length, context.text);
    if (to === null) continue;
    const recipient = sideAfter(context, countries, sentence.start + to);
    if (!recipient) continue;
    const before = words.slice(0, verb.index);
    // "passed from X to Y", or "passed to Y from X".
    const fromBefore = /\bfrom\s+(?:the\s+)?/i.exec(words.slice(verb.index, to));
    const fromAfter = fromBefore
      ? null
      : /^[^;:]{0,80}?\bfrom\s+(?:the\s+)?(?=[A-Z])/.exec(context.text.slice(recipient.end, sentence.end));
    const fromSide = fromBefore
      ? countries.find(
          (mention) =>
            mention.start >= sentence.start + verb.index + fromBefore.index &&
            mention.id !== recipient.countryId,
        )
      : fromAfter
        ? countries.find(
            (mention) =>
              mention.start === recipient.end + fromAfter[0].length && mention.id !== recipient.countryId,
          )
        : undefined;
    const subject = fromSide
      ? null
      : (holderInOfficeAside(context, countries, sentence.start, before, recipient.countryId, meetingYear) ??
        subjectBefore(context, countries, sentence.start, before) ??
        subjectAfterTheParticiple(context, countries, sentence, before, verb[0], recipient) ??
        pronounSubject(context, sentence, before));
    const outgoing = fromSide
      ? sideOf(fromSide)
      : subject && subject.countryId !== recipient.countryId
        ? subject
        : null;
    return {
      ...recipient,
      sentence,
      outgoing,
      confidence: 0.85,
    };
  }

  // The passive: "the Organization will be chaired by X next year", "the chairmanship in 2025 will be held by X".
  const passive = new RegExp(
    `\\b${FUTURE}\\s+be\\s+(?:(chaired|presided\\s+over)|(led|headed|steered)|(?:held|assumed|taken\\s+over|exercised))\\s+(?:(?:in|from)\\s+(?:19|20)\\d{2}\\s+|next\\s+year\\s+)?by\\s+`,
    "gi",
  );
  for (const verb of words.matchAll(passive)) {
    // "In 2025 the Commonwealth will be led by X": led, headed or steered only with the body as the subject.
    if (verb[2] && !LED_BODY_BEFORE.test(words.slice(0, verb.index))) continue;
    // "The meeting will be chaired by …" in an announcement is the meeting's chair: a handover says when ("next year",
    // "in 2024", "from 1 January 2024").
    if (
      (verb[1] || verb[2]) &&
      !laterStart(sentence, meetingYear) &&
      !laterDay(sentence, context) &&
      !/\bnext\b/i.test(words)
    )
      continue;
    if (!verb[1] && !verb[2] && !OFFICE_WORD.test(words.slice(0, verb.index))) continue;
    const agent = sideAfter(context, countries, sentence.start + verb.index + verb[0].length);
    if (!agent) continue;
    return { ...agent, sentence, outgoing: null, confidence: 0.8 };
  }

  // A passive whose subject takes the office: "X was entrusted with the chairmanship", "X was elected as chair", "X was
  // elected Chairman of the Council" (a translation from Russian names the office with no preposition), "X was named
  // the next chair" (named or designated only as the next one: "named chairman of the board" is a person's post).
  const entrusted = new RegExp(
    `\\b(?:was|were|has\\s+been|have\\s+been|is|are|${FUTURE}\\s+be)\\s+(?:(?:unanimously|formally|duly)\\s+)?(?:entrusted\\s+with|elected(?:\\s+by\\s+(?:the\\s+)?[^,.;:]{1,120}?(?=\\s+as\\b))?(?:\\s+(?:to|as|for))?|chosen\\s+(?:to|as))\\s+(?:the\\s+)?(?:[\\w’'-]+\\s+){0,3}?(?:${OFFICE}|chairman|chairperson)\\b|(?:named|designated|nominated|confirmed|endorsed|approved|chosen|selected)(?:\\s+as)?\\s+(?:the\\s+)?(?:next|incoming|following)\\s+(?:[\\w’'-]+\\s+)?(?:${OFFICE}|chairing\\s+country|presiding\\s+country)\\b|\\bnext\\s+in\\s+line\\s+(?:for|to\\s+(?:take|hold|assume))\\s+(?:the\\s+)?(?:[\\w’'-]+\\s+)?${OFFICE}\\b`,
    "gi",
  );
  for (const verb of words.matchAll(entrusted)) {
    // "… next in line for the presidency of the Security Council": another body's office.
    if (ANOTHER_BODYS_OFFICE.test(words.slice(verb.index + verb[0].length, verb.index + verb[0].length + 60)))
      continue;
    const subject = subjectBefore(context, countries, sentence.start, words.slice(0, verb.index));
    if (subject)
      return {
        ...subject,
        sentence,
        outgoing: outgoingNamedIn(context, countries, sentence, subject.countryId),
        confidence: 0.8,
      };
  }
  const designated = designatedIn(sentence, context, countries, meetingYear);
  if (designated) return designated;
  // The active: "the leaders entrusted Y with the chairmanship": Y right after the verb, the office after "with".
  for (const verb of words.matchAll(ENTRUSTS)) {
    const at = sentence.start + verb.index + verb[0].length;
    const entrusted = countries.find((mention) => mention.start === at);
    if (entrusted && ENTRUSTED_WITH_OFFICE.test(context.text.slice(entrusted.end, sentence.end)))
      return { ...sideOf(entrusted), sentence, outgoing: null, confidence: 0.75 };
  }

  // "X was handed the chairmanship by W", "X has been given the gavel", and the past passive "the chairmanship was
  // taken over by X": the office taken at the meeting, from W when "by W" follows; not a term taken earlier ("… in
  // 2009", "last year", "at the previous summit").
  if (earlierTerm(words, meetingYear, true) === null) {
    for (const verb of words.matchAll(HANDED_THE_OFFICE)) {
      const subject = subjectBefore(context, countries, sentence.start, words.slice(0, verb.index));
      if (!subject) continue;
      const byAt = sentence.start + verb.index + verb[0].length;
      const by = /^[^,.;:]{0,60}?\s+by\s+(?:the\s+)?(?=[A-Z])/.exec(context.text.slice(byAt, sentence.end));
      const giver = by
        ? countries.find(
            (mention) => mention.start === byAt + by[0].length && mention.id !== subject.countryId,
          )
        : undefined;
      return { ...subject, sentence, outgoing: giver ? sideOf(giver) : null, confidence: 0.75 };
    }
    for (const verb of words.matchAll(TAKEN_OVER_BY)) {
      if (!OFFICE_WORD.test(words.slice(0, verb.index))) continue;
      const agent = sideAfter(context, countries, sentence.start + verb.index + verb[0].length);
      if (agent) return { ...agent, sentence, outgoing: null, confidence: 0.75 };
    }
  }

  // "The presidency now rests with Y", "from 2025 the chairmanship will rest with Y": the holder right after the verb,
  // the next one when the sentence looks ahead ("now", a future, a later year or day), else the one holding it now.
  for (const verb of words.matchAll(RESTS_WITH)) {
    // "The decision on the chairmanship rests with Y": the office after a preposition is not what rests with Y.
    if (OFFICE_AS_COMPLEMENT.test(words.slice(0, verb.index).split(/[,;:]/).at(-1)!)) continue;
    const at = sentence.start + verb.index + verb[0].length;
    const mention = countries.find((candidate) => candidate.start === at);
    if (!mention) continue;
    const ahead =
      verb[1] !== undefined ||
      verb[2] !== undefined ||
      laterStart(sentence, meetingYear) !== null ||
      laterDay(sentence, context) !== null;
    if (ahead) return { ...sideOf(mention), sentence, outgoing: null, confidence: 0.75 };
    holders.push({ ...sideOf(mention), since: null });
  }

  // "X received from W the chairmanship", "X took over from W the rotating presidency": the giver before the office.
  for (const verb of words.matchAll(TAKEN_FROM)) {
    const subject = subjectBefore(context, countries, sentence.start, words.slice(0, verb.index));
    if (!subject) continue;
    const fromAt = sentence.start + verb.index + verb[1]!.length;
    const giver = countries.find((mention) => mention.start === fromAt && mention.id !== subject.countryId);
    if (!giver || earlierTerm(words, meetingYear, true, context.date) !== null) continue;
    return { ...subject, sentence, outgoing: sideOf(giver), confidence: 0.75 };
  }

  // "X will succeed Y as chair", "X succeeds Y in the chairmanship", "… at the helm": X takes the office from Y.
  const succeed = new RegExp(
    `\\b(?:(?:${FUTURE})\\s+)?(?:succeed|succeeds|succeeding|succeeded)\\s+(?=\\S[^,.;]{0,60}?\\s+(?:as\\s+(?:the\\s+)?(?:[\\w’'-]+\\s+){0,2}?(?:chair|chairman|chairperson|presiding\\s+(?:country|state))|in\\s+the\\s+${OFFICE}|at\\s+the\\s+helm)\\b)`,
    "gi",
  );
  // "Kazakhstan was succeeded by China as chair": the passive, the successor after "by".
  for (const verb of words.matchAll(SUCCEEDED_BY)) {
    const predecessor = subjectBefore(context, countries, sentence.start, words.slice(0, verb.index));
    const successor = sideAfter(context, countries, sentence.start + verb.index + verb[0].length);
    if (!predecessor || !successor || predecessor.countryId === successor.countryId) continue;
    if (earlierTerm(words, meetingYear, true, context.date) !== null) continue;
    return { ...successor, sentence, outgoing: predecessor, confidence: 0.75 };
  }
  for (const verb of words.matchAll(succeed)) {
    // The passive's verb, read above.
    if (/\b(?:was|were|is|are|been|be)\s+$/i.test(words.slice(0, verb.index))) continue;
    const subject = subjectBefore(context, countries, sentence.start, words.slice(0, verb.index));
    const predecessor = sideAfter(context, countries, sentence.start + verb.index + verb[0].length);
    if (!subject || !predecessor || predecessor.countryId === subject.countryId) continue;
    if (earlierTerm(words, meetingYear, /\bsucceeded\b/i.test(verb[0])) !== null) continue;
    return { ...subject, sentence, outgoing: predecessor, confidence: 0.75 };
  }

  // "The next summit is to be held in Astana next year under Kazakhstan's chairmanship": the next meeting under another
  // country's office; the present holder's own next meeting is no handover.
  const under = UNDER_OFFICE.exec(words);
  if (under && NEXT_MEETING_NAMED.test(words)) {
    const from = sentence.start + under.index;
    // "… will be held in Brazil under its chairmanship": "its" is the country right before.
    const holder = /^under\s+(?:its|their)\s/i.test(under[0])
      ? countries.find((mention) => /^\s*,?\s*$/.test(context.text.slice(mention.end, from)))
      : countries.find((mention) => mention.start >= from && mention.end <= from + under[0].length);
    if (holder && !holdsNow(context, holder.id))
      return { ...sideOf(holder), sentence, outgoing: null, confidence: 0.7, atNextMeeting: true };
  }

  // Taking: "X takes over the chairmanship", "X will chair …", "X will be chairing …", "X will be the next chair",
  // "hosted by X, which assumed the presidency"; "X is currently chairing …" names the present holder.
  const taking = new RegExp(
    `\\b(?:(${FUTURE})\\s+(?:also\\s+|then\\s+|now\\s+|[a-z]+ly\\s+)?)?(?:(${TAKING})\\s+(?:over\\s+|up\\s+|on\\s+)?(?:the\\s+|its\\s+|their\\s+|this\\s+|an?\\s+)?(?:(?:duties|functions|role|responsibilities|powers)\\s+of\\s+(?:the\\s+)?)?(?:[\\w’'-]+\\s+){0,3}?(?:${OFFICE_OR_TOKEN}|chairman|chairperson|chairwoman)\\b|(?:be\\s+)?(chair|chairs|chairing|chaired|preside|presides|presiding|presided)\\b|(?:be|become|becomes|became|serve\\s+as)\\s+(?:the\\s+)?(?:next\\s+|new\\s+|incoming\\s+)?(?:[\\w-]+\\s+)?(chair|chairman|chairperson|chairing\\s+country|presiding\\s+country|(?:country|state|nation)\\s+(?:chairing|presiding\\s+over))\\b|be\\s+(at\\s+the\\s+helm|in\\s+the\\s+chair)\\b)`,
    "gi",
  );
  for (const verb of words.matchAll(taking)) {
    // "X will host the next summit and chair the Organization": a bare verb joined to a future one shares its subject
    // and its tense.
    // So "X will host the next summit and take over the chairmanship": a verb of taking in its bare form.
    const joined =
      verb[1] === undefined &&
      ((verb[3] !== undefined && /^(?:chair|preside)$/i.test(verb[3])) ||
        (verb[2] !== undefined && /^(?:assume|take|hold|receive|accept|inherit)$/i.test(verb[2])))
        ? /\b(?:will|shall)\s+(?:also\s+)?[a-z]+\b[^.;,]{0,60}?\s+and\s+(?:also\s+|then\s+)?$/i.exec(
            words.slice(0, verb.index),
          )
        : null;
    // "… as the Kyrgyz Republic chairs the Organization next": "next" closing the clause makes a present verb a future.
    const chairsNext =
      verb[3] !== undefined &&
      /^(?:chairs|presides)$/i.test(verb[3]) &&
      /^(?:\s+over)?\s+(?:the\s+)?(?:[\w’'-]+\s+){0,4}?next\s*(?:[.;,]|$)/i.test(
        words.slice(verb.index + verb[0].length),
      );
    const future = verb[1] !== undefined || joined !== null || chairsNext;
    // "X will be at the helm next year", "X will be in the chair in 2025": in the future, at a later time ("X is in the
    // chair", "will be in the chair at tomorrow's session" chair a meeting). Not "took the reins of government": a
    // token of another thing than the body.
    if (
      verb[5] !== undefined &&
      (!future ||
        (!laterStart(sentence, meetingYear) && !laterDay(sentence, context) && !/\bnext\b/i.test(words)))
    )
      continue;
    if (TOKEN_OF_ANOTHER.test(words.slice(verb.index, verb.index + verb[0].length + 40))) continue;
    // "Indonesia will serve as ASEAN Chair in 2023": in the future only, and not as the chair of a meeting or committee
    // ("was invited to serve as chair of the working group").
    if (
      /\bserve\s+as\b/i.test(verb[0]) &&
      (verb[1] === undefined ||
        OFFICE_OF_ANOTHER_THING.test(words.slice(verb.index + verb[0].length)) ||
        /\binvited\s+$/i.test(words.slice(0, verb.index)))
    )
      continue;
    // "X will be the country chairing the Organization", but not "… chairing the session on energy".
    if (
      verb[4] !== undefined &&
      /^(?:country|state|nation)\s/i.test(verb[4]) &&
      SESSION_AFTER.test(words.slice(verb.index + verb[0].length))
    )
      continue;
    const taken = verb[2]?.toLowerCase() ?? null;
    const chairVerb = verb[3]?.toLowerCase() ?? null;
    const before = words.slice(0, verb.index);
    // "X will be chairing" takes the office; "X is (currently) chairing" holds it.
    const progressive = chairVerb !== null && chairVerb.endsWith("ing");
    const ongoing = progressive && /\b(?:is|are)\s+(?:currently\s+|now\s+|still\s+)?$/i.test(before);
    if (progressive && !ongoing && !(future && /\bbe\s/i.test(verb[0]))) continue;
    // "the chair" and "chairs" as nouns, and "to chair" in "was invited to chair", are not a verb of taking.
    // "X chaired the Commonwealth in 2020", "X presided over the Organisation": the holder until now.
    const chaired = chairVerb !== null && /ed$/.test(chairVerb);
    // "X chaired as host", "X, as host, chaired the talks": chairing the meeting one hosts is no rotating office.
    if (chaired && hostOnly(sentence.text)) continue;
    if (chairVerb && !progressive && !future && !chaired && !/^(?:chairs|presides)$/.test(chairVerb))
      continue;
    // "X is next in line to chair", "it is X's turn to chair": "to chair" that names who chairs next.
    if (
      chairVerb &&
      future &&
      /^to$/i.test(verb[1]!) &&
      !/\b(?:next(?:\s+in\s+line)?|['’]s\s+turn)\s+$/i.test(before)
    )
      continue;
    if (chairVerb && /\b(?:the|a|an|its|their|as|co-?)\s*$/i.test(before)) continue;
    // "The summit was held under the chairmanship of …": a passive verb has no taker ("X is assuming the chairmanship",
    // an active one in the progressive, has).
    const progressiveTaking = taken !== null && taken.endsWith("ing");
    if (!ongoing && !progressiveTaking && /\b(?:was|were|is|are|be|been|being)\s+$/i.test(before)) continue;
    // "… met for the eighth summit, chaired by X": a participle with its agent after it; the country before is none.
    if (chairVerb && /^\s+by\b/i.test(words.slice(verb.index + verb[0].length))) continue;
    const subject = subjectBefore(
      context,
      countries,
      sentence.start,
      joined ? before.slice(0, joined.index) : before,
    );
    if (!subject) continue;
    const later = laterStart(sentence, meetingYear, calendarTerms(context));
    const stated = statedStart(sentence, context, true);
    const holding = (taken !== null && /^hold|^held/.test(taken)) || ongoing || chaired;
    const present = (chairVerb !== null && !progressive) || holding;
    const statedEarlier = stated !== null && context.date !== null && stated < context.date ? stated : null;
    // "Tajikistan chairs the CIS from 1 January": a present verb with a day after the meeting looks ahead.
    const statedLater =
      stated !== null &&
      context.date !== null &&
      stated > (context.endDate ?? context.date) &&
      laterDay(sentence, context) !== null;
    const past =
      chaired || (taken !== null && /^(?:took|taken|assumed|held|received|accepted|inherited)$/.test(taken));
    const earlier =
      !future && !later
        ? (statedEarlier ??
          earlierTerm(
            beforeAClauseOnTheGiver(context, countries, sentence, verb.index + verb[0].length),
            meetingYear,
            past,
            context.date,
          ))
        : null;
    // "X, which currently chairs …", "X holds the presidency", "X took over the chairmanship on 1 January" or "last
    // year": the holder now, and so the outgoing one if someone else takes over.
    // "The next summit will take place in China, which chairs the Organisation in 2024–2025": a country that chairs in
    // the present tense, where the next meeting is held, is the next holder unless it holds the office now.
    if (
      earlier === null &&
      !future &&
      !later &&
      chairVerb !== null &&
      /^(?:chairs|presides)$/.test(chairVerb) &&
      NEXT_MEETING_NAMED.test(before) &&
      !/\b(?:currently|now|still|already|this\s+year)\b/i.test(words) &&
      !holdsNow(context, subject.countryId)
    )
      return { ...subject, sentence, outgoing: null, confidence: 0.7 };
    // "From today, China holds the presidency": holding from the meeting's day is taking it.
    const fromToday = holding && !chaired && FROM_TODAY.test(words);
    if ((present && !future && !later && !fromToday && !statedLater) || earlier !== null) {
      // "Malaysia, whose country also chairs ASEAN this year": the holder of another organization's office is none of
      // the body that met (after the verb alone: "the chairmanship of the Council of …" may name the body's own organ in
      // words another organization's has). A next holder of another's still stands when the body's own has none.
      if (chairVerb && otherOrganizationAfter(context, sentence.start + verb.index + verb[0].length))
        continue;
      holders.push({ ...subject, since: earlier || null });
      continue;
    }
    // "X took over the chairmanship of BRICS from China": the outgoing side follows "from", also after a list of the
    // bodies chaired ("takes over the chairmanship of the Supreme Council, the Intergovernmental Council and the
    // Council of the Commission from W"), but not in another clause (", which …").
    const fromAt = sentence.start + verb.index + verb[0].length;
    const from = FROM_AFTER_OFFICE.exec(context.text.slice(fromAt, sentence.end));
    const fromSide = from
      ? countries.find(
          (mention) => mention.start === fromAt + from[0].length && mention.id !== subject.countryId,
        )
      : undefined;
    // "Gül took over the chairmanship from Aliyev", "… from President Aliyev": a participant after "from".
    const fromPerson =
      from && !fromSide
        ? peopleIn(context, fromAt + from[0].length, fromAt + from[0].length + 60).find(
            (person) =>
              person.countryId !== subject.countryId &&
              /^(?:(?:President|Prime\s+Minister|Premier|Emir|King|Sultan|Chancellor)\s+)?(?:\p{Lu}[\p{L}’'.-]*\s+){0,3}$/u.test(
                context.text.slice(fromAt + from[0].length, person.start),
              ),
          )
        : undefined;
    return {
      ...subject,
      sentence,
      outgoing: fromSide ? sideOf(fromSide) : (fromPerson ?? null),
      confidence: chairVerb ? 0.75 : 0.8,
    };
  }

  // "W's chairmanship ends on 31 December, and X takes over from 1 January": "take over" with no object, in a sentence
  // on the office, looking ahead.
  for (const verb of words.matchAll(BARE_TAKE_OVER)) {
    const subject = subjectBefore(context, countries, sentence.start, words.slice(0, verb.index));
    if (subject) return { ...subject, sentence, outgoing: null, confidence: 0.7 };
  }

  // "Indonesia will host the 42nd and 43rd ASEAN Summits in 2023 as ASEAN Chair": the host of the year's meetings in the
  // office, in the future.
  for (const verb of words.matchAll(HOSTS_AS_CHAIR)) {
    const subject = subjectBefore(context, countries, sentence.start, words.slice(0, verb.index));
    if (subject) return { ...subject, sentence, outgoing: null, confidence: 0.7 };
  }

  // "X will lead the Organisation next year", "X, which will steer the grouping in 2026": a verb of leading in the
  // future with the body itself as its object and a later time ("will lead the delegation", "will head the working
  // group" lead something else).
  for (const verb of words.matchAll(LEADS)) {
    if (!bodyAt(context, sentence.start + verb.index + verb[0].length)) continue;
    if (!laterStart(sentence, meetingYear) && !laterDay(sentence, context) && !/\bnext\b/i.test(words))
      continue;
    const subject = subjectBefore(context, countries, sentence.start, words.slice(0, verb.index));
    if (subject) return { ...subject, sentence, outgoing: null, confidence: 0.7 };
  }

  // "Tokayev wished Xi Jinping success in the presidency of the Organisation": a good wish to a participant for the
  // office (one to a country is read with the markers); the office as "his presidency" only as the body's, not his own.
  for (const wish of words.matchAll(/\bwish(?:es|ed|ing)?\s+/gi)) {
    const at = sentence.start + wish.index + wish[0].length;
    const person = personIn(context, at, Math.min(sentence.end, at + 80));
    if (!person || !PERSON_PREFIX.test(context.text.slice(at, person.start))) continue;
    const success = WISHED_THE_OFFICE.exec(context.text.slice(person.end, sentence.end));
    if (!success) continue;
    const officeEnd = person.end + success[0].length;
    const ofBody = /^\s+(?:of|in)\s+(?:the\s+)?/.exec(context.text.slice(officeEnd, officeEnd + 10));
    if (ofBody ? !bodyAt(context, officeEnd + ofBody[0].length) : !/chair/i.test(success[1]!)) continue;
    return { ...person, sentence, outgoing: null, confidence: 0.7 };
  }

  const elected = electedOrNamedAfterTheOffice(sentence, context, countries, meetingYear);
  if (elected) return elected;

  // "X, as the next presiding country", "X's incoming chairmanship": a next holder named without a verb.
  const marked = markedIn(context, sentence.start, sentence.end, meetingYear).find((marker) => marker.next);
  if (marked) return { ...marked, sentence, outgoing: null, confidence: 0.7 };
  return null;
}

/**
 * The sentence's words up to a relative clause on a country or participant after `from` (a verb of taking): "Sri
 * Lanka took over the chairmanship from Bangladesh, which had held it since the Dhaka meeting in November 2021" — the
 * clause dates the giver's term, not the taking, which is at the meeting. A clause on anything else ("at the summit,
 * which was held in Astana in June 2019") stays, as it may date the taking.
 */
function beforeAClauseOnTheGiver(
  context: ChairmanshipContext,
  countries: readonly Mention[],
  sentence: Sentence,
  from: number,
): string {
  const words = sentence.text;
  for (const clause of words.slice(from).matchAll(/,\s+(?:which|who|whose)\b/gi)) {
    const at = sentence.start + from + clause.index;
    const named =
      countries.some((mention) => mention.end === at) ||
      peopleIn(context, Math.max(sentence.start, at - 60), at).some((side) => side.end === at);
    if (named) return words.slice(0, from + clause.index);
  }
  return words;
}

/**
 * The next holder designated or elected to the office: "Y was designated to chair the Association for 2023–2025",
 * "The Council designated Y to chair IORA", "the summit elected Y to the chairmanship for a two-year term" (see
 * handovers-by-titles-and-designations.ts). "To chair" must have the body as its object ("to chair the drafting
 * committee" is another office), and a term taken before the meeting is none. The outgoing one is the one the sentence
 * names as such or the one the next takes over from (", taking over from W").
 */
function designatedIn(
  sentence: Sentence,
  context: ChairmanshipContext,
  countries: readonly Mention[],
  meetingYear: number | null,
): Incoming | null {
  const words = sentence.text;
  const { text } = context;
  if (earlierTerm(words, meetingYear, true, context.date) !== null) return null;
  const outgoingOf = (next: Side) =>
    outgoingNamedIn(context, countries, sentence, next.countryId) ??
    takenOverFrom(context, countries, sentence, next);
  for (const verb of words.matchAll(DESIGNATED_TO)) {
    const end = sentence.start + verb.index + verb[0].length;
    if (/(?:chair|over|lead|head|steer)\s+(?:the\s+)?$/i.test(verb[0]) && !bodyOrItsTermAt(context, end))
      continue;
    const subject = subjectBefore(context, countries, sentence.start, words.slice(0, verb.index));
    if (subject) return { ...subject, sentence, outgoing: outgoingOf(subject), confidence: 0.75 };
  }
  for (const verb of words.matchAll(DESIGNATES)) {
    const at = sentence.start + verb.index + verb[0].length;
    const side = sideAfter(context, countries, at);
    if (!side || !TITLE_BEFORE_THE_ELECTED.test(text.slice(at, side.start))) continue;
    const office = TO_THE_OFFICE.exec(text.slice(side.end, sentence.end));
    if (!office) continue;
    if (office[1] !== undefined && !bodyOrItsTermAt(context, side.end + office[0].length)) continue;
    return { ...side, sentence, outgoing: outgoingOf(side), confidence: 0.75 };
  }
  return null;
}

/**
 * The body at `at`, also by a common noun with the term right after it ("the Association for 2023–2025", "the Group for
 * the next two years"), which `bodyAt` leaves out as "Association for …" may be another body's name.
 */
function bodyOrItsTermAt(context: ChairmanshipContext, at: number): boolean {
  return bodyAt(context, at) || BODY_NOUN_THEN_A_TERM.test(context.text.slice(at, at + 60));
}
const BODY_NOUN_THEN_A_TERM =
  /^(?:Organi[sz]ation|Association|Union|Commonwealth|Community|Group|[Gg]rouping|[Bb]loc)\s+(?:for|from|in|until)\s+(?:the\s+)?(?:(?:19|20)\d{2}\b|(?:next|coming|following)\s+(?:[\w-]+\s+)?(?:years?|term|period)\b)/;

/** ", taking over from Bangladesh" after the next holder: the country or participant right after "from". */
function takenOverFrom(
  context: ChairmanshipContext,
  countries: readonly Mention[],
  sentence: Sentence,
  next: Side,
): Side | null {
  const after = context.text.slice(next.end, sentence.end);
  const from = TAKING_OVER_FROM.exec(after);
  if (!from) return null;
  const at = next.end + from.index + from[0].length;
  const side = sideAfter(context, countries, at);
  return side && side.start === at && side.countryId !== next.countryId ? side : null;
}

/**
 * The next holder elected by the others ("the heads of state elected President of Ukraine Leonid Kuchma as Chairman of
 * the Council"), named in a relative clause after the office ("the presidency, which Italy will exercise from 1
 * December 2020") or leading the body "in succession to" the outgoing one ("Türkiye will lead the Islamic Summit for
 * the coming three years in succession to Egypt"); see handovers-in-elections-and-clauses.ts. Not a term taken
 * before the meeting ("elected … in 2019").
 */
function electedOrNamedAfterTheOffice(
  sentence: Sentence,
  context: ChairmanshipContext,
  countries: readonly Mention[],
  meetingYear: number | null,
): Incoming | null {
  const words = sentence.text;
  const { text } = context;
  for (const verb of words.matchAll(ELECTS)) {
    const at = sentence.start + verb.index + verb[0].length;
    const side = sideAfter(context, countries, at);
    if (!side || !TITLE_BEFORE_THE_ELECTED.test(text.slice(at, side.start))) continue;
    const office = AS_THE_OFFICE.exec(text.slice(side.end, sentence.end));
    if (!office || OFFICE_OF_ANOTHER_THING.test(text.slice(side.end + office[0].length, sentence.end)))
      continue;
    if (earlierTerm(words, meetingYear, true, context.date) !== null) continue;
    const outgoing = outgoingNamedIn(context, countries, sentence, side.countryId);
    return { ...side, sentence, outgoing, confidence: 0.75 };
  }
  for (const office of words.matchAll(OFFICE_THEN_WHICH)) {
    const at = sentence.start + office.index + office[0].length;
    const mention = countries.find((candidate) => candidate.start === at);
    if (!mention || !WILL_TAKE_IT.test(text.slice(mention.end, sentence.end))) continue;
    return { ...sideOf(mention), sentence, outgoing: null, confidence: 0.75 };
  }
  const succession = IN_SUCCESSION_TO.exec(words);
  if (succession) {
    for (const verb of words.matchAll(WILL_LEAD)) {
      if (verb.index > succession.index) break;
      if (LED_THING_OF_ANOTHER_KIND.test(words.slice(verb.index + verb[0].length))) continue;
      const subject = subjectBefore(context, countries, sentence.start, words.slice(0, verb.index));
      const predecessor = outgoingNamedIn(context, countries, sentence, subject?.countryId ?? null);
      if (!subject || !predecessor) continue;
      return { ...subject, sentence, outgoing: predecessor, confidence: 0.75 };
    }
  }
  return null;
}

/**
 * The outgoing holder a handover's sentence names as such, other than the next one: "in succession to Egypt", "On a
 * proposal by the outgoing Chairman, Prime Minister of India …", "…, succeeding Mauritania", "voiced its gratitude to Sheikh Tamim for leading
 * the previous session", "on the proposal of the President of Russia, who had headed the Council until now". Null
 * when it names none.
 */
function outgoingNamedIn(
  context: ChairmanshipContext,
  countries: readonly Mention[],
  sentence: Sentence,
  nextCountryId: string | null,
): Side | null {
  const { text } = context;
  const succession = IN_SUCCESSION_TO.exec(sentence.text);
  if (succession) {
    const at = sentence.start + succession.index + succession[0].length;
    const side = sideAfter(context, countries, at);
    if (side && side.countryId !== nextCountryId && side.start - at < 40) return side;
  }
  // ", succeeding W", then "the outgoing Chairman, W": the side right after, a title at most between.
  for (const found of [
    ...sentence.text.matchAll(SUCCEEDING),
    ...sentence.text.matchAll(THE_OUTGOING_CHAIR),
  ]) {
    const at = sentence.start + found.index + found[0].length;
    const side = sideAfter(context, countries, at);
    if (side && side.countryId !== nextCountryId && TITLE_BEFORE_THE_ELECTED.test(text.slice(at, side.start)))
      return side;
  }
  const thanked = [...countries.map(sideOf), ...peopleIn(context, sentence.start, sentence.end)];
  for (const side of thanked) {
    if (side.countryId === nextCountryId) continue;
    const after = text.slice(side.end, sentence.end);
    if (THANKED_FOR_LEADING.test(after) || HELD_IT_UNTIL_NOW.test(after)) return side;
  }
  return null;
}

/** The words before a participant's family name: a title and given names ("President Xi Jinping", "Xi"). */
const PERSON_PREFIX =
  /^(?:(?:the\s+)?(?:President|Prime\s+Minister|Premier|Emir|King|Sultan|Chancellor)\s+)?(?:\p{Lu}[\p{L}’'.-]*\s+){0,3}$/u;
/** " every success in the presidency", " success in his chairmanship": the office wished for (group 1). */
const WISHED_THE_OFFICE = new RegExp(
  `^\\s+(?:(?:every|much|great|further)\\s+)?success(?:es)?\\s+(?:in|with|during|for)\\s+(?:the|his|her|its|their)\\s+(?:(?!of\\b|in\\b)[a-z][\\w-]*\\s+){0,2}?(presidency|chairmanship|chairship)\\b`,
  "i",
);

/** The body as a passive verb's subject: "the Commonwealth will be led by", "the SCO in 2025 will be headed by". */
const LED_BODY_BEFORE =
  /\b(?:Organi[sz]ation|Association|Union|Commonwealth|Community|grouping|bloc|[A-Z]{2,})(?:\s+in\s+(?:19|20)\d{2})?\s+$/;

/** "rests with", "will rest with", "is vested in": the office (before) held by the side right after (group 1 "now"). */
const RESTS_WITH = new RegExp(
  `\\b${OFFICE}\\b[^.;:]{0,60}?\\s(?:(now|then)\\s+)?(?:(${FUTURE})\\s+(?:then\\s+|now\\s+)?)?(?:(?:rests?|lies|lie)\\s+with|(?:be|is)\\s+vested\\s+in|belongs?\\s+to)\\s+(?:the\\s+)?`,
  "gi",
);

/** Words before the office that make it a preposition's object: "the decision on the …", "the choice of the next …". */
const OFFICE_AS_COMPLEMENT = /\b(?:of|on|for|about|over|to|with|by|from)\s+(?:the\s+)?(?:[\w’'-]+\s+)?$/i;

/** A verb of leading in the future: "will lead", "is to steer", "takes charge of" (the object after). */
const LEADS = new RegExp(
  `\\b(?:${FUTURE}\\s+(?:also\\s+|then\\s+|now\\s+)?(?:lead|steer|head|helm|take\\s+charge\\s+of)|takes\\s+charge\\s+of)\\s+(?:the\\s+)?`,
  "gi",
);
/** A body named by a common noun ("the Organisation", "the grouping"), not a part of one ("the Union's bodies"). */
const BODY_NOUN =
  /^(?:Organi[sz]ation|Association|Union|Commonwealth|Community|[Gg]rouping|[Bb]loc)\b(?!['’]|\s+(?:of|for|on)\b)/;

/** Whether the body that met (or its organization) is named at `at`, by name or by a common noun. */
function bodyAt(context: ChairmanshipContext, at: number): boolean {
  const { text, knowledge, organizationId } = context;
  if (BODY_NOUN.test(text.slice(at, at + 40))) return true;
  if (!organizationId) return false;
  const organization = organizationMentions(text, knowledge, at, at + 120).find(
    (mention) => mention.start === at,
  );
  const root = (id: string) => rootOrganization(knowledge, id)?.id ?? id;
  return organization !== undefined && root(organization.id) === root(organizationId);
}

/** A session, panel or working group as a verb's object: chairing one is no rotating office. */
const SESSION_AFTER =
  /^\s+(?:the|a|an|its)\s+(?:[\w'’-]+\s+){0,2}?(?:sessions?|meetings?|panels?|working\s+groups?|committees?|talks|round\s*tables?|debates?|discussions?|dialogues?)\b/i;

/** An organization other than the body that met, right after a verb ending at `at`: "chairs ASEAN this year". */
function otherOrganizationAfter(context: ChairmanshipContext, at: number): boolean {
  const { text, knowledge, organizationId } = context;
  if (!organizationId) return false;
  const object = /^\s*(?:(?:the|over|of)\s+)*/.exec(text.slice(at, at + 20))!;
  const organization = organizationMentions(text, knowledge, at, at + object[0].length + 60).find(
    (mention) => mention.start === at + object[0].length,
  );
  if (!organization) return false;
  const root = (id: string) => rootOrganization(knowledge, id)?.id ?? id;
  return root(organization.id) !== root(organizationId);
}

/** "entrusted Y with …": the active verb, Y after it. */
const ENTRUSTS = /\b(?:entrusted|entrusts|entrust|entrusting)\s+(?:the\s+)?/gi;
/**
 * "… with the chairmanship", "… with the rotating presidency": right after the one entrusted, with no more than
 * adjectives between ("entrusted Y with preparing its chairmanship" entrusts a task).
 */
const ENTRUSTED_WITH_OFFICE = new RegExp(
  `^\\s+with\\s+(?:the\\s+|its\\s+)?(?:(?:rotating|annual|incoming|next|[a-z]+-[a-z]+)\\s+){0,2}?${OFFICE_OR_TOKEN}\\b`,
  "i",
);

/**
 * "received from W the chairmanship": the verb and "from" (group 1), then W, then the office; or "took over from W as
 * chair", "… as the rotating chairman": the office's holder.
 */
const TAKEN_FROM = new RegExp(
  `(\\b(?:took|takes|take|taking|received|receives|receive|assumed|assumes|assume|inherited|inherits|accepted|accepts)\\s+(?:over\\s+)?from\\s+(?:the\\s+)?)(?:(?:\\p{Lu}[\\p{L}’'-]*|of)\\s+){1,6}(?:(?:the|its|their)\\s+(?:[\\p{L}’'-]+\\s+){0,2}?${OFFICE_OR_TOKEN}|(?<=\\b(?:took|takes|take|taking)\\s+over\\s+from\\s+(?:the\\s+)?(?:(?:\\p{Lu}[\\p{L}’'-]*|of)\\s+){1,6})as\\s+(?:the\\s+)?(?:[\\p{Ll}’'-]+\\s+){0,2}?(?:chair|chairman|chairperson|chairwoman|presiding\\s+(?:country|state)))\\b`,
  "gu",
);

/** "was succeeded by … as chair", "will be succeeded by … in the chairmanship": the successor follows "by". */
const SUCCEEDED_BY = new RegExp(
  `\\b(?:was|were|is|are|will\\s+be|has\\s+been|have\\s+been)\\s+succeeded\\s+by\\s+(?:the\\s+)?(?=\\S[^,.;]{0,60}?\\s+(?:as\\s+(?:the\\s+)?(?:[\\w’'-]+\\s+){0,2}?(?:chair|chairman|chairperson|presiding\\s+(?:country|state))|in\\s+the\\s+${OFFICE}|at\\s+the\\s+helm)\\b)`,
  "gi",
);

/** "was handed the chairmanship", "has been given the gavel", "will be handed …": the subject receives the office. */
const HANDED_THE_OFFICE = new RegExp(
  `\\b(?:was|were|has\\s+been|have\\s+been|${FUTURE}\\s+be)\\s+(?:handed|given|granted|passed)(?:\\s+over)?\\s+(?:the\\s+|its\\s+)?(?:[\\w’'-]+\\s+){0,2}?${OFFICE_OR_TOKEN}\\b`,
  "gi",
);
/** "The chairmanship was taken over (or up) by X": the past passive of taking, with the office before it. */
const TAKEN_OVER_BY = /\b(?:was|were|has\s+been|have\s+been)\s+(?:assumed|taken\s+(?:over|up))\s+by\s+/gi;

const FROM_AFTER_OFFICE =
  /^(?:[^,.;:]|,(?!\s+(?:which|who|whose|where|while|when|after|before|but|and\s+(?:will|is|has|was))\b)){0,160}?\bfrom\s+(?:the\s+|its\s+|their\s+|his\s+|her\s+)?(?=[A-Z])/;

// "will host … as ASEAN Chair", "is to host the summits as the chairing country": a future host in the office.
const HOSTS_AS_CHAIR =
  /\b(?:will|shall|is\s+to|are\s+to)\s+(?:also\s+)?host\b[^.;]{0,80}?\bas\s+(?:the\s+)?(?:[\w-]+\s+)?(?:chair|chairman|chairing\s+(?:country|state)|presiding\s+(?:country|state))\b(?!\s+of\s+(?:the\s+)?(?:session|meeting|working|committee|forum))/gi;
const BARE_TAKE_OVER =
  /\b(?:takes|(?:will|shall|is\s+to|are\s+to)\s+take)\s+over\b(?=\s+(?:from\s+(?:\d|today|the\s+new\s+year)|on\s+\d|in\s+(?:19|20)\d{2}|next\s+year|as\s+of)\b|\s*[.;]|\s*$)/gi;

/**
 * Where the next holder's words start after a verb of passing at [verbStart, verbEnd) of a sentence: after "to",
 * when the office or its baton is the verb's subject ("the chairmanship … passed to") or object ("handed over the
 * chairmanship to"). Null when the verb passes something else ("passed the floor to").
 */
// The office as the subject of passing past an aside on its holder, set off by commas: "The chairmanship, which W had
// held since July 2023, passed to Y", "The SCO chairmanship, held by W since 2023, passes to Y".
const OFFICE_ASIDE = new RegExp(
  String.raw`\b${OFFICE_OR_TOKEN}\b[^,;:]{0,40},\s+((?:which|held|previously|exercised|chaired)\b[^;:]{1,100}),\s*[^,;:]{0,20}$`,
  "i",
);

/** The holder an aside on the office names (`OFFICE_ASIDE`), with the start its "since" gives. */
function holderInOfficeAside(
  context: ChairmanshipContext,
  countries: readonly Mention[],
  from: number,
  before: string,
  recipientId: string,
  meetingYear: number | null,
): Holder | null {
  const aside = OFFICE_ASIDE.exec(before);
  if (!aside) return null;
  const start = from + aside.index + aside[0].indexOf(aside[1]!);
  const end = start + aside[1]!.length;
  const holder = countries.find(
    (mention) => mention.start >= start && mention.end <= end && mention.id !== recipientId,
  );
  if (!holder) return null;
  const since = /\bsince\s+(.+)$/i.exec(aside[1]!);
  return {
    ...sideOf(holder),
    since: since ? beganIn(`, which held since ${since[1]}`, meetingYear, context.date) : null,
  };
}

function passedTo(
  words: string,
  verbStart: number,
  verbEnd: number,
  /** The whole release: one that names the office somewhere ("chairmanship") lets a bare "handing over to Y" pass it. */
  release = "",
): number | null {
  const after = words.slice(verbEnd);
  // "The chairmanship was conferred on Y", "bestowed upon Y": the next holder follows "on".
  const to = (
    /^(?:confer|bestow|devolv)/i.test(words.slice(verbStart, verbEnd)) ? /\b(?:on|upon|to)\s+/i : /\bto\s+/i
  ).exec(after);
  if (!to || to.index > 160) return null;
  const between = after.slice(0, to.index);
  if (/\b(?:floor|word|microphone|letter|message)\b/i.test(between)) return null;
  if (TOKEN_OF_ANOTHER.test(words.slice(verbStart, verbEnd + to.index))) return null;
  // "handed a hammer to the workers": a token with "a" is a thing, not the office's ("the ceremonial hammer").
  if (A_TOKEN.test(between) && !OFFICE_WORD.test(between)) return null;
  // "shifted to Y", "devolves upon Y": a name right after, as the focus or a task may shift "to transport".
  if (
    /^(?:shift|devolv)/i.test(words.slice(verbStart, verbEnd)) &&
    !/^(?:the\s+)?\p{Lu}/u.test(after.slice(to.index + to[0].length))
  )
    return null;
  // "hand" and "hands" pass something only with "over": "on the other hand"; "turn" too: "turning to the agenda".
  const verb = words.slice(verbStart, verbEnd);
  // "hand the chairmanship to X" passes the office named between; "… holds the presidency this year and will hand it
  // over to X", the office named right before, in the clause that "and" joins.
  if (
    /^hands?$/i.test(verb) &&
    !/^(?:\s+|-)over\b/i.test(after) &&
    !(/^\s+it\s+over\b/i.test(after) && OFFICE_THEN_AND.test(words.slice(0, verbStart))) &&
    !new RegExp(`^\\s+(?:the\\s+|its\\s+|their\\s+)?(?:[\\w’'-]+\\s+){0,2}?${OFFICE_OR_TOKEN}\\b`, "i").test(
      after,
    )
  )
    return null;
  if (/^turn/i.test(verb) && !/\bover\b/i.test(between)) return null;
  // "gave the gavel to Y", "presented the ceremonial baton to Y", "the chairmanship was given to Y": these verbs pass
  // the office only as their object, or as the passive's subject right before "to" ("gave new impetus to" passes none).
  if (
    GIVING.test(verb) &&
    !OFFICE_AS_OBJECT.test(after) &&
    !(/^\s*$/.test(between) && OFFICE_JUST_BEFORE.test(words.slice(0, verbStart)))
  )
    return null;
  // "At the handover ceremony, W passed the chairmanship to Y": the noun leaves the passing to the verb after it, whose
  // subject is the outgoing side.
  if (/^(?:handover|hand-over|transition)$/i.test(verb) && PASSING_IN_A_LATER_CLAUSE.test(between))
    return null;
  // "W, which took over the chairmanship in 2018, handed it to X": the office as a pronoun after it was named.
  const pronoun =
    /^\s+it(?:\s+(?:over|on))?\s*$/i.test(between) &&
    new RegExp(`\\b${OFFICE_OR_TOKEN}\\b`, "i").test(words.slice(0, verbStart));
  const officeAfter = pronoun || new RegExp(`\\b${OFFICE_OR_TOKEN}\\b`, "i").test(between);
  // The office as subject: at most a few words ("of the Commonwealth in 2022", "will be") between it and the verb.
  // … or past an aside on its holder (`OFFICE_ASIDE`).
  const officeBefore =
    new RegExp(`\\b${OFFICE_OR_TOKEN}\\b(?:[^,;:]{0,60})$`, "i").test(words.slice(0, verbStart)) ||
    OFFICE_ASIDE.test(words.slice(0, verbStart));
  // "W holds the presidency until 31 December, after which it passes to Y": the office earlier, its holder as "it".
  const officeThen = /^\s*(?:over\s*)?$/i.test(between) && OFFICE_THEN_IT.test(words.slice(0, verbStart));
  // "W transferred to Y the chairmanship": the office right after the one it is passed to.
  const officeAfterRecipient =
    /^\s+to\s+$/i.test(after.slice(to.index - 1, to.index + to[0].length)) &&
    OFFICE_AFTER_RECIPIENT.test(after.slice(to.index + to[0].length, to.index + to[0].length + 100));
  // "W, whose country had held the presidency …, handed over to Y", "handed over to Y, who will lead the bloc": a bare
  // "handed over" passes the office a relative clause beside it names.
  const officeInAClause =
    /^hand(?:s|ed|ing)?$/i.test(verb) &&
    /^\s+over\s+$/i.test(between) &&
    officeInAClauseBeside(words.slice(0, verbStart), after.slice(to.index + to[0].length));
  // "The outgoing Chairperson, Prime Minister X of Egypt, handed over to Zambia": a bare "handed over" whose subject
  // the text titles as the outgoing holder passes the office.
  const fromTheTitledHolder =
    /^hand(?:s|ed|ing)?$/i.test(verb) &&
    /^\s+over\s+$/i.test(between) &&
    titledOutgoingSubject(words.slice(0, verbStart));
  // "President X of W, handing over to President Y of Z, said …", "After handing over to Z, W thanked …": the bare
  // participle of handing over, in a release that names the office elsewhere, passes it.
  const bareParticiple =
    /^handing$/i.test(verb) &&
    /^\s+over\s+$/i.test(between) &&
    /(?:^|,\s*|\bafter\s+)$/i.test(words.slice(0, verbStart)) &&
    // Not "handing over to Z the documents": a thing handed names its object after the recipient.
    !/^[^,;.]{1,80}?\s+(?:the|its|his|her|their|a|an)\s+\p{Ll}/u.test(
      after.slice(to.index + to[0].length).split(/[,;.]/)[0]! + " ",
    ) &&
    // Last: a scan of the whole release, for the rare verb that gets this far.
    OFFICE_NAMED.test(release);
  if (
    !officeAfter &&
    !officeBefore &&
    !officeAfterRecipient &&
    !officeThen &&
    !officeInAClause &&
    !fromTheTitledHolder &&
    !bareParticiple
  )
    return null;
  return verbEnd + to.index + to[0].length;
}

/** The office, then "and" and at most an auxiliary right before the verb: "holds the presidency this year and will ". */
const OFFICE_THEN_AND = new RegExp(
  `\\b${OFFICE}\\b[^.;,]{0,40}?\\s+and\\s+(?:(?:will|would|shall|then|is\\s+to|is\\s+due\\s+to)\\s+)*$`,
  "i",
);

/** The office by its own name, anywhere in a release. */
const OFFICE_NAMED = /\b(?:chairmanship|presidency|chairship|chairpersonship)\b/i;

/** Words of a time before the meeting's: a year written out, "last year", "previously", "ago". */
const EARLIER_TIME =
  /\b(?:(?:19|20)\d{2}|last\s+(?:year|summit|meeting|session)|previous(?:ly)?|ago|earlier)\b/i;

/** A token of the office with an indefinite article: "a hammer", "a wooden gavel". */
const A_TOKEN = /\b(?:a|an)\s+(?:[\w’'-]+\s+)?(?:baton|gavel|hammer|torch|helm|reins|mantle)\b/i;
/**
 * Verbs of giving that pass the office only as their object ("gave the gavel to Y", "delivered the gavel of the Summit
 * to Y"): "gave new impetus to", "delivered a speech to the leaders" or "delivered aid to Gaza" pass none.
 */
const GIVING =
  /^(?:gave|gives|give|given|giving|presented|presents|present|presenting|delivered|delivers|deliver|delivering)$/i;
/** The office or its token as the object right after the verb: "the ceremonial gavel", "its chairmanship". */
const OFFICE_AS_OBJECT = new RegExp(
  `^\\s+(?:the\\s+|its\\s+|their\\s+)?(?:[\\w’'-]+\\s+){0,2}?${OFFICE_OR_TOKEN}\\b`,
  "i",
);
/** The office or its token a few words before a passive verb: "the chairmanship was given". */
const OFFICE_JUST_BEFORE = new RegExp(`\\b${OFFICE_OR_TOKEN}\\b[^,;:]{0,40}$`, "i");

/**
 * " side presented the priorities of its upcoming chairmanship", " will outline the priorities for its presidency": a
 * country setting out what it will do in the office, right after its name.
 */
const PRIORITIES_OF_ITS_OFFICE = new RegExp(
  `^(?:\\s+side)?\\s+(?:(?:will|is\\s+to|is\\s+going\\s+to)\\s+)?(?:also\\s+)?(?:present(?:ed|s)?|outlin(?:ed|es|e)|set(?:s)?\\s+out|unveil(?:ed|s)?|announc(?:ed|es|e))\\s+(?:the\\s+)?(?:main\\s+|key\\s+)?priorities\\s+(?:of|for)\\s+(?:its|their)\\s+(?:(?:upcoming|forthcoming|coming|next|future)\\s+)?${OFFICE}\\b`,
  "i",
);

/** " summed up the results of its chairmanship", " reported on the outcomes of its presidency": the term ending. */
const RESULTS_OF_ITS_OFFICE = new RegExp(
  `^(?:\\s+side)?\\s+(?:also\\s+)?(?:summed\\s+up|sums\\s+up|reported\\s+on|reports\\s+on|presented|presents|reviewed|reviews)\\s+(?:the\\s+)?(?:main\\s+)?(?:results|outcomes?|achievements)\\s+of\\s+(?:its|their)\\s+(?:[\\w-]+\\s+)?${OFFICE}\\b`,
  "i",
);

/** The office named as a word. */
const OFFICE_WORD = new RegExp(`\\b${OFFICE}\\b`, "i");
/** ", W passed …": a verb of passing in a clause after a comma. */
const PASSING_IN_A_LATER_CLAUSE = new RegExp(`,[^.;]*\\b${PASSING}\\b`, "i");
/**
 * "W holds the presidency until 31 December, after which it …", "W had held the chairmanship since June 2021, and it
 * now passes …": the office, then "it" in the next clause.
 */
const OFFICE_THEN_IT = new RegExp(
  `\\b${OFFICE}\\b[^.;:]{0,60}?,\\s+(?:after\\s+which|whereupon|when|and(?:\\s+then)?)\\s+it\\s+(?:(?:will|is\\s+to|now|then)\\s+){0,2}$`,
  "i",
);

// "… to Türkiye the chairmanship", "… to the Republic of Türkiye the rotating presidency": a name, then the office.
const OFFICE_AFTER_RECIPIENT = new RegExp(
  `^(?:the\\s+)?(?:(?:\\p{Lu}[\\p{L}’'-]*|of)\\s+){1,6}(?:the|its|their)\\s+(?:[\\p{L}’'-]+\\s+){0,2}?${OFFICE_OR_TOKEN}\\b`,
  "u",
);

/** "a decision on", "documents were signed on", "the leaders adopted a resolution on": a decision on what follows. */
const DECIDED_ON_BEFORE =
  /\b(?:decisions?|documents?|resolutions?|signed|adopted|approved)\s+(?:(?:were|was)\s+(?:also\s+)?(?:signed|adopted)\s+)?on\s+(?:the\s+)?$/i;

/** "the incoming Chairperson, H.E. President X of the Republic of ": a role, then its holder's title, name and "of". */
const LEADER_IN_ROLE_BEFORE =
  /\b(?:([Nn]ext|[Ii]ncoming|[Nn]ew)|[Cc]urrent|[Oo]utgoing)\s+(?:[A-Z]+\s+)?[Cc]hair(?:man|person|woman)?\s*,\s*(?:H\.\s?E\.\s+)?(?:President|Prime\s+Minister|Premier|King|Emir|Sultan)\s+(?:\p{Lu}[\p{L}'’.-]*\s+){1,4}of\s+(?:the\s+)?(?:Republic\s+of\s+(?:the\s+)?)?$/u;

/** The end of a clause: a semicolon or colon, a relative clause, a full stop — not one of an initial or a style. */
const CLAUSE_END_AFTER =
  /[;:]|,\s+(?:which|who|where|while|whose)\b|(?<!\b(?:\p{Lu}|Dr|Mr|Mrs|Ms|Hon|Rt|Gen|Lt|Col|Maj|Brig|Capt|Adm|Engr|Amb|Prof|Sen|Rep))\.\s/u;

/** The first country, demonym or participant right after `from` in the same clause: the next holder. */
function sideAfter(context: ChairmanshipContext, countries: readonly Mention[], from: number): Side | null {
  const { text } = context;
  const clause = CLAUSE_END_AFTER.exec(text.slice(from, from + 160));
  const end = from + (clause ? clause.index : Math.min(160, text.length - from));
  const country = countries.find((mention) => mention.start >= from && mention.start < end);
  const person = personIn(context, from, end);
  if (person && (!country || person.start < country.start)) return person;
  return country ? sideOf(country) : (styledIn(context, from) ?? null);
}

/**
 * "handed over the presidency to His Royal Highness the Crown Prince", "passed the gavel to the Emir": a participant
 * named by a style or title alone, which the text gave one participant beside his name ("Prince X, Crown Prince and
 * Prime Minister, chaired the summit"). Nobody when the title fits several ("the President").
 */
function styledIn(context: ChairmanshipContext, from: number): Side | null {
  const { text } = context;
  const styled =
    /^(?:(?:His|Her|Their)\s+(?:Royal\s+)?(?:Highness|Majesty|Excellency|Majesties|Highnesses)\s+)?the\s+((?:\p{Lu}[\p{L}-]*\s+){0,2}\p{Lu}[\p{L}-]*)\b/u.exec(
      text.slice(from, from + 80),
    );
  if (!styled) return null;
  const title = new RegExp(`\\b${escape(styled[1]!)}\\b`, "g");
  // The title given the participant: in what names him, or beside it with nothing but names and commas between ("The
  // Emir of Qatar, Sheikh Tamim …"); not one another person near him holds ("… was received by the Chairman of …").
  const beside = (gap: string) => /^[\s,]*(?:(?:the|of|and|[\p{Lu}\d][\p{L}\d'’.-]*)[\s,]+)*$/u.test(gap);
  const titled = (context.participants ?? []).filter((participant) => {
    if (!participant.country) return false;
    const from = Math.max(0, participant.evidence.start - 60);
    const window = text.slice(from, Math.min(participant.evidence.end + 80, text.length));
    return [...window.matchAll(title)].some((match) => {
      const start = from + match.index;
      const end = start + match[0].length;
      if (end <= participant.evidence.start) return beside(text.slice(end, participant.evidence.start));
      if (start >= participant.evidence.end) return beside(`${text.slice(participant.evidence.end, start)} `);
      return true;
    });
  });
  const countries = new Set(titled.map((participant) => participant.country!.value.countryId));
  if (countries.size !== 1) return null;
  return { countryId: [...countries][0]!, start: from, end: from + styled[0].length };
}

/**
 * The subject of a verb that starts at the end of `before` (sentence text from `offset`): the nearest country,
 * demonym or participant before it, unless a full stop, colon or another verb's object ("thanked X for …") stands
 * between.
 */
function subjectBefore(
  context: ChairmanshipContext,
  countries: readonly Mention[],
  offset: number,
  before: string,
): Side | null {
  const verbAt = offset + before.length;
  // Far enough back for a subject with a long relative clause on it ("Kazakhstan, whose government had chaired the
  // Council of Heads of State and the Council of Heads of Government … since …, passed"); a name that far back is the
  // subject only with such a clause between (below).
  const from = Math.max(offset, verbAt - 240);
  // "… had taken over from Germany …, and handed over": a country after a preposition is an object, no subject —
  // unless a relative clause on it holds the verb ("hosted by China, which assumed the presidency").
  const candidates: Side[] = countries
    .filter(
      (mention) =>
        mention.end <= verbAt &&
        mention.start >= from &&
        (!PREPOSITION_BEFORE.test(context.text.slice(Math.max(0, mention.start - 20), mention.start)) ||
          /^\s*,\s*(?:which|who|whose)\b/i.test(context.text.slice(mention.end, verbAt))),
    )
    .map(sideOf);
  const person = lastPersonIn(context, from, verbAt);
  if (person) candidates.push(person);
  candidates.sort((a, b) => b.end - a.end);
  const nearest = candidates[0];
  if (!nearest) return null;
  const between = context.text.slice(nearest.end, verbAt);
  // "X, which assumed", "X will chair" and "the Kazakh side took over" are subjects; a name in another clause is not.
  if (/[;:]/.test(between)) return null;
  // "Lula hopes to close while Spain holds the presidency of the Council of the EU": a name the reader does not know
  // opens the verb's own clause and is its subject, not the country or person named before it.
  if (OWN_SUBJECT_BEFORE_THE_VERB.test(between)) return null;
  if (between.length > 100 && !/\b(?:which|who|whose)\b/i.test(between)) return null;
  return nearest;
}

/**
 * "Handing the presidency to Brazil, Uruguay's President thanked …", "After handing over the presidency to Brazil,
 * President Lacalle Pou thanked …": a participle that opens the sentence shares the subject of the clause after it,
 * a country or a participant right after the comma.
 */
function subjectAfterTheParticiple(
  context: ChairmanshipContext,
  countries: readonly Mention[],
  sentence: Sentence,
  before: string,
  verb: string,
  recipient: Side,
): Side | null {
  if (!/ing$/i.test(verb) || !/^\s*(?:(?:after|upon|on|while|before|when|in)\s+)?$/i.test(before))
    return null;
  const comma = /^[^,;.]{0,80}?,\s+(?:the\s+)?/.exec(context.text.slice(recipient.end, sentence.end));
  if (!comma) return null;
  const at = recipient.end + comma[0].length;
  const country = countries.find((mention) => mention.start === at);
  if (country) return sideOf(country);
  // A title at most before the participant's name: "President Luis Lacalle Pou".
  const person = personIn(context, at, Math.min(sentence.end, at + 60));
  return person && /^[^,;]*$/.test(context.text.slice(at, person.start)) ? person : null;
}

// "He then formally handed over …", "Thereafter, she passed …": a personal pronoun, with adverbs at most, opening the
// sentence as the verb's subject.
const PRONOUN_OPENING =
  /^\s*(?:(?:Thereafter|Then|Subsequently|Afterwards|Later|Finally|At\s+the\s+end)\s*,?\s+)?(?:[Hh]e|[Ss]he)\s+(?:(?:then|later|subsequently|formally|officially|also|ceremonially)\s+){0,2}$/;

/**
 * "The President of Zambia, Mr. X, received the report as outgoing chair. He then formally handed over the chairmanship
 * to Y": a pronoun opening the sentence stands for the person the previous sentence of the paragraph names first, its
 * subject, when a participant.
 */
function pronounSubject(context: ChairmanshipContext, sentence: Sentence, before: string): Side | null {
  if (!PRONOUN_OPENING.test(before)) return null;
  const paragraph = context.paragraphs.find(
    (other) => other.start <= sentence.start && sentence.start < other.end,
  );
  const index = paragraph?.sentences.findIndex((other) => other.start === sentence.start) ?? -1;
  const previous = index > 0 ? paragraph!.sentences[index - 1]! : null;
  if (!previous) return null;
  // The subject stands before the previous sentence's verb: the first participant, within its opening words.
  const first = personIn(context, previous.start, previous.end);
  return first && !/[;:]/.test(context.text.slice(previous.start, first.start)) ? first : null;
}

/** A clause opened by a conjunction and a capitalised name right before the verb: "… while Spain ", "… and Japan ". */
const OWN_SUBJECT_BEFORE_THE_VERB =
  /(?:^|[\s,])(?:while|whereas|when|because|although|though|if|until|but|and|as)\s+(?:the\s+)?\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+){0,2}\s+$/u;

/** A preposition right before a name: "from Germany", "to the Philippines", "with Viet Nam". */
const PREPOSITION_BEFORE = /\b(?:from|to|with|by|against|into|upon|towards?|after|before)\s+(?:the\s+)?$/i;

/** A participant whose family name stands in text[from, to), first or last. */
function personIn(context: ChairmanshipContext, from: number, to: number): Side | null {
  return peopleIn(context, from, to)[0] ?? null;
}

function lastPersonIn(context: ChairmanshipContext, from: number, to: number): Side | null {
  return peopleIn(context, from, to).at(-1) ?? null;
}

function peopleIn(context: ChairmanshipContext, from: number, to: number): Side[] {
  const slice = context.text.slice(from, to);
  const found: Side[] = [];
  for (const participant of context.participants ?? []) {
    if (!participant.country) continue;
    const family = participant.nameAsStated
      .split(/[\s.]+/)
      .filter(Boolean)
      .at(-1);
    if (!family || family.length < 3) continue;
    const own = initialsOf(participant.nameAsStated.slice(0, participant.nameAsStated.lastIndexOf(family)));
    // "President Lula" for "Luiz Inácio Lula da Silva": a one-word name the knowledge holds for the matched person.
    const names = [family, ...oneWordNamesOf(context, participant)].map(escape).join("|");
    for (const match of slice.matchAll(new RegExp(`\\b(?:${names})\\b`, "g"))) {
      // "T.S.Sargsyan would chair the Board" is not the participant "S.A.Sargsyan": other initials, another person.
      const initials = initialsOf(/(?:\p{Lu}\p{Ll}?\.\s?)+$/u.exec(slice.slice(0, match.index))?.[0] ?? "");
      const given = participant.nameAsStated.trim().charAt(0);
      if (initials && (own ? own !== initials : initials.charAt(0) !== given)) continue;
      found.push({
        countryId: participant.country.value.countryId,
        start: from + match.index,
        end: from + match.index + match[0].length,
      });
      break;
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/** The one-word other names ("Lula", "Jokowi") the knowledge holds for a participant matched to a known person. */
function oneWordNamesOf(context: ChairmanshipContext, participant: ParticipantProposal): string[] {
  const person = participant.person.value;
  if (person.status !== "matched") return [];
  const known = context.knowledge.people.find((candidate) => candidate.id === person.id);
  return (known?.otherNames ?? [])
    .map((other) => other.name)
    .filter((name) => /^\p{Lu}[\p{L}’'-]{2,}$/u.test(name));
}

/** "S.A." of "S.A.Sargsyan" or "S. A. Sargsyan", "" for none. */
const initialsOf = (words: string) =>
  /^(?:\p{Lu}\p{Ll}?\.\s?)+$/u.test(words.trim()) ? words.replace(/\s/g, "") : "";

/**
 * Countries and demonyms in text[from, to), but not a language or script ("the order of the Russian alphabet"); and
 * the capitals that stand for their states ("the chairmanship passes to Hanoi"), but not one named as a place.
 */
function countriesIn(context: ChairmanshipContext, from: number, to: number): Mention[] {
  const { text, knowledge } = context;
  const countries = countryMentions(text, knowledge, from, to).filter(
    (mention) => !/^\s+(?:alphabet\w*|language|letters)\b/i.test(text.slice(mention.end, mention.end + 12)),
  );
  return countriesAndCapitals(countries, text, knowledge, from, to);
}

const sideOf = (mention: Mention): Side => ({
  countryId: mention.id,
  start: mention.start,
  end: mention.end,
});

// "the next summit will be held in 2025", "will host the next meeting in 2025": the year of a meeting, not of the term.
const NEXT_MEETING =
  /\b(?:next|following|upcoming|forthcoming)\s+(?:[\w-]+\s+){0,3}?(?:summit|meeting|session)\b|\bhost(?:s|ed|ing)?\b/i;
/** "the next summit", "the following meeting": a meeting to come. */
const NEXT_MEETING_NAMED =
  /\b(?:next|following|upcoming|forthcoming)\s+(?:[\w-]+\s+){0,3}?(?:summit|meeting|session)\b/i;
/** "under Kazakhstan's chairmanship", "under the Kazakh presidency", "under the chairmanship of Kazakhstan". */
const UNDER_OFFICE =
  /\bunder\s+(?:the\s+)?(?:[\p{L}’'-]+\s+){0,3}?(?:presidency|chairmanship|chairship)(?:\s+of\s+(?:the\s+)?\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*){0,3})?/iu;

/** Whether the country chairs this meeting, or holds the office by the reference data's latest term before it. */
function holdsNow(context: ChairmanshipContext, countryId: string): boolean {
  if (context.chair?.country?.value.countryId === countryId) return true;
  const latest = (context.knowledge.chairmanships ?? [])
    .filter(
      (term) =>
        term.organizationId === context.organizationId &&
        (term.startDate === null || context.date === null || term.startDate <= context.date),
    )
    .sort((a, b) => (b.startDate ?? "").localeCompare(a.startDate ?? ""))[0];
  return latest?.countryId === countryId && latest.endDate === null;
}

// "… will pass to X at the next summit": the term starts at that summit, not at this one.
const AT_NEXT_MEETING =
  /\b(?:at|during)\s+the\s+(?:next|following|upcoming|forthcoming)\s+(?:summit|meeting|session)\b/i;

/**
 * "took over the chairmanship last year", "at the previous summit", "in 2022": a term that started before the meeting.
 * The year when the sentence gives it, "" when it does not, null for no earlier term.
 */
function earlierTerm(
  words: string,
  meetingYear: number | null,
  past: boolean,
  date: PartialDate | null = null,
): string | null {
  // "X assumed the chairmanship in 2022" at a 2022 meeting: since the start of the year.
  const year = /\bin\s+((?:19|20)\d{2})\b(?!\s*[-–—])/i.exec(words);
  if (year && meetingYear !== null && Number(year[1]) < meetingYear + (past ? 1 : 0)) return year[1]!;
  // "In July 2022 X assumed the chairmanship" at a meeting in September 2022: a month before the meeting's.
  const month = IN_MONTH_AND_YEAR.exec(words);
  if (month && date !== null && date.length >= 7) {
    const start = `${month[2]}-${String(monthNumber(month[1]!)).padStart(2, "0")}`;
    if (past && start < date.slice(0, 7)) return start;
  }
  // "last July", "in July last year": that month of the year before the meeting, or of its own year when the month
  // came before the meeting's.
  const lastMonth = LAST_MONTH.exec(words);
  if (lastMonth && meetingYear !== null && date !== null && date.length >= 7) {
    const month = monthNumber((lastMonth[1] ?? lastMonth[2])!);
    const year = lastMonth[2] || month >= Number(date.slice(5, 7)) ? meetingYear - 1 : meetingYear;
    if (past) return `${year}-${String(month).padStart(2, "0")}`;
  }
  if (/\blast\s+year\b/i.test(words) && meetingYear !== null) return String(meetingYear - 1);
  // "a year ago", "two years ago": that many years before the meeting's.
  const ago = /\b(a|one|two|three|four|five)\s+years?\s+ago\b/i.exec(words);
  if (ago && meetingYear !== null) return String(meetingYear - YEARS_AGO[ago[1]!.toLowerCase()]!);
  // "took over the chairmanship at the 2018 summit", "at the Dushanbe summit of 2018": an earlier meeting's year.
  const atSummit = EARLIER_SUMMIT.exec(words);
  const summitYear = atSummit?.[1] ?? atSummit?.[2];
  // "since the Sakhir session of December 2012", "since the Asunción summit of 8 July 2024": the month or the day the
  // earlier meeting is dated by, which the running term began with ("at the Dushanbe summit of October 2018" keeps
  // its year, as the unit tests hold it).
  const summitDay = atSummit && /^since\b/i.test(atSummit[0]) ? summitDate(atSummit[0]) : null;
  if (
    summitDay &&
    meetingYear !== null &&
    (date === null
      ? Number(summitDay.slice(0, 4)) < meetingYear
      : summitDay < date.slice(0, summitDay.length))
  )
    return summitDay;
  if (summitYear && meetingYear !== null && Number(summitYear) < meetingYear) return summitYear;
  return /\bat\s+the\s+(?:last|previous)\s+(?:summit|meeting|session)\b/i.test(words) ? "" : null;
}

const LAST_MONTH = new RegExp(
  `\\blast\\s+(${MONTH_NAMES})\\b|\\bin\\s+(${MONTH_NAMES})\\s+(?:of\\s+)?last\\s+year\\b`,
  "i",
);
const YEARS_AGO: Record<string, number> = { a: 1, one: 1, two: 2, three: 3, four: 4, five: 5 };

/**
 * "at the 2018 summit", "at the Dushanbe summit of 2018", "since the first summit, in Almaty in 2002", "since the
 * Sakhir session of December 2012", "since the Asunción summit of 8 July 2024".
 */
const EARLIER_SUMMIT =
  /\b(?:at|since)\s+(?:the\s+)?(?:((?:19|20)\d{2})\s+|(?:[\w'’-]+\s+){0,2}?)(?:summit|meeting|session)\b(?:,?\s+(?:of|in|on)\s+(?:\d{1,2}\s+)?(?:[A-Z][\w'’-]*(?:\s+(?:\d{1,2},\s+)?[A-Z][\w'’-]*)?\s+(?:\d{1,2},?\s+)?(?:in\s+|of\s+)?)?((?:19|20)\d{2})\b)?/;

/** The month ("2012-12") or day ("2024-07-08") an earlier meeting's words end on, null for a year alone or none. */
function summitDate(words: string): PartialDate | null {
  const dated = new RegExp(
    String.raw`(?:\b(\d{1,2})\s+)?\b(${MONTH_NAMES})\s+(?:(\d{1,2}),?\s+)?((?:19|20)\d{2})$`,
    "i",
  ).exec(words);
  if (!dated) return null;
  const month = monthNumber(dated[2]!);
  const day = dated[1] ?? dated[3];
  return day
    ? formatDay(Number(dated[4]), month, Number(day))
    : `${dated[4]}-${String(month).padStart(2, "0")}`;
}

/**
 * A later year the sentence starts the term in: "in 2025", "for 2024", "for 2024–2026" (a single year first: a range
 * may be a programme's), "next year". "For the coming year" is the term's length, except where terms run by the
 * calendar year (`calendar`): there it is the year after the meeting.
 */
function laterStart(sentence: Sentence, meetingYear: number | null, calendar = false): string | null {
  if (meetingYear === null) return null;
  const atNext = AT_NEXT_MEETING.test(sentence.text);
  let range: string | null = null;
  for (const inYear of sentence.text.matchAll(
    /\b(?:in|from|for|of)\s+(?:the\s+)?(?:(?:period|term|years?)\s+)?((?:19|20)\d{2})\b(\s*[-–—])?/gi,
  )) {
    if (Number(inYear[1]) <= meetingYear) continue;
    // "which will exercise it for the first half of 2025", "until the end of 2026": a part of a later year is the
    // span or the end of a term handed over now, not the year it starts in.
    if (PART_OF_A_YEAR.test(sentence.text.slice(0, inYear.index + 2))) continue;
    const clause = sentence.text
      .slice(0, inYear.index)
      .split(/[,;]|\band\b/)
      .at(-1)!;
    if (!atNext && NEXT_MEETING.test(clause)) continue;
    // "… will preside until the next summit, to be held in Yekaterinburg in 2009": the end of the term, not its start.
    if (UNTIL_BEFORE.test(sentence.text.slice(0, inYear.index)) || TO_BE_HELD.test(clause)) continue;
    if (!inYear[2]) return inYear[1]!;
    range ??= inYear[1]!;
  }
  if (range) return range;
  // "The 2025 ASEAN chair Malaysia", "the 2026 presidency": a later year before the office.
  const yearBefore =
    /\b((?:19|20)\d{2})\s+(?:[A-Z]{2,}\s+)?(?:chair|chairman|chairperson|chairmanship|presidency|chairship)\b/.exec(
      sentence.text,
    );
  if (yearBefore && Number(yearBefore[1]) > meetingYear) return yearBefore[1]!;
  if (NEXT_YEAR.test(sentence.text) || (calendar && TERM_OF_A_YEAR.test(sentence.text)))
    return String(meetingYear + 1);
  return null;
}

/** "the first half of", "the end of", "the rest of": a part of the year that follows, with "of" last. */
const PART_OF_A_YEAR = /\b(?:half|quarter|part|end|rest|remainder|middle|course)\s+of$/i;

// "until ", "through ", "from 1 July to ": the words right before a day that ends a term.
const UNTIL_A_DAY = /(?:\b(?:until|till|up\s+to|through)|\bfrom\s+[^,;]{1,30}?\s+to)\s+(?:the\s+)?$/i;
// "until the next summit", "till 2026", "up to the Astana summit": what follows is when the term ends.
const UNTIL_BEFORE =
  /\b(?:until|till|up\s+to)\s+(?:the\s+)?(?:next\b|following\b|\d|[A-Z]|(?:[\w'’-]+\s+){0,2}?(?:summit|meeting|session|end)\b)[^.;]*$/;
// "… , to be held in Yekaterinburg in 2009", "which will take place in 2025": a meeting's date, not a term's.
const TO_BE_HELD =
  /\b(?:(?:to|will|shall)\s+be\s+(?:held|hosted|convened)|(?:to|will|shall)\s+take\s+place)\b/i;

const TERM_OF_A_YEAR = /\bfor\s+(?:the\s+)?(?:next|coming|following)\s+year\b/i;

/** Whether the organization's stored terms all start on 1 January or in a year: terms by the calendar year. */
function calendarTerms(context: ChairmanshipContext): boolean {
  const { knowledge, organizationId } = context;
  const root = organizationId ? (rootOrganization(knowledge, organizationId)?.id ?? organizationId) : null;
  const terms = (knowledge.chairmanships ?? []).filter((term) => term.organizationId === root);
  return (
    terms.length > 0 &&
    terms.every((term) => term.startDate === null || /^\d{4}(?:-01-01)?$/.test(term.startDate))
  );
}

// A verb in the past without a future one: "took over the chairmanship on 1 January" looks back from the meeting.
const PAST = /\b(?:took|assumed|passed|handed|transferred|was|were|had|began|started|received|held)\b/i;
// "from" looks ahead before a time ("from 1 January", "from today", "from next year"), not before a holder ("took over
// the chairmanship from Armenia on 1 January" looks back).
const AHEAD = new RegExp(
  `\\b(?:will|shall|is\\s+to|are\\s+to|from(?=\\s+(?:\\d|today|this\\s+day|next\\b|the\\s+(?:next|new|coming|following)\\b|(?:${MONTH_NAMES})\\b))|begins?|starts?|commences?|passes|takes|assumes|becomes|moves|goes)\\b`,
  "i",
);

const EARLIER_TERM_CLAUSE =
  /^[^,;]{1,80},\s+(?:which|who)\s+(?!will\b|shall\b|is\s+to\b)[^,;]*?\b(?:took|had|has|assumed|began|started|received|held|was|chaired|presided)\b[^,;]*$/i;

/** A day the sentence gives ("on 1 January 2024"; "from 1 January" after the meeting, "on 1 January" before it). */
function statedStart(
  sentence: Sentence,
  context: ChairmanshipContext,
  /** Read for a holder's own term ("X had chaired the Council since 29 November 2013"): a day after "since" counts. */
  holding = false,
): string | null {
  // Not the next summit's day ("… and will host the next summit on 13 October 2023"), unless the term starts there.
  const atNext = AT_NEXT_MEETING.test(sentence.text);
  const forward = AHEAD.test(sentence.text) || !PAST.test(sentence.text);
  const days = findDates(context.text, sentence.start, sentence.end)
    .filter((date) => {
      const clause = context.text
        .slice(sentence.start, date.evidence.start)
        .split(/[,;]|\band\b/)
        .at(-1)!;
      // "… will chair until 31 December": the term's end.
      return (
        (atNext || !NEXT_MEETING.test(clause)) &&
        !UNTIL_BEFORE.test(context.text.slice(sentence.start, date.evidence.start)) &&
        // "… will hold the presidency until 30 June 2020", "from 1 July to 30 June": the day right after "until" or a
        // span's "to" is the term's end.
        !UNTIL_A_DAY.test(clause) &&
        // "W's chairmanship will end on 31 December, and X takes over from 1 January": the end of the old term.
        !/\b(?:ends?|ending|ended|expires?|expiring|concludes?)\s+(?:on\s+)?$/i.test(clause) &&
        // "W, which had held the chairmanship since the Nakhchivan summit of 3 October 2009, handed it over to X": the
        // start of the old term.
        // "W took over the chairmanship on 1 January 2012, a first, and handed it to X": the start of W's term.
        !tookOverOnTheDayThenHanded(context, sentence, date.evidence) &&
        (holding ||
          (!/\bsince\b/i.test(clause) &&
            // "W, which took over the presidency at the Bishkek summit on 13 September 2013, handed it to X": a day in a
            // relative clause on the sentence's subject, in the past, is the start of W's term.
            !EARLIER_TERM_CLAUSE.test(context.text.slice(sentence.start, date.evidence.start))))
      );
    })
    .map((date) => {
      const year = context.date
        ? // A day in the past is on or before the meeting's last day, not its first ("on 16 September" at 15–16 September).
          yearAround(date.start, forward ? context.date : (context.endDate ?? context.date), forward)
        : completeYear(date.start, context.publishedAt);
      return year ? formatDay(year, date.start.month, date.start.day) : null;
    })
    .filter((day): day is string => day !== null);
  // "On 28 November the leaders decided that from 1 January the chairmanship passes to X": the later day. "In the
  // closing session on 10 September X handed the gavel to Y, which will take over on 1 December": a day after the
  // meeting's last before one within it.
  const last = context.endDate ?? context.date;
  return (
    (last ? days.find((day) => day > last) : undefined) ??
    (context.date ? days.find((day) => day > context.date!) : undefined) ??
    days[0] ??
    null
  );
}

/**
 * "Draghi handed the gavel to President Joko Widodo. Indonesia leads the Group for the coming year, starting on
 * 1 December, …": the sentence after a handover that opens with the next holder and dates its term from a day after
 * the meeting gives the term's start, though its verb ("leads", "holds") is no verb of taking.
 */
function sameHolderFromADay(
  sentence: Sentence,
  countryId: string,
  context: ChairmanshipContext,
): PartialDate | null {
  const subject = countriesIn(context, sentence.start, sentence.end)[0];
  if (!subject || subject.id !== countryId) return null;
  if (!/^(?:\P{L}*|(?:the\s+)?)$/iu.test(context.text.slice(sentence.start, subject.start))) return null;
  return laterDay(sentence, context);
}

/**
 * "W took over the chairmanship on 1 January 2012, a first for the country, and today passed it to X": the day W took
 * the office over, in the clause before "and" and a verb of passing, which is the outgoing term's start.
 */
function tookOverOnTheDayThenHanded(
  context: ChairmanshipContext,
  sentence: Sentence,
  day: { start: number; end: number },
): boolean {
  const before = context.text.slice(Math.max(sentence.start, day.start - 120), day.start);
  const after = context.text.slice(day.end, sentence.end);
  return TOOK_OVER_ON.test(before) && AND_THEN_PASSED.test(after);
}
const TOOK_OVER_ON = /\b(?:took\s+over|taken\s+over|assumed|received|took)\b[^.;]{0,80}?\b(?:on|in)\s+$/i;
const AND_THEN_PASSED = new RegExp(`^[^.;]{0,80}?\\band\\s+(?:[\\w-]+\\s+){0,4}?${PASSING}\\b`, "i");

/** The day a sentence gives, when it falls after the meeting's last day. */
function dayAfterTheMeeting(sentence: Sentence, context: ChairmanshipContext): PartialDate | null {
  const day = statedStart(sentence, context);
  const last = context.endDate ?? context.date;
  return day && day.length >= 10 && last && day > last ? day : null;
}

/** A term's first day after the meeting's, as the sentence gives it after "from": "from 1 January 2024". */
function laterDay(sentence: Sentence, context: ChairmanshipContext): PartialDate | null {
  if (!FROM_A_DAY.test(sentence.text)) return null;
  const day = statedStart(sentence, context);
  return day && context.date && day > context.date ? day : null;
}
const FROM_A_DAY = new RegExp(
  `\\b(?:from|as\\s+of|starting(?:\\s+on)?|beginning(?:\\s+on)?|with\\s+effect\\s+from|effective)\\s+(?:\\d{1,2}\\s+(?:${MONTH_NAMES})|(?:${MONTH_NAMES})\\s+\\d{1,2})\\b`,
  "i",
);

/** "From today the presidency passes to X", "as of today": the day of the release, within the meeting. */
const FROM_TODAY =
  /\b(?:(?:from|as\s+of|starting|beginning|with\s+effect\s+from|effective)\s+(?:today|this\s+day)|(?:from|as\s+of)\s+now(?:\s+on)?|henceforth)\b/i;

/** The release's own day, when it falls within the meeting. */
function releaseDay(context: ChairmanshipContext): PartialDate | null {
  const published = context.publishedAt?.slice(0, 10) ?? null;
  const last = context.endDate ?? context.date;
  return published && context.date && last && published >= context.date && published <= last
    ? published
    : null;
}

/** The meeting's day the release calls "today": its own day within the meeting, else the meeting's last. */
function today(context: ChairmanshipContext): PartialDate | null {
  return releaseDay(context) ?? context.endDate ?? context.date;
}

function startOf(
  sentence: Sentence,
  context: ChairmanshipContext,
  meetingYear: number | null,
): PartialDate | null {
  // "From today the presidency passes to X, which will preside until the next summit … in 2009": the meeting's day.
  if (FROM_TODAY.test(sentence.text)) return today(context);
  const afterEnd = dayAfterEnd(sentence, context);
  if (afterEnd) return afterEnd;
  const day = statedStart(sentence, context);
  const year = laterStart(sentence, meetingYear, calendarTerms(context));
  // "At the summit on 14 October the leaders decided that X will chair in 2023": the meeting's day is no start, nor
  // any day within it ("VIENTIANE, Oct 11 – … passing the gavel to Y for 2025" on a summit's last day).
  if (day && year && context.date && (day <= context.date || withinMeeting(day, context))) return year;
  const stated = day ?? year ?? monthOfYear(sentence, context);
  if (stated) return stated;
  // "The presidency rotates to X in January": that month, in the year after the meeting when it has passed.
  const month = MONTH_ONLY.exec(sentence.text);
  if (month && context.date) {
    const number = monthNumber(month[1]!);
    const meetingMonth = Number(context.date.slice(5, 7));
    // The meeting's own month is the meeting's day.
    if (meetingYear !== null && number !== meetingMonth)
      return `${meetingYear + (number < meetingMonth ? 1 : 0)}-${String(number).padStart(2, "0")}`;
  }
  // "… will hand over the chairmanship to X at the end of the year", "from the new year": the next year.
  if (meetingYear !== null && END_OF_YEAR.test(sentence.text)) return String(meetingYear + 1);
  if (AT_NEXT_MEETING.test(sentence.text)) return null;
  // "With the close of the summit the chairmanship passed to X", "at the closing ceremony": the last day of a
  // meeting of several days, not its first.
  if (AT_THE_CLOSE.test(sentence.text)) return context.endDate ?? context.date;
  // "Uzbekistan takes over the chairmanship", "the chairmanship passes to X": the present tense of a release is its
  // own day, when that falls within the meeting; "opening the summit, X hands over …" is its first day.
  if (PRESENT_HANDOVER.test(sentence.text) && !AT_THE_OPENING.test(sentence.text))
    return releaseDay(context) ?? context.date;
  // "X handed over the chairmanship to Y" at a meeting of several days: at its opening on the first day; else on the
  // day the text gives the leaders' session ("the plenary session took place on the second day"), else on the day
  // the meeting closed, when a chairmanship is handed over (the records date it so).
  if (AT_THE_OPENING.test(sentence.text)) return context.date;
  return leadersSessionDay(context) ?? context.endDate ?? context.date;
}

// "W's chairmanship ends on 31 December, when X takes over", "… runs until 31 December, after which X assumes it": the
// old term's last day, with the next holder's taking over tied to it by "when" or "after which".
const ENDS_ON_THEN = new RegExp(
  String.raw`\b${OFFICE}\b[^.;,]{0,30}?\b(?:ends?|ending|expires?|concludes?|closes?|(?:runs?|lasts?|continues?)\s+(?:until|till|to|through)|until|till)\s+(?:on\s+)?(?:(\d{1,2})\s+(${MONTH_NAMES})|(${MONTH_NAMES})\s+(\d{1,2})|(?:the\s+end\s+of\s+)?(${MONTH_NAMES}))\b(?:,?\s+((?:19|20)\d{2}))?,?\s+(?:when|whereupon|after\s+which|at\s+which\s+point|and\s+then)\b[^.;]{0,80}?\b(?:takes?|will\s+take|assumes?|will\s+assume|is\s+to\s+take|succeeds?|will\s+succeed|(?:will\s+)?(?:pass|passes|go|goes|move|moves|hand\s+over|hands\s+over)\s+to)\b`,
  "i",
);

/** The day after the old term's stated last day, when the sentence ties the next holder's taking over to it. */
function dayAfterEnd(sentence: Sentence, context: ChairmanshipContext): PartialDate | null {
  if (!context.date || !/\b(?:when|whereupon|after\s+which|at\s+which|and\s+then)\b/i.test(sentence.text))
    return null;
  const ends = ENDS_ON_THEN.exec(sentence.text);
  if (!ends) return null;
  const month = monthNumber((ends[2] ?? ends[3] ?? ends[5])!);
  // "… until December, after which it passes to Y": a month alone ends with its last day; Y starts the month after.
  const dayOfMonth = ends[5] ? new Date(Date.UTC(2001, month, 0)).getUTCDate() : Number(ends[1] ?? ends[4]);
  const year = ends[6]
    ? Number(ends[6])
    : yearAround({ year: null, month, day: dayOfMonth }, context.endDate ?? context.date, true);
  if (!year) return null;
  const next = new Date(Date.UTC(year, month - 1, dayOfMonth + 1)).toISOString();
  return ends[5] ? next.slice(0, 7) : next.slice(0, 10);
}

/**
 * The first day of a term told by its month (`month`, "2012-07"), when the handover's sentence or the one before it
 * says the office ends on the day before ("The German presidency of the Council … ends on 30 June", "the chairmanship
 * will end on 31 December").
 */
function dayAfterTheOldTermEnds(
  sentences: readonly Sentence[],
  sentence: Sentence,
  month: string,
): PartialDate | null {
  const index = sentences.indexOf(sentence);
  const year = Number(month.slice(0, 4));
  for (const near of sentences.slice(Math.max(0, index - 1), index + 1)) {
    for (const end of near.text.matchAll(OLD_TERM_ENDS_ON)) {
      const endMonth = monthNumber((end[2] ?? end[3])!);
      const dayOfMonth = Number(end[1] ?? end[4]);
      for (const endYear of [year, year - 1]) {
        const next = new Date(Date.UTC(endYear, endMonth - 1, dayOfMonth + 1)).toISOString().slice(0, 10);
        if (next.slice(0, 7) === month) return next;
      }
    }
  }
  return null;
}
const OLD_TERM_ENDS_ON = new RegExp(
  String.raw`\b${OFFICE}\b[^.;]{0,120}?\b(?:ends|will\s+end|is\s+to\s+end|expires|will\s+expire|concludes|will\s+conclude|runs\s+until|will\s+run\s+until)\s+(?:on\s+)?(?:(\d{1,2})\s+(${MONTH_NAMES})|(${MONTH_NAMES})\s+(\d{1,2}))\b`,
  "gi",
);

// "the heads of state met at the palace on the second day", "the plenary session took place on the final day".
const LEADERS_SESSION_DAY =
  /\b(?:(?:heads\s+of\s+(?:state|government)|leaders|presidents|prime\s+ministers)\b[^.;]{0,60}?\b(?:met|gathered|sat|convened)|(?:plenary|main|expanded|enlarged|extended)\s+(?:session|sitting|meeting)\b[^.;]{0,30}?\b(?:took\s+place|was\s+held|followed|opened))\b[^.;]{0,60}?\bon\s+the\s+(second|third|last|final|closing)\s+day\b/i;

/** The day of a meeting of several days on which the text says its leaders sat: "on the second day". */
function leadersSessionDay(context: ChairmanshipContext): PartialDate | null {
  const { date, endDate } = context;
  if (!date || !endDate || endDate === date || date.length < 10) return null;
  const day = LEADERS_SESSION_DAY.exec(context.text)?.[1]?.toLowerCase();
  if (!day) return null;
  if (day === "second" || day === "third") {
    const at = new Date(`${date}T00:00:00Z`);
    at.setUTCDate(at.getUTCDate() + (day === "second" ? 1 : 2));
    const found = at.toISOString().slice(0, 10);
    return found <= endDate ? found : null;
  }
  return endDate;
}

// "in July 2007", "from March 2010": a month and its year, with no day.
const MONTH_OF_YEAR =
  /\b(?:[Ii]n|[Ff]rom|[Aa]s\s+of|[Ss]tarting)\s+(January|February|March|April|May|June|July|August|September|October|November|December)\s+((?:19|20)\d{2})\b/g;

/**
 * "The Philippines will pass the chairmanship to Singapore in July 2007; Singapore is to host the 13th Summit in
 * November": the month of a year the handover's clause gives, after the meeting's month; a month in a clause on a
 * meeting to be held is that meeting's, not the term's.
 */
function monthOfYear(sentence: Sentence, context: ChairmanshipContext): PartialDate | null {
  if (!context.date) return null;
  for (const found of sentence.text.matchAll(MONTH_OF_YEAR)) {
    const month = `${found[2]}-${String(monthNumber(found[1]!)).padStart(2, "0")}`;
    const clause = sentence.text.slice(0, found.index).split(/[,;]/).at(-1)!;
    if (month > context.date.slice(0, 7) && !TO_BE_HELD.test(clause) && !NEXT_MEETING.test(clause))
      return month;
  }
  return null;
}

// "in January", "from March": a month with no day or year after it.
const MONTH_ONLY =
  /\b(?:in|from|as\s+of|starting)\s+(January|February|March|April|May|June|July|August|September|October|November|December)\b(?!\s*\d)/;
const END_OF_YEAR =
  /\b(?:at|from|after)\s+the\s+(?:end|turn|close)\s+of\s+(?:the|this)\s+year\b|\bfrom\s+the\s+new\s+year\b/i;
const AT_THE_CLOSE =
  /\b(?:at|with|upon|on|after|following)\s+the\s+(?:close|closing|conclusion|end)\b(?!\s+of\s+(?:the\s+)?(?:year|term|month|\d))/i;
const AT_THE_OPENING =
  /\b(?:opens|opened|opening|on\s+the\s+(?:first|opening)\s+day|at\s+the\s+(?:start|beginning|opening)\s+of)\b/i;
const PRESENT_HANDOVER =
  /\b(?:takes|passes|goes|moves|assumes|hands|transfers|rotates)\b(?![^.;]{0,40}\b(?:on|from)\s+\d)/i;

const AS_HOST =
  /\b(?:as|being)\s+(?:the\s+)?host(?:ing)?(?:\s+(?:country|state|side|nation|party|leader))?\b|\bthe\s+host(?:ing)?(?:\s+(?:country|state|side|nation|party|leader))?\s*,/i;

/** The sentence names someone as host and says nothing of the rotating office. */
function hostOnly(sentence: string): boolean {
  return AS_HOST.test(sentence) && !/\bpresidency|\bpresiding|chairmanship|chairship|\brotat/i.test(sentence);
}

const FUNCTION_WORD = "(?:for|of|the|to|during|in|on|and|with|under|at|by|from|its|their|a|an)\\b";

interface Marker extends Holder {
  /** "incoming", "next", or a later year: the next holder rather than the present one. */
  next: boolean;
  /** "X has held the chairmanship since …": the holder now, with no end in sight. */
  current?: boolean;
}

/**
 * Countries the text names with the office but no verb: "China's BRICS Chairship", "the Russian presidency", "the
 * presiding state (Russia)", "Kazakhstan, as presiding country", "the incoming Malaysian chairmanship".
 */
function markedIn(
  context: ChairmanshipContext,
  from: number,
  to: number,
  meetingYear: number | null,
): Marker[] {
  const { text } = context;
  const markers: Marker[] = [];
  const countries = countriesIn(context, from, to);
  const nextWords = /\b(?:incoming|upcoming|forthcoming|next|new)\s+$/i;
  for (const mention of countries) {
    const after = text.slice(mention.end, mention.end + 80);
    const wording = handoverWording(context, mention);
    if (wording) {
      markers.push(wording);
      continue;
    }
    // "Armenia's year-long presidency", "China's BRICS Chairship", "Tajikistan's assumption of the CIS presidency".
    const office = new RegExp(
      `^(?:'s|’s)?\\s+((?:(?:[A-Z][\\w-]*|rotating|annual|current|outgoing|incoming|upcoming|forthcoming|pro\\s+tempore|[a-z]+-[a-z]+|(?:assumption|takeover)\\s+of(?:\\s+the)?|turn\\s+(?:at|in)(?:\\s+the)?)\\s+){0,3})${OFFICE_CASED}\\b`,
    ).exec(after);
    // After a possessive, any adjectives: "Russia's effective chairmanship"; "thanked X for its successful presidency".
    const officeAny =
      office ??
      new RegExp(`^(?:'s|’s)?\\s+${OFFICE}\\b`, "i").exec(after) ??
      new RegExp(`^(?:'s|’s)\\s+(?:(?!${FUNCTION_WORD})[a-z][\\w-]*\\s+){1,2}${OFFICE}\\b`).exec(after) ??
      new RegExp(
        `^(?:\\s+side)?(?:\\s+(?:every\\s+)?success)?\\s+(?:for|in|on|during)\\s+(?:its|their)\\s+(?:(?!${FUNCTION_WORD})[a-z][\\w-]*\\s+){0,2}${OFFICE}\\b`,
        "i",
      ).exec(after) ??
      // "thanked W for the presidency (2009–2010)": the office with its years in brackets.
      new RegExp(
        `^\\s+for\\s+the\\s+(?:(?!${FUNCTION_WORD})[a-z][\\w-]*\\s+){0,2}${OFFICE}(?=\\s*\\(\\s*(?:19|20)\\d{2}\\s*[-–—])`,
        "i",
      ).exec(after);
    // "India has held the Presidency since 1 December 2022", "Kazakhstan had chaired the Council since 2022": a holder
    // in a clause of its own, with the day its term began.
    // "Azerbaijan, which has held the chairmanship since the Baku summit on 15 October 2019", "the Kyrgyz Republic,
    // whose country had presided over the Council since the Bishkek summit last year": the same in a relative clause.
    // Not "Kazakhstan, whose government has presided over the reforms since 2019": the office, or a body, is held.
    // "Zambia's President, who has chaired COMESA since June 2021, …": the country's leader in a relative clause of
    // his own holds the office for it.
    const leader = LEADER_OF_THE_COUNTRY.exec(text.slice(mention.end, mention.end + 40));
    const leaderEnd = mention.end + (leader?.[0].length ?? 0);
    const clause = text.slice(leaderEnd, leaderEnd + LONG_CLAUSE);
    // "Kazakhstan held the chairmanship from July 2023", "Kazakhstan chaired the SCO from July 2023 to July 2024": the
    // same in the simple past with "from", not a term that ended before the meeting's year ("… from 2017 to 2018").
    const heldFrom = HELD_FROM.exec(clause);
    const held = [
      heldFrom && !endedEarlier(clause, heldFrom, meetingYear) ? heldFrom : null,
      HELD_SINCE.exec(clause),
    ].find(
      (match) =>
        match !== null &&
        HELD_OBJECT.test(match[0]) &&
        // "who" only of the country's leader, and never of "the presidency" he may hold at home ("President X of
        // Kyrgyzstan, who has held the presidency since 2021").
        (leader
          ? /\bwho\b/.test(match[1] ?? "") && !/\bpresidency\b/i.test(match[0])
          : !/\bwho\b/.test(match[1] ?? "")),
    );
    if (held && !officeAny) {
      markers.push({
        countryId: mention.id,
        start: mention.start,
        end: leaderEnd + held[0].length,
        since: beganIn(held[1] ? clause : `, which${clause}`, meetingYear, context.date),
        next: false,
        // "has held … since": the holder now; "held … from" says nothing of now.
        ...(held === heldFrom ? {} : { current: held[2]?.toLowerCase() === "has" }),
      });
      continue;
    }
    // "The Kyrgyz side presented the priorities of its upcoming chairmanship": the country that sets out what it will do
    // in the office is its next holder.
    // "The decision on Tajikistan chairing the CIS in 2025 was signed": a decision on the term to come, told by a
    // gerund; its year when it gives one after the meeting's.
    const chairingDecided =
      !officeAny &&
      DECIDED_ON_BEFORE.test(text.slice(Math.max(0, mention.start - 60), mention.start)) &&
      /^\s+(?:chairing|presiding\s+over|heading|holding\s+the\s+(?:chairmanship|presidency))\b/i.exec(after);
    if (chairingDecided) {
      const year = /^[^.;,]{0,60}?\bin\s+((?:19|20)\d{2})\b/.exec(after.slice(chairingDecided[0].length));
      markers.push({
        countryId: mention.id,
        start: mention.start,
        end: mention.end + chairingDecided[0].length,
        since: year && meetingYear !== null && Number(year[1]) > meetingYear ? year[1]! : null,
        next: true,
      });
      continue;
    }
    // "Kazakhstan summed up the results of its chairmanship": the one that sums up its term holds the office until now.
    const priorities = !officeAny ? PRIORITIES_OF_ITS_OFFICE.exec(after) : null;
    const results = !officeAny && !priorities ? RESULTS_OF_ITS_OFFICE.exec(after) : null;
    if (priorities || results) {
      markers.push({
        countryId: mention.id,
        start: mention.start,
        end: mention.end + (priorities ?? results)![0].length,
        since: null,
        next: priorities !== null,
      });
      continue;
    }
    if (officeAny) {
      const adjectives = office?.[1] ?? officeAny[0];
      const rest = text.slice(mention.end + officeAny[0].length, mention.end + officeAny[0].length + 40);
      // "Tajikistan's chairmanship of the CIS in 2025", "… in the Commonwealth in 2025" (a translation from Russian).
      const year = /^\s*(?:(?:of|in)\s+[^,.;]{0,30}?\s+)?(?:in|for)\s+((?:19|20)\d{2})\b(?!\s*[-–—])/.exec(
        rest,
      );
      // "The leaders agreed on Tajikistan's chairmanship next year".
      const nextYear =
        /^\s*(?:(?:of|in)\s+[^,.;]{0,30}?\s+)?(?:in\s+)?(?:the\s+)?(?:next|coming)\s+year\b(?!['’]s)/i.test(
          rest,
        );
      const later = nextYear || (year !== null && meetingYear !== null && Number(year[1]) > meetingYear);
      // "the Tajik presidency, which began at the Bishkek summit in August 2007": the month and year it began.
      // "The Polish presidency of the group, which runs from July 2020 to June 2021", "The Serbian Chairmanship had
      // begun in January": the same after the body it presides, with "runs from", or with a verb of its own.
      const began = year
        ? null
        : (beganIn(
            text.slice(mention.end + officeAny[0].length, mention.end + officeAny[0].length + 120),
            meetingYear,
            context.date,
          ) ??
          startAfterTheOffice(
            text.slice(mention.end + officeAny[0].length, mention.end + officeAny[0].length + 160),
            meetingYear,
            context.date,
          ));
      // "China's chairmanship begins on 1 January", "Russia's Chairship will start in 2024".
      const begins =
        /^\s*(?:of\s+[^,.;]{0,30}?\s+)?(?:,\s+which\s+)?(?:will\s+|is\s+to\s+|shall\s+)?(?:begin|begins|start|starts|commence|commences|(?:run|runs|last|lasts)\s+from)\b/i.test(
          rest,
        );
      // "Zambia's COMESA chairmanship (2023–2025) began today", "Norway's chairship of the Council started at this
      // meeting": a term that began on the meeting's day (its years in brackets at most between).
      const officeEnd = mention.end + officeAny[0].length;
      const beganHere = BEGAN_AT_THE_MEETING.test(text.slice(officeEnd, officeEnd + 100));
      const next =
        begins ||
        beganHere ||
        // "congratulated X on the start of China's presidency".
        /\b(?:start|beginning|launch|outset)\s+of\s+$/i.test(
          text.slice(Math.max(0, mention.start - 30), mention.start),
        ) ||
        // "congratulated the Amir on the State of Kuwait's turn at the presidency of the current session".
        /\b(?:incoming|upcoming|forthcoming|assumption|takeover|turn)\b/i.test(adjectives) ||
        // "The documents were also signed on Uzbekistan's chairmanship in the CIS": a decision on the term to come.
        DECIDED_ON_BEFORE.test(text.slice(Math.max(0, mention.start - 60), mention.start)) ||
        nextWords.test(text.slice(Math.max(0, mention.start - 20), mention.start)) ||
        later;
      markers.push({
        countryId: mention.id,
        start: mention.start,
        end: mention.end + officeAny[0].length,
        since: year && !later ? year[1]! : began,
        next,
      });
      continue;
    }
    // "The next chair will be Russia", "the incoming chairman of the Council is Russia": a next holder after a copula.
    // "The presiding country for 2021 will be Kyrgyzstan": a chair of a later year after a copula.
    const laterChairIs =
      /\b(?:chair(?:man|person)?|(?:presiding|chairing)\s+(?:state|country)|(?:chairmanship|presidency)\s+(?:in|for))(?:\s+of\s+the(?:\s+[\w'’-]+){1,4}?(?=\s+(?:for|in)\s))?\s+(?:for\s+|in\s+)?((?:19|20)\d{2})\b(?:\s*[-–—]\s*(?:19|20)?\d{2})?\s+(?:will\s+be|shall\s+be|is\s+to\s+be|is|goes\s+to|falls\s+to)\s+(?:the\s+)?$/i.exec(
        text.slice(Math.max(0, mention.start - 80), mention.start),
      );
    const nextChairIs =
      /\b(?:next|incoming|new)\s+(?:[A-Z]+\s+)?(?:chair(?:man|person)?|presiding\s+(?:state|country))(?:\s+of\s+the(?:\s+[\w'’-]+){1,4}?)?\s+(?:will\s+be|shall\s+be|is|is\s+to\s+be)\s+(?:the\s+)?$/i.exec(
        text.slice(Math.max(0, mention.start - 80), mention.start),
      ) ??
      (laterChairIs && meetingYear !== null && Number(laterChairIs[1]) > meetingYear ? laterChairIs : null);
    if (nextChairIs) {
      markers.push({
        countryId: mention.id,
        start: mention.start - nextChairIs[0].length,
        end: mention.end,
        since: null,
        next: true,
      });
      continue;
    }
    // "Russia's chairmanship ends on 31 December, and Brazil's begins on 1 January": the office left out after a
    // possessive, named just before.
    if (
      /^['’]s\s+(?:(?:will|is\s+to|shall)\s+)?(?:begins?|starts?|commences?)\b/i.test(after) &&
      new RegExp(`\\b${OFFICE}\\b[^.]{0,80}$`, "i").test(
        text.slice(Math.max(0, mention.start - 100), mention.start),
      )
    ) {
      markers.push({
        countryId: mention.id,
        start: mention.start,
        end: mention.end,
        since: null,
        next: true,
      });
      continue;
    }
    // "A decision was signed on the chairmanship of the Republic of Tajikistan in the CIS in 2025": the office of a country
    // in a later year, as a translation from Russian names the next term.
    const officeOfBefore = new RegExp(
      `\\b(?:the\\s+)?(?:rotating\\s+)?${OFFICE_CASED}\\s+of\\s+(?:the\\s+)?$`,
    ).test(text.slice(Math.max(0, mention.start - 40), mention.start));
    const inLaterYear = officeOfBefore
      ? /^\s+(?:in\s+(?:the\s+)?[^,.;]{0,40}?\s+)?(?:in|for)\s+((?:19|20)\d{2})\b(?!\s*[-–—])/.exec(
          text.slice(mention.end, mention.end + 80),
        )
      : null;
    if (inLaterYear && meetingYear !== null && Number(inLaterYear[1]) > meetingYear) {
      markers.push({
        countryId: mention.id,
        start: mention.start,
        end: mention.end + inLaterYear[0].length,
        since: null,
        next: true,
      });
      continue;
    }
    // "The chairmanship of W ends on 31 December", "the presidency of W expires": a holder whose term is ending.
    if (
      new RegExp(`\\b(?:the\\s+)?(?:(?:rotating|current|outgoing)\\s+)?${OFFICE_CASED}\\s+of\\s+$`).test(
        text.slice(Math.max(0, mention.start - 40), mention.start),
      ) &&
      /^\s+(?:will\s+)?(?:ends?|ended|expires?|expired|concludes?|concluded|comes\s+to\s+an\s+end|(?:runs?|lasts?)\s+(?:until|till|through))\b/i.test(
        text.slice(mention.end, mention.end + 40),
      )
    ) {
      markers.push({
        countryId: mention.id,
        start: mention.start,
        end: mention.end,
        since: null,
        next: false,
      });
      continue;
    }
    // "the presiding state (Russia)", "the presiding country, Russia,", "the incoming chair, Malaysia,".
    const presidingBefore =
      /\b(next\s+|incoming\s+)?(?:presiding|chairing)\s+(?:state|country|side|party|nation)\s*[(,]\s*$|\b(?:(next|incoming|new)|current|outgoing)\s+(?:[A-Z]+\s+)?chair(?:man|person)?\s*[(,]\s*$/i.exec(
        text.slice(Math.max(0, mention.start - 40), mention.start),
      );
    // "Next year's ASEAN chair, Malaysia,", "the 2025 ASEAN chair Malaysia": the chair of a later year named before.
    const laterChairBefore =
      /\b(?:next\s+year['’]s|(?:the\s+)?((?:19|20)\d{2}))\s+(?:[A-Z]+\s+)?(?:chair|chairman|chairperson|presiding\s+(?:country|state))\s*[(,]?\s*$/i.exec(
        text.slice(Math.max(0, mention.start - 40), mention.start),
      );
    if (
      laterChairBefore &&
      (laterChairBefore[1] === undefined ||
        (meetingYear !== null && Number(laterChairBefore[1]) > meetingYear))
    ) {
      markers.push({
        countryId: mention.id,
        start: mention.start - laterChairBefore[0].length,
        end: mention.end,
        since: null,
        next: true,
      });
      continue;
    }
    // "The incoming Chairperson, President X of Burundi,": the role before the titled leader of the country.
    const leaderInRoleBefore = presidingBefore
      ? null
      : LEADER_IN_ROLE_BEFORE.exec(text.slice(Math.max(0, mention.start - 120), mention.start));
    if (leaderInRoleBefore) {
      markers.push({
        countryId: mention.id,
        start: mention.start - leaderInRoleBefore[0].length,
        end: mention.end,
        since: null,
        next: leaderInRoleBefore[1] !== undefined,
      });
      continue;
    }
    if (presidingBefore) {
      markers.push({
        countryId: mention.id,
        start: mention.start - presidingBefore[0].length,
        end: mention.end,
        since: null,
        next: presidingBefore[1] !== undefined || presidingBefore[2] !== undefined,
      });
      continue;
    }
    // "Belarus, the current chair,", "India is this year's chair", "Malaysia, the incoming chair,", "Malaysia, the
    // chair-designate,".
    // "Kyrgyzstan, the new chairing country,": the role as a country. "Malaysia is the chair of ASEAN for 2025", "Malaysia
    // is ASEAN chair for 2025": a chair of a later year is the next one (with no article, only then).
    const roleAfter =
      /^(?:,\s+(?:as\s+)?|\s+(?:is|was|as|became|becomes|has\s+become)\s+)(the\s+|this\s+year['’]s\s+|(next\s+year['’]s\s+)|(?:the\s+)?[\w-]+['’]s\s+)?(?:(next|incoming|new)\s+|current\s+|outgoing\s+|rotating\s+)*(?:[A-Z]+\s+)?(?:chair|chairman|chairperson|(?:chairing|presiding)\s+(?:country|state))(-(?:designate|elect))?\b/i.exec(
        text.slice(mention.end, mention.end + 60),
      );
    const laterYear = roleAfter
      ? /^\s*(?:of\s+(?:the\s+)?[^,.;]{0,40}?\s+)?(?:for|in)\s+((?:19|20)\d{2})\b/.exec(
          text.slice(mention.end + roleAfter[0].length, mention.end + roleAfter[0].length + 60),
        )
      : null;
    const forLater = laterYear !== null && meetingYear !== null && Number(laterYear[1]) > meetingYear;
    // "Zambia, COMESA's new Chair,", "Zambia became the Association's new Chair": a chair named with a possessive is the
    // role only as the body's own ("Zambia, SADC's new Chair," is another organization's).
    const possessive =
      roleAfter?.[1] !== undefined &&
      /['’]s\s+$/.test(roleAfter[1]) &&
      !/\byear['’]s\s+$/i.test(roleAfter[1]);
    const ofTheBody =
      !possessive ||
      possessiveBodyAt(context, mention.end + roleAfter!.index + roleAfter![0].indexOf(roleAfter![1]!));
    const became = roleAfter !== null && /^\s+(?:became|becomes|has\s+become)\s/i.test(roleAfter[0]);
    if (
      roleAfter &&
      ofTheBody &&
      (possessive || !became) &&
      (roleAfter[1] !== undefined || forLater) &&
      (roleAfter[2] ||
        roleAfter[3] ||
        roleAfter[4] ||
        forLater ||
        /current|outgoing|this\s+year|\b(?:is|was)\s/i.test(roleAfter[0]))
    ) {
      markers.push({
        countryId: mention.id,
        start: mention.start,
        end: mention.end + roleAfter[0].length,
        since: null,
        next:
          roleAfter[2] !== undefined ||
          roleAfter[3] !== undefined ||
          roleAfter[4] !== undefined ||
          forLater ||
          became,
      });
    }
  }
  // "Kazakhstan, as presiding country", "President X, as the chairing country,", "X, as the incoming chair,".
  for (const as of text
    .slice(from, to)
    .matchAll(
      /,?\s+as\s+(?:the\s+)?(?:(next\s+|incoming\s+)?(?:presiding|chairing)\s+(?:state|country|side|party|nation)|(next\s+|incoming\s+)(?:chair|chairman|chairperson|chairwoman))\b/gi,
    )) {
    const at = from + as.index;
    const sentenceStart = Math.max(from, text.lastIndexOf(". ", at) + 1);
    const country = countries.filter((mention) => mention.end <= at && mention.start >= sentenceStart).at(-1);
    const person = lastPersonIn(context, sentenceStart, at);
    const side = person && (!country || person.end > country.end) ? person : country ? sideOf(country) : null;
    // "President X, as the incoming chair, closed the summit": the next holder named by a role without a verb.
    if (side)
      markers.push({
        ...side,
        end: at + as[0].length,
        since: null,
        next: as[1] !== undefined || as[2] !== undefined,
      });
  }
  markers.push(
    ...titledOutgoingHolders(context, countries, from, to).filter(
      (titled) =>
        !markers.some(
          (marker) =>
            marker.countryId === titled.countryId && marker.end >= titled.start && marker.start <= titled.end,
        ),
    ),
  );
  return markers.sort((a, b) => a.start - b.start);
}

/**
 * The outgoing holder named by its title (handovers-by-titles-and-designations.ts): the country or participant right
 * after "The outgoing Chairperson," with a title and name at most between ("The outgoing Chairperson, Prime Minister X
 * of Egypt,"), else the one the title stands in apposition to ("Zambia's President X, the immediate past Chair,",
 * "Egypt, the immediate past Chair,"). Not the title of a committee's or an organ's chair.
 */
function titledOutgoingHolders(
  context: ChairmanshipContext,
  countries: readonly Mention[],
  from: number,
  to: number,
): Marker[] {
  const { text } = context;
  const found: Marker[] = [];
  for (const title of text.slice(from, to).matchAll(OUTGOING_TITLE)) {
    const start = from + title.index;
    const end = start + title[0].length;
    if (TITLE_OF_ANOTHER_THING.test(text.slice(end, end + 80))) continue;
    const after = [
      countries.find((mention) => mention.start > end && mention.start < end + 100),
      peopleIn(context, end, Math.min(to, end + 100))[0],
    ]
      .filter((side) => side !== undefined)
      .map((side) => ("id" in side ? sideOf(side) : side))
      .filter((side) => HOLDER_AFTER_THE_TITLE.test(text.slice(end, side.start)))
      .sort((a, b) => a.start - b.start)[0];
    const comma = APPOSITION_BEFORE_THE_TITLE.exec(text.slice(Math.max(from, start - 3), start));
    const holderEnd = comma
      ? start - (text.slice(Math.max(from, start - 3), start).length - comma.index)
      : -1;
    const before = comma
      ? [
          countries.find((mention) => mention.end === holderEnd),
          peopleIn(context, Math.max(from, holderEnd - 60), holderEnd).find((side) => side.end === holderEnd),
        ]
          .filter((side) => side !== undefined)
          .map((side) => ("id" in side ? sideOf(side) : side))[0]
      : undefined;
    const side = after ?? before;
    if (side)
      found.push({
        ...side,
        start: Math.min(side.start, start),
        end: Math.max(side.end, end),
        since: null,
        next: false,
      });
  }
  return found;
}

/**
 * A handover worded with no verb of passing or taking (`handover-wordings`): a term that ends ("X's chairmanship came
 * to an end": the holder until now), a good wish for the office ("I wish X every success in its chairmanship"), "Next up
 * is X" after an ended term, a headline's "X to chair the Commonwealth in 2025" (each: the next holder). Not a wish for
 * another organization's office ("… in its chairmanship of ASEAN"), nor a headline's chairing of something else.
 */
function handoverWording(context: ChairmanshipContext, mention: Mention): Marker | null {
  const { text } = context;
  const after = text.slice(mention.end, mention.end + 160);
  const side = { countryId: mention.id, start: mention.start, end: mention.end, since: null };
  if (endsItsTerm(after)) return { ...side, next: false };
  const before = text.slice(Math.max(0, mention.start - 240), mention.start);
  const wished = wishedSuccessInItsOffice(before, after);
  if (wished !== null)
    return otherOrganizationAfter(context, mention.end + wished)
      ? null
      : { ...side, end: mention.end + wished, next: true };
  if (namedNextUp(before, after)) return { ...side, next: true };
  const infinitive = headlineInfinitive(before, after);
  if (!infinitive) return null;
  const object = mention.end + infinitive.length;
  const at = object + /^\s*(?:the\s+)?/.exec(text.slice(object, object + 10))![0].length;
  if (infinitive.needsBody ? !bodyAt(context, at) : otherOrganizationAfter(context, object)) return null;
  return { ...side, end: object, next: true };
}

/**
 * "… has held the presidency since", "… had chaired the Council since", "… has been chairing the Union since": the
 * holder's verb, with "since" in its clause.
 */
const HELD_OBJECT =
  /\b(?:[Cc]hairmanship|[Pp]residency|[Cc]hairship|[Cc]hair|helm|it|Council|[Oo]rgani[sz]ation|Union|Commonwealth|[Aa]ssociation|Community|Conference|Summit|Forum|bloc|group|[A-Z]{2,})\b/;
// The words between the verb and "since" stay in one clause (no comma) but may name the office at length: "which has
// held the rotating chairmanship of the Council of Heads of State of the Commonwealth of Independent States since".
// "… had led the organization since …": leading, only with the body as its object (HELD_OBJECT).
const HELD_SINCE =
  /^(,\s+(?:which|who|whose\s+(?:country|state|government)))?\s+(?:(has|had)\s+)?(?:held|exercised|chaired|presided|led|headed|been\s+(?:chairing|presiding|leading|heading|in\s+the\s+chair|at\s+the\s+(?:head|helm)\s+of))\b[^.;,]{0,140}?\bsince\b/i;
/** A country's leader by office right after it, before a relative clause on him: "'s President", "'s leader". */
const LEADER_OF_THE_COUNTRY =
  /^['’]s\s+(?:President|Prime\s+Minister|Premier|[Ll]eader|King|Emir|Amir|Sultan|[Hh]ead\s+of\s+[Ss]tate)(?=\s*,\s+who\b)/;
/** HELD_SINCE's simple past with "from" and a date: "held the chairmanship from July 2023", ", which chaired it from 2023". */
const HELD_FROM = new RegExp(
  String.raw`^(,\s+(?:which|whose\s+(?:country|state|government)))?\s+(?:had\s+)?(?:held|exercised|chaired|presided(?:\s+over)?)\b[^.;,]{0,140}?\bfrom\s+(?=(?:\d{1,2}\s+)?(?:${MONTH_NAMES})\b|(?:19|20)\d{2}\b)`,
  "i",
);

/** "… from 2017 to 2018" at a 2024 meeting: a term held from a date that ended in a year before the meeting's. */
function endedEarlier(clause: string, held: RegExpExecArray, meetingYear: number | null): boolean {
  const until = new RegExp(
    String.raw`^[^.;,]{0,30}?\b(?:to|until|till|through)\s+(?:\d{1,2}\s+)?(?:(?:${MONTH_NAMES})\s+)?((?:19|20)\d{2})\b`,
    "i",
  ).exec(clause.slice(held[0].length));
  return until !== null && meetingYear !== null && Number(until[1]) < meetingYear;
}

/**
 * "which has presided over the reforms of the customs since 2011", "whose minister had chaired the talks since 2011":
 * a verb of holding with an object that is neither the office nor a body (`HELD_OBJECT`) dates something else.
 */
const HOLDS_ANOTHER_THING =
  /\b(?:held|exercised|chaired|presided(?:\s+over)?|been\s+(?:chairing|presiding(?:\s+over)?))\s+(?:the|its|their|a|an)\s+\p{Ll}/u;

/**
 * How far a relative clause on a holder is read for the day its term began: long enough for an office named in full
 * ("…, which has held the rotating chairmanship of the Council of Heads of State of the Commonwealth of Independent
 * States since 1 January 2012, …"), as the last round's 160 characters were not.
 */
const LONG_CLAUSE = 260;

/** "which", "who", "whose country": the pronoun of a relative clause on a holder. */
const RELATIVE = String.raw`(?:which|that|who|whose\s+(?:country|state|government))`;
const MONTH_NAME = "(January|February|March|April|May|June|July|August|September|October|November|December)";
/** Verbs of a term that began, or of holding the office since: "which began …", "which had chaired the Council since …". */
// "… whose government had led the Association since …": leading only the body itself, by a common noun or initials.
const TERM_BEGAN = String.raw`(?:began|begun|started|commenced|took\s+over|taken\s+over|assumed|held|exercised|received|chaired|presided|been\s+(?:chairing|presiding|in\s+the\s+chair|at\s+the\s+(?:head|helm)\s+of)|(?:was|were)\s+(?:given|entrusted\s+with|elected\s+to)|(?:led|headed|steered)\s+(?:the\s+)?(?:Organi[sz]ation|Association|Union|Commonwealth|Community|Group|[Bb]loc|[Gg]rouping|[A-Z]{2,})\b(?!['’]))`;
// ", which started on 1 January,", ", which began on January 1": a day and a month with no year after them.
const YEARLESS_START = new RegExp(
  String.raw`^\s*,?\s*(?:which|that|who)\s+(?:it\s+|they\s+)?(?:had\s+|has\s+)?${TERM_BEGAN}\b[^.;]{0,40}?\b(?:on|since|from)\s+(?:(\d{1,2})\s+${MONTH_NAME}|${MONTH_NAME}\s+(\d{1,2}))\b(?!,?\s*(?:19|20)\d{2})`,
);

/**
 * When a term named just before began, from a relative clause on it or on its holder: ", which began at the Bishkek
 * summit in August 2007" ("2007-08"), ", which started in 2019" ("2019"), "from W, which had held it since the
 * Dushanbe summit of 2018" ("2018"), ", which took over at last year's summit"; not a later year.
 */
function beganIn(
  rest: string,
  meetingYear: number | null,
  date: PartialDate | null = null,
): PartialDate | null {
  // "Viet Nam's Chairship, which started on 1 January, …": a day with no year is the last such day before the meeting.
  const day = YEARLESS_START.exec(rest);
  if (day && date && date.length >= 10 && meetingYear !== null) {
    const dayOfMonth = Number(day[1] ?? day[4]);
    const month = monthNumber((day[2] ?? day[3])!);
    const start = formatDay(meetingYear, month, dayOfMonth);
    return start <= date ? start : formatDay(meetingYear - 1, month, dayOfMonth);
  }
  // ", which took over the chairmanship at last year's summit": the year before the meeting.
  if (
    meetingYear !== null &&
    new RegExp(
      String.raw`^\s*,?\s*${RELATIVE}\s+(?:had\s+|has\s+)?${TERM_BEGAN}\b[^.;,]{0,90}?\blast\s+year\b`,
      "i",
    ).test(rest)
  )
    return String(meetingYear - 1);
  // "… since the Nakhchivan summit of 3 October 2009": the day, when the clause gives one.
  const began = new RegExp(
    String.raw`^\s*,?\s*${RELATIVE}\s+(?:had\s+|has\s+)?${TERM_BEGAN}\b[^.;]{0,150}?(?:\b(\d{1,2})\s+)?\b(?:${MONTH_NAME}\s+(?:(\d{1,2}),?\s+)?(?:of\s+)?)?((?:19|20)\d{2})\b(?!\s*[-–—])`,
  ).exec(rest);
  if (!began || (meetingYear !== null && Number(began[4]) > meetingYear)) return null;
  if (HOLDS_ANOTHER_THING.test(began[0]) && !HELD_OBJECT.test(began[0])) return null;
  if (!began[2]) return began[4]!;
  const month = monthNumber(began[2]);
  const dayOfMonth = began[1] ?? began[3];
  return dayOfMonth
    ? formatDay(Number(began[4]), month, Number(dayOfMonth))
    : `${began[4]}-${String(month).padStart(2, "0")}`;
}

/**
 * When a presidency named by its holder began, from the words after the office that `beganIn` does not read: a
 * relative clause after the body it presides ("The Polish presidency of the group, which began in July 2020,"; "The
 * German presidency of the Council, which began on 1 July 2011, ends on 30 June"), a term that "runs from July 2020 to
 * June 2021" (its first month), or the office's own verb in the past ("The Serbian Chairmanship had begun in January").
 * A month with no year is the last such month up to the meeting's.
 */
function startAfterTheOffice(
  rest: string,
  meetingYear: number | null,
  date: PartialDate | null,
): PartialDate | null {
  const body = OF_THE_BODY_BEFORE_A_CLAUSE.exec(rest);
  const clause = body ? rest.slice(body[0].length) : rest;
  const runs = RUNS_FROM.exec(clause);
  const own = OWN_VERB_OF_BEGINNING.exec(clause);
  const began = runs
    ? `, which began from ${clause.slice(runs[0].length)}`
    : own
      ? `, which began ${clause.slice(own[0].length)}`
      : clause;
  // The relative clause alone, to its comma: not "ends on 30 June" after it ("which began in July 2023, ends on …").
  const relative = /^\s*,?\s*(?:which|that)\s[^,.;]*/i.exec(began)?.[0] ?? "";
  const found = body || runs || own ? beganIn(relative, meetingYear, date) : null;
  if (found) return found;
  const month = YEARLESS_MONTH.exec(relative);
  if (!month || !date || meetingYear === null) return null;
  const number = monthNumber(month[1]!);
  const year = number <= Number(date.slice(5, 7)) ? meetingYear : meetingYear - 1;
  return `${year}-${String(number).padStart(2, "0")}`;
}
// " of the group", " of the Council": a short complement without a clause of its own, up to the relative pronoun.
const OF_THE_BODY_BEFORE_A_CLAUSE = /^\s+of\s+(?:the\s+)?[^,.;()]{1,40}?(?=,\s*(?:which|that)\b)/;
// ", which runs from", ", which ran from", "which has run from": a span whose first month or day is the start.
const RUNS_FROM = /^\s*,?\s*(?:which|that)\s+(?:runs|ran|has\s+run|had\s+run|lasts|lasted)\s+from\s+/i;
// " had begun in", " began on", " has started in": the office as the subject of its own verb of beginning.
const OWN_VERB_OF_BEGINNING = /^\s+(?:had\s+|has\s+)?(?:began|begun|started|commenced)\s+(?=(?:in|on)\s)/i;
// ", which began in January": a month alone, no day or year after it.
const YEARLESS_MONTH = new RegExp(
  String.raw`^\s*,?\s*(?:which|that)\s+(?:had\s+|has\s+)?(?:began|begun|started|commenced)\s+(?:in|from)\s+${MONTH_NAME}\b(?!\s*,?\s*\d)`,
  "i",
);

/**
 * The start of a holder's term in an aside right after it, on the office, with "since": "W, the chair since 2009,",
 * "W, in the chair since 3 October 2009,", "W, chairing the Organisation since the Baku summit of 3 October 2009,".
 */
function sinceInAside(
  text: string,
  from: number,
  meetingYear: number | null,
  date: PartialDate | null,
): PartialDate | null {
  const aside = SINCE_ASIDE.exec(text.slice(from, from + 160));
  if (!aside) return null;
  return beganIn(`, which held since ${aside[1]}`, meetingYear, date);
}
// The aside, to its closing comma (not the comma of "October 3, 2009"); not the chair of something else ("the chair of
// the working group since 2008").
const SINCE_ASIDE =
  /^,\s+(?:the\s+|its\s+)?(?:[\w’'-]+\s+){0,4}?(?:chair\w*|presid\w*|helm)\b(?:\s+(?!of\b)[\w’'-]+){0,4}?\s+since\s+((?:[^,;.]|,\s*(?=(?:19|20)\d{2}))+)/i;

/**
 * The outgoing holder's own start in the clause that hands the office on: "W took over the chairmanship in July 2010,
 * and today handed it to X" (W's verb of taking, then "and" and a verb of passing), "Having assumed the presidency in
 * July 2010, W today passed it to X" (a participle before W).
 */
function tookThenHanded(
  context: ChairmanshipContext,
  sentence: Sentence,
  outgoing: Side,
  meetingYear: number | null,
  date: PartialDate | null,
): PartialDate | null {
  const { text } = context;
  const after = text.slice(outgoing.end, Math.min(sentence.end, outgoing.end + 160));
  const took = TOOK_THEN_HANDED.exec(after);
  if (took) return beganIn(`, which held ${took[1]}`, meetingYear, date);
  // The outgoing side found elsewhere ("the Argentine presidency", its chair) and named again in the handover's
  // sentence: "Macri recalled that Argentina had taken over the leadership … on 1 December 2017, …, and handed over".
  for (const again of countriesIn(context, sentence.start, sentence.end)) {
    if (again.id !== outgoing.countryId || again.end === outgoing.end) continue;
    const tookThere = TOOK_THEN_HANDED.exec(text.slice(again.end, Math.min(sentence.end, again.end + 200)));
    if (tookThere) return beganIn(`, which held ${tookThere[1]}`, meetingYear, date);
  }
  const before = text.slice(sentence.start, outgoing.start);
  const having = HAVING_TAKEN.exec(before);
  if (having) return beganIn(`, which held ${having[1]}`, meetingYear, date);
  // "At the end of its presidency, which began at the New Delhi summit in July 2023, W handed over …": the term's start
  // in a clause on its own office before it is named.
  const itsTerm = ITS_TERM_BEFORE.exec(before);
  return itsTerm ? beganIn(`, which ${itsTerm[1]}`, meetingYear, date) : null;
}
// "… had taken over the leadership of the Group from Germany on 1 December 2017, the first South American country to
// do so, and handed over …": an aside may stand between the day and "and".
const TOOK_THEN_HANDED = new RegExp(
  String.raw`^\s+((?:had\s+|has\s+)?(?:took\s+over|taken\s+over|assumed|received|took|was\s+given|was\s+entrusted\s+with)\s+(?:the\s+)?(?:rotating\s+)?${OFFICE_OR_TOKEN}\b[^.;]{0,60}?(?:19|20)\d{2}\b)(?:,[^,.;]{1,60})?,?\s+and\s+(?:[\w-]+\s+){0,4}?${PASSING}\b`,
  "i",
);
const ITS_TERM_BEFORE =
  /\b(?:its|her|his|their)\s+(?:[\w-]+\s+)?(?:chairmanship|presidency|chairship|term)\b[^,;.]{0,30},\s+which\s+((?:began|started|commenced)\b[^.;]{0,80}?(?:19|20)\d{2}\b),\s+(?:(?:the\s+)?(?:President|Prime\s+Minister|Government)\s+of\s+)?$/i;
const HAVING_TAKEN = new RegExp(
  String.raw`^(?:[^,;.]{0,40},\s+)?(?:having|after)\s+((?:taken\s+over|assumed|received|held|chaired|taking\s+over|assuming|holding|chairing)\b[^.;,]{0,60}?(?:19|20)\d{2}\b),\s+(?:(?:the\s+)?(?:President|Prime\s+Minister|Government)\s+of\s+)?$`,
  "i",
);

/**
 * "W handed the chairmanship, which it had held since 2009, to X": the start of the outgoing term in a relative clause
 * on the office, whose holder is "it" or "they".
 */
function officeHeldSince(
  sentence: Sentence,
  meetingYear: number | null,
  date: PartialDate | null,
): PartialDate | null {
  if (!/\bsince\b/i.test(sentence.text)) return null;
  const clause = OFFICE_HELD_SINCE.exec(sentence.text);
  return clause ? beganIn(`, which held since ${clause[1]}`, meetingYear, date) : null;
}
const OFFICE_HELD_SINCE = new RegExp(
  `\\b${OFFICE}\\b,?\\s+(?:(?:which|that)\\s+)?(?:it|they)\\s+(?:had|has)\\s+(?:held|exercised)\\s+since\\s+((?:[^,;.]|,\\s*(?=(?:19|20)\\d{2}))+)`,
  "i",
);

/** The holders the whole text names (markers that are not the next holder), in the text's order. */
function holdersIn(context: ChairmanshipContext, meetingYear: number | null): Holder[] {
  return markedIn(context, 0, context.text.length, meetingYear).filter((marker) => !marker.next);
}

function chairSide(context: ChairmanshipContext, nextCountryId: string): Side | null {
  const { chair } = context;
  if (!chair?.country || chair.country.value.countryId === nextCountryId) return null;
  // "President X of Russia, as host, chaired the talks", "X chaired as host", "The host, X, chaired": the chair is
  // there as host, which says nothing of who holds the rotating office, unless the sentence says so too.
  const sentence = context.paragraphs
    .flatMap((paragraph) => paragraph.sentences)
    .find((candidate) => candidate.start <= chair.evidence.start && chair.evidence.start < candidate.end);
  if (sentence && hostOnly(sentence.text)) return null;
  // "X, President of Russia, hosted the summit": a host named by the verb alone says nothing of the rotating office.
  if (
    sentence &&
    /\bhost(?:ed|s)\b/i.test(sentence.text) &&
    !/\bchair|\bpresid(?:ed|es|ing|ency)\b|\brotat/i.test(sentence.text)
  )
    return null;
  return { countryId: chair.country.value.countryId, start: chair.evidence.start, end: chair.evidence.end };
}

/** "and will preside over", "which is to chair": a verb of holding the office in the time to come. */
const HOLDS_NEXT =
  /\b(?:will|shall|is\s+to|are\s+to|to)\s+(?:then\s+)?(?:preside|chair|hold|lead|head|steer|take\s+over)\b/i;

/**
 * The outgoing holder's start in a sentence of its own, other than the handover's: "Egypt had taken over the chair at
 * the 21st Summit in Cairo in November 2021", "Egypt assumed the chairmanship in 2021" — the country as the subject of
 * a past verb of taking the office, then the month or year (or the earlier meeting) it took it at, before the meeting.
 * Not the office of another organization ("… the chairmanship of ASEAN in 2021").
 */
function takenOverBefore(
  context: ChairmanshipContext,
  sentences: readonly Sentence[],
  handover: Sentence,
  countryId: string,
  meetingYear: number | null,
): string | null {
  const { text } = context;
  for (const sentence of sentences) {
    if (sentence === handover) continue;
    for (const mention of countriesIn(context, sentence.start, sentence.end)) {
      if (mention.id !== countryId) continue;
      // "Since assuming the chairmanship in July 2023, Kazakhstan has held …": the participle before its subject.
      const having = SINCE_TAKING_BEFORE.exec(text.slice(sentence.start, mention.start));
      if (having) {
        const since = earlierTerm(having[1]!, meetingYear, true, context.date);
        if (since) return since;
      }
      // "Since July 2023, Kazakhstan has chaired the SCO": the date before its holder, the verb of holding after.
      const sinceDate = SINCE_A_DATE_BEFORE.exec(text.slice(sentence.start, mention.start));
      const holding = sinceDate ? HAS_HELD_AFTER.exec(text.slice(mention.end, sentence.end)) : null;
      if (sinceDate && holding && HELD_OBJECT.test(holding[0])) {
        const since = beganIn(`, which held since ${sinceDate[1]}`, meetingYear, context.date);
        if (since) return since;
      }
      // "Kazakhstan's year at the helm of the SCO began in July 2023", "The Kazakh chairmanship, launched in July
      // 2023, …": the holder's office and the past verb of its start.
      const began = OFFICE_BEGAN_AFTER.exec(text.slice(mention.end, sentence.end));
      if (began) {
        const since = earlierTerm(
          text.slice(mention.end + began[0].length, sentence.end).split(/[,;]/)[0]!,
          meetingYear,
          true,
          context.date,
        );
        if (since) return since;
      }
      const took = TOOK_THE_OFFICE.exec(text.slice(mention.end, sentence.end));
      if (!took) continue;
      const officeEnd = mention.end + took[0].length;
      if (otherOrganizationAfter(context, officeEnd)) continue;
      const since = earlierTerm(text.slice(officeEnd, sentence.end), meetingYear, true, context.date);
      if (since) return since;
    }
  }
  return null;
}
// "Since assuming the chairmanship in July 2023, ", "Since it took the chair in July 2023, ".
const SINCE_TAKING_BEFORE = new RegExp(
  `^(?:[^,;.]{0,40},\\s+)?(?:since|after|upon)\\s+((?:assuming|taking\\s+(?:over|up)|receiving|inheriting|(?:it|they)\\s+(?:took(?:\\s+(?:over|up))?|assumed|received|inherited))\\s+(?:the\\s+|its\\s+)?(?:[\\w’'-]+\\s+){0,2}?${OFFICE}\\b[^,;.]{0,60}),\\s+(?:the\\s+)?$`,
  "i",
);
/** "Since July 2023, ", "Since 4 July 2023 ": the date a holding named after it began (group 1). */
const SINCE_A_DATE_BEFORE = new RegExp(
  `^(?:[^,;.]{0,40},\\s+)?since\\s+((?:\\d{1,2}\\s+)?(?:(?:${MONTH_NAMES})\\s+(?:\\d{1,2},?\\s+)?)?(?:19|20)\\d{2}),?\\s+(?:the\\s+)?$`,
  "i",
);
/** " has chaired the SCO", " has held the rotating chairmanship": a verb of holding, its object tested apart. */
const HAS_HELD_AFTER =
  /^\s+(?:has|had)\s+(?:held|exercised|chaired|presided(?:\s+over)?|been\s+(?:chairing|presiding(?:\s+over)?|at\s+the\s+(?:head|helm)\s+of))\b[^.;,]{0,60}/i;
const OFFICE_BEGAN_AFTER = new RegExp(
  `^(?:['’]s)?\\s+(?:(?:year|term|tenure)\\s+(?:at\\s+the\\s+helm|in\\s+the\\s+chair)|(?:[\\w’'-]+\\s+){0,2}?${OFFICE})\\b[^,.;]{0,40}?,?\\s+(?:which\\s+)?(?:began|started|commenced|(?:was\\s+)?launched)\\b`,
  "i",
);

/**
 * " had taken over the chair", " assumed the rotating chairmanship", ", the outgoing Chair, had led the Association
 * since": a past verb of taking the office after its subject (an apposition at most between), or one of holding the
 * office or leading the body with "since" after it.
 */
const TOOK_THE_OFFICE = new RegExp(
  `^(?:\\s*,\\s+[^,.;]{1,60},)?\\s+(?:had\\s+|has\\s+)?(?:(?:(?:taken|took)\\s+(?:over|up)|assumed|received|inherited)\\s+(?:the\\s+|its\\s+)?(?:[\\w’'-]+\\s+){0,2}?${OFFICE}\\b|(?:held|led|chaired|headed)\\s+(?:the\\s+|its\\s+)?(?:[\\w’'-]+\\s+){0,2}?(?:${OFFICE}|Association|Organi[sz]ation|Union|Community|Group|[Bb]loc|[Gg]rouping)\\b(?=[^.;]{0,40}?\\bsince\\b))`,
  "i",
);

/**
 * After a possessive holder's office: its years in brackets or the body at most, then "began today", "started at this
 * summit", "commenced at the meeting" — the term that began at the meeting, which a past "began" alone (", which began
 * in July 2023") does not say.
 */
const BEGAN_AT_THE_MEETING =
  /^\s*(?:\(\s*(?:19|20)\d{2}\s*[-–—]\s*(?:19|20)?\d{2}\s*\)\s*)?(?:of\s+(?:the\s+)?[^,.;()]{1,40}?\s+)?(?:\(\s*(?:19|20)\d{2}\s*[-–—]\s*(?:19|20)?\d{2}\s*\)\s*)?(?:formally\s+|officially\s+)?(?:began|started|commenced|got\s+under\s*way)\s+(?:today|this\s+(?:morning|afternoon|evening)|at\s+(?:this|today['’]s|the)\s+(?:summit|meeting|session|ministerial(?:\s+meeting)?)\b(?!\s+(?:in|of|held|at|on)\b))/i;

/** The body that met named at `at` with a possessive: "COMESA's", "the Association's". */
function possessiveBodyAt(context: ChairmanshipContext, at: number): boolean {
  const words = context.text.slice(at, at + 60).replace(/^the\s+/i, "");
  const from = at + (context.text.slice(at, at + 60).length - words.length);
  if (
    /^(?:Organi[sz]ation|Association|Union|Commonwealth|Community|Group|[Gg]rouping|[Bb]loc)['’]s\s/.test(
      words,
    )
  )
    return true;
  if (!context.organizationId) return false;
  const root = (id: string) => rootOrganization(context.knowledge, id)?.id ?? id;
  return organizationMentions(context.text, context.knowledge, from, from + 60).some(
    (mention) => mention.start === from && root(mention.id) === root(context.organizationId!),
  );
}

// "Kazakhstan's 2023–2024 chairmanship": a range of years between the possessive and the office.
const RANGE_BEFORE_OFFICE = new RegExp(
  `^(?:'s|’s)\\s+((?:19|20)\\d{2})\\s*(?:-|–|—)\\s*(?:19|20)?\\d{2}\\s+(?:[\\w-]+\\s+)?${OFFICE}\\b`,
  "i",
);

/** "the Russian presidency of the SCO in 2019-2020": the outgoing term's first year from the text. */
function termYears(context: ChairmanshipContext, outgoing: Side, meetingYear: number | null): string | null {
  const { text, knowledge } = context;
  // "Kazakhstan handed the chairmanship for 2024–2025 to China" at a 2024 meeting: a range that ends after the
  // meeting's year is a term to come, never the outgoing one, which ends at the meeting.
  const endsLater = (range: string) => {
    const [, first, last] = /((?:19|20)\d{2})\s*(?:-|–|—)\s*((?:19|20)?\d{2})\b/.exec(range) ?? [];
    if (!first || !last || meetingYear === null) return false;
    const end = last.length === 2 ? Number(first.slice(0, 2) + last) : Number(last);
    return end > meetingYear;
  };
  // "X handed over, and the presidency passes to Y for 2016–2017": a range after the office is passed on is Y's.
  const passedOn = (between: string) => new RegExp(`\\b${PASSING}\\b[^.;]*\\bto\\b`, "i").test(between);
  const years = /\b((?:19|20)\d{2})\s*(?:-|–|—)\s*(?:19|20)?\d{2}\b/.exec(
    text.slice(outgoing.end, outgoing.end + 60),
  );
  for (const mention of countryMentions(text, knowledge)) {
    if (mention.id !== outgoing.countryId) continue;
    // "the Russian presidency of the SCO in 2019-2020", "the Kazakh side for the presidency of 2016-2017".
    const near = new RegExp(
      `^(?:'s|’s)?[^.;]{0,30}?\\b${OFFICE}\\b[^.;]{0,40}?\\b((?:19|20)\\d{2})\\s*(?:-|–|—)\\s*(?:19|20)?\\d{2}\\b`,
      "i",
    ).exec(text.slice(mention.end, mention.end + 110));
    if (near && !passedOn(near[0]) && !endsLater(near[0])) return near[1]!;
    const before = RANGE_BEFORE_OFFICE.exec(text.slice(mention.end, mention.end + 60));
    if (before && !endsLater(before[0])) return before[1]!;
  }
  // "… from Belarus to Russia for 2014–2015", "W chaired. Russia takes over for 2015–2016", "Y assumed the
  // chairmanship from W and will preside over the Conference in 2014–2018": a range after another side, in the next
  // sentence or after a verb of holding the office to come is the incoming term's, not the outgoing one's.
  const between = years ? text.slice(outgoing.end, outgoing.end + years.index) : "";
  return years &&
    !endsLater(years[0]) &&
    !passedOn(between) &&
    !/\bto\s+(?:the\s+)?[A-Z]|[.;]\s/.test(between) &&
    !HOLDS_NEXT.test(between)
    ? years[1]!
    : null;
}
