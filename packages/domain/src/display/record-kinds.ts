import type { RevisionEntityType } from "../entities/revision";

/** How a noun is counted in English (CLDR's English cardinal categories: one and other). */
export interface EnglishNoun {
  one: string;
  other: string;
}

const n = (one: string, other = `${one}s`): EnglishNoun => ({ one, other });

/**
 * Every kind of record by its name in the editor's English, singular and plural: "Search people…", "3 countries",
 * "Create organization". The admin takes these words from here instead of deriving them from the codes
 * ("countrys", "igo_organ").
 */
export const RECORD_KIND_NOUNS: Readonly<Record<RevisionEntityType, EnglishNoun>> = {
  country: n("country", "countries"),
  organization: n("organization"),
  org_membership: n("membership"),
  person: n("person", "people"),
  post: n("post"),
  occupancy: n("post held", "posts held"),
  meeting_series: n("meeting series", "meeting series"),
  meeting: n("meeting"),
  participation: n("participation"),
  document: n("document"),
  document_relation: n("document link"),
  document_text: n("document text"),
  document_action: n("document step"),
  outcome_tally: n("outcome count"),
  chairmanship: n("chairmanship"),
  speech: n("speech", "speeches"),
  topic: n("topic"),
  user: n("user"),
};

const englishPlural = new Intl.PluralRules("en");

/** "1 difference", "2 differences": the noun in the form English uses for this count. */
export function countNoun(count: number, noun: EnglishNoun): string {
  return `${count} ${englishPlural.select(count) === "one" ? noun.one : noun.other}`;
}

/** "1 person", "12 people", "0 countries". */
export function countRecords(kind: RevisionEntityType, count: number): string {
  return countNoun(count, RECORD_KIND_NOUNS[kind]);
}
