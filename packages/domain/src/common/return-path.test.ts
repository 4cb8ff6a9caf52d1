import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { sameOriginPath } from "./return-path";

const ORIGINS = ["https://admin.example.org", "http://127.0.0.1:3001", "https://example.org:8443"];

/** Pieces attackers put together to leave a site through a return address. */
const ATTACK_PIECES = [
  "/",
  "//",
  "\\",
  "/\\",
  "\\\\",
  "\t",
  "\n",
  "\r",
  "\u0000",
  "\u000b",
  "\u007f",
  "\u0085",
  " ",
  "\u3000",
  "%09",
  "%0a",
  "%0d",
  "%00",
  "%20",
  "%2f",
  "%2F",
  "%5c",
  "%5C",
  "%252f",
  "%25252f",
  "%25",
  "%",
  "@",
  ":",
  "https:",
  "http:",
  "javascript:",
  "data:",
  "evil.com",
  "evil.com:443",
  "user:pass@",
  ".",
  "..",
  "?",
  "#",
  "&",
  "=",
  "a",
  "ß",
  "／",
  "\uff0f",
  "\u2044",
];

const attackLike = fc
  .array(fc.constantFrom(...ATTACK_PIECES), { minLength: 1, maxLength: 8 })
  .map((pieces) => pieces.join(""));
const anything = fc.oneof(
  attackLike,
  fc.string({ unit: "binary", maxLength: 40 }),
  fc.webUrl(),
  fc.webPath(),
);

describe("return addresses", () => {
  it("accepts only values that resolve, as a browser resolves them, to the same origin (fast-check)", () => {
    let accepted = 0;
    fc.assert(
      fc.property(anything, (value) => {
        const result = sameOriginPath(value, "/fallback");
        if (result === "/fallback") return;
        accepted += 1;
        expect(result).toBe(value);
        for (const origin of ORIGINS) {
          const url = new URL(value, origin);
          expect(url.origin).toBe(origin);
          // Resolving it again (a server echoing the path back into a Location header) stays home too.
          expect(new URL(url.pathname + url.search + url.hash, origin).origin).toBe(origin);
          expect(new URL(decodeURIComponent(url.pathname), origin).origin).toBe(origin);
        }
      }),
      { numRuns: 20_000 },
    );
    // The property above would hold for a check that refuses everything: make sure it did not.
    expect(accepted).toBeGreaterThan(100);
  });

  it("keeps the site's own paths, queries and fragments as they are (fast-check)", () => {
    const segment = fc.stringMatching(/^[A-Za-z0-9\-_.~]{1,12}$/);
    const path = fc
      .array(segment, { minLength: 0, maxLength: 5 })
      .map((segments) => `/${segments.join("/")}`);
    // Encoded control characters are refused on purpose ("%0A"): queries here carry words and spaces.
    const query = fc.option(fc.stringMatching(/^\?[a-z]{1,5}=[A-Za-z0-9]{0,8}(%20[A-Za-z0-9]{1,4})?$/), {
      nil: "",
    });
    fc.assert(
      fc.property(path, query, (p, q) => {
        expect(sameOriginPath(p + q)).toBe(p + q);
      }),
    );
    for (const value of [
      "/",
      "/meetings/meeting-of-the-sco-council-2020-11-10",
      "/records/person?q=John%20Smith",
      "/en/meetings/x#outcomes",
      "/ru/meetings/sammit-2024",
    ]) {
      expect(sameOriginPath(value)).toBe(value);
    }
  });

  it.each([
    ["protocol-relative", "//evil.com"],
    ["protocol-relative with path", "//evil.com/sign-in"],
    ["slash backslash", "/\\evil.com"],
    ["double backslash", "\\\\evil.com"],
    ["backslash slash", "\\/evil.com"],
    ["triple slash", "///evil.com"],
    ["tab inside", "/\t/evil.com"],
    ["newline inside", "/\n/evil.com"],
    ["carriage return inside", "/\r/evil.com"],
    ["NUL inside", "/\u0000/evil.com"],
    ["encoded tab (the reported bypass)", "/%09/evil.com"],
    ["encoded newline", "/%0a/evil.com"],
    ["encoded slashes", "/%2f%2fevil.com"],
    ["encoded slashes, upper case", "/%2F%2Fevil.com"],
    ["encoded backslash", "/%5cevil.com"],
    ["double-encoded slash", "/%252f%252fevil.com"],
    ["triple-encoded slash", "/%25252f%25252fevil.com"],
    ["double-encoded backslash", "/%255cevil.com"],
    ["scheme without slashes", "https:evil.com"],
    ["scheme with slashes", "https://evil.com"],
    ["javascript URL", "javascript:alert(1)"],
    ["data URL", "data:text/html,<script>alert(1)</script>"],
    ["userinfo", "//user@evil.com"],
    ["userinfo after a path-looking start", "/@evil.com/..//evil.com"],
    ["dot segments to a double slash", "/a/..//evil.com"],
    ["leading space", " //evil.com"],
    ["no leading slash", "evil.com"],
    ["broken percent-encoding", "/%E0%A4%A"],
    ["C1 control", "/\u0085/evil.com"],
    ["too long", `/${"a".repeat(3000)}`],
  ])("refuses a return address made %s", (_label, value) => {
    expect(sameOriginPath(value, "/fallback")).toBe("/fallback");
  });

  it("refuses what is not a single string", () => {
    for (const value of [undefined, null, 42, ["/a", "/b"], { toString: () => "/" }]) {
      expect(sameOriginPath(value)).toBe("/");
    }
  });
});
