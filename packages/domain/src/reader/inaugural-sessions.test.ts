// "The inaugural session" (the styles3 round): South Asian, Islamic and UN releases call the opening sitting of the
// meeting itself so, while "the inaugural summit" is the body's first. Every sentence here is made up for the rule it
// tests; the people are invented.
import { describe, expect, it } from "vitest";
import { eurasiaKnowledge } from "./fixtures/eurasia-knowledge";
import { readPressRelease } from "./read-press-release";

const names = (sentence: string) =>
  readPressRelease(
    `Dushanbe, 4 June 2016\n\nThe summit of the Council was held in Dushanbe on 4 June 2016. It was attended by President Aibek Toktogulov of Kyrgyzstan.\n\n${sentence}`,
    eurasiaKnowledge,
  ).participants.map((p) => p.nameAsStated);

describe("the inaugural session of the meeting", () => {
  it.each([
    "President Daniyar Serikov of Kazakhstan addressed the inaugural session.",
    "President Daniyar Serikov of Kazakhstan spoke at the inaugural session of the summit.",
    "The President of Kazakhstan, Daniyar Serikov, addressed the inaugural session.",
  ])("is this meeting's sitting: %s", (sentence) => {
    expect(names(sentence)).toContain("Daniyar Serikov");
  });

  it.each([
    "President Daniyar Serikov of Kazakhstan recalled that he had addressed the inaugural summit of the Council.",
    "President Daniyar Serikov of Kazakhstan had attended the founding session in 2001.",
    "President Daniyar Serikov of Kazakhstan addressed the inaugural session of the parliament last year.",
  ])("guard: the body's first summit or another sitting is another event: %s", (sentence) => {
    expect(names(sentence)).not.toContain("Daniyar Serikov");
  });
});
