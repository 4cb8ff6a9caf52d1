// A group the hosts invited, a colon and their names: "the presidency invited countries from outside the group: A, B
// and C", "The host invited the leaders of three partner states to the summit: …". The colon says the names are the
// group's; the verb says they came at the hosts' invitation, so the sentence reads them as guests unless it names
// their capacity. Only the meeting itself may follow the group ("to the summit"): "invited the leaders to a working
// dinner: …" is another event, and "invited countries to submit proposals: …" asks for something, it names no one.

const GROUP = String.raw`(?:the\s+)?(?:leaders|heads\s+of\s+(?:state|government)(?:\s+and\s+(?:of\s+)?government)?|countries|states|nations|guests|partners|presidents|prime\s+ministers)`;
const WHENCE = String.raw`(?:\s+(?:from|of|outside|beyond)\s+[^:.;]{1,50}?)?`;
const TO_THE_MEETING = String.raw`(?:\s+to\s+(?:the|this|its)\s+(?:[\w'’-]+\s+){0,2}?(?:summit|meeting|session|talks))?`;

/** The lead-in of a run of names after "invited <a group>" and a colon. */
export const INVITED_GROUP = new RegExp(
  String.raw`\binvited\s+(?:(?:several|some|three|four|five|six|other)\s+)?${GROUP}\b${WHENCE}${TO_THE_MEETING}\s*:\s*(?=(?:the\s+)?\p{Lu})`,
  "u",
);
