import type { PartialDate } from "../common/partial-date";
import { completeYear, findDates, formatDay } from "./dates";
import type { ReaderKnowledge } from "./knowledge";
import { rootOrganization } from "./knowledge";
import { countryMentions, organizationMentions } from "./mentions";
import type { ChairmanshipProposal, ParticipantProposal } from "./proposal";
import type { Paragraph } from "./segment";

const OFFICE = "(?:presidency|chairmanship|chairship|chair)";

export interface ChairmanshipContext {
  text: string;
  paragraphs: readonly Paragraph[];
  knowledge: ReaderKnowledge;
  /** The meeting's first day. */
  date: PartialDate | null;
  publishedAt: string | null;
  organizationId: string | null;
  chair: ParticipantProposal | null;
}

/**
 * The rotating presidency: "Tajikistan assumed the SCO presidency" starts a term at the meeting (or on the date
 * the sentence gives); the outgoing term — "the Russian presidency", or the chair's country — ends then.
 */
export function readChairmanships(context: ChairmanshipContext): ChairmanshipProposal[] {
  const { text, paragraphs, knowledge, date, publishedAt, chair } = context;
  const result: ChairmanshipProposal[] = [];
  const sentences = paragraphs.flatMap((paragraph) => paragraph.sentences);
  const incoming = new RegExp(`\\b(?:assumed|assumes|will\\s+assume|took\\s+over|takes\\s+over|will\\s+take\\s+over|passed\\s+(?:on\\s+)?to|passes\\s+to|handed\\s+over|hands\\s+over|transferred)\\b[^.]*?\\b${OFFICE}\\b|\\b${OFFICE}\\b[^.]*?\\b(?:passed|passes|was\\s+handed\\s+over|was\\s+transferred|will\\s+pass)\\s+to\\b`, "i");

  let next: ChairmanshipProposal | null = null;
  for (const sentence of sentences) {
    const match = incoming.exec(sentence.text);
    if (!match) continue;
    const countries = countryMentions(text, knowledge, sentence.start, sentence.end).filter((mention) => mention.via !== "demonym");
    const toPhrase = /\bto\s+(?:the\s+)?([A-Z][\w\s-]*)/.exec(sentence.text.slice(match.index));
    const country = toPhrase
      ? countries.find((mention) => mention.start >= sentence.start + match.index + toPhrase.index) ?? countries[0]
      : countries[0];
    if (!country) continue;
    const organization = organizationMentions(text, knowledge, sentence.start, sentence.end)[0];
    const organizationId = organization ? (rootOrganization(knowledge, organization.id)?.id ?? organization.id) : context.organizationId;
    if (!organizationId) continue;
    const stated = findDates(text, sentence.start, sentence.end)[0];
    const year = stated ? completeYear(stated.start, publishedAt) : null;
    // "… which will chair the Association in 2024": a term that starts with a later year.
    const inYear = /\b(?:in|from)\s+((?:19|20)\d{2})\b(?!\s*[-–—])/.exec(sentence.text);
    const laterYear = inYear && date && inYear[1]! > date.slice(0, 4) ? inYear[1]! : null;
    const startDate = stated && year ? formatDay(year, stated.start.month, stated.start.day) : (laterYear ?? date);
    next = {
      organizationId,
      countryId: country.id,
      startDate,
      endDate: null,
      existingId: null,
      handoverAtMeeting: startDate === date,
      evidence: { start: sentence.start, end: sentence.end },
      confidence: 0.85,
    };
    break;
  }
  if (!next) return result;

  // The outgoing term: "the Russian presidency" / "Russia's chairmanship", else the chair's country.
  let outgoing: { countryId: string; start: number; end: number } | null = null;
  for (const mention of countryMentions(text, knowledge)) {
    if (mention.id === next.countryId) continue;
    const after = text.slice(mention.end, mention.end + 30);
    const office = new RegExp(`^(?:'s|’s)?\\s+${OFFICE}\\b`, "i").exec(after);
    if (office) {
      outgoing = { countryId: mention.id, start: mention.start, end: mention.end + office[0].length };
      break;
    }
  }
  if (!outgoing && chair?.country && chair.country.value.countryId !== next.countryId) {
    outgoing = { countryId: chair.country.value.countryId, start: chair.evidence.start, end: chair.evidence.end };
  }
  if (outgoing) {
    const stored = knowledge.chairmanships?.find(
      (term) => term.organizationId === next.organizationId && term.countryId === outgoing.countryId && term.endDate === null,
    );
    // "the Russian presidency of the SCO in 2019-2020": the first year when the database has no term.
    const years = /\b((?:19|20)\d{2})\s*(?:-|–|—)\s*(?:19|20)?\d{2}\b/.exec(text.slice(outgoing.end, outgoing.end + 60));
    const fromText = (() => {
      if (stored) return null;
      for (const mention of countryMentions(text, knowledge)) {
        if (mention.id !== outgoing.countryId) continue;
        const near = new RegExp(`^(?:'s|’s)?\\s+${OFFICE}\\b[^.]{0,40}?\\b((?:19|20)\\d{2})\\s*(?:-|–|—)\\s*(?:19|20)?\\d{2}\\b`, "i").exec(text.slice(mention.end, mention.end + 80));
        if (near) return near[1]!;
      }
      return years ? years[1]! : null;
    })();
    result.push({
      organizationId: next.organizationId,
      countryId: outgoing.countryId,
      startDate: stored?.startDate ?? fromText,
      endDate: next.startDate,
      existingId: stored?.id ?? null,
      handoverAtMeeting: next.handoverAtMeeting,
      evidence: { start: outgoing.start, end: outgoing.end },
      confidence: stored ? 0.9 : 0.7,
    });
  }
  result.push(next);
  return result;
}
