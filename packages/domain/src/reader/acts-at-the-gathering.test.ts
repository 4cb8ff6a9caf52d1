// A leader named only in what he did with the gathering itself took part in it: "X used the gathering to press for …",
// "The Dutch prime minister, X, pushed for …", "X told reporters on arrival …", "X, who arrived late, told journalists
// …" — words to the press at the meeting's door, unlike "told reporters after the summit". Written for the
// participants8 round (the EPC, Council of Europe and MED9 fixtures lost such leaders); every person here is invented.
import { describe, expect, it } from "vitest";
import { participants8Knowledge as knowledge } from "./fixtures/participants8-knowledge";
import { readPressRelease } from "./read-press-release";

const opening =
  "PRAGUE, Oct 6, 2022 (Wire) - Leaders of 44 European countries met at Prague Castle on Thursday for the first summit of the European Political Community. Spanish Prime Minister Pablo Ortega proposed a common energy fund, while Italian Prime Minister Marco Bellini called for a ceiling on gas prices.";

const names = (sentence: string) =>
  readPressRelease(`${opening} ${sentence}`, knowledge).participants.map(
    (participant) => participant.nameAsStated,
  );

describe("a leader named in what he did with the gathering", () => {
  it.each([
    "Estonian Prime Minister Liisa Tamm pushed for a special tribunal for the crime of aggression.",
    "Maltese Prime Minister Paul Camilleri told reporters on arrival he would not accept new quotas.",
    "Maltese Prime Minister Paul Camilleri, who arrived late, told journalists the bloc could not carry the burden alone.",
  ])("%s", (sentence) => {
    expect(names(sentence)).toContainEqual(expect.stringMatching(/Holloway|Tamm|Camilleri/));
  });

  it.each([
    // Words to the press after the meeting or on arriving elsewhere; what he did with another meeting; a push made a
    // week before in an interview.
    "Maltese Prime Minister Paul Camilleri told reporters after the summit he would not accept new quotas.",
    "Maltese Prime Minister Paul Camilleri told reporters on arrival in Brussels he would not accept new quotas.",
    "British Prime Minister Anne Holloway will use the gathering to press for joint work on energy.",
    "Estonian Prime Minister Liisa Tamm pushed for a special tribunal in a television interview the week before.",
  ])("not: %s", (sentence) => {
    expect(names(sentence)).not.toContainEqual(expect.stringMatching(/Holloway|Tamm|Camilleri/));
  });
});
