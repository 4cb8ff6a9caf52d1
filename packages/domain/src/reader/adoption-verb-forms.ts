// Adoption told by a verb in the present or in "-ing" (issue 12): "wrapped up the summit on Sunday, adopting the Banjul
// Declaration", "ended by signing an agreement on …", "Leaders adopt the Lagos Charter". The past forms ("adopted",
// "signed") are read elsewhere; these forms are read only with a named document right after them (the caller checks
// the object), never when what comes before makes them a purpose, a plan or a proposal ("with a view to signing",
// "will sign", "proposed adopting", "the Decision on adopting …").
import type { AdoptionAction } from "../entities/document";

const FORMS: Record<string, AdoptionAction> = {
  adopt: "adopted",
  adopts: "adopted",
  adopting: "adopted",
  endorse: "adopted",
  endorses: "adopted",
  endorsing: "adopted",
  issue: "adopted",
  issues: "adopted",
  issuing: "adopted",
  release: "adopted",
  releases: "adopted",
  releasing: "adopted",
  approve: "approved",
  approves: "approved",
  approving: "approved",
  sign: "signed",
  signs: "signed",
  signing: "signed",
  ink: "signed",
  inks: "signed",
  inking: "signed",
};

const VERB_FORM = new RegExp(`\\b(${Object.keys(FORMS).join("|")})\\s+(?:also\\s+)?`, "g");

/**
 * Words before the verb that make it no act of this meeting: a modal or "to" (a plan, a purpose, a wish), a preposition
 * that turns the "-ing" form into a purpose or a title's words ("for signing", "on approving", "ahead of signing"), a
 * verb of proposing or considering, an article or a possessive ("the signing …", "its issues").
 */
export const NOT_AN_ACT =
  /(?:\b(?:to|will|would|shall|should|must|can|could|may|might|cannot|not|never|for|towards?|at|of|on|before|about|regarding|concerning|considering|consider|considered|proposed|proposes|propose|suggested|suggests|discussed|discuss|recommended|recommends|plans?|planned|intends?|intended|expects?|expected|hopes?|hoped|agreed|aims?|aimed|seeks?|sought|ready|prepared|the|a|an|its|their|his|her|our|this|that|these|those)|\bahead\s+of|\bprior\s+to|\bin\s+order\s+to|\bwith\s+a\s+view\s+to)\s+$/i;

export interface VerbForm {
  index: number;
  length: number;
  action: AdoptionAction;
}

/**
 * Every present or "-ing" form of an adoption verb in `sentence` whose object `namesDocument` accepts (given the words
 * after the verb), and that nothing before it makes a plan, a purpose or a noun. Forms in capitals ("Adopting") are a
 * title's or a heading's words and are left out.
 */
export function adoptionVerbForms(sentence: string, namesDocument: (after: string) => boolean): VerbForm[] {
  const forms: VerbForm[] = [];
  for (const match of sentence.matchAll(VERB_FORM)) {
    const before = sentence.slice(Math.max(0, match.index - 40), match.index);
    if (NOT_AN_ACT.test(before)) continue;
    if (!namesDocument(sentence.slice(match.index + match[0].length))) continue;
    forms.push({ index: match.index, length: match[0].length, action: FORMS[match[1]!]! });
  }
  return forms;
}
