// Leaders named with their country and no title, two or more, as the subject opening a sentence: in a release about a
// meeting, its leaders acting there. Every person here is invented.
import { describe, expect, it } from "vitest";
import { eurasiaKnowledge as knowledge } from "./fixtures/eurasia-knowledge";
import { readPressRelease } from "./read-press-release";

const names = (sentences: string) =>
  readPressRelease(
    `MOSCOW, 14 March 2019 — The Council of Heads of State of the CIS met today. ${sentences}`,
    knowledge,
  ).participants.map((participant) => [participant.nameAsStated, participant.category.value]);

describe("leaders named by country as a sentence's subject", () => {
  it.each([
    "Aidos Serikov of Kazakhstan, Pyotr Sobolev of Russia and Ruslan Abdykov of Kyrgyzstan signed the declaration.",
    "The leaders, Aidos Serikov of Kazakhstan, Pyotr Sobolev of Russia and Ruslan Abdykov of Kyrgyzstan, adopted a statement.",
    "Kazakhstan's Aidos Serikov, Russia's Pyotr Sobolev and Kyrgyzstan's Ruslan Abdykov discussed water.",
  ])("%s", (sentence) => {
    expect(names(sentence)).toEqual([
      ["Aidos Serikov", "member_state"],
      ["Pyotr Sobolev", "member_state"],
      ["Ruslan Abdykov", "member_state"],
    ]);
  });

  it.each([
    // Companies, one-word names, a single leader, a later meeting.
    "Rosneft of Russia and KazMunayGas of Kazakhstan signed a supply deal.",
    "Serikov of Kazakhstan and Sobolev of Russia spoke first.",
    "Aidos Serikov of Kazakhstan spoke first.",
    "Aidos Serikov of Kazakhstan and Pyotr Sobolev of Russia will meet again next month.",
  ])("not: %s", (sentence) => {
    expect(names(sentence)).toEqual([]);
  });
});
