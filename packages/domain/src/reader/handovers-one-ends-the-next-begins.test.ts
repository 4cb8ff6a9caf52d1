// A handover told as the old holder's office ending and the new holder's beginning, the second named by its adjective
// or possessive with "one" for the office: "The Peruvian presidency ends and the Bolivian one begins today",
// "Peru's presidency ends and the Bolivian one begins on 1 July". Without the rule the reader lost it (with the office
// named again, "Bolivia's will begin", it read it and still does). Guards: what begins is no office ("the next meeting
// begins in Cochabamba", "the work of the Bolivian one"). Every sentence is written for these tests.
import { describe, expect, it } from "vitest";
import { handovers6Knowledge } from "./fixtures/handovers6-knowledge";
import { ids } from "./fixtures/world-knowledge";
import { readPressRelease } from "./read-press-release";

const PE = ids.country("PE");
const BO = ids.country("BO");

const termsWith = (sentence: string) =>
  readPressRelease(
    `Lima, 26 May 2019\n\nThe Andean Presidential Council met in Lima on 26 May 2019. Taking part were President of Peru Martín Vizcarra, President of Bolivia Evo Morales, President of Colombia Iván Duque and President of Ecuador Lenín Moreno.\n\n${sentence}\n`,
    handovers6Knowledge,
  ).chairmanships.map((term) => [term.countryId, term.startDate, term.endDate]);

describe("one office ends, the next begins", () => {
  it.each([
    ["The Peruvian presidency ends and the Bolivian one begins today.", "2019-05-26"],
    ["Peru's presidency ends and the Bolivian one begins on 1 July.", "2019-07-01"],
    ["Peru's chairmanship ends and the Bolivian one starts today.", "2019-05-26"],
    ["The Peruvian pro tempore presidency is over, and the Bolivian one will begin on 1 July.", "2019-07-01"],
  ])("%s", (sentence, start) => {
    expect(termsWith(sentence)).toEqual([
      [PE, null, start],
      [BO, start, null],
    ]);
  });
});

// 7 December 2026: told in the past, at this meeting.
describe("one office ended, the next began", () => {
  it.each([
    "Today Peru's presidency ended and Bolivia's began.",
    "At the summit the Peruvian presidency came to an end, and Bolivia's presidency began.",
    "With the declaration signed, Peru's pro tempore presidency concluded and the Bolivian one commenced.",
  ])("%s", (sentence) => {
    expect(termsWith(sentence)).toEqual([
      [PE, null, "2019-05-26"],
      [BO, "2019-05-26", null],
    ]);
  });

  it("guard: an earlier handover told in the past is none of this meeting", () => {
    expect(termsWith("In 2018 Peru's presidency ended and Bolivia's began.")).toEqual([]);
  });
});

describe("guards", () => {
  it.each([
    [
      "The Peruvian presidency of the Community comes to an end and the Bolivian presidency starts on 1 June.",
      "2019-06-01",
    ],
    ["Peru's chairmanship is over, and Bolivia's will begin on 1 July.", "2019-07-01"],
  ])("reads as before, the office named again: %s", (sentence, start) => {
    expect(termsWith(sentence)).toEqual([
      [PE, null, start],
      [BO, start, null],
    ]);
  });

  it.each([
    "Peru's presidency ends and the next meeting begins in Cochabamba.",
    "The Peruvian presidency ends and the work of the Bolivian one begins.",
  ])("reads no handover: %s", (sentence) => {
    expect(termsWith(sentence)).toEqual([]);
  });
});
