import { describe, expect, it } from "vitest";
import { completeYear, findDates, findNumericTimestamps, findPublicationDate, yearAround } from "./dates";
import { segment } from "./segment";

describe("numeric dates with slashes", () => {
  it.each([
    ["BRASILIA, 15/04/2010 – The BRIC summit opened.", "2010-04-15"],
    ["BRASILIA, 04/15/2010 – The BRIC summit opened.", "2010-04-15"],
    ["Brasília, 05/04/2010 – The BRIC summit opened.", "2010-04-05"],
  ])("a dateline's numeric date, day first unless it cannot be: %s", (text, day) => {
    expect(findPublicationDate(text, segment(text))?.value).toBe(day);
  });
});

describe("numeric dates with the year first", () => {
  it.each([
    [
      "Premier attends the summit of the Organization\n\n2015/07/10\n\nThe meeting of the council was held in the capital on July 10 with all the leaders.",
      "2015-07-10",
    ],
    [
      "Vice Premier at the forum\n\n2009.10.14\n\nThe meeting of the council was held in the capital on October 14 with the ministers.",
      "2009-10-14",
    ],
    [
      "Leaders meet in the capital\n\n2019-6-14\n\nThe meeting of the council was held in the capital on June 14 with all the leaders.",
      "2019-06-14",
    ],
  ])("a header's date, year, month and day: %s", (text, day) => {
    expect(findPublicationDate(text, segment(text))?.value).toBe(day);
  });
  it("takes no range of years or a month that cannot be one for a date", () => {
    expect(
      findNumericTimestamps("the programme for 2016-2020 and the plan 2024/13/01").map((t) => t.value),
    ).toEqual([]);
  });
});

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

describe("day ranges across a month's end", () => {
  const range = (text: string) => findDates(text).map((d) => [d.start, d.end]);

  it.each([
    ["on 28-1 March 2014", 2014, 2, 28, 3, 1],
    ["on 30–1 December 2019", 2019, 11, 30, 12, 1],
    ["from 31 to 2 January 2020", 2019, 12, 31, 1, 2],
  ])("%s: the first day is in the month before", (text, year, startMonth, startDay, endMonth, endDay) => {
    const endYear = endMonth === 1 ? year + 1 : year;
    expect(range(text)).toEqual([
      [
        { year, month: startMonth, day: startDay },
        { year: endYear, month: endMonth, day: endDay },
      ],
    ]);
  });

  it.each([
    "on 28–29 February 2014",
    "on February 28 and 29, 2014",
    "on 30-31 April 2019",
    "on 31 June 2019",
  ])("%s: a day the calendar does not have is no date", (text) => {
    expect(range(text)).toEqual([]);
  });

  it("keeps 29 February of a leap year, and with no year", () => {
    expect(range("on 28–29 February 2024 and on 29 February")).toHaveLength(2);
  });

  it("still reads a range with both months", () => {
    expect(range("28 February – 1 March 2014")).toEqual([
      [
        { year: 2014, month: 2, day: 28 },
        { year: 2014, month: 3, day: 1 },
      ],
    ]);
  });
});

describe("a publication time after a bar or a dot", () => {
  it.each([
    [
      "Ministers meet on the coast\n\n14.03.2023 | 09:15\n\nQUITO, March 14 – The ministers met today.",
      "2023-03-14T09:15",
    ],
    [
      "Ministers meet on the coast\n\n14 March 2023 · 09:15\n\nQUITO, March 14 – The ministers met today.",
      "2023-03-14T09:15",
    ],
    [
      "Ministers meet on the coast\n\n14/03/2023 – 21:05\n\nQUITO, March 14 – The ministers met today.",
      "2023-03-14T21:05",
    ],
  ])("joins the time to the date: %s", (text, value) => {
    expect(findPublicationDate(text, segment(text))?.value).toBe(value);
  });

  it("takes no number after a bar that is not a time", () => {
    expect(findNumericTimestamps("Issue 14.03.2023 | 12 pages").map((t) => t.value)).toEqual(["2023-03-14"]);
  });
});
