// A title followed by the sentence's second act, with a past verb that has no "-ed": "adopted the Valletta Declaration
// and set up a Register of Claims", "signed the Treaty on Friendship and made a joint visit …". Every sentence here is
// written for these tests.
import { describe, expect, it } from "vitest";
import { documentsFound } from "./documents-test-reading";

const titles = (text: string) => documentsFound(text).map(([, title]) => title);

describe("the title ends before 'and' and a second verb", () => {
  it.each([
    ["The leaders adopted the Valletta Declaration and set up a Register of Claims.", "Valletta Declaration"],
    [
      "The presidents signed the Treaty on Friendship and made a joint visit to the memorial.",
      "Treaty on Friendship",
    ],
    [
      "The summit approved the Charter of the Fund and also took a decision to meet in Rome.",
      "Charter of the Fund",
    ],
    [
      "The leaders adopted the Declaration on Water and gave the floor to the youth delegates.",
      "Declaration on Water",
    ],
  ])("%s", (text, title) => {
    expect(titles(text)).toEqual([title]);
  });
});

describe("guards", () => {
  it.each([
    [
      "The leaders adopted the Declaration on Peace and Security in Asia.",
      "Declaration on Peace and Security in Asia",
    ],
    [
      "The leaders signed the Protocol on Customs and Border Control.",
      "Protocol on Customs and Border Control",
    ],
  ])("an 'and' inside the title stays: %s", (text, title) => {
    expect(titles(text)).toEqual([title]);
  });
});
