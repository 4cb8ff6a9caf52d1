// A minister's portfolio after "for", up to the "of" before the country, is part of the title, not a name: "Vice Prime
// Minister for European and Euro-Atlantic Integration of Ukraine X" was read as a person named "European" (the EU–Ukraine
// fixture of participants10), "Minister for European Integration of Ukraine X" as one named "European Integration". And a
// vice prime minister is a deputy head of government, as a deputy prime minister is, not a prime minister. Every person
// here is invented.
import { describe, expect, it } from "vitest";
import { participants10Knowledge as knowledge } from "./fixtures/participants10-knowledge";
import { readPressRelease } from "./read-press-release";
import { parseTitle } from "./titles";

const read = (sentence: string) =>
  readPressRelease(
    `KYIV, 12 October 2021 — The 23rd Ukraine–European Union Summit took place in Kyiv today. ${sentence}`,
    knowledge,
  );
const everyoneNamed = (sentence: string) => {
  const proposal = read(sentence);
  return [...proposal.participants, ...proposal.personMentions].map((person) => person.nameAsStated);
};

describe("a portfolio after 'for' in a title", () => {
  it.each([
    "The summit was attended by Minister for European Integration of Ukraine Oksana Hrytsenko.",
    "The summit was attended by Vice Prime Minister for European and Euro-Atlantic Integration of Ukraine Oksana Hrytsenko.",
    "Vice Prime Minister for European and Euro-Atlantic Integration of Ukraine Oksana Hrytsenko and Josep Borrell signed the agreement.",
    "The agreement was signed by Vice Prime Minister for European and Euro-Atlantic Integration of Ukraine Oksana Hrytsenko.",
  ])("%s", (sentence) => {
    const named = everyoneNamed(sentence);
    expect(named).toContain("Oksana Hrytsenko");
    expect(named.some((name) => /European|Integration/.test(name))).toBe(false);
  });

  it("keeps the name of one titled with no country after the portfolio", () => {
    expect(
      everyoneNamed("The summit was attended by Minister for European Affairs Oksana Hrytsenko."),
    ).toEqual(["Oksana Hrytsenko"]);
  });
});

describe("a vice prime minister", () => {
  it.each(["Vice Prime Minister of Ukraine", "Vice-Prime Minister of Ukraine", "Vice Premier of Ukraine"])(
    "is no prime minister: %s",
    (title) => {
      expect(parseTitle(title, 0, title.length, knowledge)?.roleNoun).not.toMatch(
        /^(?:Prime Minister|Premier)$/,
      );
    },
  );
});
