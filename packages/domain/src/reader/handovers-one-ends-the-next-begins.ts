// "Hungary's presidency ends and the Polish one begins", "The Peruvian presidency ends and the Bolivian one begins
// today", and in the past ("Today Kazakhstan's chairmanship ended and China's began"): a handover told as the old
// holder's office ending and the new holder's beginning, the second named by its adjective with "one" for the office.
// Without this the reader lost it; with the office named again ("and Russia's begins", "and the Bolivian presidency
// starts") it read it before and reads it the same way here.

const OFFICE = "(?:presidency|chairmanship|chairship|term)";

/** The old holder's office ending, then "and the": the new holder's name follows. */
export const ENDS_AND_THE_NEXT = new RegExp(
  String.raw`\b${OFFICE}\b(?:\s+of\s+[^,.;]{1,40}?)?\s+(?:ends|ended|is\s+over|was\s+over|comes\s+to\s+an\s+end|came\s+to\s+an\s+end|closes|closed|concludes|concluded|expires|expired)\s*,?\s+and\s+(?:the\s+)?`,
  "gi",
);

/** Right after the new holder's name: "one begins", "'s begins", "presidency starts", "one will begin". */
export const THE_NEXT_ONE_BEGINS =
  /^(?:\s+one|['’]s(?:\s+(?:presidency|chairmanship|chairship|term))?|\s+(?:presidency|chairmanship|chairship|term))\s+(?:begins|began|starts|started|opens|opened|commences|commenced|will\s+(?:begin|start|open|commence)|takes\s+over|took\s+over)\b/i;
