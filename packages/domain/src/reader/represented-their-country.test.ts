// A stand-in who "represented his country" (the styles3 round): the country is the one his own title names, and he
// takes part in his own post — at this meeting only. Every sentence here is made up for the rule it tests; the people
// are invented.
import { describe, expect, it } from "vitest";
import { eurasiaKnowledge } from "./fixtures/eurasia-knowledge";
import { readPressRelease } from "./read-press-release";

const names = (sentence: string) =>
  readPressRelease(
    `Minsk, 12 March 2019\n\nThe Council of Heads of State of the CIS met in Minsk on 12 March 2019. President Ivan Petrov of Belarus chaired the meeting.\n\n${sentence}`,
    eurasiaKnowledge,
  )
    .participants.slice(1)
    .map((p) => [p.nameAsStated, p.country?.value.countryId ?? null]);

describe("one who represented his country", () => {
  it.each([
    "Daniyar Serikov, First Deputy Prime Minister of Kazakhstan, represented his country.",
    "Daniyar Serikov, First Deputy Prime Minister of Kazakhstan, represented his country at the summit.",
    "First Deputy Prime Minister Daniyar Serikov of Kazakhstan also represented his government.",
  ])("%s", (sentence) => {
    expect(names(sentence)).toEqual([["Daniyar Serikov", "ctykzx0001"]]);
  });

  it.each([
    "Daniyar Serikov, First Deputy Prime Minister of Kazakhstan, represented his country at the Asian Games in 1998.",
    "Daniyar Serikov, First Deputy Prime Minister of Kazakhstan, will represent his country at the next summit.",
    "Daniyar Serikov, First Deputy Prime Minister of Kazakhstan, represented his country at the next summit in Baku.",
  ])("guard: another event or a later meeting: %s", (sentence) => {
    expect(names(sentence)).toEqual([]);
  });
});
