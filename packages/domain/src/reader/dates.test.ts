import { describe, expect, it } from "vitest";
import { completeYear, findDates, findNumericTimestamps, findPublicationDate, yearAround } from "./dates";
import { segment } from "./segment";

describe("dates", () => {
  it("reads month-name dates and ranges in both orders", () => {
    const dates = findDates(
      "on November 10, from 22 to 24 August 2023, on September 16–17, 2021 and 5 September 2023",
    );
    expect(dates.map((d) => [d.start, d.end])).toEqual([
      [
        { year: null, month: 11, day: 10 },
        { year: null, month: 11, day: 10 },
      ],
      [
        { year: 2023, month: 8, day: 22 },
        { year: 2023, month: 8, day: 24 },
      ],
      [
        { year: 2021, month: 9, day: 16 },
        { year: 2021, month: 9, day: 17 },
      ],
      [
        { year: 2023, month: 9, day: 5 },
        { year: 2023, month: 9, day: 5 },
      ],
    ]);
  });
  it("reads numeric timestamps as the news site prints them", () => {
    expect(findNumericTimestamps("A meeting 12.11.2020 10:58").map((t) => t.value)).toEqual([
      "2020-11-12T10:58",
    ]);
  });
  it("takes a missing year from the publication, or the year before for a date after it", () => {
    expect(completeYear({ year: null, month: 11, day: 10 }, "2020-11-12T10:58")).toBe(2020);
    expect(completeYear({ year: null, month: 12, day: 28 }, "2021-01-03")).toBe(2020);
    expect(completeYear({ year: null, month: 12, day: 28 }, null)).toBeNull();
  });
  it("finds the publication date in the header or a dateline", () => {
    const header =
      "Headline\n\nHeadline 12.11.2020 10:58\n\nThe meeting of the council was held in a videoconference format on November 10.";
    expect(findPublicationDate(header, segment(header))?.value).toBe("2020-11-12T10:58");
    const dateline =
      "JAKARTA, 5 September 2023 – The summit was held in the capital of the country today with all leaders.";
    expect(findPublicationDate(dateline, segment(dateline))?.value).toBe("2023-09-05");
  });
  it("takes a missing year from a year alone", () => {
    expect(completeYear({ year: null, month: 12, day: 9 }, "2022")).toBe(2022);
    expect(completeYear({ year: null, month: 1, day: 9 }, "2022")).toBe(2022);
  });
  it("puts a day without a year after a reference day when the text looks ahead, before it when it looks back", () => {
    expect(yearAround({ year: null, month: 1, day: 1 }, "2022-10-14", true)).toBe(2023);
    expect(yearAround({ year: null, month: 11, day: 1 }, "2022-10-14", true)).toBe(2022);
    expect(yearAround({ year: null, month: 1, day: 1 }, "2022-10-14", false)).toBe(2022);
    expect(yearAround({ year: null, month: 12, day: 1 }, "2023-01-10", false)).toBe(2022);
    expect(yearAround({ year: 2030, month: 1, day: 1 }, "2022-10-14", false)).toBe(2030);
  });
});
