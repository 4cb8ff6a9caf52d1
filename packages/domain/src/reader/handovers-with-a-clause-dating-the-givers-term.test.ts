// A relative clause on the one the office is taken from dates that one's term, not the taking: "Sri Lanka took over
// the chairmanship from Bangladesh, which had held it since the Dhaka meeting in November 2021" is a handover at the
// meeting, and the clause's month is Bangladesh's start. A month or year of the taking itself, or a clause on a
// meeting, still makes it an earlier term. Every sentence is written for these tests.
import { describe, expect, it } from "vitest";
import { ioraTermsWith } from "./chairmanship-test-reading";

const termsWith = ioraTermsWith;

const HANDOVER = [
  ["BD", "2021-11", "2023-10-11"],
  ["LK", "2023-10-11", null],
];

describe("a clause on the giver", () => {
  it.each([
    "Sri Lanka took over the chairmanship from Bangladesh, which had held it since the Dhaka meeting in November 2021.",
    "Sri Lanka took over the chairmanship from Bangladesh, which had led the Association since the Council of Ministers met in Dhaka in November 2021.",
    "Sri Lanka took over the chairmanship from Bangladesh, which had held it since the ministers met in Dhaka in November 2021.",
  ])("%s", (sentence) => {
    expect(termsWith(sentence)).toEqual(HANDOVER);
  });
});

describe("guards", () => {
  it.each([
    ["Sri Lanka took over the chairmanship at the Dhaka meeting, which was held in November 2021.", []],
    ["Sri Lanka took over the chairmanship from Bangladesh in November 2021.", []],
    ["Sri Lanka took over the chairmanship from Bangladesh in 2021, which the ministers welcomed.", []],
    [
      "Sri Lanka took over the chairmanship from Bangladesh, which had held it since November 2021.",
      HANDOVER,
    ],
  ])("reads as before: %s", (sentence, terms) => {
    expect(termsWith(sentence)).toEqual(terms);
  });
});
