import type { ReaderKnowledge } from "./knowledge";
import type { ParticipantProposal, SpeechProposal } from "./proposal";
import { participantReferences } from "./references";
import type { Paragraph } from "./segment";
import { REPORTING_VERBS } from "./vocabulary";

const REPORTED_AFTER = new RegExp(
  `^[\\s,]*(?:also\\s+|further\\s+|then\\s+|once again\\s+)?(?:${REPORTING_VERBS})\\b`,
  "i",
);
const REPORTED_BEFORE = new RegExp(`(?:${REPORTING_VERBS})\\s*$`, "i");
const PRONOUN_SPEAKER = new RegExp(`^(?:He|She)\\s+(?:also\\s+|further\\s+)?(?:${REPORTING_VERBS})\\b`);

/**
 * Speeches: "X delivered a video message" (kind video_message, no text) and reported speech — "Putin stated
 * that …", "…, Putin said", "He wished …" — gathered per paragraph and speaker into one paraphrase.
 */
export function readSpeeches(
  text: string,
  paragraphs: readonly Paragraph[],
  participants: readonly ParticipantProposal[],
  knowledge: ReaderKnowledge,
): SpeechProposal[] {
  const speeches: SpeechProposal[] = [];
  for (const paragraph of paragraphs) {
    let current: {
      speech: SpeechProposal;
      participant: ParticipantProposal;
      sentences: { start: number; end: number }[];
    } | null = null;
    const flush = () => {
      if (!current) return;
      // Sentences between two attributed ones belong to the same report ("The main results are …").
      const first = current.sentences[0]!;
      const last = current.sentences.at(-1)!;
      current.sentences = paragraph.sentences.filter(
        (sentence) => sentence.start >= first.start && sentence.end <= last.end,
      );
      current.speech.evidence = { start: first.start, end: last.end };
      current.speech.text = current.sentences
        .map((sentence) => text.slice(sentence.start, sentence.end))
        .join(" ");
      speeches.push(current.speech);
      current = null;
    };
    for (const sentence of paragraph.sentences) {
      if (/\bvideo\s+(?:message|address|greeting)\b/i.test(sentence.text)) {
        const speaker =
          participants.find(
            (participant) =>
              participant.mode.value === "video_message" &&
              participant.evidence.start >= sentence.start &&
              participant.evidence.end <= sentence.end,
          ) ??
          participants.find(
            (participant) =>
              participant.mode.value === "video_message" &&
              participant.mode.evidence.start === sentence.start,
          );
        if (speaker) {
          speeches.push({
            speakerOrder: speaker.protocolOrder,
            kind: "video_message",
            text: null,
            evidence: { start: sentence.start, end: sentence.end },
            confidence: 0.85,
          });
          continue;
        }
      }
      const references = participantReferences(text, sentence.start, sentence.end, participants, knowledge);
      const speaker = references.find((reference) => {
        const after = text.slice(reference.end, sentence.end);
        const before = text.slice(sentence.start, reference.start);
        return (
          REPORTED_AFTER.test(after) ||
          (REPORTED_BEFORE.test(before.replace(/[,\s]+$/, "")) && /,\s*$/.test(before))
        );
      });
      const continuing: boolean = current !== null && PRONOUN_SPEAKER.test(sentence.text);
      const participant: ParticipantProposal | null =
        speaker?.participant ?? (continuing && current ? current.participant : null);
      if (!participant) continue;
      if (current && current.participant !== participant) flush();
      if (!current) {
        current = {
          participant,
          sentences: [],
          speech: {
            speakerOrder: participant.protocolOrder,
            kind: "paraphrase",
            text: null,
            evidence: { start: sentence.start, end: sentence.end },
            confidence: speaker ? 0.8 : 0.6,
          },
        };
      }
      current.sentences.push({ start: sentence.start, end: sentence.end });
    }
    flush();
  }
  return speeches;
}
