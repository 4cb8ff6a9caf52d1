/**
 * Handovers told through the holders' titles or a designation rather than a verb of passing the office (handovers7
 * round): the outgoing holder named by a title of its own ("The outgoing Chairperson, Prime Minister X of Egypt,",
 * "Zambia's President X, the immediate past Chair,", "the immediate past Chair, Egypt,"), which also makes a bare
 * "handed over to Y" a handover of the office; and the next holder designated or elected to the office ("Y was
 * designated to chair the Association for 2023–2025", "The Council designated Y to chair IORA", "The summit elected Y
 * to the chairmanship"), with the one it takes over from ("…, taking over from W"). The patterns read the words around
 * one country or participant; `chairmanship.ts` finds who they are.
 */

/** The outgoing holder's title: "the outgoing Chairperson", "the immediate past Chair", "the outgoing COMESA Chairman". */
export const OUTGOING_TITLE =
  /\b(?:the\s+)?(?:outgoing|immediate(?:ly)?\s+past|immediate\s+former|retiring)\s+(?:[A-Z]{2,}\s+)?(?:chair|chairman|chairperson|chairwoman)\b(?!-)/gi;

/**
 * After the title, an office of something other than the body: "the outgoing chair of the Council of Ministers", "…
 * of the Senior Arctic Officials", "… of the drafting committee".
 */
export const TITLE_OF_ANOTHER_THING =
  /^\s+of\s+(?:the\s+|its\s+)?(?:[\w’'-]+\s+){0,3}?(?:meeting|sitting|board|committee|commission|working\s+group|panel|bureau|council\s+of\s+ministers|officials|ministers|ministerial|session)\b/i;

/** ", Prime Minister X of ", ", Dr ": after the title and its comma, the words before its holder's country or name. */
export const HOLDER_AFTER_THE_TITLE =
  /^\s*,\s+(?:(?:\p{Lu}[\p{L}’'.-]*|of|the|el-[\p{L}-]+|al-[\p{L}-]+)\s+){0,8}$/u;

/** "X, the immediate past Chair": the title in apposition right after its holder. */
export const APPOSITION_BEFORE_THE_TITLE = /,\s*$/;

/**
 * "The outgoing Chairperson, …, handed over to Y", "Egypt, the immediate past Chair, handed over to Y": a bare "handed
 * over" whose subject is titled as the outgoing holder hands over the office (`before` is the sentence up to the verb).
 * Not when the title is a committee's or an organ's, nor when a full stop, a semicolon or a colon comes between.
 */
export function titledOutgoingSubject(before: string): boolean {
  for (const title of before.matchAll(OUTGOING_TITLE)) {
    const rest = before.slice(title.index + title[0].length);
    if (TITLE_OF_ANOTHER_THING.test(rest)) continue;
    if (/[;:]/.test(rest) || rest.length > 200) continue;
    return true;
  }
  return false;
}

/**
 * "Y was designated to chair the Association", "Y has been elected to chair IORA", "Y was chosen to take over the
 * chairmanship": a passive verb of designating, its subject the next holder, then (from the end of the match) the body
 * or the office.
 */
export const DESIGNATED_TO = new RegExp(
  String.raw`\b(?:was|were|has\s+been|have\s+been|is|are|(?:will|shall)\s+be)\s+(?:(?:unanimously|formally|duly|also)\s+)?(?:designated|elected|chosen|selected|appointed|nominated|named)\s+to\s+(?:(?:chair|preside\s+over|lead|head|steer)\s+(?:the\s+)?|(?:assume|take\s+over|take\s+up|hold)\s+(?=(?:the\s+|its\s+)?(?:[\w’'-]+\s+){0,2}?(?:chairmanship|chairship|presidency|chair)\b))`,
  "gi",
);

/** "The Council designated Y", "the summit elected Y": the active verb, its object (the next holder) right after. */
export const DESIGNATES =
  /\b(?:(?:unanimously|formally|duly|also)\s+)?(?:designated|designates|designate|elected|elects|elect|chose|chooses|selected|selects|appointed|appoints|nominated|nominates)\s+(?:the\s+)?/gi;

/**
 * After the one designated: " to chair <the body>", " to the chairmanship", " to the rotating presidency": the office
 * or the body's chairing (the body checked from the end of the match when it is " to chair").
 */
export const TO_THE_OFFICE =
  /^\s+to\s+(?:(chair|preside\s+over|lead|head)\s+(?:the\s+)?|the\s+(?:rotating\s+|annual\s+)?(?:chairmanship|chairship|presidency|chair)\b(?!\s+of\s+(?:the\s+)?(?:[\w’'-]+\s+){0,2}?(?:meeting|committee|board|session|working\s+group)\b))/i;

/** ", taking over from Bangladesh", ", which took over from W", ", succeeding W": the one the designated takes over from. */
export const TAKING_OVER_FROM =
  /,\s+(?:(?:which|who)\s+)?(?:taking\s+over|takes\s+over|took\s+over|to\s+take\s+over)\s+from\s+(?:the\s+)?/i;
