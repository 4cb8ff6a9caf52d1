/**
 * Handovers worded around the holder rather than with a verb of passing (handovers3 round): the next holder elected
 * by the others ("the heads of state elected President of Ukraine Leonid Kuchma as Chairman of the Council", "the
 * leaders unanimously elected Y chair of the Association"), named in a relative clause after the office ("the
 * presidency, which Italy will exercise from 1 December 2020"), leading the body "in succession to" the outgoing one
 * ("Türkiye will lead the Islamic Summit for the coming three years in succession to Egypt"), and the outgoing one
 * named as such beside a participant ("On a proposal by the outgoing Chairman, Prime Minister of India …"). The
 * patterns read the words around one country or participant; `chairmanship.ts` finds who they are.
 */

const FUTURE = String.raw`(?:will|shall|would|is\s+to|are\s+to|is\s+(?:set|due|scheduled)\s+to|is\s+going\s+to)`;
const OFFICE = "(?:presidency|chairmanship|chairship)";

/** "elected", "unanimously elected", "elect": the verb whose object, right after it, is the one elected. */
export const ELECTS = /\b(?:(?:unanimously|formally|duly|also)\s+)?(?:elected|elects|elect|electing)\s+/gi;

/**
 * The words between "elected" and the one elected: none, or a title in capitals ("President of Ukraine", "the Prime
 * Minister of"), as the person or country comes right after them.
 */
export const TITLE_BEFORE_THE_ELECTED = /^(?:the\s+)?(?:(?:\p{Lu}[\p{L}’'.-]*|of|the)\s+){0,9}$/u;

/**
 * After the one elected, the office: "as Chairman of the Council", "as the new chair", "Chairman of the Summit" (a
 * translation from Russian or a ministry's English names it with no "as", in capitals); at most a name's few words
 * between (the elected named by title, then by name, or by name and then "of the Republic of Burundi"), also set off by
 * commas ("the President of the Democratic Republic of the Congo, Félix Tshisekedi, as Chairperson of SADC").
 */
export const AS_THE_OFFICE = new RegExp(
  String.raw`^(?:\s*,)?(?:\s+(?:\p{Lu}[\p{L}’'.-]*|of|the)){0,6}?(?:\s*,)?\s+(?:as\s+(?:the\s+|its\s+|their\s+)?(?:new\s+|next\s+|incoming\s+)?(?:chairman|chairperson|chairwoman|chair|president)\b|(?:the\s+)?(?:Chairman|Chairperson|Chairwoman|Chair)\b)`,
  "iu",
);

/**
 * The office of something that is no rotating chairmanship, right after the elected office: "Chairman of the
 * meeting", "… of the Board", "… of the drafting committee" (a sitting's or a committee's chair, a company's post), "…
 * of the Organ on Politics, Defence and Security Cooperation" (SADC's organ, chaired apart from the Community).
 */
export const OFFICE_OF_ANOTHER_THING =
  /^\s+of\s+(?:the\s+|its\s+)?(?:[\w’'-]+\s+){0,2}?(?:meeting|sitting|board|committee|commission|working\s+group|panel|round\s*table|credentials|drafting|bureau|organ)\b/i;

/**
 * "the presidency, which Italy will exercise from 1 December", "the chairmanship of the Council, which Y is to assume
 * in 2025": the office, then a relative clause whose subject (right after "which") takes it in the future. "… which Y
 * holds until December" or "… which Y held in 2015" name a holder now or before, not the next one.
 */
export const OFFICE_THEN_WHICH = new RegExp(
  String.raw`\b${OFFICE}(?:\s+of\s+(?:the\s+)?[\w’'-]+(?:\s+[\w’'-]+){0,3}?)?\s*,\s+which\s+`,
  "gi",
);
/** After the one taking it in the relative clause: a future verb of taking or holding the office. */
export const WILL_TAKE_IT = new RegExp(
  String.raw`^\s+(?:${FUTURE}\s+(?:also\s+|formally\s+|then\s+)?(?:exercise|hold|assume|take\s+(?:over|up)|occupy)|(?:assumes|takes\s+(?:over|up)))\b`,
  "i",
);

/** "in succession to Egypt", "in succession to the Republic of Azerbaijan": the outgoing side right after. */
export const IN_SUCCESSION_TO = /\bin\s+succession\s+to\s+(?:the\s+)?/i;

/** "X will lead the Summit", "X is to chair the Council", "X will preside over the grouping": a future verb of leading. */
export const WILL_LEAD = new RegExp(
  String.raw`\b${FUTURE}\s+(?:also\s+|then\s+|now\s+)?(?:lead|chair|head|steer|preside\s+over)\s+(?:the\s+)?`,
  "gi",
);

/** What is led that is no rotating office: "will lead the delegation", "will chair the working group". */
export const LED_THING_OF_ANOTHER_KIND =
  /^(?:[\w’'-]+\s+){0,2}?(?:delegations?|sessions?|meetings?|panels?|working\s+groups?|committees?|talks|round\s*tables?|debates?|discussions?|dialogues?|negotiations?|team|ministry|government|country|party|army|efforts?|work)\b/i;

/**
 * "the outgoing Chairman, Prime Minister of India Dr. Manmohan Singh", "the outgoing chair, Kazakhstan": the outgoing
 * holder named in apposition right after the words (the title and name that follow).
 */
export const THE_OUTGOING_CHAIR =
  /\b(?:the\s+)?(?:outgoing|previous|former)\s+(?:Chairman|Chairperson|Chairwoman|Chair|chairman|chairperson|chair|presiding\s+(?:country|state))(?:\s+of\s+(?:the\s+)?[\w’'-]+(?:\s+[\w’'-]+){0,3}?)?\s*,\s+/g;

/**
 * After an outgoing holder thanked: " for leading the previous session", " for chairing the last summit", " for its
 * presidency of the 44th session" is read with the markers; not " for leading the talks".
 */
export const THANKED_FOR_LEADING =
  /^\s+for\s+(?:(?:his|her|its|their)\s+)?(?:leading|chairing|presiding\s+over|steering|heading)\s+(?:the\s+)?(?:previous|last|past|outgoing|preceding)\s+(?:[\w’'-]+\s+)?(?:session|summit|term|presidency|chairmanship|year)\b/i;

/**
 * After the outgoing holder, in a relative clause: ", who had headed the Council until now", ", which has chaired the
 * Summit so far": the office held up to the meeting. Not ", who headed the delegation" (no "until now").
 */
export const HELD_IT_UNTIL_NOW =
  /^\s*,\s+(?:who|which)\s+(?:had|has)\s+(?:headed|chaired|presided\s+over|led|held)\b[^.;,]{0,60}?\s(?:until\s+(?:now|then|today)|so\s+far|up\s+to\s+now)\b/i;

/**
 * ", succeeding Mauritania", ", replacing Kyrgyzstan", ", taking over from Azerbaijan": the outgoing side after a
 * participle that closes the handover's clause.
 */
export const SUCCEEDING = /,\s+(?:succeeding|replacing|taking\s+over\s+from)\s+(?:the\s+)?/gi;
