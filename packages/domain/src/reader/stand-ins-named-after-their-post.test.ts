// A stand-in named after his post in apposition, with "the" before it: "represented by the Chairman of the Senate, X"
// (a house of parliament is no part of a name), "by the Minister of Transport and Communications, Y" (the portfolio's
// "and" joins no two people), and a second country's with the verb left out ("…, and Kazakhstan by the Prime Minister,
// Z"). Guards: two ministers each with his own portfolio, a house of parliament as a subject, an elided clause with no
// one named. Every person here is invented.
import { describe, expect, it } from "vitest";
import { chair4Knowledge as knowledge } from "./fixtures/chair4-knowledge";
import { statedNamesAndPosts } from "./participants-test-reading";

const read = (sentence: string) =>
  statedNamesAndPosts(
    `Baku, 16 October 2012 — The twelfth summit of the Economic Cooperation Organization took place today. President of Azerbaijan Rauf Mammadov presided. ${sentence}`,
    knowledge,
  );

describe("a stand-in named after his post in apposition", () => {
  it.each([
    [
      "Uzbekistan was represented by the Chairman of the Senate, Timur Karimov.",
      "Timur Karimov",
      "Chairman of the Senate of Uzbekistan",
    ],
    [
      "Uzbekistan was represented by the Speaker of the Legislative Chamber, Timur Karimov.",
      "Timur Karimov",
      "Speaker of the Legislative Chamber of Uzbekistan",
    ],
    [
      "Kazakhstan was represented by the Minister of Transport and Communications, Askar Nurlanov.",
      "Askar Nurlanov",
      "Minister of Transport and Communications of Kazakhstan",
    ],
    [
      "Uzbekistan was represented by its Foreign Minister, Timur Karimov, and Kazakhstan by the Prime Minister, Askar Nurlanov.",
      "Askar Nurlanov",
      "Prime Minister of Kazakhstan",
    ],
  ])("%s", (sentence, name, post) => {
    expect(read(sentence)).toContainEqual([name, post]);
  });

  it("keeps two ministers apart, each with his own portfolio", () => {
    expect(
      read(
        "The Minister of Trade and Industry, Askar Nurlanov, and the Minister of Energy, Bolat Serikov, represented Kazakhstan.",
      ).map(([name]) => name),
    ).toEqual(expect.arrayContaining(["Askar Nurlanov", "Bolat Serikov"]));
  });

  it.each([
    "The Legislative Chamber of Uzbekistan ratified the agreement on transit.",
    "Uzbekistan was represented by its Foreign Minister, Timur Karimov, and Kazakhstan by the way sent nobody.",
  ])("names no one else: %s", (sentence) => {
    expect(read(sentence).map(([name]) => name)).toEqual(
      expect.not.arrayContaining(["Legislative Chamber", "Uzbekistan", "Kazakhstan"]),
    );
    expect(read(sentence).length).toBeLessThanOrEqual(2);
  });
});
