// Near misses for this evening's date rules (meeting-opening-and-closing-days.test.ts,
// meeting-dates-of-other-events.test.ts), where they must not fire, and more ways of saying the same. Every sentence
// is written for these tests.
import { describe, expect, it } from "vitest";
import { readMeetingDates } from "./meeting";
import { segment } from "./segment";

const sentencesOf = (text: string) => segment(text).flatMap((paragraph) => paragraph.sentences);
const dates = (text: string, publishedAt: string) => {
  const read = readMeetingDates(text, sentencesOf(text), publishedAt);
  return read ? [read.start.value, read.end.value] : null;
};

describe("guards: a date line is still a date line", () => {
  it.each([
    "KUALA LUMPUR, Nov. 14 – Leaders of the region met today in the capital.",
    "SAN JOSE, Nov. 14 – The presidents met today for their annual summit.",
  ])("dates the meeting by it: %s", (text) => {
    expect(dates(text, "2024-11-14")).toEqual(["2024-11-14", "2024-11-14"]);
  });
});

describe("guards: a chairmanship taken over at the meeting itself", () => {
  it("still dates a meeting held on a day named where a country took over the chairmanship", () => {
    expect(
      dates(
        "On 5 May the leaders met in Lima, where Chile took over the chairmanship of the Council.",
        "2024-05-06",
      ),
    ).toEqual(["2024-05-05", "2024-05-05"]);
  });
});

describe("guards: days of something else beside the meeting's", () => {
  it("keeps the meeting's own day when it was held as a treaty entered into force", () => {
    expect(
      dates(
        "The Council met in Lima on 16 December 2020, the day the trade treaty entered into force.",
        "2020-12-18",
      ),
    ).toEqual(["2020-12-16", "2020-12-16"]);
  });

  it("does not stretch a meeting over days of talks held by others", () => {
    expect(
      dates(
        "QUITO, March 8 – The Andean summit was held today. It followed two days of talks among the trade ministers.",
        "2024-03-08",
      ),
    ).toEqual(["2024-03-08", "2024-03-08"]);
  });
});

describe("more ways of telling a meeting's days", () => {
  it.each([
    "QUITO, March 9 – The Andean summit closed on Saturday after three days of deliberations.",
    "QUITO, March 9 – Andean leaders wrapped up their summit today, after three days of discussions in the old town.",
  ])("counts the days back from the end: %s", (text) => {
    expect(dates(text, "2024-03-09")).toEqual(["2024-03-07", "2024-03-09"]);
  });

  it.each([
    "The summit opened on Thursday, Mar. 7, in Quito. The leaders ended the summit on Friday with a joint statement.",
    "The summit began on Mar. 7 in Quito. The summit concluded on Friday.",
  ])("runs from the opening day to the weekday it closed: %s", (text) => {
    expect(dates(text, "2024-03-08")).toEqual(["2024-03-07", "2024-03-08"]);
  });
});
