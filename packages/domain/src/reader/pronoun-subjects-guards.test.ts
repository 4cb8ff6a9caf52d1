// Guards on "he" or "she" opening a sentence: the pronoun is the person the sentence before opens on, not one it names
// further on (a late founder the host recalled, a leader paid tribute to who could not come, a former president who
// founded the forum). Every person here is invented.
import { describe, expect, it } from "vitest";
import { eurasiaKnowledge as knowledge } from "./fixtures/eurasia-knowledge";
import { readPressRelease } from "./read-press-release";

const names = (sentences: string) =>
  readPressRelease(
    `ASTANA, 17 June 2025 — The summit of the Central Asian states was held today. Also at the summit were President of Tajikistan Rustam Nazarov and President of Uzbekistan Bakhtiyor Aliyev. ${sentences}`,
    knowledge,
  ).participants.map((participant) => participant.nameAsStated);

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
