import type { ReaderKnowledge } from "./knowledge";
import { countryMentions } from "./mentions";
import { shortNames } from "./names";
import type { ParticipantProposal } from "./proposal";
import { escapeRegExp, phrasePattern } from "./segment";

export interface ParticipantReference {
  participant: ParticipantProposal;
  start: number;
  end: number;
}

// The names a participant may be referred to by, worked out once per participant of a read (every sentence asks).
// Each name comes with its first word, which the sentence must hold before the name's pattern is run.
const namesByParticipant = new WeakMap<ParticipantProposal, { name: string; firstWord: string }[]>();
function namesOf(
  participant: ParticipantProposal,
  knowledge: ReaderKnowledge,
): { name: string; firstWord: string }[] {
  let names = namesByParticipant.get(participant);
  if (!names) {
    const all = new Set<string>([participant.nameAsStated, participant.nameAsStated.split(/\s+/).at(-1)!]);
    const person = participant.person.value;
    if (person.status === "matched") {
      const known = knowledge.people.find((candidate) => candidate.id === person.id);
      if (known) {
        all.add(known.nameI18n.en);
        for (const short of shortNames(known)) all.add(short);
      }
    }
    names = [...all]
      .filter((name) => name.length >= 3)
      .map((name) => ({ name, firstWord: name.split(/[\s\-‐‑‒–—]+/)[0]! }));
    namesByParticipant.set(participant, names);
  }
  return names;
}

/**
 * Later mentions of participants in `text[from, to)`: their name as stated, their family name ("Putin said"),
 * or their country with a head's title ("the Russian President", "the Tajik leader").
 */
export function participantReferences(
  text: string,
  from: number,
  to: number,
  participants: readonly ParticipantProposal[],
  knowledge: ReaderKnowledge,
): ParticipantReference[] {
  const found: ParticipantReference[] = [];
  const slice = text.slice(from, to);
  for (const participant of participants) {
    for (const { name, firstWord } of namesOf(participant, knowledge)) {
      // Each word of the name stands in the slice as written (the pattern is case-sensitive): most sentences name
      // no one, and this spares them the pattern.
      if (!slice.includes(firstWord)) continue;
      for (const match of slice.matchAll(phrasePattern(name, true))) {
        found.push({ participant, start: from + match.index, end: from + match.index + match[0].length });
      }
    }
  }
  // "the Russian President", "Russian leader", "the President of Russia".
  for (const country of countryMentions(text, knowledge, from, to)) {
    const after = text.slice(country.end, Math.min(to, country.end + 20));
    const before = text.slice(Math.max(from, country.start - 20), country.start);
    const title = /^\s+(?:President|leader|Prime Minister|Premier|head of state)\b/i.exec(after) ?? null;
    const titleBefore = /(?:President|Prime Minister|leader)\s+of\s+(?:the\s+)?$/i.exec(before);
    if (!title && !titleBefore) continue;
    const heads = participants.filter(
      (participant) =>
        participant.country?.value.countryId === country.id && participant.category.value !== "igo_official",
    );
    if (heads.length !== 1) continue;
    const start = titleBefore ? country.start - titleBefore[0].length : country.start;
    const end = title ? country.end + title[0].length : country.end;
    if (!found.some((reference) => reference.start < end && start < reference.end))
      found.push({ participant: heads[0]!, start, end });
  }
  return found.sort((a, b) => a.start - b.start);
}

export const REPORTING = (verbs: string) =>
  new RegExp(`^\\s*(?:,\\s*)?(?:also\\s+|further\\s+|then\\s+)?(?:${verbs})\\b`, "i");
export { escapeRegExp };
