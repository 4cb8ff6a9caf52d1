import type { AttendanceMode, MeetingClassification } from "../entities/meeting";
import { datelineOpening, isDatelineDay } from "./dateline";
import { completeYear, findDates, formatDay, type FoundDate } from "./dates";
import { organizationById, type KnownOrganization, type ReaderKnowledge } from "./knowledge";
import { countryMentions } from "./mentions";
import type { Fact } from "./proposal";
import { mostSpecificOrganization } from "./reconcile";
import type { Sentence } from "./segment";
import type { Mention } from "./mentions";

// Plurals too: "the 28th and 29th ASEAN Summits", "the sessions of the Council" (two meetings reported together).
const MEETING_WORDS =
  /\b(?:meetings?|summits?|sessions?|talks|conferences?|council|met|convened|gathered)\b/i;
// "The two-day summit closed in Samarkand today", "concluded its meeting on Friday", "began in Osh yesterday": its
// start or end reports the meeting too; "The Fifteenth SAARC Summit was inaugurated this morning" its opening; "A
// session of the Council is taking place in Astana" a report of its own day.
const HELD =
  /\b(?:was\s+held|were\s+held|took\s+place|(?:is|are)\s+(?:taking\s+place|being\s+held)|takes\s+place|met|convened|opened|gathered|was\s+hosted|hosted|(?:was|were)\s+inaugurated|(?:ended|closed|concluded|wrapped\s+up|began|started)(?=\s+(?:its|their|the|in|at|on|today|tonight|this|yesterday|here)\b|\s*[.,;]))\b/i;

/**
 * The meeting as the subject of its own decisions: "The 42nd Ordinary Summit … has elected the President of X as
 * Chairperson", "The Council adopted …". A report of the meeting that names no verb of holding it.
 */
const MEETING_DECIDED =
  /^(?:The\s+)?(?:[\w'’-]+\s+){0,3}?(?:[Ss]ummit|[Mm]eeting|[Ss]ession|[Cc]ouncil|[Cc]onference|[Aa]ssembly|Authority)\b[^.;]{0,160}?\s(?:has\s+|have\s+)?(?:elected|adopted|approved|endorsed|decided|appointed|admitted)\b/;
/** … and in the passive: "President X of Ghana was elected by the 57th Ordinary Session of the Authority as …". */
const MEETING_DECIDED_BY =
  /\b(?:was|were|has\s+been|have\s+been)\s+(?:unanimously\s+)?(?:elected|adopted|approved|endorsed|appointed|admitted)\s+by\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?(?:[Ss]ummit|[Mm]eeting|[Ss]ession|[Cc]onference|[Aa]ssembly|Authority)\b/;

/**
 * A rotating office's term in a relative clause with a verb of beginning: "the Czech presidency of the group, which
 * began in July 2023", "the chairmanship, which started on 1 January" (the clause removed, the office kept).
 */
const TERM_THAT_BEGAN =
  /\b((?:presidency|chairmanship|chairship|chairmanship-in-office|term)\b(?:\s+of\s+[^,.;]{1,60}?)?),?\s+(?:which|that)\s+(?:had\s+|has\s+)?(?:began|started|begun|commenced)\b/gi;

/** "The Authority held its 63rd ordinary session …", "the Council holds its meeting": a body's own meeting held. */
const HELD_ITS = /\b(?:held|holds)\s+(?:its|their)\s/i;

export function mentionsAMeeting(text: string): boolean {
  return MEETING_WORDS.test(text);
}

// A clause about a later meeting: "the next summit will be held in Bishkek on 13 October 2023".
const LATER_MEETING =
  /\b(?:next|upcoming|forthcoming|following)\s+(?:[\w-]+\s+){0,3}?(?:summit|meeting|session)\b|\b(?:will|shall)\s+(?:be\s+)?(?:held|take\s+place|convene|meet)\b|\b(?:is|are)\s+(?:scheduled|planned|due)\b/i;
// A clause about an earlier meeting: "the Council had already met by videoconference on April 14".
const EARLIER_MEETING =
  /\bhad\s+(?:already\s+|previously\s+|last\s+)?(?:met|convened|gathered|been\s+held|taken\s+place)\b|\b(?:previous|preceding|earlier|last)\s+(?:[\w-]+\s+){0,2}?(?:summit|meeting|session)\s+(?:was\s+held|took\s+place|in|on)\b/i;
// "the Treaty of May 29, 2014", "the Agreement signed on 8 December 1991", "the Treaty … was signed in Astana on 29 May
// 2014": a document's date, not the meeting's.
const DOCUMENT_DATE =
  /\b(?:treaty|agreement|charter|declaration|convention|protocol|memorandum|decision|statement|concept|programme|program|resolution|accord)\b[^.;]{0,60}?\b(?:of|dated|(?:signed|concluded|adopted)(?:\s+(?:in|at)\s+(?:the\s+)?\p{Lu}[\p{L}'’-]+(?:[\s-]\p{Lu}[\p{L}'’-]+)?)?\s+(?:on|in))\s+$/iu;
// "The agenda had been prepared by the ministers, …, at their meeting on 16 November": what had been done before the
// meeting, in the past perfect, is dated by another day.
const PREPARED_BEFORE =
  /\bhad\s+(?:already\s+|previously\s+)?been\s+(?:prepared|agreed|drafted|approved|discussed|coordinated|finali[sz]ed)\b[^.;]*$/i;
// "… the Code, which takes effect on 1 January 2018", "The meeting took place days before the Code takes effect on 1
// January": the day something takes effect or enters into force is its own, not the meeting's ("held two days after
// the election, on 14 May" still dates the meeting).
// So is the day a leader's term ends or he leaves or takes office: "For President Humala, whose term ends on 28 July,
// it was the last summit", "Santos, who steps down on 7 August".
const ANOTHER_EVENTS_DAY =
  /\b(?:(?:takes?|took|taking)\s+effect|(?:enters?|entered|entering|comes?|came|coming)\s+into\s+force|(?:term|mandate|tenure)\s+(?:ends|ended|expires|expired|will\s+end|will\s+expire)|(?:leaves?|left|leaving|takes?|took|taking)\s+office|(?:steps?|stepped|stepping)\s+down)\s+(?:on|from)\s+$/i;
// "On January 1, 2018, Russia takes over the chairmanship of the Council", "On 1 January the chairmanship will be moved
// to Belarus": a term that starts on the day named, told in the present or the future, is no report of the meeting.
const TERM_STARTS =
  /\b(?:takes?\s+over|assumes?|will\s+(?:take\s+over|assume|hold|chair|preside))\b[^.;]*\bchair(?:man)?ship\b|\bchair(?:man)?ship\b[^.;]*\b(?:will\s+(?:be\s+)?(?:moved|transferred|passed|handed|go|pass)|passes\s+to)\b/i;
// "from 1 January 2024", "until 31 December": the day a term or a plan starts or ends on.
const BOUND = /\b(?:from|as\s+of|starting|effective|until|till|by|before)\s+$/i;
// "Vladimir Putin took part in a meeting … held via videoconference": a report of the meeting without "was held".
const TOOK_PART = /\b(?:took\s+part|participated|attended|chaired|presided)\b/i;
// "President X received his counterparts at the palace for the 22nd meeting of the Council", "welcomed the heads of
// state to the summit": the host receiving the others reports the meeting too.
const RECEIVED_THE_OTHERS =
  /\b(?:received|welcomed|greeted|hosted)\s+(?:(?:his|her|their|the|fellow)\s+)?(?:counterparts|leaders|heads\s+of\s+(?:state|government|delegation)|presidents|prime\s+ministers|delegations|guests)\b/i;
const RELATIVE_DAY =
  /\b(today|yesterday|last\s+night|(?:on\s+|last\s+)(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))\b/i;
const RELATIVE_DAYS = new RegExp(RELATIVE_DAY.source, "gi");
// "held talks", "held a summit": the leaders holding the meeting themselves.
const HELD_A_MEETING =
  /\b(?:held|holds)\s+(?:a\s+|an\s+)?(?:[\w-]+\s+){0,2}?(?:talks|summit|meeting|session)\b/i;
// "At a summit in Montevideo on Friday, …", "At their meeting on Friday": the meeting dated by a day before the clause.
const AT_A_MEETING_ON =
  /\b[Aa]t\s+(?:a|an|the|their|its)\s+(?:[\w-]+\s+){0,3}?(?:summit|meeting|session)\b[^,.;]{0,40}?\bon\s+$/;
/**
 * "On 4 December the leaders held talks on the eve of the summit", "the ministers met ahead of the summit": an event
 * before the meeting, dated by its own day.
 */
const BEFORE_THE_MEETING =
  /\b(?:on\s+the\s+eve\s+of|ahead\s+of|in\s+the\s+run-up\s+to|prior\s+to|in\s+preparation\s+for|to\s+prepare(?:\s+for)?)\s+(?:the|this|their|its)\s+(?:[\w-]+\s+){0,2}?(?:summit|meeting|session)\b/i;
/** "today", "this evening", "tonight": the day of the release. */
const TODAY = /\b(?:today|tonight|this\s+(?:morning|afternoon|evening))\b/i;
// "… on 5 December 2023", "… in Doha on Tuesday, 5 December 2023": a day named after "on", its weekday before it or not.
const ON_THE_DAY = /\bon\s+(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+)?$|\bon\s*$/i;
const WEEKDAYS = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];

/** The clause a date stands in: from the last comma or semicolon before it to the next one after it. */
const WEEKDAY_COMMA = /\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),(?=\s*$)/i;

function clauseAround(text: string, sentence: Sentence, date: FoundDate): string {
  const before = text.slice(sentence.start, date.evidence.start);
  const after = text.slice(date.evidence.end, sentence.end);
  // "… will be held in Bishkek on Friday, 8 November": the comma after the weekday is inside the date's clause.
  const unweekdayed = before.replace(WEEKDAY_COMMA, (match) => match.replace(",", " "));
  const from = Math.max(unweekdayed.lastIndexOf(","), unweekdayed.lastIndexOf(";")) + 1;
  const to = after.search(/[,;]/);
  return (
    before.slice(from) +
    text.slice(date.evidence.start, date.evidence.end) +
    (to < 0 ? after : after.slice(0, to))
  );
}

/** Whether a date is the meeting's candidate, not a document's, a later meeting's or the start of a term. */
function aboutThisMeeting(text: string, sentence: Sentence, date: FoundDate): boolean {
  const before = text.slice(sentence.start, date.evidence.start);
  if (DOCUMENT_DATE.test(before)) return false;
  const oneDay = date.start.day === date.end.day && date.start.month === date.end.month;
  if (oneDay && BOUND.test(before)) return false;
  if (PREPARED_BEFORE.test(before)) return false;
  if (ANOTHER_EVENTS_DAY.test(before)) return false;
  const clause = clauseAround(text, sentence, date);
  return !LATER_MEETING.test(clause) && !EARLIER_MEETING.test(clause);
}

// The gatherings that prepare a summit or meet beside it: ministers, senior officials, sherpas, coordinators, experts.
const PREPARATORY =
  /\b(?:(?:foreign|finance|economy|economic|trade|defen[cs]e|agriculture|energy|deputy(?:\s+foreign)?)\s+ministers|ministers\s+of\s+(?:foreign\s+affairs|finance|economy|trade|defen[cs]e)|senior\s+officials|sherpas|(?:national\s+)?coordinators|experts)\b/i;
// What names the meeting of the leaders: a summit, its leaders, heads of state or government.
const LEADERS_MEETING =
  /\b(?:summit|leaders|heads\s+of\s+(?:state|government)|presidents|prime\s+ministers|heads\s+of\s+delegations)\b/i;
// "… which took place on", "was held in Montevideo on", "met on": a day right after the verb of a meeting held.
const HELD_ON_BEFORE =
  /\b(?:was\s+held|were\s+held|took\s+place|met|convened|opened)\s+(?:in\s+\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?\s+)?on\s+$/iu;

/**
 * "The foreign ministers met on 5 December", "On 5 December the senior officials gathered in Montevideo": a sentence
 * that dates only a gathering of ministers or officials (its subject before the verb), naming no summit or leaders.
 */
function preparatoryOnly(text: string, sentence: Sentence, date: FoundDate): boolean {
  const words = sentence.text.replace(/\bsummit(?=['’]s\b|s?\s+(?:of\s+)?(?:preparations?|agenda))/gi, "");
  if (LEADERS_MEETING.test(words)) return false;
  const before = text.slice(sentence.start, date.evidence.start);
  return PREPARATORY.test(before) || PREPARATORY.test(sentence.text.slice(0, 80));
}

const TARGET_YEAR =
  /\b(?:until|till|up\s+to|through|for)\s+(?:the\s+)?(?:(?:year|period)\s+)?(?:(?:up\s+)?to\s+)?$/i;

/**
 * A year the body gives for itself when nothing else dates the text: the most frequent year (the latest of equals)
 * outside ranges, documents' titles and sentences about what comes later or what was founded.
 */
function yearInText(sentences: readonly Sentence[]): number | null {
  const counts = new Map<number, number>();
  for (const sentence of sentences) {
    if (
      /\b(?:will|shall|next|upcoming|forthcoming|coming|scheduled|planned|takes\s+over|assumes|passes|declar\w*|proclaim\w*)\b/i.test(
        sentence.text,
      )
    )
      continue;
    for (const match of sentence.text.matchAll(/\b(?:19|20)\d{2}\b/g)) {
      const before = sentence.text.slice(0, match.index);
      const after = sentence.text.slice(match.index + 4, match.index + 8);
      if (/^\s*[-–—]/.test(after) || /[-–—]\s*$/.test(before)) continue;
      const dateBefore = before.replace(
        /(?:\d{1,2}\s+)?(?:[A-Z][a-z]+\.?\s+)?(?:\d{1,2}(?:st|nd|rd|th)?,?\s+)?$/,
        "",
      );
      if (DOCUMENT_DATE.test(dateBefore)) continue;
      if (/\b(?:founded|established|created|signed|adopted)\b[^.;]{0,30}$/i.test(before)) continue;
      // "since 2001" is a founding year; "has chaired it since 1 January 2024" a recent day.
      if (dateBefore === before && /\bsince\b[^.;]{0,30}$/i.test(before)) continue;
      // "the strategy up to 2025", "the budget for 2015", "until 2030": a target year, not the text's own.
      if (TARGET_YEAR.test(dateBefore)) continue;
      const year = Number(match[0]);
      counts.set(year, (counts.get(year) ?? 0) + 1);
    }
  }
  let best: number | null = null;
  for (const [year, count] of counts) {
    if (best === null || count > counts.get(best)! || (count === counts.get(best) && year > best))
      best = year;
  }
  return best;
}

/**
 * "… until the next meeting, in Zhengzhou on 14–15 December 2015": a year-less meeting day that does not fall before
 * the next meeting's day of the year lies in the year before the next meeting's.
 */
function yearBeforeNextMeeting(
  text: string,
  sentences: readonly Sentence[],
  meeting: FoundDate,
): number | null {
  for (const sentence of sentences) {
    const later = LATER_MEETING.exec(sentence.text);
    if (!later) continue;
    const next = findDates(text, sentence.start + later.index, sentence.end).find(
      (date) => date.start.year !== null,
    );
    if (!next) continue;
    const nextDay = next.start.month * 100 + next.start.day;
    return nextDay <= meeting.start.month * 100 + meeting.start.day ? next.start.year! - 1 : null;
  }
  return null;
}

function shiftDay(day: string, by: number): string {
  const date = new Date(`${day.slice(0, 10)}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + by);
  return date.toISOString().slice(0, 10);
}

/** "met today", "yesterday", "on Friday": the day that word names, counted back from `reference`. */
function relativeTo(reference: string, word: RegExpExecArray): string {
  if (/^today$/i.test(word[1]!)) return reference;
  if (/^(?:yesterday|last\s+night)$/i.test(word[1]!)) return shiftDay(reference, -1);
  const weekday = WEEKDAYS.indexOf(word[2]!.toLowerCase());
  const referenceWeekday = new Date(`${reference.slice(0, 10)}T00:00:00Z`).getUTCDay();
  return shiftDay(reference, -((referenceWeekday - weekday + 7) % 7));
}

/** "At a summit in Montevideo on Friday, the leaders …": the first of the opening sentences dating the meeting so. */
function atAMeetingOn(
  sentences: readonly Sentence[],
): { sentence: Sentence; word: RegExpExecArray } | undefined {
  for (const sentence of sentences.slice(0, 4)) {
    for (const word of sentence.text.matchAll(RELATIVE_DAYS)) {
      if (
        word[2] &&
        AT_A_MEETING_ON.test(sentence.text.slice(0, word.index + word[0].length - word[2].length))
      )
        return { sentence, word };
    }
  }
  return undefined;
}

const OPENING =
  /\b(?:opened|opening|began|begun|beginning|started|starting|kicked\s+off|got\s+under\s+way)\b/i;

/**
 * "The summit, which opened on Thursday, closed today", "… closed today after opening on Thursday", "… ended their
 * summit today. They had begun their talks on Thursday.": a meeting of several days told by two days counted from the
 * report's day, one with a verb of opening and one with a verb of closing, within a week of each other.
 */
function openedAndClosed(
  sentences: readonly Sentence[],
  reference: string,
): { start: string; end: string } | null {
  let start: string | null = null;
  let end: string | null = null;
  for (const sentence of sentences.slice(0, 4)) {
    if (!MEETING_WORDS.test(sentence.text) && !HELD_ITS.test(sentence.text)) continue;
    if (LATER_MEETING.test(sentence.text)) continue;
    for (const word of sentence.text.matchAll(RELATIVE_DAYS)) {
      // The verb nearest before the day, in its clause: "which opened on Thursday", "closed today".
      const clause = sentence.text.slice(0, word.index).split(/[,;]/).at(-1)!;
      const verb = [...clause.matchAll(OPENING_OR_ENDING)].at(-1)?.[0];
      if (!verb) continue;
      const day = relativeTo(reference, word);
      if (OPENING.test(verb)) start ??= day;
      else end ??= day;
    }
  }
  if (!start || !end || start >= end || end > shiftDay(start, 6)) return null;
  return { start, end };
}

const DAYS_LONG: Record<string, number> = { two: 2, three: 3, four: 4, "2": 2, "3": 3, "4": 4 };
// "the two-day summit", "its 2-day meeting": how many days the meeting lasted.
// "after two days of talks", "over the two days of the summit": the same, told as days of the meeting.
const LASTING =
  /\b(two|three|four|[234])[\s-]day\s+(?:[\w-]+\s+){0,3}?(?:summit|meeting|session|sitting|council|talks)\b|\b(?:after|over|across)\s+(?:the\s+)?(two|three|four|[234])\s+days\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:summit|meeting|session|sitting|talks|deliberations|discussions)\b/i;
// "On the second day, …", "on the third day of the summit": a day of this meeting after its first (not of a visit).
const LATER_DAY =
  /(?:^|[.;]\s+)(?:On|During)\s+(?:the\s+)?(second|third)\s+day\b(?!\s+of\s+(?:his|her|the|their)\s+(?:state\s+|official\s+)?visit)|\b(?:on|during)\s+the\s+(second|third)\s+day\s+of\s+the\s+(?:summit|meeting|session|talks)\b/i;
const STARTING = /\b(?:opened|began|started|kicked\s+off|got\s+under\s+way)\b/i;
const ENDING = /\b(?:ended|closed|concluded|wrapped\s+up|came\s+to\s+an\s+end|drew\s+to\s+a\s+close)\b/i;
/** The verbs of a meeting opening or closing, each found in turn: the last one before a day word is its verb. */
const OPENING_OR_ENDING = new RegExp(`${OPENING.source}|${ENDING.source}`, "gi");

/**
 * "The two-day summit closed in Samarkand today", "concluded its two-day meeting on Friday": a meeting of several days
 * dated by one day only, that day its last when the sentence says it ended, its first when it says it opened.
 */
function overDays(
  sentences: readonly Sentence[],
  dates: { start: Fact<string>; end: Fact<string> },
): { start: Fact<string>; end: Fact<string> } {
  if (dates.start.value !== dates.end.value) return dates;
  const day = dates.start.value.slice(0, 10);
  const sentence = sentences.slice(0, 4).find((candidate) => LASTING.test(candidate.text));
  if (!sentence) {
    // "The summit opened on 3 July. On the second day the leaders signed …": at least that many days.
    const later = sentences
      .map((candidate) => {
        const match = LATER_DAY.exec(candidate.text);
        return (match?.[1] ?? match?.[2])?.toLowerCase();
      })
      .find((word) => word !== undefined);
    return later
      ? { ...dates, end: { ...dates.end, value: shiftDay(day, later === "third" ? 2 : 1) } }
      : dates;
  }
  const lasting = LASTING.exec(sentence.text)!;
  const days = DAYS_LONG[(lasting[1] ?? lasting[2])!.toLowerCase()]!;
  if (ENDING.test(sentence.text))
    return { ...dates, start: { ...dates.start, value: shiftDay(day, 1 - days) } };
  if (STARTING.test(sentence.text))
    return { ...dates, end: { ...dates.end, value: shiftDay(day, days - 1) } };
  return dates;
}

/**
 * The meeting's dates, as `readStatedDates` finds them, over as many days as the text says the meeting lasted.
 */
export function readMeetingDates(
  text: string,
  sentences: readonly Sentence[],
  publishedAt: string | null,
  publishedEvidence: { start: number; end: number } | null = null,
): { start: Fact<string>; end: Fact<string> } | null {
  const dates = readStatedDates(text, sentences, publishedAt, publishedEvidence);
  return dates ? closedLater(text, sentences, publishedAt, overDays(sentences, dates)) : null;
}

/**
 * "The summit opened on Monday, Nov. 13, …" and "Leaders closed the summit on Tuesday night": a meeting dated by the day
 * it opened ends on the later day, counted from the publication's, that another sentence says it closed on (within the
 * week after the opening).
 */
function closedLater(
  text: string,
  sentences: readonly Sentence[],
  publishedAt: string | null,
  dates: { start: Fact<string>; end: Fact<string> },
): { start: Fact<string>; end: Fact<string> } {
  if (!publishedAt || dates.start.value !== dates.end.value) return dates;
  const opening = sentences.find(
    (sentence) => sentence.start <= dates.start.evidence.start && dates.start.evidence.start < sentence.end,
  );
  if (!opening || !STARTING.test(text.slice(opening.start, dates.start.evidence.start))) return dates;
  for (const sentence of sentences.slice(0, 6)) {
    if (sentence === opening || !ENDING.test(sentence.text) || !MEETING_WORDS.test(sentence.text)) continue;
    const word = RELATIVE_DAY.exec(sentence.text);
    const day = word ? relativeTo(publishedAt.slice(0, 10), word) : null;
    if (day && day > dates.start.value && day <= shiftDay(dates.start.value, 6))
      return {
        ...dates,
        end: { value: day, evidence: { start: sentence.start, end: sentence.end }, confidence: 0.6 },
      };
  }
  return dates;
}

/**
 * The meeting's dates: from the first sentence that says a meeting was held on a date — not a document's date ("the
 * Treaty of 29 May 2014"), a later meeting's or the day a term starts ("from 1 January 2023") — else from the dateline
 * or the publication day and the word that counts from it ("today", "yesterday", "on Friday"). A date without a year
 * takes the publication's, else the year the body gives most.
 */
function readStatedDates(
  text: string,
  sentences: readonly Sentence[],
  publishedAt: string | null,
  /** Where the publication date stands (a dateline), so that it is not taken for the meeting's. */
  publishedEvidence: { start: number; end: number } | null = null,
): { start: Fact<string>; end: Fact<string> } | null {
  const datesIn = (sentence: Sentence) =>
    findDates(text, sentence.start, sentence.end).filter(
      (date) =>
        (!publishedEvidence ||
          date.evidence.end <= publishedEvidence.start ||
          date.evidence.start >= publishedEvidence.end) &&
        // A dateline ("JOHANNESBURG, 24 August 2023 –") dates the item, not the meeting.
        !isDatelineDay(text, date.evidence.start) &&
        aboutThisMeeting(text, sentence, date),
    );
  const relative =
    sentences
      .slice(0, 4)
      .filter(
        (sentence) =>
          HELD.test(sentence.text) ||
          HELD_ITS.test(sentence.text) ||
          // "held talks on Friday", not "will hold a summit on Friday".
          (HELD_A_MEETING.test(sentence.text) && !LATER_MEETING.test(sentence.text)),
      )
      .map((sentence) => ({ sentence, word: RELATIVE_DAY.exec(sentence.text) }))
      .find((found) => found.word !== null) ?? atAMeetingOn(sentences);
  let found: FoundDate | null = null;
  let confidence = 0.9;
  let fromDateline = false;
  // "The Council … held its 33rd session today", "The summit concluded this evening in Jeddah": a first report of the
  // meeting dated by the day of the release; a day the text names after it is this meeting's only within the week
  // before that day ("the two-day meeting, which opened on 28 November"), not another meeting's it recalls ("the summit
  // convened in Riyadh on 11 November 2023") or one to come.
  let reportedToday = false;
  const withinTheWeek = (date: FoundDate) => {
    const year = publishedAt ? completeYear(date.start, publishedAt) : null;
    if (!publishedAt || year === null) return true;
    const day = formatDay(year, date.start.month, date.start.day);
    return day <= publishedAt.slice(0, 10) && day >= shiftDay(publishedAt, -7);
  };
  // "The foreign ministers met on 5 December": a preparatory meeting's day, taken only when no sentence dates another.
  let preparatory: FoundDate | null = null;
  for (const sentence of sentences) {
    // "The Czech presidency of the group, which began in July 2023, ends on 30 June": the office's term began, not
    // the meeting.
    const held = HELD.test(sentence.text.replace(TERM_THAT_BEGAN, "$1"));
    if (!MEETING_WORDS.test(sentence.text) && !held) continue;
    const dates = datesIn(sentence);
    // "On 5 December, foreign ministers prepared the summit, which took place on 6 December": the day after the verb
    // of the meeting held, not the preparatory one's before it.
    const date =
      dates.length > 1 && PREPARATORY.test(text.slice(dates[0]!.evidence.end, dates[1]!.evidence.start))
        ? (dates
            .slice(1)
            .find((later) => HELD_ON_BEFORE.test(text.slice(sentence.start, later.evidence.start))) ??
          dates[0])
        : dates[0];
    if (
      date &&
      // "The summit was held on 5 December, ahead of the UN climate meeting": a meeting held is dated by its day; an
      // event opening "On <day>" only when it is not before the meeting.
      (held ||
        (ON_THE_DAY.test(text.slice(sentence.start, date.evidence.start)) &&
          !BEFORE_THE_MEETING.test(sentence.text) &&
          !TERM_STARTS.test(sentence.text))) &&
      (!reportedToday || withinTheWeek(date))
    ) {
      if (preparatoryOnly(text, sentence, date)) {
        preparatory ??= date;
        continue;
      }
      found = date;
      break;
    }
    if (
      publishedAt &&
      !date &&
      (HELD.test(sentence.text) || HELD_ITS.test(sentence.text)) &&
      TODAY.test(sentence.text) &&
      !LATER_MEETING.test(sentence.text) &&
      !EARLIER_MEETING.test(sentence.text)
    )
      reportedToday = true;
  }
  found ??= preparatory;
  if (!found) {
    // Only a dateline dates the text ("BISHKEK, Oct 13 – … met today"): the meeting is the day it reports.
    for (const sentence of sentences.slice(0, 3)) {
      const date = findDates(text, sentence.start, sentence.end)[0];
      if (date && isDatelineDay(text, date.evidence.start)) {
        found = date;
        confidence = 0.6;
        fromDateline = true;
        break;
      }
    }
  }
  // No date at all: "… met today" / "yesterday" / "on Friday" counted from the publication day, or a report that
  // the meeting was held, of the day it was published.
  const held =
    relative?.sentence ??
    sentences
      .slice(0, 4)
      .find(
        (sentence) =>
          HELD.test(sentence.text) ||
          MEETING_DECIDED.test(sentence.text) ||
          MEETING_DECIDED_BY.test(sentence.text) ||
          (MEETING_WORDS.test(sentence.text) &&
            (TOOK_PART.test(sentence.text) || RECEIVED_THE_OTHERS.test(sentence.text))),
      );
  if (!found && publishedAt && held && !LATER_MEETING.test(held.text)) {
    const day = relative ? relativeTo(publishedAt.slice(0, 10), relative.word!) : publishedAt.slice(0, 10);
    const evidence = { start: held.start, end: held.end };
    const certainty = relative ? 0.5 : 0.4;
    const span = openedAndClosed(sentences, publishedAt.slice(0, 10));
    return {
      start: { value: span?.start ?? day, evidence, confidence: certainty },
      end: { value: span?.end ?? day, evidence, confidence: certainty },
    };
  }
  if (!found) {
    for (const sentence of sentences) {
      const date = datesIn(sentence)[0];
      if (date && !TERM_STARTS.test(sentence.text) && (!reportedToday || withinTheWeek(date))) {
        found = date;
        confidence = 0.5;
        break;
      }
    }
  }
  if (!found) return null;
  const reference =
    publishedAt ??
    (found.start.year === null
      ? (yearBeforeNextMeeting(text, sentences, found) ?? yearInText(sentences))?.toString()
      : null) ??
    null;
  const startYear = completeYear(found.start, reference);
  const endYear = completeYear({ ...found.end, year: found.end.year ?? found.start.year }, reference);
  if (startYear === null || endYear === null) return null;
  if (found.start.year === null) confidence -= publishedAt ? 0.1 : 0.2;
  let start = formatDay(startYear, found.start.month, found.start.day);
  let end = formatDay(endYear, found.end.month, found.end.day);
  // "MOSCOW, December 2 — … met yesterday": the dateline is the day of the report.
  if (fromDateline && relative && !/^today$/i.test(relative.word![1]!)) {
    start = end = relativeTo(start, relative.word!);
  }
  // "The summit, which opened on Thursday, closed today": the days it opened and closed on.
  const span = fromDateline
    ? openedAndClosed(sentences, formatDay(startYear, found.start.month, found.start.day))
    : null;
  if (span) [start, end] = [span.start, span.end];
  return {
    start: { value: start, evidence: found.evidence, confidence },
    end: { value: end, evidence: found.evidence, confidence },
  };
}

const VIDEO = String.raw`(?:video[\s-]*conferenc(?:e|ing)|video\s+link|video\s+call)`;
// The meeting held online: "was held via videoconference", "a virtual summit", "took part from their capitals", and the
// leaders themselves meeting so: "Leaders of the ten members linked up by video on Tuesday for a Special Summit", "the
// heads of state met online" (not "had met by videoconference" before).
const MEETING_ONLINE = new RegExp(
  String.raw`\b(?:was|were)\s+(?:held|conducted|organi[sz]ed)\b[^.]{0,80}?\b(?:via|by|through|in\s+the\s+format\s+of|in)\s+(?:a\s+)?(?:${VIDEO}|online)|\b(?:summit|meeting|session|council|talks)\b[^.,]{0,100}?\b(?:took\s+place|met|convened)\b[^.,]{0,30}?\s(?:via|by|through)\s+(?:a\s+)?${VIDEO}|\b${VIDEO}\s+format\b|\bonline\s+format\b|\bin\s+(?:a\s+)?virtual\s+format\b|\bvirtual\s+(?:summit|meeting|session)\b|\b(?:was|were)\s+(?:held|conducted)\s+virtually\b|\b(?:held|holds|hold)\s+(?:a|an|its|their)\s+(?:[\w-]+\s+){0,3}?(?:summit|meeting|session|talks)\s+(?:via|by|through|in\s+the\s+format\s+of)\s+(?:a\s+)?${VIDEO}|\b(?:chaired|presided\s+over|hosted|convened)\s*,?\s+(?:via|by|through)\s+(?:a\s+)?${VIDEO}\s*,?\s+(?:a|an|the)\s+(?:[\w'’-]+\s+){0,4}?(?:summit|meeting|session|talks)\b|\b(?:chaired|presided\s+over|hosted|convened)\s+(?:a|an|the)\s+(?:[\w'’-]+\s+){0,8}?(?:summit|meeting|session|talks)\b[^.,;]{0,80}?\s(?:via|by|through)\s+(?:a\s+)?${VIDEO}|\b(?:part|participated|joined|connected|attended|spoke)\b[^.]{0,60}?\bfrom\s+their\s+(?:respective\s+|own\s+)?(?:capitals|countries|offices|residences)\b|\b(?:leaders|heads\s+of\s+(?:state|government)|members|presidents|prime\s+ministers)\b[^.;]{0,100}?\b(?<!had\s)(?:linked\s+up|met|gathered|convened|came\s+together|conferred)\s+(?:(?:by|via|over|through)\s+(?:a\s+)?(?:${VIDEO}|video|teleconference)|online|virtually)\b`,
  "i",
);
// One leader away from the room: "by video link", "remotely", "from the Novo-Ogaryovo residence", "from his office".
const SOMEONE_REMOTE = new RegExp(
  String.raw`\b(?:via|by|through)\s+(?:a\s+)?${VIDEO}\b|\bremotely\b|\b(?:participat\w*|join\w*|attend\w*|t(?:ake|akes|ook|aking)\s+part)(?:\s+(?:in\s+)?the\s+(?:meeting|summit|session))?\s+virtually\b|\bjoined\s+(?:[^.]{0,40}?\s)?online\b|\bfrom\s+(?:his|her|the)\s+(?:[A-Z][\w-]*\s+){0,3}(?:residence|office)\b`,
  "i",
);

// One leader joining "in a virtual format" while the meeting itself was not said to be held so: "Prime Minister X joined
// the meeting in a virtual format".
const SOMEONE_IN_VIRTUAL_FORMAT =
  /\b(?:participated|joined|attended|took\s+part|spoke)\b(?:(?!\b(?:held|hosted|organi[sz]ed|convened|conducted)\b)[^.;]){0,60}?\bin\s+(?:a\s+)?(?:virtual|online|video)\s+format\b/i;

/**
 * "The Prime Minister proposed that the leaders meet again in a virtual session at the end of November", "the next
 * meeting will be held via videoconference": the format of a meeting to come, in its own sentence, is not this one's.
 */
const MEETING_TO_COME =
  /\b(?:will|would|shall|is\s+to|are\s+to|to\s+be|proposed|proposes|propose|suggested|suggests|plans?|planned|meet\s+again|next|upcoming|forthcoming)\b/i;

/**
 * "The President of Brazil will take part via videoconference": a participant's own future part in the meeting the
 * release announces, no meeting to come.
 */
const TAKING_PART_TO_COME =
  /\b(?:will|would|is\s+to|is\s+expected\s+to)\s+(?:also\s+)?(?:take\s+part|join|participate|attend|address|speak|connect)\b/i;
const ANOTHER_MEETING_TO_COME =
  /\b(?:next|upcoming|forthcoming|meet\s+again|proposed|proposes|suggested|planned)\b/i;

/** The first match of `pattern` in `slice` whose sentence is not about a meeting to come or an earlier one. */
function firstOfThisMeeting(pattern: RegExp, slice: string, ownPart = false): RegExpExecArray | null {
  for (const match of slice.matchAll(new RegExp(pattern.source, `${pattern.flags.replace("g", "")}g`))) {
    // The clause the match stands in, up to its end: "… and will meet again in person" after it is another clause.
    const start = Math.max(
      slice.lastIndexOf(". ", match.index) + 1,
      slice.lastIndexOf("\n", match.index) + 1,
    );
    const clause = slice
      .slice(start, match.index + match[0].length)
      .split(/[,;]|\band\b/)
      .slice(-2)
      .join(" ");
    // "The leaders had met by videoconference in April": an earlier meeting's format.
    if (EARLIER_MEETING.test(clause)) continue;
    if (!MEETING_TO_COME.test(clause)) return match as RegExpExecArray;
    if (ownPart && TAKING_PART_TO_COME.test(clause) && !ANOTHER_MEETING_TO_COME.test(clause))
      return match as RegExpExecArray;
  }
  return null;
}

/**
 * In person, online (the meeting itself was held by video) or hybrid (some leaders joined by video while the
 * others met in person — a leader "took part via videoconference" does not make the whole meeting online).
 */
export function readAttendanceMode(text: string, from: number, to: number): Fact<AttendanceMode> {
  const slice = text.slice(from, to);
  const at = (match: RegExpExecArray) => ({
    start: from + match.index,
    end: from + match.index + match[0].length,
  });
  const hybrid =
    /\bhybrid\s+format\b|\bin\s+a\s+hybrid\b|\bin\s+person\b[^.]{0,60}?\b(?:online|via\s+video|by\s+video|videoconference)/i.exec(
      slice,
    );
  if (hybrid) return { value: "hybrid", evidence: at(hybrid), confidence: 0.9 };
  const online = firstOfThisMeeting(MEETING_ONLINE, slice);
  const oneAway = SOMEONE_IN_VIRTUAL_FORMAT.exec(slice);
  // "X joined the meeting in a virtual format": the format is his, not the meeting's.
  if (online && oneAway && oneAway.index <= online.index && online.index < oneAway.index + oneAway[0].length)
    return { value: "hybrid", evidence: at(oneAway), confidence: 0.7 };
  if (online) {
    const inPerson = /\bin\s+person\b|\barrived\s+in\b|\bgathered\s+in\b/.exec(slice);
    if (inPerson) return { value: "hybrid", evidence: at(online), confidence: 0.6 };
    return { value: "online", evidence: at(online), confidence: 0.9 };
  }
  const remote = firstOfThisMeeting(SOMEONE_REMOTE, slice, true);
  if (remote) return { value: "hybrid", evidence: at(remote), confidence: 0.7 };
  return { value: "in_person", evidence: { start: from, end: from }, confidence: 0.5 };
}

export function readClassification(
  text: string,
  from: number,
  to: number,
  body: KnownOrganization | undefined,
): Fact<MeetingClassification> {
  const slice = text.slice(from, to);
  const at = (match: RegExpExecArray | null) =>
    match
      ? { start: from + match.index, end: from + match.index + match[0].length }
      : { start: from, end: from };
  const extraordinary = /\b(?:extraordinary|emergency)\s+(?:meeting|summit|session)\b/i.exec(slice);
  if (extraordinary) return { value: "extraordinary", evidence: at(extraordinary), confidence: 0.8 };
  const ministerial =
    /\b(?:ministerial|council\s+of\s+(?:foreign|defen[cs]e)\s+ministers|(?:foreign|defen[cs]e|finance)\s+ministers['’]?\s+(?:meeting|council))\b/i.exec(
      slice,
    );
  if (ministerial || /ministers/i.test(body?.nameI18n.en ?? ""))
    return { value: "ministerial", evidence: at(ministerial), confidence: 0.75 };
  const summit = /\bsummit\b/i.exec(slice);
  if (summit || /heads\s+of\s+state/i.test(body?.nameI18n.en ?? ""))
    return { value: "summit", evidence: at(summit), confidence: 0.75 };
  return { value: "council_meeting", evidence: { start: from, end: from }, confidence: 0.4 };
}

// "on the margins of the UN General Assembly", "at the sidelines of the SCO summit": the event the meeting was held
// beside, another body's.
const BESIDE_EVENT_BEFORE =
  /\b(?:on|at)\s+the\s+(?:side-?lines|margins)\s+of\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?$/i;

/** Whether an organization is named as the one whose event the meeting was held beside. */
const besideItsEvent = (text: string, mention: Mention) =>
  BESIDE_EVENT_BEFORE.test(text.slice(Math.max(0, mention.start - 60), mention.start));

// "attended by the African Union Commission Chairperson X", "the IGAD Executive Secretary": an office's holder follows.
const AN_OFFICE_OF_IT_AFTER =
  /^\s*(?:['’]s\s+)?(?:Deputy\s+|Vice[-\s])?(?:Chair(?:man|person|woman)?|President|Secretary[-\s]General|Executive\s+Secretary|Commissioner|Director(?:[-\s]General)?|Special\s+Envoy)\b/;

/** Whether an organization is named only as the one whose officer is named right after it. */
const beforeItsOfficer = (text: string, mention: Mention) =>
  AN_OFFICE_OF_IT_AFTER.test(text.slice(mention.end, mention.end + 40));

/** The body that met: the most specific organization named in the first sentences about the meeting, or in the headline. */
export function readBody(
  text: string,
  sentences: readonly Sentence[],
  knowledge: ReaderKnowledge,
  headline: { start: number; end: number } | null,
): Mention | null {
  // "ASEAN leaders met in Vientiane. The 28th and 29th ASEAN Summits were held …": an organization named bare in one
  // of the first sentences gives way to its summit organ when a later one of them names the meeting after it.
  let bare: Mention | null = null;
  for (const sentence of sentences.slice(0, 4)) {
    if (!MEETING_WORDS.test(sentence.text)) continue;
    // "The leaders met on the margins of the UN General Assembly, the first summit of the C5+1": not the UN.
    // "The Summit of IGAD Heads of State opened, attended by the African Union Commission Chairperson X": the IGAD
    // summit, not the Commission of its guest — unless the sentence names no other organization.
    const mention =
      mostSpecificOrganization(
        text,
        knowledge,
        sentence.start,
        sentence.end,
        (candidate) => !besideItsEvent(text, candidate) && !beforeItsOfficer(text, candidate),
      ) ??
      mostSpecificOrganization(
        text,
        knowledge,
        sentence.start,
        sentence.end,
        (candidate) => !besideItsEvent(text, candidate),
      );
    if (!mention) continue;
    const organ = summitOrgan(text, sentence, knowledge, mention);
    if (organ) return organ;
    const known = organizationById(knowledge, mention.id);
    if (known?.classification !== "igo") {
      if (!bare || isOrganOf(known, bare)) return mention;
      break;
    }
    bare ??= mention;
  }
  // Not when the meeting is named a summit of the organization itself ("The Fourth Summit of the … Council took place").
  const summitOfIt =
    bare !== null &&
    /\bsummits?\s+of\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, bare.start - 20), bare.start));
  const short = bare && !summitOfIt ? organNamedShort(text, sentences.slice(0, 4), knowledge, bare) : null;
  if (short) return short;
  // "SCO Secretariat" over "Press release": a secretariat in the first line publishes the release; it holds no meeting.
  const headedAny = headline ? mostSpecificOrganization(text, knowledge, headline.start, headline.end) : null;
  const headed =
    headedAny && organizationById(knowledge, headedAny.id)?.classification === "igo_secretariat"
      ? null
      : headedAny;
  // "On the meeting of the Council of Heads of State of the CIS" over a text that names only the Commonwealth in its
  // own words ("the Council of Heads of States-participants of the Commonwealth …"): the headline's organ of it.
  if (bare && headed && organizationById(knowledge, headed.id)?.parentId === bare.id) return headed;
  return bare ?? headed;
}

/**
 * "Leaders of the Commonwealth of Independent States, meeting in Minsk, … Eleven presidents gathered at the Council of
 * Heads of State": an organ of the organization named bare, named without the organization's name ("CIS Council of
 * Heads of State" less "CIS"), in capitals, in a sentence about the meeting. Only one organ may be named so.
 */
function organNamedShort(
  text: string,
  sentences: readonly Sentence[],
  knowledge: ReaderKnowledge,
  organization: Mention,
): Mention | null {
  const parent = organizationById(knowledge, organization.id);
  if (!parent) return null;
  const prefixes = [parent.nameI18n.en, parent.abbreviationI18n?.en, ...(parent.otherNames ?? [])].filter(
    (name): name is string => !!name,
  );
  const shortNames = (known: KnownOrganization) =>
    [known.nameI18n.en, ...(known.otherNames ?? [])].flatMap((name) =>
      prefixes.flatMap((prefix) => {
        const after = name.startsWith(`${prefix} `) ? name.slice(prefix.length + 1) : null;
        const before = name.endsWith(` of the ${prefix}`) ? name.slice(0, -(prefix.length + 8)) : null;
        return [after, before].filter((short): short is string => !!short && short.split(" ").length >= 3);
      }),
    );
  const found: Mention[] = [];
  for (const known of knowledge.organizations) {
    if (known.parentId !== organization.id || known.classification !== "igo_organ") continue;
    for (const name of new Set(shortNames(known))) {
      // "the Council of Heads of State", not "the CIS Council of Heads of State" or "… of Heads of State of the CIS",
      // which name another organization's.
      const alone = (candidate: Sentence) => {
        const at = candidate.text.indexOf(name);
        return (
          at >= 0 &&
          /\b(?:the|its|their)\s+$/.test(candidate.text.slice(0, at)) &&
          !/^\s+of\s/.test(candidate.text.slice(at + name.length))
        );
      };
      const sentence = sentences.find((candidate) => MEETING_WORDS.test(candidate.text) && alone(candidate));
      if (!sentence) continue;
      const start = sentence.start + sentence.text.indexOf(name);
      found.push({ id: known.id, start, end: start + name.length, asStated: name, via: "other name" });
      break;
    }
  }
  return found.length === 1 ? found[0]! : null;
}

/**
 * "The heads of state of the Commonwealth … gathered. Their informal meeting of the CIS Council of Heads of State …",
 * "Leaders of the CSTO met … Pashinyan, who chaired the session of the Collective Security Council, …": an organ (not
 * a secretariat) of the organization a first sentence named bare is the body that met, wherever the organ is named.
 */
function isOrganOf(known: KnownOrganization | undefined, organization: Mention): boolean {
  return known?.classification === "igo_organ" && known.parentId === organization.id;
}

/**
 * "The fifth Summit of the Conference on …": an organization whose only summit-level organ is named "… Summit"
 * met as that organ.
 */
function summitOrgan(
  text: string,
  sentence: Sentence,
  knowledge: ReaderKnowledge,
  mention: Mention,
): Mention | null {
  const organization = knowledge.organizations.find((known) => known.id === mention.id);
  if (organization?.classification !== "igo") return null;
  const before = text.slice(Math.max(sentence.start, mention.start - 30), mention.start);
  const after = text.slice(mention.end, Math.min(sentence.end, mention.end + 10));
  // "the 38th and 39th ASEAN Summits": two summits held together are still the organ's, and the sentence may name the
  // organization first in another phrase ("as ASEAN Chair, … opened the ASEAN Summits").
  const named = text.slice(mention.start, mention.end).replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const later = new RegExp(String.raw`\b${named}\s+summits?\b`, "i").test(
    text.slice(mention.end, sentence.end),
  );
  if (!/\bsummits?\s+of\s+(?:the\s+)?$/i.test(before) && !/^\s+summits?\b/i.test(after) && !later)
    return null;
  const organs = knowledge.organizations.filter(
    (known) => known.parentId === organization.id && /\bsummit\b/i.test(known.nameI18n.en),
  );
  return organs.length === 1 ? { ...mention, id: organs[0]!.id } : null;
}

/** "held in Dushanbe", a dateline ("DUSHANBE, 17 September —") or "in the city of …". */
export function readVenue(
  text: string,
  sentences: readonly Sentence[],
  knowledge: ReaderKnowledge,
): Fact<{ city: string | null; countryId: string | null }> | null {
  for (const sentence of sentences.slice(0, 6)) {
    // "The next summit will be held in Moscow" names a later meeting's venue.
    if (LATER_MEETING.test(sentence.text)) continue;
    const held =
      /\b(?:held|took\s+place|met|convened|gathered|opened)\s+(?:[^.]*?\s)?in\s+(?:the\s+city\s+of\s+)?([A-Z][a-z]+(?:[\s-][A-Z][a-z]+)?)(?:,\s+([A-Z][a-z]+(?:\s[A-Z][a-z]+)?))?/.exec(
        sentence.text,
      );
    if (!held) continue;
    const start = sentence.start + held.index + held[0].indexOf(held[1]!);
    const cityCountry = countryMentions(text, knowledge, start, start + held[1]!.length)[0];
    const after = held[2]
      ? countryMentions(text, knowledge, start, sentence.start + held.index + held[0].length).find(
          (mention) => mention.start > start,
        )
      : undefined;
    if (cityCountry)
      return {
        value: { city: null, countryId: cityCountry.id },
        evidence: { start, end: start + held[1]!.length },
        confidence: 0.6,
      };
    if (/^(?:a|the|format|person)$/i.test(held[1]!)) continue;
    return {
      value: { city: held[1]!, countryId: after?.id ?? null },
      evidence: { start, end: start + held[1]!.length },
      confidence: 0.7,
    };
  }
  return datelineCity(text, sentences[0]) ?? headerPlace(text, sentences[0]);
}

/**
 * "May 25, 2023, The Kremlin, Moscow" under the headline: the place after the date, its last part the city — not a
 * region ("Novo-Ogaryovo, Moscow Region" is a residence a leader joined from).
 */
function headerPlace(
  text: string,
  first: Sentence | undefined,
): Fact<{ city: string | null; countryId: string | null }> | null {
  const header = text.slice(0, first?.start ?? 0);
  for (const line of header.matchAll(/^.+$/gm)) {
    const date = findDates(line[0])[0];
    if (!date || date.evidence.start !== 0 || date.start.year === null) continue;
    const place = /^,\s+(?:[^,\n]+,\s+)*([A-Z][a-z]+(?:[ -][A-Z][a-z]+)?)\s*$/.exec(
      line[0].slice(date.evidence.end),
    );
    if (!place || /\b(?:Region|Oblast|Province|District)$/.test(place[1]!)) return null;
    const start = line.index + date.evidence.end + place[0].lastIndexOf(place[1]!);
    return {
      value: { city: place[1]!, countryId: null },
      evidence: { start, end: start + place[1]!.length },
      confidence: 0.5,
    };
  }
  return null;
}

/** "DUSHANBE, 17 September —": the city a dateline names, when no sentence says where the meeting was held. */
function datelineCity(
  text: string,
  first: Sentence | undefined,
): Fact<{ city: string | null; countryId: string | null }> | null {
  const dateline = first && datelineOpening(text, first.start, first.end);
  if (!dateline) return null;
  const date = findDates(text, first.start, first.end)[0];
  if (date?.evidence.start !== dateline.dayAt) return null;
  const city = text
    .slice(dateline.place.start, dateline.place.end)
    .toLowerCase()
    .replace(
      /(^|[ '-])(\p{L})/gu,
      (_, separator: string, letter: string) => separator + letter.toUpperCase(),
    );
  return {
    value: { city, countryId: null },
    evidence: dateline.place,
    confidence: 0.5,
  };
}
