// A titled person with a relative clause saying he headed his country's delegation ("… was read to the summit by
// Prime Minister X, who headed his country's delegation", "President Y of Z, who led the Zian delegation, …"): he took
// part, as head of that delegation, whatever the rest of the sentence says he did (reading another's message out,
// being received). His country is the one the clause names ("the Moroccan delegation"), or, for "his country's", the
// only country the sentence names. A delegation to another meeting ("… to the previous summit") is not read.
import type { ReaderKnowledge } from "./knowledge";
import { countryMentions } from "./mentions";
import { titledPeople } from "./people";
import type { Sentence } from "./segment";
import type { TitledName } from "./titles";

const HEADED_DELEGATION =
  /^\s*,\s+who\s+(?:also\s+)?(?:headed|led)\s+(?:his|her|their|the)\s+((?:country['’]s|nation['’]s)\s+|\p{Lu}[\p{L}'’-]*\s+)?delegation\b(?!\s+(?:to|at)\s+(?:the\s+|a\s+)?(?:previous|last|next|earlier|other|separate|ministerial)\b)/u;

export interface DelegationHead {
  item: TitledName;
  /** The delegation's country, when the clause or the sentence names it and the knowledge holds it. */
  countryId: string | null;
}

/** The titled people a sentence says, in a relative clause, headed their country's delegation. */
export function delegationHeadsInClauses(
  text: string,
  sentence: Sentence,
  knowledge: ReaderKnowledge,
): DelegationHead[] {
  if (!/\bwho\s+(?:also\s+)?(?:headed|led)\b/.test(sentence.text)) return [];
  const heads: DelegationHead[] = [];
  for (const item of titledPeople(text, sentence.start, sentence.end, knowledge)) {
    const clause = HEADED_DELEGATION.exec(text.slice(item.end, sentence.end));
    if (!clause || !item.title?.roleNoun) continue;
    const at = item.end + clause.index;
    const named = countryMentions(text, knowledge, at, at + clause[0].length);
    const inSentence = countryMentions(text, knowledge, sentence.start, sentence.end);
    const ids = new Set(inSentence.map((mention) => mention.id));
    const countryId =
      item.title.country?.id ??
      named[0]?.id ??
      (/country|nation/.test(clause[1] ?? "") && ids.size === 1 ? [...ids][0]! : null);
    heads.push({ item, countryId });
  }
  return heads;
}
