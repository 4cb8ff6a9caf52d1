import { describe, expect, it } from "vitest";
import { checkDateOrder } from "./dates";

describe("rule 1: end date on or after start date", () => {
  it("passes ordered, equal, open and unknown dates", () => {
    expect(checkDateOrder({ startDate: "2019-06-14", endDate: "2020-11-10" })).toEqual([]);
    expect(checkDateOrder({ startDate: "2020-11-10", endDate: "2020-11-10" })).toEqual([]);
    expect(checkDateOrder({ startDate: "2020-11-10", endDate: null })).toEqual([]);
    expect(checkDateOrder({ startDate: null, endDate: "2018-05-07" })).toEqual([]);
    expect(checkDateOrder({ startDate: "2021", endDate: "2025" })).toEqual([]);
  });

  it("passes a partial end that may fall after the start", () => {
    expect(checkDateOrder({ startDate: "2020-11-10", endDate: "2020-11" })).toEqual([]);
    expect(checkDateOrder({ startDate: "2021", endDate: "2021-03" })).toEqual([]);
  });

  it("reports an end before the start as an error on the end field", () => {
    expect(
      checkDateOrder(
        { startDate: "2020-11-10", endDate: "2019-06-14" },
        { path: ["chairmanships", 1], subject: "Russia's chairmanship of the SCO" },
      ),
    ).toEqual([
      {
        rule: "dates",
        code: "end_before_start",
        severity: "error",
        path: ["chairmanships", 1, "endDate"],
        message:
          "Russia's chairmanship of the SCO ends (2019-06-14) before it starts (2020-11-10); the end date must be on or after the start date.",
      },
    ]);
  });

  it("reports a partial end wholly before the start, under custom field names", () => {
    const issues = checkDateOrder(
      { startDate: "2025", endDate: "2021" },
      { fields: ["validFrom", "validTo"] },
    );
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ code: "end_before_start", path: ["validTo"] });
    expect(issues[0]?.message).toMatch(/^This record ends \(2021\) before it starts \(2025\)/);
  });
});
