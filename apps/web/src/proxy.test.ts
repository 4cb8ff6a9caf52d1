import { LOCALES } from "@plenary/domain";
import { describe, expect, it, vi } from "vitest";
import { config } from "./proxy";

// Only the matcher is under test; next-intl's middleware itself needs Next's runtime.
vi.mock("next-intl/middleware", () => ({ default: () => () => null }));

// The middleware's matcher has to be a literal (Next reads it from the source), so it names the locales itself: this
// keeps it in step with LOCALES. Next compiles the pattern as a regular expression over the whole path.
const runsOn = (path: string) => config.matcher.some((pattern) => new RegExp(`^${pattern}$`).test(path));

describe("where the locale middleware runs", () => {
  it("skips every address that starts with a locale", () => {
    for (const locale of LOCALES) {
      expect(runsOn(`/${locale}`), locale).toBe(false);
      expect(runsOn(`/${locale}/meetings/a-meeting`), locale).toBe(false);
    }
  });

  it("runs on the bare home page and on addresses without a locale", () => {
    for (const path of ["/", "/people", "/meetings/a-meeting", "/energy", "/de/people", "/enx"])
      expect(runsOn(path), path).toBe(true);
  });

  it("never runs on the API, feeds, Next's own files or files", () => {
    for (const path of ["/api/v1/meetings", "/feeds/meetings", "/_next/static/x.js", "/favicon.ico"])
      expect(runsOn(path), path).toBe(false);
  });
});
