// A ruler named after a style alone with his post set off by commas ("Sheikh A, Crown Prince of Zarqa, headed the
// delegation of X"): the post is his, the place in it no second person, and the delegation's country his country
// (no part of the post). Every person and every place here is invented.
import { describe, expect, it } from "vitest";
import { participantsAfterTwoLeaders } from "./participants-test-reading";

const OPENING = `DOHA, 14 March 2024 – The BRICS summit was held today. Taking part were President Pyotr Sobolev of Russia and President Aidos Serikov of Kazakhstan.`;
const read = (sentence: string) => participantsAfterTwoLeaders(OPENING, sentence);

describe("a ruler's post in apposition after a style", () => {
  it.each([
    "Sheikh Hamad bin Saif Al Maktar, Crown Prince of Zarqa Bay, headed the delegation of the United Arab Emirates.",
    "Sheikh Hamad bin Saif Al Maktar, Crown Prince of Zarqa, led the delegation of the United Arab Emirates.",
    "Sheikh Hamad bin Saif Al Maktar, Crown Prince of Zarqa Bay, also headed the delegation of the United Arab Emirates.",
  ])("%s", (sentence) => {
    const [person] = read(sentence);
    expect(person?.[0]).toBe("Hamad bin Saif Al Maktar");
    expect(person?.[1]).toMatch(/^Crown Prince of Zarqa(?: Bay)?$/);
    expect(person?.[2]).toBe("member_state");
    expect(read(sentence)).toHaveLength(1);
  });

  it("guard: a country after the title's 'of' scopes it, and the name after it is a second person", () => {
    expect(
      read(
        "Taking part as guests were Sheikh Hamad bin Saif Al Maktar, President of Belarus Ivan Petrov, and Prime Minister Farrukh Nazarov of Tajikistan.",
      ).map(([name]) => name),
    ).toContain("Ivan Petrov");
  });
});
