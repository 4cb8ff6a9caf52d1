// Forms of address before a name written without their dots or in full (the styles3 round): "The Rt Hon A", "The
// Honourable B", "Bapak C", "Ibu D" are no part of the name. Every sentence here is made up for the rule it tests; the
// people are invented.
import { describe, expect, it } from "vitest";
import { eurasiaKnowledge } from "./fixtures/eurasia-knowledge";
import { readPressRelease } from "./read-press-release";

const names = (sentence: string) =>
  readPressRelease(
    `Minsk, 12 March 2019\n\nThe Council of Heads of State of the CIS met in Minsk on 12 March 2019. President Ivan Petrov of Belarus chaired the meeting.\n\n${sentence}`,
    eurasiaKnowledge,
  ).participants.map((p) => p.nameAsStated);

describe("a form of address before the name", () => {
  it.each([
    ["The Rt Hon Daniyar Serikov, Prime Minister of Kazakhstan, also attended.", "Daniyar Serikov"],
    ["The Honourable Daniyar Serikov, Prime Minister of Kazakhstan, also attended.", "Daniyar Serikov"],
    ["Bapak Aibek Toktogulov, President of Kyrgyzstan, also took part.", "Aibek Toktogulov"],
    ["Ibu Aigul Toktogulova, President of Kyrgyzstan, also took part.", "Aigul Toktogulova"],
  ])("%s", (sentence, name) => {
    expect(names(sentence)).toContain(name);
  });

  it("guard: a name that only begins with the same letters keeps them", () => {
    expect(names("President Honorata Ibukova of Kyrgyzstan also took part.")).toContain("Honorata Ibukova");
  });
});
