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
        (!publishedEvidence ||
          date.evidence.end <= publishedEvidence.start ||
          date.evidence.start >= publishedEvidence.end) &&
        // A dateline ("JOHANNESBURG, 24 August 2023 –") dates the item, not the meeting.
        !/^[A-Z][A-Za-z .'-]{1,40},\s*$/.test(text.slice(sentence.start, date.evidence.start)),
    );
  let found: FoundDate | null = null;
  let confidence = 0.9;
  for (const sentence of sentences) {
    if (!MEETING_WORDS.test(sentence.text) && !HELD.test(sentence.text)) continue;
    const date = datesIn(sentence)[0];
    if (
      date &&
      (HELD.test(sentence.text) || /\bon\s*$/.test(text.slice(sentence.start, date.evidence.start)))
    ) {
      found = date;
      break;
    }
  }
  if (!found) {
    // Only a dateline dates the text ("BISHKEK, Oct 13 – … met today"): the meeting is the day it reports.
    for (const sentence of sentences.slice(0, 3)) {
      const date = findDates(text, sentence.start, sentence.end)[0];
      if (date && /^[A-Z][A-Za-z .'-]{1,40},\s*$/.test(text.slice(sentence.start, date.evidence.start))) {
        found = date;
        confidence = 0.6;
        break;
      }
    }
  }
  if (!found && publishedAt) {
    // "… met today" / "on Friday" with no date at all: the publication day.
    const sentence = sentences
      .slice(0, 4)
      .find(
        (candidate) =>
          HELD.test(candidate.text) &&
          /\b(?:today|on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))\b/.test(
            candidate.text,
          ),
      );
    if (sentence) {
      const day = publishedAt.slice(0, 10);
      const evidence = { start: sentence.start, end: sentence.end };
      return {
        start: { value: day, evidence, confidence: 0.5 },
        end: { value: day, evidence, confidence: 0.5 },
      };
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
    start: {
      value: formatDay(startYear, found.start.month, found.start.day),
      evidence: found.evidence,
      confidence,
    },
    end: { value: formatDay(endYear, found.end.month, found.end.day), evidence: found.evidence, confidence },
  };
}

const VIDEO = String.raw`(?:video[\s-]*conferenc(?:e|ing)|video\s+link|video\s+call)`;
const MEETING_ONLINE = new RegExp(
  String.raw`\b(?:was|were)\s+(?:held|conducted|organi[sz]ed)\b[^.]{0,80}?\b(?:via|by|through|in\s+the\s+format\s+of|in)\s+(?:a\s+)?(?:${VIDEO}|online)|\b(?:summit|meeting|session|council|talks)\b[^.,]{0,100}?\b(?:took\s+place|met|convened)\b[^.,]{0,30}?\s(?:via|by|through)\s+(?:a\s+)?${VIDEO}|\b${VIDEO}\s+format\b|\bonline\s+format\b|\bin\s+(?:a\s+)?virtual\s+format\b|\bvirtual\s+(?:summit|meeting|session)\b`,
  "i",
);
const SOMEONE_REMOTE = new RegExp(
  String.raw`\b(?:via|by|through)\s+(?:a\s+)?${VIDEO}\b|\bremotely\b|\bjoined\s+(?:[^.]{0,40}?\s)?online\b`,
  "i",
);

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
  const online = MEETING_ONLINE.exec(slice);
  if (online) {
    const inPerson = /\bin\s+person\b|\barrived\s+in\b|\bgathered\s+in\b/.exec(slice);
    if (inPerson) return { value: "hybrid", evidence: at(online), confidence: 0.6 };
    return { value: "online", evidence: at(online), confidence: 0.9 };
  }
  const remote = SOMEONE_REMOTE.exec(slice);
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

/** The body that met: the most specific organization named in the first sentences about the meeting, or in the headline. */
export function readBody(
  text: string,
  sentences: readonly Sentence[],
  knowledge: ReaderKnowledge,
  headline: { start: number; end: number } | null,
): Mention | null {
  for (const sentence of sentences.slice(0, 4)) {
    if (!MEETING_WORDS.test(sentence.text)) continue;
    const mention = mostSpecificOrganization(text, knowledge, sentence.start, sentence.end);
    if (mention) return summitOrgan(text, sentence, knowledge, mention) ?? mention;
  }
  return headline ? mostSpecificOrganization(text, knowledge, headline.start, headline.end) : null;
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
  if (!/\bsummit\s+of\s+(?:the\s+)?$/i.test(before) && !/^\s+summit\b/i.test(after)) return null;
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
  return null;
}
