// The meeting's day beside days of other things the release tells of: a chairmanship that starts on a later day ("On 1
// January Chile takes over the chairmanship of the Council") and something that takes effect on a day named after
// "days before". Every sentence is written for these tests.
import { describe, expect, it } from "vitest";
import { readMeetingDates } from "./meeting";
import { segment } from "./segment";

const sentencesOf = (text: string) => segment(text).flatMap((paragraph) => paragraph.sentences);
const dates = (text: string, publishedAt: string) => {
  const read = readMeetingDates(text, sentencesOf(text), publishedAt);
  return read ? [read.start.value, read.end.value] : null;
};

describe("a chairmanship that starts on a day named", () => {
  it.each([
    "The presidents met in Lima for a session of the Council. On 1 January 2021, Chile takes over the chairmanship of the Council from Peru.",
    "The leaders met in Lima for a session of the Council. On 1 January 2021 the chairmanship of the Council will pass to Chile.",
    "The presidents gathered in Lima for the last session of the Council this year. On 1 January, Chile assumes the chairmanship of the Council.",
  ])("dates the meeting by the day of the release, not the term's start: %s", (text) => {
    expect(dates(text, "2020-12-18")).toEqual(["2020-12-18", "2020-12-18"]);
  });

  it("still dates a meeting whose sentence opening 'On <day>' reports it", () => {
    expect(
      dates(
        "On 17 December the leaders met in Lima for the Council's session. Chile takes over the chairmanship of the Council in January.",
        "2020-12-18",
      ),
    ).toEqual(["2020-12-17", "2020-12-17"]);
  });
});

describe("a day something takes effect on", () => {
  it.each([
    "The Council met in Lima. The meeting took place days before the new tariff code takes effect on 1 January 2021.",
    "The Council met in Lima. The session was held shortly before the customs agreement enters into force on 5 January 2021.",
  ])("is not the meeting's day: %s", (text) => {
    expect(dates(text, "2020-12-18")).toEqual(["2020-12-18", "2020-12-18"]);
  });

  it("still reads a meeting held on a day named", () => {
    expect(dates("The meeting of the Council took place in Lima on 16 December 2020.", "2020-12-18")).toEqual(
      ["2020-12-16", "2020-12-16"],
    );
  });
});
