import { describe, expect, it } from "vitest";
import type { RuleIssue } from "./rule-issue";
import { errorsOf, hasErrors, indexById, nameOf, warningsOf } from "./rule-issue";

const warning: RuleIssue = {
  rule: "chair",
  code: "chair_missing",
  severity: "warning",
  path: [],
  message: "w",
};
const error: RuleIssue = {
  rule: "dates",
  code: "end_before_start",
  severity: "error",
  path: ["endDate"],
  message: "e",
};

describe("rule issues", () => {
  it("blocks a save only when there is an error", () => {
    expect(hasErrors([])).toBe(false);
    expect(hasErrors([warning])).toBe(false);
    expect(hasErrors([warning, error])).toBe(true);
    expect(errorsOf([warning, error])).toEqual([error]);
    expect(warningsOf([warning, error])).toEqual([warning]);
  });

  it("names ids, falling back to the id", () => {
    expect(nameOf({ a: "Russia" }, "a", "country")).toBe("Russia");
    expect(nameOf(undefined, "b", "country")).toBe("country b");
    expect(indexById([{ id: "x", n: 1 }])).toEqual({ x: { id: "x", n: 1 } });
  });
});
