// The next holder designated or elected to the office — "Y was designated to chair the Association for 2023–2025",
// "The Council designated Y to chair IORA", "The summit elected Y to the chairmanship" — takes it at the meeting, from
// the one it takes over from (", taking over from W"); the years of its term are not its dates. Not a Vice-Chair, nor
// a committee's chair, nor a country designated to host, nor a holder elected at an earlier meeting. Every sentence is
// written for these tests.
import { describe, expect, it } from "vitest";
import { ioraTermsWith } from "./chairmanship-test-reading";

const termsWith = ioraTermsWith;

describe("a next holder designated or elected to the office", () => {
  it.each([
    [
      "Sri Lanka was designated to chair the Association for 2023–2025, taking over from Bangladesh.",
      [
        ["BD", null, "2023-10-11"],
        ["LK", "2023-10-11", null],
      ],
    ],
    ["Sri Lanka was designated to chair the Association for 2023–2025.", [["LK", "2023-10-11", null]]],
    ["The Council designated Sri Lanka to chair IORA for the next two years.", [["LK", "2023-10-11", null]]],
    [
      "The Council of Ministers designated Sri Lanka to chair the Association from today, taking over from Bangladesh.",
      [
        ["BD", null, "2023-10-11"],
        ["LK", "2023-10-11", null],
      ],
    ],
  ])("%s", (sentence, terms) => {
    expect(termsWith(sentence)).toEqual(terms);
  });
});

describe("guards", () => {
  it.each([
    [
      "Sri Lanka has been chosen to take over the chairmanship, taking over from Bangladesh.",
      [
        ["BD", null, "2023-10-11"],
        ["LK", "2023-10-11", null],
      ],
    ],
    ["India was elected Vice-Chair.", []],
    ["Sri Lanka was designated to chair the drafting committee.", []],
    ["India was designated to chair the Committee of Senior Officials.", []],
    ["The Council designated Sri Lanka to host the next meeting.", []],
  ])("reads as before: %s", (sentence, terms) => {
    expect(termsWith(sentence)).toEqual(terms);
  });
});
