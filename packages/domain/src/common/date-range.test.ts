import { describe, expect, it } from "vitest";
import {
  describeMeetingDates,
  describeRange,
  isMeetingDay,
  meetingSpan,
  rangeBounds,
  rangeCovers,
  rangesOverlap,
} from "./date-range";

const russiaPresidency = { startDate: "2019-06-14", endDate: "2020-11-10" };
const tajikistanPresidency = { startDate: "2020-11-10", endDate: null };
const actionPlan = { startDate: "2021", endDate: "2025" };

describe("rangeCovers (half-open)", () => {
  it("does not cover the end date: a chairmanship ending 2020-11-10 does not cover 2020-11-10", () => {
    expect(rangeCovers(russiaPresidency, "2020-11-10")).toBe(false);
    expect(rangeCovers(russiaPresidency, "2020-11-09")).toBe(true);
  });

  it("covers its start date: the next presidency starting 2020-11-10 does", () => {
    expect(rangeCovers(tajikistanPresidency, "2020-11-10")).toBe(true);
    expect(rangeCovers(tajikistanPresidency, "2020-11-09")).toBe(false);
  });

  it("treats a null start as the unbounded past and a null end as ongoing", () => {
    expect(rangeCovers({ startDate: null, endDate: null }, "1991-12-25")).toBe(true);
    expect(rangeCovers({ startDate: null, endDate: "2018-05-07" }, "2001-06-15")).toBe(true);
    expect(rangeCovers(tajikistanPresidency, "2030-01-01")).toBe(true);
  });

  it("reads partial bounds at their widest: 2021–2025 covers all of 2021 through 2025", () => {
    expect(rangeCovers(actionPlan, "2021-01-01")).toBe(true);
    expect(rangeCovers(actionPlan, "2025-12-31")).toBe(true);
    expect(rangeCovers(actionPlan, "2023")).toBe(true);
    expect(rangeCovers(actionPlan, "2020-12-31")).toBe(false);
    expect(rangeCovers(actionPlan, "2026-01-01")).toBe(false);
  });

  it("covers a partial date only when its whole period lies inside", () => {
    expect(rangeCovers(russiaPresidency, "2020-10")).toBe(true);
    expect(rangeCovers(russiaPresidency, "2020-11")).toBe(false);
    expect(rangeCovers(russiaPresidency, "2020")).toBe(false);
  });

  it("covers a range when the range lies inside, and an open range only by an open one", () => {
    expect(rangeCovers(actionPlan, { startDate: "2022-03-01", endDate: "2022-03-05" })).toBe(true);
    expect(rangeCovers(actionPlan, { startDate: "2024", endDate: null })).toBe(false);
    expect(rangeCovers({ startDate: "2001", endDate: null }, { startDate: "2024", endDate: null })).toBe(
      true,
    );
    expect(rangeCovers(actionPlan, { startDate: null, endDate: "2022" })).toBe(false);
  });

  it("covers a meeting when the meeting's whole span lies inside", () => {
    const bishkek = meetingSpan({ startDate: "2019-06-13", endDate: "2019-06-14" });
    expect(rangeCovers({ startDate: "2019-06-13", endDate: null }, bishkek)).toBe(true);
    expect(rangeCovers({ startDate: "2019-06-14", endDate: null }, bishkek)).toBe(false);
    expect(rangeCovers({ startDate: null, endDate: "2019-06-14" }, bishkek)).toBe(false);
    expect(rangeCovers({ startDate: null, endDate: "2019-06-15" }, bishkek)).toBe(true);
  });
});

describe("rangesOverlap", () => {
  it("does not count touching ranges as overlapping", () => {
    expect(rangesOverlap(russiaPresidency, tajikistanPresidency)).toBe(false);
  });

  it("detects a shared day", () => {
    expect(rangesOverlap({ startDate: "2019-06-14", endDate: "2020-11-11" }, tajikistanPresidency)).toBe(
      true,
    );
  });

  it("treats unknown bounds as unbounded", () => {
    expect(rangesOverlap({ startDate: null, endDate: null }, russiaPresidency)).toBe(true);
    expect(rangesOverlap({ startDate: null, endDate: "2019-06-14" }, russiaPresidency)).toBe(false);
  });

  it("flags two ranges that both claim a year, since on a date in it the status is ambiguous", () => {
    expect(rangesOverlap({ startDate: "2005", endDate: "2017" }, { startDate: "2017", endDate: null })).toBe(
      true,
    );
    expect(
      rangesOverlap({ startDate: "2005", endDate: "2017-06-09" }, { startDate: "2017-06-09", endDate: null }),
    ).toBe(false);
  });
});

describe("meetingSpan and descriptions", () => {
  it("turns a one-day meeting's inclusive dates into a half-open range", () => {
    expect(meetingSpan({ startDate: "2020-11-10", endDate: "2020-11-10" })).toEqual({
      startDate: "2020-11-10",
      endDate: "2020-11-11",
    });
    expect(meetingSpan({ startDate: "2020-11-10" })).toEqual({
      startDate: "2020-11-10",
      endDate: "2020-11-11",
    });
    expect(meetingSpan({ startDate: "2020-11-10", endDate: "2020-11-09" })).toEqual({
      startDate: "2020-11-10",
      endDate: "2020-11-11",
    });
    expect(meetingSpan({ startDate: "2019-06-13", endDate: "2019-06-14" })).toEqual({
      startDate: "2019-06-13",
      endDate: "2019-06-15",
    });
  });

  it("exposes the bounds as full days", () => {
    expect(rangeBounds(actionPlan)).toEqual({ from: "2021-01-01", to: "2026-01-01" });
    expect(rangeBounds(russiaPresidency)).toEqual({ from: "2019-06-14", to: "2020-11-10" });
    expect(rangeBounds({ startDate: null, endDate: null })).toEqual({ from: null, to: null });
  });

  it("tells whether a date is one of a meeting's days", () => {
    const bishkek = { startDate: "2019-06-13", endDate: "2019-06-14" };
    expect(isMeetingDay("2019-06-13", bishkek)).toBe(true);
    expect(isMeetingDay("2019-06-14", bishkek)).toBe(true);
    expect(isMeetingDay("2019-06-15", bishkek)).toBe(false);
    expect(isMeetingDay("2019-06-12", bishkek)).toBe(false);
    // A date known only to the month is not a day; a meeting known only to the month holds all its days.
    expect(isMeetingDay("2019-06", bishkek)).toBe(false);
    expect(isMeetingDay("2020-11-10", { startDate: "2020-11" })).toBe(true);
    expect(isMeetingDay(null, bishkek)).toBe(false);
    expect(isMeetingDay("2020-11-10", { startDate: null })).toBe(false);
  });

  it("describes ranges and meeting dates for editors", () => {
    expect(describeRange(russiaPresidency)).toBe("from 2019-06-14 until 2020-11-10");
    expect(describeRange(tajikistanPresidency)).toBe("from 2020-11-10 on");
    expect(describeRange({ startDate: null, endDate: "2018" })).toBe("until 2018");
    expect(describeRange({ startDate: null, endDate: null })).toBe("with no recorded dates");
    expect(describeMeetingDates({ startDate: "2020-11-10", endDate: "2020-11-10" })).toBe("2020-11-10");
    expect(describeMeetingDates({ startDate: "2019-06-13", endDate: "2019-06-14" })).toBe(
      "2019-06-13 – 2019-06-14",
    );
  });
});
