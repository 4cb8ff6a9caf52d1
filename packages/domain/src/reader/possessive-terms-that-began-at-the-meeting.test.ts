// A holder's office named with its possessive that "began today" or "started at this summit" — "Zambia's COMESA
// chairmanship (2023–2025) began today", "Zambia's chairmanship of COMESA began today" — is the next holder's, taken
// at the meeting, as "begins today" already was. A term that began at an earlier summit, in a relative clause, or
// something else that began today is none. Every sentence is written for these tests.
import { describe, expect, it } from "vitest";
import { comesaTermsWith } from "./chairmanship-test-reading";

const termsWith = comesaTermsWith;

describe("a possessive holder's term that began at the meeting", () => {
  it.each([
    "Zambia's COMESA chairmanship (2023–2025) began today.",
    "Zambia's chairmanship of COMESA began today, for the next two years.",
    "Zambia's chairmanship formally began at this summit.",
  ])("%s", (sentence) => {
    expect(termsWith(sentence)).toEqual([["ZM", "2023-06-08", null]]);
  });
});

describe("guards", () => {
  it.each([
    ["Zambia's talks began today.", []],
    [
      "Zambia took over the chairmanship today. Egypt's chairmanship (2021–2023) began at the Cairo summit.",
      [
        ["EG", "2021", "2023-06-08"],
        ["ZM", "2023-06-08", null],
      ],
    ],
    [
      // Not a term that began at this meeting; since 7 December 2026 the outgoing term's start is read from it: two
      // years before the meeting's.
      "Zambia took over the chairmanship today. Egypt's chairmanship, which began today two years ago, ended.",
      [
        ["EG", "2021", "2023-06-08"],
        ["ZM", "2023-06-08", null],
      ],
    ],
  ])("reads as before: %s", (sentence, terms) => {
    expect(termsWith(sentence)).toEqual(terms);
  });
});
