import type { KnownTopic, ReaderKnowledge } from "./knowledge";
import type { Evidence, TopicProposal } from "./proposal";
import { foldedForNeedle, phraseNeedle, phrasePattern } from "./segment";

// Each topic's distinct terms (label, then synonyms) with the word a match must hold, worked out once per topic
// object (the knowledge is not changed while it is read with): readTopics runs for the body and for every document.
const termsByTopic = new WeakMap<KnownTopic, { term: string; needle: string | null }[]>();
function termsOf(topic: KnownTopic): { term: string; needle: string | null }[] {
  let terms = termsByTopic.get(topic);
  if (!terms) {
    terms = [...new Set([topic.labelI18n.en, ...topic.synonyms])].map((term) => ({
      term,
      needle: phraseNeedle(term),
    }));
    termsByTopic.set(topic, terms);
  }
  return terms;
}

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
  const folded = foldedForNeedle(slice);
  const result: TopicProposal[] = [];
  for (const topic of knowledge.topics) {
    let first: Evidence | null = null;
    let mentions = 0;
    for (const { term, needle } of termsOf(topic)) {
      // A term whose longest word the slice lacks has no match: most topics are not in a given document.
      if (needle !== null && !folded.includes(needle)) continue;
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
