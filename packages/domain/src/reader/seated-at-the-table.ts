// People seated at the meeting's table, named before the verb: "The President of Uzbekistan, Islam Karimov, sat at the
// table for the first time", "A and B took their seats at the summit table", "X was seated at the negotiating table". A
// seat at the table is a part in the meeting as surely as "took part" is; the words after the verb (an invitation, "as
// a guest") still say in which capacity. Another event's table ("at the dinner table", "the day before") is left to the
// checks every list before its verb goes through. A seat named by its country ("took the seat of Syria") says whose
// seat, not in which capacity its holder came, so it is no such verb.

// … or one they sat around with the host: "sat with Biden around a table in the East Room".
const TABLE = String.raw`(?:with\s+(?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2}\s+)?(?:at|around|round)\s+(?:the|a)\s+(?:(?:summit|negotiating|conference|round|main)\s+)?table\b`;

/** A run of people before a verb of sitting at the meeting's table; group 1 is the run. */
export const SEATED_AT_THE_TABLE = new RegExp(
  String.raw`^(?:Also\s+)?(.+?)\s+(?:also\s+)?(?:sat|(?:was|were)\s+seated|took\s+(?:(?:his|her|their)\s+)?(?:seats?|places?))\s+${TABLE}`,
  "u",
);
