// A leader named in one sentence on something else (a journey, a visit, the week before) and then taking part as "he"
// or "she" in the next: "President X arrived in Astana on Monday. On Tuesday he joined the other leaders for the
// summit." The one person the sentence before names is the pronoun's; none when it names two, and not for what the
// pronoun only said to the press or will do. Every person here is invented.
import { describe, expect, it } from "vitest";
import { eurasiaKnowledge as knowledge } from "./fixtures/eurasia-knowledge";
import { readPressRelease } from "./read-press-release";

const names = (sentences: string) =>
  readPressRelease(
    `ASTANA, 17 June 2025 — The summit of the Central Asian states was held today. Also at the summit were President of Tajikistan Rustam Nazarov and President of Uzbekistan Bakhtiyor Aliyev. ${sentences}`,
    knowledge,
  ).participants.map((participant) => participant.nameAsStated);

describe("'he' or 'she' in the sentence after the one that names a leader", () => {
  it.each([
    "President of Mongolia Bat Erdene arrived in Astana on Monday for a state visit. On Tuesday he joined the Central Asian leaders for the summit.",
    "President of Mongolia Bat Erdene flew in from Ulaanbaatar overnight. He took part in the summit as a guest.",
    "Prime Minister of Mongolia Oyun Bold came to Astana from Beijing. At the session she addressed the summit on water security.",
  ])("%s", (sentences) => {
    expect(names(sentences)).toEqual(expect.arrayContaining([expect.stringMatching(/Erdene|Bold/)]));
  });
});

describe("no one, when the pronoun's person is not clear or took no part", () => {
  it("reads no one when the sentence before names two people", () => {
    const read = names(
      "President of Mongolia Bat Erdene met Prime Minister of Mongolia Oyun Bold in Ulaanbaatar on Monday. On Tuesday he joined the summit.",
    );
    expect(read).not.toContain("President of Mongolia Bat Erdene");
    expect(read.some((name) => /Erdene|Bold/.test(name))).toBe(false);
  });

  it.each([
    "President of Mongolia Bat Erdene arrived in Astana on Monday. He told reporters that the summit was important.",
    "President of Mongolia Bat Erdene spoke with the host by telephone on Monday. He will attend the next summit in Bishkek.",
  ])("%s", (sentences) => {
    expect(names(sentences).some((name) => /Erdene/.test(name))).toBe(false);
  });
});

// Guards on "he" or "she" opening a sentence: the pronoun is the person the sentence before opens on, not one it names
// further on (a late founder the host recalled, a leader paid tribute to who could not come, a former president who
// founded the forum). Every person here is invented.
describe("'he' or 'she' is not a person named further on in the sentence before", () => {
  it.each([
    "The host recalled the late President of Mongolia Bat Erdene, who founded the forum. He then opened the summit.",
    "Rustam Nazarov paid tribute to President of Mongolia Bat Erdene, who could not come because of the floods. He then addressed the summit on water security.",
    "The forum was founded in 2009 by former President of Mongolia Bat Erdene. At the session she addressed the summit on behalf of the host.",
  ])("%s", (sentences) => {
    const read = names(sentences);
    expect(read.some((name) => /Erdene/.test(name))).toBe(false);
    expect(read).toEqual(
      expect.arrayContaining([expect.stringMatching(/Nazarov/), expect.stringMatching(/Aliyev/)]),
    );
  });
});
