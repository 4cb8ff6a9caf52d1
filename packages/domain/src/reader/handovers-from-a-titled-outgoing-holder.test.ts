// The outgoing holder named by a title of its own — "The outgoing Chairperson, Prime Minister X of Egypt,", "Egypt,
// the immediate past Chair,", "The immediate past Chair, Egypt," — holds the office until the handover, and a bare
// "handed over to Y" whose subject it is hands the office over. Not the outgoing chair of a council of ministers or a
// bureau. Every sentence is written for these tests.
import { describe, expect, it } from "vitest";
import { comesaTermsWith } from "./chairmanship-test-reading";

const termsWith = (sentence: string) => comesaTermsWith(sentence).map(([country, , end]) => [country, end]);

const HANDOVER = [
  ["EG", "2023-06-08"],
  ["ZM", null],
];

describe("an outgoing holder named by its title", () => {
  it.each([
    "The outgoing Chairperson, Prime Minister Mostafa Madbouly of Egypt, handed over to Zambia.",
    "Egypt, the immediate past Chair, handed over to Zambia.",
    "The outgoing Chairperson, President Abdel Fattah el-Sisi of Egypt, handed over to President Hichilema.",
    "Zambia took over the chairmanship today. The outgoing Chairperson, Prime Minister Mostafa Madbouly of Egypt, handed over to President Hichilema.",
    "Zambia took over the chairmanship today. Egypt, the immediate past Chair, thanked the members.",
    "Zambia took over the chairmanship today. The immediate past Chair, Egypt, thanked the members.",
  ])("%s", (sentence) => {
    expect(termsWith(sentence)).toEqual(HANDOVER);
  });
});

describe("guards", () => {
  it.each([
    ["The outgoing chair of the Council of Ministers, Egypt's trade minister, handed over to Zambia.", []],
    ["President Hichilema handed over to the Secretary General.", []],
    [
      "Zambia took over the chairmanship today. The outgoing chairperson of the Bureau, Kenya, thanked the members.",
      [["ZM", null]],
    ],
    ["Egypt, the outgoing Chair, handed the chairmanship to Zambia.", HANDOVER],
  ])("reads as before: %s", (sentence, terms) => {
    expect(termsWith(sentence)).toEqual(terms);
  });
});
