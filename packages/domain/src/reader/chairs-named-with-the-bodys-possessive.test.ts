// A country named as the body's chair with the body's possessive — "Zambia is COMESA's new Chair", "Zambia became
// COMESA's new Chair today", "Zambia, the Association's new Chair,", "Egypt, COMESA's outgoing Chair," — is the next
// (or the outgoing) holder, as "Zambia, the new chair," already was. Another organization's chair ("Kenya, SADC's new
// Chair,") is none. Every sentence is written for these tests.
import { describe, expect, it } from "vitest";
import { handovers7Knowledge } from "./fixtures/handovers7-knowledge";
import { readPressRelease } from "./read-press-release";

const short = (countryId: string) =>
  countryId
    .replace(/^cty/, "")
    .replace(/x0001$/, "")
    .toUpperCase();

const termsWith = (sentence: string) =>
  readPressRelease(
    `Lusaka, 8 June 2023\n\nThe 22nd Summit of the Common Market for Eastern and Southern Africa (COMESA) was held in Lusaka. Taking part were President Hakainde Hichilema of Zambia, Prime Minister Mostafa Madbouly of Egypt, President Evariste Ndayishimiye of Burundi and President William Ruto of Kenya.\n\n${sentence}\n`,
    handovers7Knowledge,
  ).chairmanships.map((term) => [short(term.countryId), term.startDate, term.endDate]);

const ZAMBIA = [["ZM", "2023-06-08", null]];

describe("a chair named with the body's possessive", () => {
  it.each([
    ["Zambia is COMESA's new Chair.", ZAMBIA],
    ["Zambia became COMESA's new Chair today.", ZAMBIA],
    ["Zambia, the Association's new Chair, thanked the members.", ZAMBIA],
    [
      "Zambia took over the chairmanship today. Egypt, COMESA's outgoing Chair, thanked the members.",
      [
        ["EG", null, "2023-06-08"],
        ["ZM", "2023-06-08", null],
      ],
    ],
  ])("%s", (sentence, terms) => {
    expect(termsWith(sentence)).toEqual(terms);
  });
});

describe("guards", () => {
  it.each([
    ["Zambia took over the chairmanship today. Kenya, SADC's new Chair, thanked the members.", ZAMBIA],
    ["Kenya, SADC's new Chair, thanked the members.", []],
    ["Zambia became the new chair today.", ZAMBIA],
    ["Zambia, Africa's copper producer, thanked the members.", []],
  ])("reads as before: %s", (sentence, terms) => {
    expect(termsWith(sentence)).toEqual(terms);
  });
});
