// A document named by a quoted title after "titled", as the subject of a passive verb ('A document titled "Joint
// Statement on Green Development" was adopted'), and one named as the summit's outcome with a possessive ("The summit's
// final document, the Astana Declaration, sets out …"). Every sentence here is written for these tests.
import { describe, expect, it } from "vitest";
import { documentsFound } from "./documents-test-reading";

describe("a quoted title after 'titled', before a passive verb", () => {
  it.each([
    'A document titled "Joint Statement on Green Development" was adopted.',
    'The document, titled "Joint Statement on Green Development", was adopted.',
    "A text entitled “Joint Statement on Green Development” was approved by the leaders.",
  ])("%s", (text) => {
    expect(documentsFound(text).map(([, title]) => title)).toEqual(["Joint Statement on Green Development"]);
  });
});

describe("the summit's outcome named with a possessive", () => {
  it.each([
    "The summit's final document, the Astana Declaration, sets out the Organisation's priorities.",
    "The meeting's main outcome was the Astana Declaration.",
  ])("%s", (text) => {
    expect(documentsFound(text).map(([, title]) => title)).toEqual(["Astana Declaration"]);
  });

  it("not another meeting's document", () => {
    expect(
      documentsFound("The last summit's final document, the Tashkent Declaration, was recalled."),
    ).toEqual([]);
  });
});
