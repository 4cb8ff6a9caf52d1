// A stand-in named with the one he stands in for in an aside, then what he did at the meeting: "U.S. Vice-President X,
// representing President Y, who stayed in Washington, told the leaders …", "Foreign Minister X, on behalf of King Y,
// addressed the summit", "Crown Prince X, representing the Emir, attended". The stand-in takes part in his own post
// (the one represented does not: see `namedAsAbsent`). Only a titled person right before the aside counts, and only
// when a verb of taking part or of speaking at the table follows the aside (and one relative clause after it): "X,
// representing President Y, will attend" or "… did not travel" is not read.
import type { ReaderKnowledge } from "./knowledge";
import { titledPeople } from "./people";
import type { Sentence } from "./segment";
import type { TitledName } from "./titles";

// ", representing President Y", ", on behalf of the King", ", standing in for the Emir of Z": the aside, to its comma.
const STAND_IN_ASIDE =
  /,\s+(?:representing|standing\s+in\s+for|deputi[sz]ing\s+for|on\s+behalf\s+of)\s+(?:the\s+|his\s+|her\s+)?[^,;.()]{2,80}?(?:,\s+(?:who|whose)\s[^;.()]{1,120}?)?,\s+/giu;
// What the stand-in did, right after the aside.
const ACT_AFTER =
  /^(?:also\s+)?(?:attended|took\s+part|participated|led|headed|told|addressed|said|spoke|stressed|called|urged|proposed|presented|delivered|read|signed|joined|outlined|noted|underlined|reiterated|pressed|pledged|announced|warned|welcomed)\b/i;

/** The people a sentence names as standing in for someone and acting at the meeting. */
export function standInsRepresenting(
  text: string,
  sentence: Sentence,
  knowledge: ReaderKnowledge,
): TitledName[] {
  if (!/\b(?:representing|standing\s+in|deputi[sz]ing|on\s+behalf)\b/i.test(sentence.text)) return [];
  const found: TitledName[] = [];
  for (const aside of sentence.text.matchAll(STAND_IN_ASIDE)) {
    const at = sentence.start + aside.index;
    if (!ACT_AFTER.test(text.slice(at + aside[0].length, sentence.end))) continue;
    const person = titledPeople(text, sentence.start, at, knowledge).find(
      (item) => item.end === at && item.title?.roleNoun,
    );
    if (person) found.push(person);
  }
  return found;
}
