// A meeting of two or more days told by its opening and closing: a month abbreviated before the day ("on Monday, Nov.
// 13"), a sentence opening with a few capitalised words and a weekday (no date line), "opened on <day>" beside "closed
// on <weekday>", and "after two days of talks". Every sentence is written for these tests.
import { describe, expect, it } from "vitest";
import { readMeetingDates } from "./meeting";
import { segment } from "./segment";

const sentencesOf = (text: string) => segment(text).flatMap((paragraph) => paragraph.sentences);
const dates = (text: string, publishedAt: string) => {
  const read = readMeetingDates(text, sentencesOf(text), publishedAt);
  return read ? [read.start.value, read.end.value] : null;
};

describe("a month abbreviated before a day or a year", () => {
  it.each([
    [
      "The forum opened on Friday, Feb. 9, in Quito. It ended.",
      "The forum opened on Friday, Feb. 9, in Quito.",
    ],
    [
      "The pact was signed in Sept. 2019 by both sides. It holds.",
      "The pact was signed in Sept. 2019 by both sides.",
    ],
  ])("keeps the sentence whole: %s", (text, first) => {
    expect(sentencesOf(text)[0]!.text).toBe(first);
  });

  it("still ends a sentence at a month's abbreviation with no number after it", () => {
    expect(sentencesOf("The talks were held in Dec. Then the ministers left.").map((s) => s.text)).toEqual([
      "The talks were held in Dec.",
      "Then the ministers left.",
    ]);
  });
});

describe("a summit that opened on a day named and closed on a weekday", () => {
  it.each([
    "Andean leaders closed their summit in Quito on Friday evening.\n\nThe summit opened on Thursday, Mar. 7, at the Congress Hall.",
    "QUITO, March 8 – Andean leaders ended their summit on Friday with a declaration.\n\nThe summit opened on Thursday, March 7, in the old town.",
  ])("runs from the opening day to the closing one: %s", (text) => {
    expect(dates(text, "2024-03-08T20:00")).toEqual(["2024-03-07", "2024-03-08"]);
  });

  it("keeps one day when no sentence says the meeting closed later", () => {
    expect(
      dates(
        "The summit opened on Thursday, Mar. 7, at the Congress Hall. The leaders discussed trade.",
        "2024-03-08",
      ),
    ).toEqual(["2024-03-07", "2024-03-07"]);
  });
});

describe("a meeting that ended after days of talks", () => {
  it.each([
    "QUITO, March 8 – The Andean summit ended on Friday after two days of talks in the old town.",
    "QUITO, March 8 – The leaders closed the Andean summit today, after two days of deliberations.",
  ])("starts the days before its end: %s", (text) => {
    expect(dates(text, "2024-03-08")).toEqual(["2024-03-07", "2024-03-08"]);
  });

  it("keeps one day for two days of talks that are not the meeting's", () => {
    expect(
      dates(
        "QUITO, March 8 – The Andean summit ended on Friday. Two days of storms had closed the airport.",
        "2024-03-08",
      ),
    ).toEqual(["2024-03-08", "2024-03-08"]);
  });
});
