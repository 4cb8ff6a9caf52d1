// A meeting of several days that the text dates by one day only: "The two-day summit closed in Samarkand today",
// "concluded its two-day meeting on Friday", "The three-day session opened yesterday" — the day given is the last
// when the sentence says the meeting ended, the first when it says it opened; a report of the meeting's close is a
// report of the meeting; "On the second day, …" makes a meeting dated by one day last at least two. Every sentence
// is written for these tests.
import { describe, expect, it } from "vitest";
import { readMeetingDates } from "./meeting";
import { segment } from "./segment";

const dates = (text: string, publishedAt: string | null = null) => {
  const found = readMeetingDates(
    text,
    segment(text).flatMap((paragraph) => paragraph.sentences),
    publishedAt,
  );
  return found ? [found.start.value, found.end.value] : null;
};

describe("a meeting of several days dated by its last day", () => {
  it.each([
    [
      "The two-day summit of the Organisation closed in Samarkand today.",
      "2022-09-16",
      ["2022-09-15", "2022-09-16"],
    ],
    [
      "The Council concluded its two-day meeting in Turkestan on Friday.",
      "2022-09-17",
      ["2022-09-15", "2022-09-16"],
    ],
    [
      "The three-day session of the Assembly ended in Khiva yesterday.",
      "2022-09-17",
      ["2022-09-14", "2022-09-16"],
    ],
    [
      "The two-day meeting of the Council of Heads of Government ended in Astana on 15 December.",
      "2014-12-16",
      ["2014-12-14", "2014-12-15"],
    ],
  ])("starts as many days before as it lasted: %s", (text, published, expected) => {
    expect(dates(text, published)).toEqual(expected);
  });
});

describe("a meeting of several days dated by its first day", () => {
  it.each([
    [
      "The two-day summit of the Organisation opened in Samarkand today.",
      "2022-09-15",
      ["2022-09-15", "2022-09-16"],
    ],
    [
      "A three-day session of the Council began in Osh on 2 November 2018.",
      null,
      ["2018-11-02", "2018-11-04"],
    ],
    [
      "The 2-day meeting of the Council started in Khujand yesterday.",
      "2019-10-29",
      ["2019-10-28", "2019-10-29"],
    ],
  ])("ends as many days after as it lasted: %s", (text, published, expected) => {
    expect(dates(text, published)).toEqual(expected);
  });
});

describe("a meeting dated by one day whose text speaks of a later day of it", () => {
  it.each([
    [
      "The summit of the Council opened in Astana on 3 July 2024. On the second day the leaders signed the declaration.",
      ["2024-07-03", "2024-07-04"],
    ],
    [
      "The Council met in Osh on 2 November 2018. During the second day, the prime ministers approved the budget.",
      ["2018-11-02", "2018-11-03"],
    ],
    [
      "The Assembly convened in Khiva on 14 September 2022; the resolutions were adopted on the third day of the session.",
      ["2022-09-14", "2022-09-16"],
    ],
  ])("lasts at least to that day: %s", (text, expected) => {
    expect(dates(text)).toEqual(expected);
  });

  it("is not lengthened by a later day of a visit", () => {
    expect(
      dates(
        "The Council met in Astana on 3 July 2024. On the second day of his state visit, the President opened a factory.",
      ),
    ).toEqual(["2024-07-03", "2024-07-03"]);
  });
});

describe("a meeting of several days whose text gives both days, or neither end", () => {
  it.each([
    ["The two-day summit was held in Astana on 3–4 July 2024.", "2024-07-04", ["2024-07-03", "2024-07-04"]],
    [
      "The leaders met in Astana on 4 July 2024, the second day of the two-day summit.",
      "2024-07-04",
      ["2024-07-04", "2024-07-04"],
    ],
  ])("keeps the days it gives: %s", (text, published, expected) => {
    expect(dates(text, published)).toEqual(expected);
  });
});
