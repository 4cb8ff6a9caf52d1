import { describe, expect, it } from "vitest";
import {
  comparePartialDates,
  isPartialDate,
  isSamePartialDate,
  isWhollyBefore,
  PartialDate,
  partialDateEnd,
  partialDatePrecision,
  partialDateStart,
} from "./partial-date";

describe("PartialDate", () => {
  it.each(["2021", "2019-06", "2020-11-10", "2020-02-29", "2001-06-15"])("accepts %s", (value) => {
    expect(PartialDate.safeParse(value).success).toBe(true);
    expect(isPartialDate(value)).toBe(true);
  });

  it.each([
    ["2020-02-30", "no 30 February"],
    ["2021-02-29", "2021 is not a leap year"],
    ["2020-13", "no month 13"],
    ["2020-00", "no month 0"],
    ["2020-11-00", "no day 0"],
    ["2020-11-31", "November has 30 days"],
    ["20", "year too short"],
    ["2020-1-5", "unpadded"],
    ["10.11.2020", "not ISO"],
    ["2020-11-10T10:58", "a date-time is not a date"],
    ["", "empty"],
  ])("rejects %s (%s) with an actionable message", (value) => {
    const result = PartialDate.safeParse(value);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toContain("use YYYY, YYYY-MM or YYYY-MM-DD");
  });

  it("knows its precision", () => {
    expect(partialDatePrecision("2021")).toBe("year");
    expect(partialDatePrecision("2019-06")).toBe("month");
    expect(partialDatePrecision("2020-11-10")).toBe("day");
  });
});

describe("partialDateStart / partialDateEnd (half-open period)", () => {
  it.each([
    ["2021", "2021-01-01", "2022-01-01"],
    ["2019-06", "2019-06-01", "2019-07-01"],
    ["2020-12", "2020-12-01", "2021-01-01"],
    ["2020-02", "2020-02-01", "2020-03-01"],
    ["2020-11-10", "2020-11-10", "2020-11-11"],
    ["2020-02-28", "2020-02-28", "2020-02-29"],
    ["2020-12-31", "2020-12-31", "2021-01-01"],
  ])("%s runs from %s up to %s", (value, start, end) => {
    expect(partialDateStart(value)).toBe(start);
    expect(partialDateEnd(value)).toBe(end);
  });

  it("throws on a string that is not a partial date, since callers validate first", () => {
    expect(() => partialDateStart("2020-02-30")).toThrow(RangeError);
  });
});

describe("comparing partial dates", () => {
  it("sorts by start, then by end (more precise first)", () => {
    const dates = ["2021", "2020-11-10", "2020", "2021-01-01", "2019-06"];
    expect([...dates].sort(comparePartialDates)).toEqual([
      "2019-06",
      "2020",
      "2020-11-10",
      "2021-01-01",
      "2021",
    ]);
  });

  it("is wholly before only when the whole period is", () => {
    expect(isWhollyBefore("2020", "2021-03")).toBe(true);
    expect(isWhollyBefore("2020-11-09", "2020-11-10")).toBe(true);
    expect(isWhollyBefore("2020-11-10", "2020-11-10")).toBe(false);
    expect(isWhollyBefore("2021", "2021-03")).toBe(false);
    expect(isWhollyBefore("2020-11", "2020-11-10")).toBe(false);
  });

  it("is the same only with the same precision", () => {
    expect(isSamePartialDate("2020-11-10", "2020-11-10")).toBe(true);
    expect(isSamePartialDate("2021", "2021-01-01")).toBe(false);
  });
});
