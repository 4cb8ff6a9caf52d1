// Handovers whose next holder is a leader named with an honorific and his country's full style, as regional
// communiqués write them: "The Summit elected H.E. President X of the Republic of Burundi as Chairperson of COMESA"
// (the full stop of "H.E." ended the clause, and "of the Republic of …" stood between the name and the office), and
// "The incoming Chairperson, President X of Burundi, thanked …" (a role before the titled leader). Until 7 December 2026
// neither named a next holder. Every sentence is written for these tests.
import { describe, expect, it } from "vitest";
import { comesaTermsWith } from "./chairmanship-test-reading";

const DAY = "2023-06-08";

describe("a leader with an honorific and his country's style", () => {
  it.each([
    "The Summit elected H.E. President Evariste Ndayishimiye of the Republic of Burundi as Chairperson of COMESA.",
    "The Summit elected H.E. President Evariste Ndayishimiye of Burundi as Chairperson and H.E. President William Ruto of Kenya as Vice-Chairperson of COMESA.",
    "The incoming Chairperson, President Ndayishimiye of Burundi, thanked his predecessor.",
    "The incoming Chairperson, H.E. President Evariste Ndayishimiye of the Republic of Burundi, thanked the leaders.",
  ])("is the next holder: %s", (sentence) => {
    expect(comesaTermsWith(sentence)).toEqual([["BI", DAY, null]]);
  });

  it("names both sides when the outgoing one is named so too", () => {
    expect(
      comesaTermsWith(
        "The incoming Chairperson, President Ndayishimiye of Burundi, thanked the outgoing Chairperson, President Hichilema of Zambia.",
      ),
    ).toEqual([
      ["ZM", null, DAY],
      ["BI", DAY, null],
    ]);
  });

  it.each([
    "The Summit elected President Evariste Ndayishimiye of the Republic of Burundi as Chairman of the drafting committee.",
    "The outgoing Chairperson, President Hichilema of Zambia, thanked the leaders.",
  ])("is none: %s", (sentence) => {
    expect(comesaTermsWith(sentence)).toEqual([]);
  });
});
