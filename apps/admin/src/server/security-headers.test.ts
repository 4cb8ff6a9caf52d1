import { describe, expect, it } from "vitest";
import { expectHardeningHeaders, expectStrictPolicy, parsePolicy } from "../../../../tooling/testing/csp";
import { API_CONTENT_SECURITY_POLICY, pageContentSecurityPolicy, SECURITY_HEADERS } from "./security-headers";

describe("the admin's security headers", () => {
  it("gives each page a policy whose scripts need the request's nonce, and nothing looser", () => {
    const directives = expectStrictPolicy(pageContentSecurityPolicy("bm9uY2U=", false));
    expect(directives.get("script-src")).toEqual(["'self'", "'nonce-bm9uY2U='", "'strict-dynamic'"]);
    expect(directives.get("script-src")).not.toContain("'unsafe-inline'");
  });

  it("allows eval only to the development server (React's debugging needs it), never in production", () => {
    expect(parsePolicy(pageContentSecurityPolicy("n", true)).get("script-src")).toContain("'unsafe-eval'");
    expect(parsePolicy(pageContentSecurityPolicy("n", false)).get("script-src")).not.toContain(
      "'unsafe-eval'",
    );
  });

  it("lets nothing run in or embed the api's responses", () => {
    expect(parsePolicy(API_CONTENT_SECURITY_POLICY)).toEqual(
      new Map([
        ["default-src", ["'none'"]],
        ["frame-ancestors", ["'none'"]],
      ]),
    );
  });

  it("sends nosniff, a referrer policy, no framing and no powerful features on every response", () => {
    expectHardeningHeaders(
      Object.fromEntries(SECURITY_HEADERS.map(({ key, value }) => [key.toLowerCase(), value])),
    );
  });
});
