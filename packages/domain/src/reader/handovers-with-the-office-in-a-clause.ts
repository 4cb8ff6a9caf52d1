/**
 * "W handed over to Y" with no object: what is handed over is the office only when a relative clause beside the verb
 * names it — on the one handing over ("Fernández, whose country had held the presidency since …, handed over to
 * President Lula") or on the one it is handed to ("handed over to Prime Minister Shinzo Abe, whose country holds the
 * presidency from 1 December", "… to President Lula, who will lead the bloc for the second half of the year").
 * "handed over to the police" or "handed over to the committee for review" name no office, and a clause on someone
 * else ("handed over to the minister, who thanked the presidency") does not make the office the thing handed.
 */

const OFFICE = String.raw`(?:presidency|chairmanship|chairship|chair)`;
/** A body the next holder leads, by a common noun: "the bloc", "the Group", "the Association". */
const BODY = String.raw`(?:bloc|group|grouping|organi[sz]ation|association|community|union|commonwealth|forum|council)`;
/** The pronoun that opens a relative clause on a holder. */
const RELATIVE = String.raw`(?:which|who|whose\s+(?:country|state|government|nation))`;

// ", whose country had held the presidency since the Montevideo summit of December 2022, ": a clause on the subject,
// naming the office, that ends right before the verb (or an adverb: ", then handed over", ", formally handed over").
const OFFICE_IN_THE_SUBJECT_CLAUSE = new RegExp(
  String.raw`,\s+${RELATIVE}\s+(?:[\w’'-]+\s+){0,3}?(?:held|holds|has\s+held|had\s+held|exercised|led|had\s+led|has\s+led|chaired|had\s+chaired)\s+(?:the\s+|its\s+)?(?:[\w’'-]+\s+){0,2}?(?:${OFFICE}|${BODY})\b[^;:]{0,120},\s*(?:then\s+|[a-z]+ly\s+)?$`,
  "i",
);

// ", whose country holds the presidency from 1 December", ", who will lead the bloc for …", ", which takes over the
// chairmanship": a clause on the one handed to, right after the name, in which that one holds or takes the office.
const OFFICE_IN_THE_RECIPIENT_CLAUSE = new RegExp(
  String.raw`^[^,;:.]{0,80}?,\s+${RELATIVE}\s+(?:(?:will|shall|is\s+to|now)\s+)?(?:holds?|takes?\s+over|takes?\s+up|assumes?|leads?|chairs?|presides?\s+over|steers?|heads?)\s+(?:the\s+|its\s+)?(?:[\w’'-]+\s+){0,2}?(?:${OFFICE}|${BODY})\b`,
  "i",
);

// ", who has chaired COMESA since the summit of June 2021, ", ", who had been presiding over the Union since …, ": a
// clause on the subject in which it chairs a body named by its own name (capitalised, so case-sensitive), ending right
// before the verb. "…, who chaired the talks, handed over to the police" names no body.
const CHAIRED_A_NAMED_BODY_IN_THE_SUBJECT_CLAUSE = new RegExp(
  String.raw`,\s+(?:which|who|whose\s+(?:country|state|government|nation))\s+(?:[a-z]+\s+){0,3}?(?:chaired|chairing|presided\s+over|presiding\s+over|headed|heading)\s+(?:the\s+)?\p{Lu}[\p{L}’'-]*\b[^;:]{0,120},\s*(?:then\s+|[a-z]+ly\s+)?$`,
  "u",
);

/**
 * Whether a bare "handed over to" passes the office, as a relative clause names it: `before` is the sentence up to the
 * verb, `after` the words from the one it is handed to on.
 */
export function officeInAClauseBeside(before: string, after: string): boolean {
  return (
    OFFICE_IN_THE_SUBJECT_CLAUSE.test(before) ||
    CHAIRED_A_NAMED_BODY_IN_THE_SUBJECT_CLAUSE.test(before) ||
    OFFICE_IN_THE_RECIPIENT_CLAUSE.test(after)
  );
}
