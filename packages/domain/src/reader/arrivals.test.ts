// Leaders who "arrived in the capital" for the meeting a news agency reports: coming to the city of the meeting is
// coming for it, unless the words give another reason (a state visit) or another day. Every person here is invented.
import { describe, expect, it } from "vitest";
import { eurasiaKnowledge as knowledge } from "./fixtures/eurasia-knowledge";
import { readPressRelease } from "./read-press-release";

const names = (sentence: string) =>
  readPressRelease(
    `Central Asian leaders meet in Astana\n\n15 March 2018\n\nASTANA, March 15 — The heads of state of Central Asia met on Thursday for a consultative meeting hosted by Kazakh President Arman Teselov. ${sentence}`,
    knowledge,
  ).participants.map((participant) => participant.nameAsStated);

describe("a leader who arrived in the capital", () => {
  it.each([
    ["Uzbek President Rustam Aliev arrived in the capital in the morning.", ["Rustam Aliev"]],
    [
      "Uzbek President Rustam Aliev and Tajik President Farrukh Nazarov arrived in the Kazakh capital on Wednesday evening.",
      ["Rustam Aliev", "Farrukh Nazarov"],
    ],
  ])("%s", (sentence, added) => {
    expect(names(sentence)).toEqual(["Arman Teselov", ...added]);
  });
});

describe("not one who arrived for something else or at another time", () => {
  it.each([
    "Uzbek President Rustam Aliev arrived in the capital on a state visit.",
    "Uzbek President Rustam Aliev arrived in the capital two days earlier for talks.",
    "Uzbek President Rustam Aliev will arrive in the capital next week.",
  ])("%s", (sentence) => {
    expect(names(sentence)).toEqual(["Arman Teselov"]);
  });
});
