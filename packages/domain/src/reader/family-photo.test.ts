// Leaders named only in the family photo line: posing "for the family photo" is the leaders' own act at the meeting,
// and so is being "together with" the leaders as they pose, at a meeting of no known body too. Every person here is
// invented.
import { describe, expect, it } from "vitest";
import { eurasiaKnowledge as knowledge } from "./fixtures/eurasia-knowledge";
import { readPressRelease } from "./read-press-release";

const LIST = "Taking part were President of Azerbaijan Arif Gulamov and President of Russia Pavel Sedov.";
const names = (sentence: string) =>
  readPressRelease(
    `TEHRAN, 16 October 2007 — The Summit of the Caspian States was held today. ${LIST} ${sentence}`,
    knowledge,
  ).participants.map((participant) => participant.nameAsStated);

describe("a leader in the family photo line", () => {
  it.each([
    "The leaders, together with President of Kazakhstan Erlan Suleimenov, posed for a family photo.",
    "President of Kazakhstan Erlan Suleimenov posed for a family photo with the other leaders.",
    "President of Kazakhstan Erlan Suleimenov posed with the other leaders for the official group photograph.",
  ])("%s", (sentence) => {
    expect(names(sentence)).toEqual(["Arif Gulamov", "Pavel Sedov", "Erlan Suleimenov"]);
  });
});

describe("not a leader posing for anything else", () => {
  it.each([
    "President of Kazakhstan Erlan Suleimenov posed with his wife for the photographers at the airport.",
    "The family photo of the previous summit showed President of Kazakhstan Erlan Suleimenov.",
  ])("%s", (sentence) => {
    expect(names(sentence)).toEqual(["Arif Gulamov", "Pavel Sedov"]);
  });
});
