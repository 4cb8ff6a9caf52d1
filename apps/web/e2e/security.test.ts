import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { webUrl } from "../../../tooling/testing/apps";
import { launchBrowser } from "../../../tooling/testing/browser";
import { expectHardeningHeaders, expectStrictPolicy } from "../../../tooling/testing/csp";
import { watchCspViolations } from "../../../tooling/testing/csp-violations";

const MEETING = "meeting-of-the-sco-council-of-heads-of-state-2020-11-10";
const ACTION_PLAN =
  "action-plan-for-2021-2025-on-the-implementation-of-the-sco-development-strategy-until-2020-11-10";

/** Every page type of the site (one of them in each language). */
const ROUTES = [
  "/en",
  `/en/meetings/${MEETING}`,
  `/ru/meetings/${MEETING}`,
  `/zh/meetings/${MEETING}`,
  "/en/people/jumakhon-giyosov",
  "/en/countries/tajikistan",
  "/en/organizations/shanghai-cooperation-organisation",
  "/en/documents",
  `/en/documents/${ACTION_PLAN}`,
  "/en/topics",
  "/en/topics/drug-threat",
  "/en/archive",
  "/en/archive/2020",
  "/en/search?q=SCO",
  "/en/data",
  "/en/no-such-page",
];

describe("the public site's security headers", () => {
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    browser = await launchBrowser();
    page = await browser.newPage();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it("opens every page type in Chromium without a single Content-Security-Policy violation", async () => {
    const violations = await watchCspViolations(page);
    const seen: string[] = [];
    for (const route of ROUTES) {
      const response = await page.goto(`${webUrl()}${route}`, { waitUntil: "networkidle" });
      const headers = response!.headers();
      expectStrictPolicy(headers["content-security-policy"]!);
      expectHardeningHeaders(headers);
      // Hydrated: React ran (a script allowed by the policy), so the page is interactive.
      await page.waitForFunction(() => "__next_f" in window);
      seen.push(...(await violations()));
    }
    console.log(`${ROUTES.length} public pages opened in Chromium: ${seen.length} CSP violations`);
    expect(seen).toEqual([]);
  }, 300_000);

  it("sends the same headers on the JSON API, feeds and exports", async () => {
    for (const path of [
      "/api/v1/meetings",
      "/feeds/meetings",
      `/api/v1/meetings/${MEETING}/participants.csv`,
    ]) {
      const response = await fetch(`${webUrl()}${path}`);
      await response.arrayBuffer();
      const headers = Object.fromEntries(response.headers);
      expectHardeningHeaders(headers);
      expectStrictPolicy(headers["content-security-policy"]!);
    }
  });

  it("adds HSTS only when the response went out over https", async () => {
    const plain = await fetch(`${webUrl()}/en`);
    await plain.arrayBuffer();
    expect(plain.headers.get("strict-transport-security")).toBeNull();
    const proxied = await fetch(`${webUrl()}/en`, { headers: { "x-forwarded-proto": "https" } });
    await proxied.arrayBuffer();
    expect(proxied.headers.get("strict-transport-security")).toMatch(/^max-age=\d+; includeSubDomains$/);
  });

  it("leaves preview only for a path of this site", async () => {
    const exit = async (to: string) => {
      const response = await fetch(`${webUrl()}/api/preview/exit?to=${encodeURIComponent(to)}`, {
        redirect: "manual",
      });
      await response.arrayBuffer();
      return response.headers.get("location");
    };
    expect(await exit(`/en/meetings/${MEETING}`)).toBe(`/en/meetings/${MEETING}`);
    for (const to of [
      "//evil.com",
      "/\\evil.com",
      "/\t/evil.com",
      "/%09/evil.com",
      "/%2f%2fevil.com",
      "https:evil.com",
    ]) {
      expect(await exit(to), to).toBe("/");
    }
  });
});
