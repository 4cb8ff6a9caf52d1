// A group of leaders placed at the meeting, then a copula and their names: "Heads of state and government at the
// summit were A, B and C", "the leaders of the riparian countries at the meeting were …", "The presidents at the
// session included …". The place ("at the summit") says the group is the meeting's, as "at the table" already does
// for "Leaders at the table included …"; the capital after the copula says names follow ("The leaders at the summit
// were briefed" names no one). A year among the words before the meeting's noun ("the leaders at the 2001 summit")
// names another meeting, so it is left out.

const GROUP = String.raw`(?:[Tt]he\s+)?(?:[Oo]ther\s+)?(?:[Ll]eaders|[Hh]eads\s+of\s+(?:state|government|delegations?)(?:\s+and\s+(?:of\s+)?government)?|[Pp]residents|[Pp]rime\s+[Mm]inisters)`;
const OF_WHOM = String.raw`(?:\s+of\s+(?:the\s+)?[^,.;:]{1,50}?)?`;
const AT_THE_MEETING = String.raw`\s+(?:at|in)\s+the\s+(?:(?!\d{4}\b)[\w'’-]+\s+){0,2}?(?:summit|meeting|session|talks)`;

/** The lead-in of a run of names after a group of leaders placed at the meeting and a copula. */
export const LEADERS_AT_THE_MEETING = new RegExp(
  String.raw`\b${GROUP}${OF_WHOM}${AT_THE_MEETING}\s+(?:were|included)\s+(?=(?:the\s+)?\p{Lu})`,
  "u",
);
