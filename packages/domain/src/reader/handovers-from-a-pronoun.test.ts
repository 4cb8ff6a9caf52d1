// A handover whose giver is a pronoun opening the sentence, as regional communiqués tell the ceremony: "The President of
// Zambia, Mr. X, received the annual report as outgoing chair. Thereafter, he formally handed over the chairmanship to
// Mr. Y, President of Burundi." The pronoun stands for the participant the previous sentence of the paragraph names
// first. Until the eighth session of 7 December 2026 only the next holder was read, and the outgoing term was lost. Every sentence is
// written for these tests.
import { describe, expect, it } from "vitest";
import { comesaTermsWith } from "./chairmanship-test-reading";

const BOTH = [
  ["ZM", null, "2023-06-08"],
  ["BI", "2023-06-08", null],
];

describe("a pronoun giving the office", () => {
  it.each([
    "The President of Zambia, Mr. Hakainde Hichilema, received the annual report as outgoing chair. He then formally passed the chairmanship to Mr. Evariste Ndayishimiye, President of Burundi.",
    "President Hichilema received the annual report as outgoing chair. Thereafter, he formally handed over the chairmanship of the COMESA Authority to Mr. Evariste Ndayishimiye, President of Burundi.",
    "President Hichilema thanked President Ruto for his support. He then handed over the chairmanship to President Ndayishimiye.",
  ])("%s", (paragraph) => {
    expect(comesaTermsWith(paragraph)).toEqual(BOTH);
  });

  it.each([
    // No one named in the sentence before.
    "The annual report was adopted. He then handed over the chairmanship to President Ndayishimiye.",
    // The sentence before is in another paragraph.
    "President Hichilema received the annual report.\n\nHe then handed over the chairmanship to President Ndayishimiye.",
  ])("reads no giver: %s", (paragraph) => {
    expect(comesaTermsWith(paragraph)).toEqual([["BI", "2023-06-08", null]]);
  });
});
