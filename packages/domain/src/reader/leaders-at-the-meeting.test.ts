// A group of leaders placed at the meeting, then a copula and their names ("Heads of state and government at the
// summit were A, B and C"): the names are the meeting's participants. Guards: the same words with no names after the
// copula, and a group placed at another meeting (one with a year). Every person here is invented.
import { describe, expect, it } from "vitest";
import { eurasiaKnowledge as knowledge } from "./fixtures/eurasia-knowledge";
import { readPressRelease } from "./read-press-release";

const NAMES =
  "President of Armenia Ara Petrosyan, President of Belarus Ivan Kovalenko and Prime Minister of Kyrgyzstan Bakyt Osmonov";

const read = (sentence: string) =>
  readPressRelease(
    `BAKU, 16 October 2025 — The summit of the Organization of Turkic States was held today under the chairmanship of President of Azerbaijan Rauf Mammadov. ${sentence}`,
    knowledge,
  ).participants.map((participant) => participant.nameAsStated);

describe("a group of leaders at the meeting, then the copula and the names", () => {
  it.each([
    `Heads of state and government at the summit were ${NAMES}.`,
    `The leaders of the neighbouring countries at the meeting were ${NAMES}.`,
    `Besides the chair, the heads of delegations at the session were ${NAMES}.`,
    `The presidents at the summit included ${NAMES}.`,
  ])("%s", (sentence) => {
    expect(read(sentence)).toEqual(
      expect.arrayContaining(["Ara Petrosyan", "Ivan Kovalenko", "Bakyt Osmonov"]),
    );
  });

  it("is no list when no name follows the copula", () => {
    expect(read("The leaders at the summit were briefed on the border talks.")).toEqual(["Rauf Mammadov"]);
  });

  it("is not the leaders at another meeting, one with a year", () => {
    expect(read(`Heads of state at the 2009 summit were ${NAMES}.`)).not.toContain("Ivan Kovalenko");
  });
});
