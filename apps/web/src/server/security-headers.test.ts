import { describe, expect, it } from "vitest";
import { expectHardeningHeaders, expectStrictPolicy } from "../../../../tooling/testing/csp";
import {
  HSTS_HEADER,
  PUBLIC_CONTENT_SECURITY_POLICY,
  PUBLIC_SECURITY_HEADERS,
  SERVED_OVER_HTTPS,
} from "./security-headers";

describe("the public site's security headers", () => {
  it("sends a static policy with no eval, no wildcard, no plugins, no <base>, no framing", () => {
    const directives = expectStrictPolicy(PUBLIC_CONTENT_SECURITY_POLICY);
    // Next's inline RSC payload needs 'unsafe-inline'; a per-request nonce would make cached pages impossible.
    expect(directives.get("script-src")).toEqual(["'self'", "'unsafe-inline'"]);
    expect(PUBLIC_CONTENT_SECURITY_POLICY).not.toMatch(/nonce-/);
  });

  it("allows no scheme-wide source, and no header value holds a colon (Next compiles such values per response)", () => {
    // A scheme source (data:, https:, blob:) allows anything of that scheme, which the site does not need.
    expect(PUBLIC_CONTENT_SECURITY_POLICY).not.toMatch(/(^|\s)[a-z][a-z0-9+.-]*:(?=\s|;|$)/);
    // Next's router treats a header value with a ":" as a pattern with parameters (":slug") and compiles it with
    // path-to-regexp for every response of a matching route, cached pages included (17 µs a response measured).
    for (const { key, value } of [...PUBLIC_SECURITY_HEADERS, HSTS_HEADER])
      expect(value, key).not.toContain(":");
  });

  it("sends nosniff, a referrer policy, no framing and no powerful features on every response", () => {
    const headers = Object.fromEntries(
      PUBLIC_SECURITY_HEADERS.map(({ key, value }) => [key.toLowerCase(), value]),
    );
    expectHardeningHeaders(headers);
    expect(headers["content-security-policy"]).toBe(PUBLIC_CONTENT_SECURITY_POLICY);
    expect(headers["strict-transport-security"]).toBeUndefined();
  });

  it("adds HSTS only to responses served over https", () => {
    expect(SERVED_OVER_HTTPS).toEqual([{ type: "header", key: "x-forwarded-proto", value: "https" }]);
    expect(HSTS_HEADER.value).toMatch(/^max-age=\d{8}; includeSubDomains$/);
  });
});
