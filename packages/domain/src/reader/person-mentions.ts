import type { PartialDate } from "../common/partial-date";
import type { ReaderKnowledge } from "./knowledge";
import { isKnownNameSpelling, spaceInitials, withoutPatronymic } from "./names";
import { trimEnd, whyNotTakingPart } from "./participants";
import { titledPeople } from "./people";
import type { ParticipantProposal, PersonMention } from "./proposal";
import { reconcilePerson } from "./reconcile";
import { normalize, type Sentence } from "./segment";
import { postCandidates, type TitledName } from "./titles";

export interface PersonMentionsContext {
  text: string;
  knowledge: ReaderKnowledge;
  date: PartialDate | null;
  /** The sentences the participants were read from. */
  sentences: readonly Sentence[];
  participants: readonly ParticipantProposal[];
  /** Read as taking part, then left out as members of a leader's delegation. */
  membersDropped: readonly ParticipantProposal[];
}

export const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  a.start < b.end && b.start < a.end;
const familyWord = (name: string) => normalize(name.trim().split(/\s+/).at(-1) ?? "");

/** The title without the name it surrounds ("Foreign Minister X of Y": "Foreign Minister of Y"). */
function postAsStated(
  text: string,
  title: { start: number; end: number },
  name: { start: number; end: number },
): string | null {
  const words =
    title.start <= name.start && name.end <= title.end
      ? `${text.slice(title.start, name.start)} ${text.slice(name.end, title.end)}`
      : text.slice(title.start, title.end);
  return words.replace(/\s+/g, " ").replace(/^[\s,]+|[\s,]+$/g, "") || null;
}

/**
 * Everyone the text names with a title (a role noun, a country, an honorific), or by the full name of a person the
 * knowledge holds, who did not become a participant: the
 * name and title as stated, the country the title names, the people the knowledge holds of that name, and why the
 * reader left them out when it can say. In text order, each person once, never one of the participants (by span, by
 * matched record, or by a family name a participant bears). Reading them changes no other fact.
 */
export function readPersonMentions(context: PersonMentionsContext): PersonMention[] {
  return namedPeopleLeftOut(context).map((named) => named.mention);
}

/** A person the mentions list holds, with the words they were read from: for a decision on their taking part. */
export interface NamedPersonLeftOut {
  mention: PersonMention;
  item: TitledName;
  sentence: Sentence;
}

/**
 * The mentions that are none of `participants` (by span, by matched record, or by a family name one bears), as
 * `namedPeopleLeftOut` would read them with these participants: for the participants a later decision adds.
 */
export function withoutParticipants(
  named: readonly NamedPersonLeftOut[],
  participants: readonly ParticipantProposal[],
): NamedPersonLeftOut[] {
  if (participants.length === 0) return [...named];
  const participantIds = new Set(
    participants.flatMap((p) => (p.person.value.status === "matched" ? [p.person.value.id] : [])),
  );
  const participantFamilies = new Set(participants.map((p) => familyWord(p.nameAsStated)));
  return named.filter(({ item, mention }) => {
    const name = item.name!;
    if (participants.some((p) => overlaps(p.evidence, item) || overlaps(p.person.evidence, name)))
      return false;
    if (participantFamilies.has(familyWord(name.text))) return false;
    const reconciled = mention.person.value;
    return !(reconciled.status === "matched" && participantIds.has(reconciled.id));
  });
}

/** `readPersonMentions`, each mention with the titled name and the sentence it was read from. */
export function namedPeopleLeftOut(context: PersonMentionsContext): NamedPersonLeftOut[] {
  const { text, knowledge, date, participants } = context;
  const participantIds = new Set(
    participants.flatMap((p) => (p.person.value.status === "matched" ? [p.person.value.id] : [])),
  );
  const participantFamilies = new Set(participants.map((p) => familyWord(p.nameAsStated)));
  const seen = new Set<string>();
  const mentions: NamedPersonLeftOut[] = [];
  for (const sentence of context.sentences) {
    const titled = titledPeople(text, sentence.start, trimEnd(text, sentence.end), knowledge, true);
    const known = knownPeopleNamed(text, sentence, knowledge).filter(
      (item) => !titled.some((other) => overlaps(other, item)),
    );
    for (const item of [...titled, ...known].sort((a, b) => a.start - b.start)) {
      const name = item.name;
      if (!name) continue;
      if (participants.some((p) => overlaps(p.evidence, item) || overlaps(p.person.evidence, name))) continue;
      if (participantFamilies.has(familyWord(name.text))) continue;
      const titlePosts = item.title
        ? postCandidates(item.title, knowledge, null, date).map((candidate) => candidate.id)
        : [];
      const person = reconcilePerson(
        withoutPatronymic(spaceInitials(name.text)),
        knowledge,
        titlePosts,
        date,
      );
      const matchedId = person.reconciled.status === "matched" ? person.reconciled.id : null;
      if (matchedId && participantIds.has(matchedId)) continue;
      const key = matchedId ?? `new:${familyWord(name.text)}`;
      if (seen.has(key) || seen.has(`new:${familyWord(name.text)}`)) continue;
      seen.add(key);
      seen.add(`new:${familyWord(name.text)}`);
      const member = context.membersDropped.find(
        (dropped) => overlaps(dropped.evidence, item) || overlaps(dropped.person.evidence, name),
      );
      const country = item.title?.country ?? null;
      const mention: PersonMention = {
        nameAsStated: name.text,
        titleAsStated: item.text,
        postAsStated: item.title ? postAsStated(text, item.title, name) : null,
        country: country ? { countryId: country.id, asStated: country.asStated } : null,
        person: {
          value: person.reconciled,
          evidence: { start: name.start, end: name.end },
          confidence: person.confidence,
        },
        evidence: { start: item.start, end: item.end },
        sentence: { start: sentence.start, end: sentence.end },
        reason: member
          ? "a member of a leader's delegation, named beside the leader"
          : whyNotTakingPart(text, sentence, item),
      };
      mentions.push({ mention, item, sentence });
    }
  }
  return mentions;
}

// A run of capitalised words (hyphens and apostrophes inside), as a name is written.
const CAPITALISED_RUN = /\p{Lu}[\p{L}'’-]*(?:\s\p{Lu}[\p{L}'’-]*)+/gu;

// The family names only one person the knowledge holds bears, by knowledge.
const soleFamilyNames = new WeakMap<ReaderKnowledge, Set<string>>();

function soleFamilyNamesOf(knowledge: ReaderKnowledge): Set<string> {
  let names = soleFamilyNames.get(knowledge);
  if (!names) {
    const counts = new Map<string, number>();
    for (const person of knowledge.people)
      if (person.familyName && !/\s/.test(person.familyName))
        counts.set(person.familyName, (counts.get(person.familyName) ?? 0) + 1);
    names = new Set([...counts].filter(([, count]) => count === 1).map(([name]) => name));
    soleFamilyNames.set(knowledge, names);
  }
  return names;
}

// A sentence that opens on one capitalised word, then a comma or a word in lower case: "Orbán, who arrived late, told
// journalists …", "Orbán told journalists …".
const OPENING_WORD = /^(\p{Lu}[\p{L}'’-]+)(?=,\s|\s+\p{Ll})/u;

/**
 * People the knowledge holds, named without a title: two to four capitalised words in a row that are one known
 * person's name or other name exactly ("… talks with Ilham Aliyev on transit"), the longest such words winning; and,
 * opening a sentence, the family name alone of the only known person who bears it ("Orbán, who arrived late, …").
 */
function knownPeopleNamed(text: string, sentence: Sentence, knowledge: ReaderKnowledge): TitledName[] {
  const found: TitledName[] = [];
  // A round-up's sentence that opens on the family name alone of someone the knowledge holds, the only one it holds by
  // that name: "Orbán, who arrived late, told journalists …".
  const opening = OPENING_WORD.exec(text.slice(sentence.start, sentence.end));
  if (opening && soleFamilyNamesOf(knowledge).has(opening[1]!)) {
    const end = sentence.start + opening[1]!.length;
    const name = { start: sentence.start, end, text: opening[1]! };
    found.push({ ...name, title: null, name });
  }
  for (const run of text.slice(sentence.start, sentence.end).matchAll(CAPITALISED_RUN)) {
    const words = [...run[0].matchAll(/\S+/g)].map((word) => ({
      start: sentence.start + run.index + word.index,
      end: sentence.start + run.index + word.index + word[0].length,
    }));
    let i = 0;
    while (i < words.length - 1) {
      let match: TitledName | null = null;
      for (let n = Math.min(4, words.length - i); n >= 2 && !match; n--) {
        const start = words[i]!.start;
        const end = words[i + n - 1]!.end;
        if (isKnownNameSpelling(text.slice(start, end), knowledge))
          match = {
            start,
            end,
            text: text.slice(start, end),
            title: null,
            name: { start, end, text: text.slice(start, end) },
          };
      }
      if (match) {
        found.push(match);
        while (i < words.length && words[i]!.start < match.end) i++;
      } else i++;
    }
  }
  return found;
}
