import { describe, expect, it } from "vitest";
import { formatMeetingDates, formatPartialDate, formatPeriod, formatSourceTimestamp } from "./format-date";

describe("formatPartialDate", () => {
  it("writes each date at the precision it is known to", () => {
    expect(formatPartialDate("2021")).toBe("2021");
    expect(formatPartialDate("2019-06")).toBe("June 2019");
    expect(formatPartialDate("2020-11-10")).toBe("10 November 2020");
    expect(formatPartialDate("2001-06-05")).toBe("5 June 2001");
  });

  it("refuses what is not a date rather than guessing", () => {
    expect(() => formatPartialDate("10/11/2020")).toThrow(RangeError);
  });
});

describe("formatMeetingDates", () => {
  it("writes a one-day meeting once", () => {
    expect(formatMeetingDates("2020-11-10", "2020-11-10")).toBe("10 November 2020");
    expect(formatMeetingDates("2020-11-10", null)).toBe("10 November 2020");
  });

  it("shares the month and year of a multi-day meeting", () => {
    expect(formatMeetingDates("2019-06-13", "2019-06-14")).toBe("13–14 June 2019");
    expect(formatMeetingDates("2021-06-30", "2021-07-01")).toBe("30 June – 1 July 2021");
    expect(formatMeetingDates("2020-12-31", "2021-01-01")).toBe("31 December 2020 – 1 January 2021");
  });

  it("writes partial dates out in full", () => {
    expect(formatMeetingDates("2019-06", "2019-07")).toBe("June 2019 – July 2019");
  });
});

describe("formatPeriod", () => {
  it("writes a validity in years compactly", () => {
    expect(formatPeriod("2021", "2025")).toBe("2021–2025");
  });

  it("writes open-ended and day-precise periods", () => {
    expect(formatPeriod("2019-06-14", "2020-11-10")).toBe("14 June 2019 – 10 November 2020");
    expect(formatPeriod("2020-11-10", null)).toBe("from 10 November 2020");
    expect(formatPeriod(null, "2025")).toBe("until 2025");
    expect(formatPeriod(null, null)).toBeNull();
  });
});

describe("formatSourceTimestamp", () => {
  it("keeps the source's clock time", () => {
    expect(formatSourceTimestamp("2020-11-12T10:58")).toBe("12 November 2020, 10:58");
    expect(formatSourceTimestamp("2020-11-12T10:58:00+03:00")).toBe("12 November 2020, 10:58 (UTC+03:00)");
    expect(formatSourceTimestamp("2020-11-12T07:58:00Z")).toBe("12 November 2020, 07:58 UTC");
  });

  it("accepts a plain partial date", () => {
    expect(formatSourceTimestamp("2020-11")).toBe("November 2020");
  });
});

describe("dates in Russian and Chinese", () => {
  it("uses the genitive month after a day in Russian and numbers in Chinese", () => {
    expect(formatPartialDate("2020-11-10", "ru")).toBe("10 ноября 2020");
    expect(formatPartialDate("2019-06", "ru")).toBe("июнь 2019");
    expect(formatPartialDate("2020-11-10", "zh")).toBe("2020年11月10日");
    expect(formatMeetingDates("2019-06-13", "2019-06-14", "ru")).toBe("13–14 июня 2019");
    expect(formatMeetingDates("2019-06-13", "2019-06-14", "zh")).toBe("2019年6月13日至2019年6月14日");
    expect(formatPeriod("2020-11-10", null, "ru")).toBe("с 10 ноября 2020");
    expect(formatPeriod(null, "2025", "zh")).toBe("至2025年");
  });
});
