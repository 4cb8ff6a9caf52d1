// Guards on "said the meeting …": a leader who comments on the meeting from outside it (speaking in his own capital,
// of what the meeting would do, as a former leader) is not read as taking part, while the leaders listed still are.
// Every person here is invented.
import { describe, expect, it } from "vitest";
import { eurasiaKnowledge as knowledge } from "./fixtures/eurasia-knowledge";
import { readPressRelease } from "./read-press-release";

const names = (sentence: string) =>
  readPressRelease(
    `ASTANA, 15 March 2018 — The consultative meeting of the heads of state of Central Asia was held today. Taking part were President of Tajikistan Rustam Nazarov and President of Uzbekistan Bakhtiyor Aliyev. ${sentence}`,
    knowledge,
  ).participants.map((participant) => participant.nameAsStated);

describe("'said the meeting …' from outside the meeting is no taking part", () => {
  it.each([
    "Speaking in Bishkek, President of Kyrgyzstan Almaz Toktorov said the meeting should not have been held without him.",
    "President of Kyrgyzstan Almaz Toktorov said the meeting would be followed closely in Bishkek.",
    "Former President of Kyrgyzstan Almaz Toktorov said the meeting had come too late.",
  ])("%s", (sentence) => {
    const read = names(sentence);
    expect(read).not.toContain("Almaz Toktorov");
    expect(read).toEqual(expect.arrayContaining(["Rustam Nazarov", "Bakhtiyor Aliyev"]));
  });

  it("still reads a leader speaking where the meeting is", () => {
    expect(
      names("Speaking in Astana, President of Kyrgyzstan Almaz Toktorov said the meeting opened a new page."),
    ).toContain("Almaz Toktorov");
  });

  it("still reads a leader speaking from his capital at a meeting held by video", () => {
    const text =
      "ASTANA, 15 March 2018 — The consultative meeting of the heads of state of Central Asia was held by videoconference today. " +
      "Taking part were President of Tajikistan Rustam Nazarov and President of Uzbekistan Bakhtiyor Aliyev. " +
      "Speaking from Bishkek, President of Kyrgyzstan Almaz Toktorov said the meeting opened a new page.";
    expect(
      readPressRelease(text, knowledge).participants.map((participant) => participant.nameAsStated),
    ).toContain("Almaz Toktorov");
  });
});
