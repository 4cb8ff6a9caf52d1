// A meeting's day after its weekday (the styles3 round): "The Council held its session in Doha on Tuesday, 5 December
// 2023" is dated by that day, as "… on 5 December 2023" is, not by another meeting's day named later in the text.
// Every sentence here is made up for the rule it tests.
import { describe, expect, it } from "vitest";
import { eurasiaKnowledge } from "./fixtures/eurasia-knowledge";
import { readPressRelease } from "./read-press-release";

const dates = (body: string) => {
  const meeting = readPressRelease(`Tashkent, 6 March 2019\n\n${body}`, eurasiaKnowledge);
  return [meeting.startDate?.value, meeting.endDate?.value];
};

describe("a meeting's day after its weekday", () => {
  it.each([
    "The Council held its tenth session in Tashkent on Wednesday, 6 March 2019, under the chairmanship of the host.",
    "The Council held its tenth session in Tashkent on Wednesday 6 March 2019 with all members present.",
  ])("%s", (sentence) => {
    expect(
      dates(
        `${sentence} The leaders recalled the summit held in Bishkek on 14 November 2018. President Aibek Toktogulov of Kyrgyzstan took part.`,
      ),
    ).toEqual(["2019-03-06", "2019-03-06"]);
  });

  it("guard: a later meeting's day after its weekday is not this one's", () => {
    expect(
      dates(
        "The next session will be held in Bishkek on Friday, 8 November 2019. The Council held its tenth session in Tashkent on Wednesday, 6 March 2019. President Aibek Toktogulov of Kyrgyzstan took part.",
      ),
    ).toEqual(["2019-03-06", "2019-03-06"]);
  });

  it("guard: a term that starts on a weekday's date is not the meeting's", () => {
    expect(
      dates(
        "Kyrgyzstan takes over the chairmanship on Tuesday, 1 January 2019. The Council held its tenth session in Tashkent on Wednesday, 6 March 2019. President Aibek Toktogulov of Kyrgyzstan took part.",
      ),
    ).toEqual(["2019-03-06", "2019-03-06"]);
  });
});
