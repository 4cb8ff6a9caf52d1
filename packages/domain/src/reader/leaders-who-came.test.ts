// A round-up's group of leaders, how they came, a colon and their names (the styles3 round): "Only a handful of heads
// of state made the trip: A, B and C". Every sentence here is made up for the rule it tests; the people are invented.
import { describe, expect, it } from "vitest";
import { eurasiaKnowledge } from "./fixtures/eurasia-knowledge";
import { readPressRelease } from "./read-press-release";

const names = (sentence: string) =>
  readPressRelease(
    `TASHKENT, June 4, 2016 (news agency) - The summit of the Council ended in Tashkent on Saturday with a declaration on water.\n\n${sentence} Most other members sent ministers.`,
    eurasiaKnowledge,
  ).participants.map((p) => p.nameAsStated);

describe("leaders who came, named after a colon", () => {
  it.each([
    "Only three heads of state made the trip: Kazakhstan's President Daniyar Serikov, Aibek Toktogulov of Kyrgyzstan and Tajik President Farrukh Nazarov.",
    "Three presidents attended in person: Kazakhstan's President Daniyar Serikov, Aibek Toktogulov of Kyrgyzstan and Tajik President Farrukh Nazarov.",
    "Just three leaders travelled to Tashkent: Kazakhstan's President Daniyar Serikov, Aibek Toktogulov of Kyrgyzstan and Tajik President Farrukh Nazarov.",
  ])("%s", (sentence) => {
    expect(names(sentence)).toEqual(["Daniyar Serikov", "Aibek Toktogulov", "Farrukh Nazarov"]);
  });

  it.each([
    "Three presidents stayed away: Kazakhstan's President Daniyar Serikov, Aibek Toktogulov of Kyrgyzstan and Tajik President Farrukh Nazarov.",
    "The leaders made the trip despite the weather: officials said the talks began late.",
    "Three presidents made the trip last year: Kazakhstan's President Daniyar Serikov, Aibek Toktogulov of Kyrgyzstan and Tajik President Farrukh Nazarov.",
  ])("guard: no one who stayed away, no list, or another year's: %s", (sentence) => {
    expect(names(sentence)).toEqual([]);
  });
});
