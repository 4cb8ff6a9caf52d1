import type { PartialDate } from "../common/partial-date";
import type { ReaderKnowledge } from "./knowledge";
import { organizationMentions, type Mention } from "./mentions";
import { personCandidates, round, splitName } from "./names";
import type { Candidate, NewPerson, Reconciled } from "./proposal";
import { covers } from "./titles";

/**
 * A stated name against the people the database knows: exact, other names, transliteration variants and
 * similar spellings; holding the post the text names on the meeting date makes a candidate more likely.
 * Below the thresholds the reader proposes a new person and still lists the candidates for the editor.
 */
export function reconcilePerson(
  name: string,
  knowledge: ReaderKnowledge,
  postIds: readonly string[],
  date: PartialDate | null,
): { reconciled: Reconciled<NewPerson>; confidence: number } {
  const holders = new Set(
    knowledge.occupancies.filter((occupancy) => postIds.includes(occupancy.postId) && covers(occupancy, date)).map((occupancy) => occupancy.personId),
  );
  const candidates: Candidate[] = personCandidates(name, knowledge)
    .map((candidate) =>
      holders.has(candidate.id) ? { ...candidate, score: round(Math.min(1, candidate.score + 0.1)), reason: `${candidate.reason}, holds the post` } : candidate,
    )
    .sort((a, b) => b.score - a.score);
  const [best, second] = candidates;
  const clear = best && (!second || best.score - second.score >= 0.05);
  if (best && clear && (best.score >= 0.85 || (best.score >= 0.7 && holders.has(best.id)))) {
    return { reconciled: { status: "matched", id: best.id, label: best.label, candidates }, confidence: best.score };
  }
  return {
    reconciled: { status: "new", proposed: { name, ...splitName(name) }, candidates },
    confidence: best ? round(Math.max(0.4, 1 - best.score)) : 0.8,
  };
}

/** The most specific organization a phrase names (a council rather than its IGO), as stated. */
export function mostSpecificOrganization(text: string, knowledge: ReaderKnowledge, from: number, to: number): Mention | null {
  const mentions = organizationMentions(text, knowledge, from, to);
  if (mentions.length === 0) return null;
  const depth = (id: string) => {
    let count = 0;
    let current = knowledge.organizations.find((organization) => organization.id === id);
    while (current?.parentId && count < 10) {
      count++;
      current = knowledge.organizations.find((organization) => organization.id === current!.parentId);
    }
    return count;
  };
  return mentions.reduce((best, mention) => (depth(mention.id) > depth(best.id) ? mention : best));
}
