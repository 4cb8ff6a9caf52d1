// The outgoing holder's start told in a sentence of its own, after the handover: "Egypt had taken over the chair at
// the 21st Summit in Cairo in November 2021", "Egypt took over the chair in November 2021", "Egypt, the outgoing Chair,
// had led the Association since the Council of Ministers met in Cairo in November 2021". Not another organization's
// office, another country's, or a term to come. Every sentence is written for these tests.
import { describe, expect, it } from "vitest";
import { handovers7Knowledge } from "./fixtures/handovers7-knowledge";
import { ids } from "./fixtures/world-knowledge";
import { readPressRelease } from "./read-press-release";

const EG = ids.country("EG");

const egyptsStartWith = (sentence: string) => {
  const term = readPressRelease(
    `Lusaka, 8 June 2023\n\nThe 22nd Summit of the Common Market for Eastern and Southern Africa (COMESA) was held in Lusaka. Taking part were President Hakainde Hichilema of Zambia, Prime Minister Mostafa Madbouly of Egypt and President William Ruto of Kenya.\n\nZambia took over the chairmanship from Egypt today. ${sentence}\n`,
    handovers7Knowledge,
  ).chairmanships.find((found) => found.countryId === EG);
  return term ? term.startDate : "no term";
};

describe("the outgoing term's start in a sentence of its own", () => {
  it.each([
    ["Egypt had taken over the chair at the 21st Summit in Cairo in November 2021.", "2021-11"],
    ["Egypt took over the chair in November 2021.", "2021-11"],
    ["Egypt had assumed the rotating chairmanship in November 2021, at the Cairo summit.", "2021-11"],
    [
      "Egypt, the outgoing Chair, had led the Association since the Council of Ministers met in Cairo in November 2021.",
      "2021-11",
    ],
  ])("%s", (sentence, start) => {
    expect(egyptsStartWith(sentence)).toBe(start);
  });
});

describe("guards", () => {
  it.each([
    ["Egypt took over the chairmanship of the League of Arab States in March 2021.", null],
    ["Kenya took over the chair in November 2021.", null],
    ["Egypt led the Association in 2021.", null],
    ["Egypt will take over the chair of the Council of Ministers in 2025.", null],
    ["Egypt had held the chair since the Cairo summit of November 2021.", "2021-11"],
    ["Egypt had held the chair since the ministers met in Cairo in November 2021.", "2021-11"],
  ])("reads as before: %s", (sentence, start) => {
    expect(egyptsStartWith(sentence)).toBe(start);
  });
});
