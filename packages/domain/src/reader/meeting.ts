import type { AttendanceMode, MeetingClassification } from "../entities/meeting";
import { completeYear, findDates, formatDay, type FoundDate } from "./dates";
import type { KnownOrganization, ReaderKnowledge } from "./knowledge";
import { countryMentions } from "./mentions";
import type { Fact } from "./proposal";
import { mostSpecificOrganization } from "./reconcile";
import type { Sentence } from "./segment";
import type { Mention } from "./mentions";

const MEETING_WORDS = /\b(?:meeting|summit|session|talks|conference|council|met|convened|gathered)\b/i;
const HELD = /\b(?:was\s+held|were\s+held|took\s+place|met|convened|opened|gathered|was\s+hosted|hosted)\b/i;

export function mentionsAMeeting(text: string): boolean {
  return MEETING_WORDS.test(text);
}

/** The meeting's dates: from the first sentence that says a meeting was held on a date. */
export function readMeetingDates(
  text: string,
  sentences: readonly Sentence[],
  publishedAt: string | null,
  /** Where the publication date stands (a dateline), so that it is not taken for the meeting's. */
  publishedEvidence: { start: number; end: number } | null = null,
): { start: Fact<string>; end: Fact<string> } | null {
  const datesIn = (sentence: Sentence) =>
    findDates(text, sentence.start, sentence.end).filter(
      (date) =>
        (!publishedEvidence || date.evidence.end <= publishedEvidence.start || date.evidence.start >= publishedEvidence.end) &&
        // A dateline ("JOHANNESBURG, 24 August 2023 –") dates the item, not the meeting.
        !/^[A-Z][A-Za-z .'-]{1,40},\s*$/.test(text.slice(sentence.start, date.evidence.start)),
    );
  let found: FoundDate | null = null;
  let confidence = 0.9;
  for (const sentence of sentences) {
    if (!MEETING_WORDS.test(sentence.text) && !HELD.test(sentence.text)) continue;
    const date = datesIn(sentence)[0];
    if (date && (HELD.test(sentence.text) || /\bon\s*$/.test(text.slice(sentence.start, date.evidence.start)))) {
      found = date;
      break;
    }
  }
  if (!found) {
    for (const sentence of sentences) {
      const date = datesIn(sentence)[0];
      if (date) {
        found = date;
        confidence = 0.5;
        break;
      }
    }
  }
  if (!found) return null;
  const startYear = completeYear(found.start, publishedAt);
  const endYear = completeYear({ ...found.end, year: found.end.year ?? found.start.year }, publishedAt);
  if (startYear === null || endYear === null) return null;
  if (found.start.year === null) confidence -= 0.1;
  return {
    start: { value: formatDay(startYear, found.start.month, found.start.day), evidence: found.evidence, confidence },
    end: { value: formatDay(endYear, found.end.month, found.end.day), evidence: found.evidence, confidence },
  };
}

export function readAttendanceMode(text: string, from: number, to: number): Fact<AttendanceMode> {
  const slice = text.slice(from, to);
  const hybrid = /\bhybrid\s+format\b|\bin\s+a\s+hybrid\b|\bin\s+person\s+and\s+(?:online|via\s+video)/i.exec(slice);
  if (hybrid) return { value: "hybrid", evidence: { start: from + hybrid.index, end: from + hybrid.index + hybrid[0].length }, confidence: 0.9 };
  const online = /\b(?:video\s*conference|videoconference)\s+format\b|\b(?:via|by|through)\s+(?:video\s*conference|videoconference|video\s+link)\b|\bonline\s+format\b|\bin\s+(?:a\s+)?virtual\s+format\b|\bvirtual\s+(?:summit|meeting)\b/i.exec(slice);
  if (online) {
    // Some leaders joining by video while others meet in person makes a hybrid meeting.
    const inPerson = /\bin\s+person\b|\barrived\s+in\b|\bgathered\s+in\b|\b(?:held|took\s+place)\s+(?:at|in)\s+(?:the\s+)?[A-Z]/.exec(slice);
    if (inPerson) return { value: "hybrid", evidence: { start: from + online.index, end: from + online.index + online[0].length }, confidence: 0.6 };
    return { value: "online", evidence: { start: from + online.index, end: from + online.index + online[0].length }, confidence: 0.9 };
  }
  return { value: "in_person", evidence: { start: from, end: from }, confidence: 0.5 };
}

export function readClassification(text: string, from: number, to: number, body: KnownOrganization | undefined): Fact<MeetingClassification> {
  const slice = text.slice(from, to);
  const at = (match: RegExpExecArray | null) => (match ? { start: from + match.index, end: from + match.index + match[0].length } : { start: from, end: from });
  const extraordinary = /\b(?:extraordinary|emergency)\s+(?:meeting|summit|session)\b/i.exec(slice);
  if (extraordinary) return { value: "extraordinary", evidence: at(extraordinary), confidence: 0.8 };
  const ministerial = /\b(?:ministerial|council\s+of\s+(?:foreign|defen[cs]e)\s+ministers|(?:foreign|defen[cs]e|finance)\s+ministers['’]?\s+(?:meeting|council))\b/i.exec(slice);
  if (ministerial || /ministers/i.test(body?.nameI18n.en ?? "")) return { value: "ministerial", evidence: at(ministerial), confidence: 0.75 };
  const summit = /\bsummit\b/i.exec(slice);
  if (summit || /heads\s+of\s+state/i.test(body?.nameI18n.en ?? "")) return { value: "summit", evidence: at(summit), confidence: 0.75 };
  return { value: "council_meeting", evidence: { start: from, end: from }, confidence: 0.4 };
}

/** The body that met: the most specific organization named in the first sentences about the meeting, or in the headline. */
export function readBody(text: string, sentences: readonly Sentence[], knowledge: ReaderKnowledge, headline: { start: number; end: number } | null): Mention | null {
  for (const sentence of sentences.slice(0, 4)) {
    if (!MEETING_WORDS.test(sentence.text)) continue;
    const mention = mostSpecificOrganization(text, knowledge, sentence.start, sentence.end);
    if (mention) return mention;
  }
  return headline ? mostSpecificOrganization(text, knowledge, headline.start, headline.end) : null;
}

/** "held in Dushanbe", a dateline ("DUSHANBE, 17 September —") or "in the city of …". */
export function readVenue(text: string, sentences: readonly Sentence[], knowledge: ReaderKnowledge): Fact<{ city: string | null; countryId: string | null }> | null {
  for (const sentence of sentences.slice(0, 6)) {
    const held = /\b(?:held|took\s+place|met|convened|gathered|opened)\s+(?:[^.]*?\s)?in\s+(?:the\s+city\s+of\s+)?([A-Z][a-z]+(?:[\s-][A-Z][a-z]+)?)(?:,\s+([A-Z][a-z]+(?:\s[A-Z][a-z]+)?))?/.exec(sentence.text);
    if (!held) continue;
    const start = sentence.start + held.index + held[0].indexOf(held[1]!);
    const cityCountry = countryMentions(text, knowledge, start, start + held[1]!.length)[0];
    const after = held[2] ? countryMentions(text, knowledge, start, sentence.start + held.index + held[0].length).find((mention) => mention.start > start) : undefined;
    if (cityCountry) return { value: { city: null, countryId: cityCountry.id }, evidence: { start, end: start + held[1]!.length }, confidence: 0.6 };
    if (/^(?:a|the|format|person)$/i.test(held[1]!)) continue;
    return { value: { city: held[1]!, countryId: after?.id ?? null }, evidence: { start, end: start + held[1]!.length }, confidence: 0.7 };
  }
  return null;
}
