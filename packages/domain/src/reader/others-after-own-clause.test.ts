// Someone named with a verb and object of his own, then ", and the delegations of … attended" (the styles3 round): the
// verb after the others' subject is theirs, not his ("The host's President X gave a banquet for the leaders, and the
// observers' delegations also attended the inaugural session"). Every sentence here is made up for the rule it tests;
// the people are invented.
import { describe, expect, it } from "vitest";
import { eurasiaKnowledge } from "./fixtures/eurasia-knowledge";
import { readPressRelease } from "./read-press-release";

const names = (sentence: string) =>
  readPressRelease(
    `Dushanbe, 4 June 2016\n\nThe summit of the Council was held in Dushanbe on 4 June 2016. It was attended by President Aibek Toktogulov of Kyrgyzstan.\n\n${sentence}`,
    eurasiaKnowledge,
  ).participants.map((p) => p.nameAsStated);

describe("others' verb after someone's own clause", () => {
  it.each([
    "The Speaker of the Parliament, Dr. Rustam Qodirov, hosted a dinner in honour of the visiting leaders, and the delegations of the observer states also attended the inaugural session.",
    "Mayor Rustam Qodirov gave a reception for the guests, and the heads of the observer delegations attended the summit.",
  ])("guard: is not his: %s", (sentence) => {
    expect(names(sentence)).not.toContain("Rustam Qodirov");
  });

  it.each([
    "President Daniyar Serikov of Kazakhstan, and the delegations of the observer states, also attended the summit.",
    "President Daniyar Serikov of Kazakhstan, Prime Minister Ivan Petrov of Kazakhstan and the delegations of the observer states also attended the summit.",
    "President Daniyar Serikov of Kazakhstan addressed the summit, and the other leaders also spoke.",
  ])("keeps one who shares the verb or has one of his own: %s", (sentence) => {
    expect(names(sentence)).toContain("Daniyar Serikov");
  });
});
