// People a news agency's report quotes (the second styles round): leaders acting at the meeting in a "with" clause
// ("…, with Russian President A and Chinese President B using the meeting to …"), and people quoted from another city
// than the meeting's ("X, speaking in Kyiv, dismissed …", "In Beijing, X said …") or through words someone else read
// out ("said in a message read out by his foreign minister"), who are not at the table. Every
// sentence here is made up for the rule it tests.
import { describe, expect, it } from "vitest";
import { eurasiaKnowledge } from "./fixtures/eurasia-knowledge";
import { readPressRelease } from "./read-press-release";

const namesOf = (body: string) =>
  readPressRelease(
    `Leaders meet in Astana\n\nASTANA, July 4, 2024 — ${body}`,
    eurasiaKnowledge,
  ).participants.map((p) => p.nameAsStated);

const OPENING =
  "Kazakh President Kassym-Jomart Tokayev chaired the summit of the Shanghai Cooperation Organisation in Astana. Kyrgyz President Sadyr Japarov and Tajik President Emomali Rahmon took part.";

describe("leaders in a 'with' clause of what they did at the meeting", () => {
  it("reads 'with A and B using the meeting to …' as both taking part", () => {
    expect(
      namesOf(
        `${OPENING} The leaders met for a day of talks, with Russian President Vladimir Putin and Chinese President Xi Jinping using the meeting to show their partnership.`,
      ),
    ).toEqual(expect.arrayContaining(["Vladimir Putin", "Xi Jinping"]));
  });

  it("still reads 'talks with A' as a mention only", () => {
    expect(
      namesOf(`${OPENING} Tokayev recalled his talks with Russian President Vladimir Putin in Moscow.`),
    ).not.toContain("Vladimir Putin");
  });
});

describe("people quoted from another city", () => {
  it.each([
    "Russian President Vladimir Putin, speaking in Moscow, said the summit was important.",
    "In Moscow, Russian President Vladimir Putin said the summit was important.",
  ])("leaves out the speaker of '%s'", (sentence) => {
    expect(namesOf(`${OPENING} ${sentence}`)).not.toContain("Vladimir Putin");
  });

  it("keeps a speaker who spoke in the meeting's own city", () => {
    expect(
      namesOf(
        `${OPENING} Russian President Vladimir Putin, speaking in Astana, said the summit was important.`,
      ),
    ).toContain("Vladimir Putin");
  });
});

describe("a leader whose words someone else read out", () => {
  it.each([
    "Indian Prime Minister Narendra Modi said in a message read out by his foreign minister that terrorism must be fought.",
    "The foreign minister read out a speech on behalf of Indian Prime Minister Narendra Modi.",
  ])("leaves out the leader of '%s'", (sentence) => {
    expect(namesOf(`${OPENING} ${sentence}`)).not.toContain("Narendra Modi");
  });

  it("still reads a leader who spoke himself", () => {
    expect(
      namesOf(`${OPENING} Indian Prime Minister Narendra Modi said terrorism must be fought.`),
    ).toContain("Narendra Modi");
  });
});
