// A meeting dated by a weekday after "held its … session" (the handovers4 round): "The Authority … held its 63rd
// ordinary session in Bissau on Sunday" under a dateline of that Sunday is that day's meeting, as "… met on Sunday"
// is. Guards: a weekday of another event, and a body that held its session with no day said. Every sentence is made
// up for the rule it tests.
import { describe, expect, it } from "vitest";
import { eurasiaKnowledge } from "./fixtures/eurasia-knowledge";
import { readPressRelease } from "./read-press-release";

const dates = (body: string) => {
  const meeting = readPressRelease(`Bishkek, 9 July 2023\n\n${body}`, eurasiaKnowledge);
  return [meeting.startDate?.value ?? null, meeting.endDate?.value ?? null];
};

describe("a body that held its session on a weekday", () => {
  it.each([
    ["The Council of Heads of State held its ordinary session in Bishkek on Sunday.", "2023-07-09"],
    [
      "The Council of Heads of State held its meeting in Bishkek on Saturday, under the chairmanship of the host.",
      "2023-07-08",
    ],
    ["The heads of state held their annual summit on Friday in the capital.", "2023-07-07"],
  ])("%s", (sentence, day) => {
    expect(dates(`${sentence} President of Kyrgyzstan Sadyr Japarov chaired it.`)).toEqual([day, day]);
  });

  it("does not date the meeting by a weekday of something else", () => {
    expect(
      dates(
        "The Council of Heads of State held its ordinary session in Bishkek on 8 July 2023. The ministers will meet again on Monday.",
      ),
    ).toEqual(["2023-07-08", "2023-07-08"]);
  });
});
