import { describe, expect, it } from "vitest";
import { InstantInput } from "./inputs";

describe("InstantInput", () => {
  it("takes instants in the years 1 to 9999, as text or dates", () => {
    expect(InstantInput.parse("2020-11-10T09:00:00Z")).toEqual(new Date("2020-11-10T09:00:00Z"));
    expect(InstantInput.parse("0001-01-01T00:00:00.000Z").getUTCFullYear()).toBe(1);
    expect(InstantInput.parse("9999-12-31T23:59:59.999Z").getUTCFullYear()).toBe(9999);
  });

  it("refuses year 0, years beyond 9999 and what is no date, with a message", () => {
    // The malformed-input attack sent audit.list a `from` of year 0, which PostgreSQL refused as a 500.
    for (const value of [
      "0000-01-01T00:00:00.000Z",
      "+010000-01-01T00:00:00.000Z",
      "not a date",
      Number.NaN,
    ]) {
      const result = InstantInput.safeParse(value);
      expect(result.success, String(value)).toBe(false);
    }
    expect(InstantInput.safeParse("0000-01-01T00:00:00.000Z").error?.issues[0]?.message).toBe(
      "Give a date in the years 1 to 9999.",
    );
  });
});
