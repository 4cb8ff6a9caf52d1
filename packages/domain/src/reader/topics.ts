import type { ReaderKnowledge } from "./knowledge";
import type { Evidence, TopicProposal } from "./proposal";
import { phrasePattern } from "./segment";

/**
 * Topics from the vocabulary in `knowledge`: a topic is proposed where the text uses its English label or one of
 * its synonyms as whole words. The reader has no topic words of its own.
 */
export function readTopics(
  text: string,
  knowledge: ReaderKnowledge,
  from = 0,
  to = text.length,
): TopicProposal[] {
  const slice = text.slice(from, to);
  const result: TopicProposal[] = [];
  for (const topic of knowledge.topics) {
    let first: Evidence | null = null;
    let mentions = 0;
    for (const term of new Set([topic.labelI18n.en, ...topic.synonyms])) {
      for (const match of slice.matchAll(phrasePattern(term))) {
        mentions++;
        const start = from + match.index;
        if (!first || start < first.start) first = { start, end: start + match[0].length };
      }
    }
    if (first) {
      result.push({
        topicId: topic.id,
        label: topic.labelI18n.en,
        mentions,
        evidence: first,
        confidence: Math.min(0.95, 0.55 + 0.1 * mentions),
      });
    }
  }
  return result.sort((a, b) => a.evidence.start - b.evidence.start);
}
