import { createDb } from "@plenary/db";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { adminUrl, databaseUrl } from "../../../tooling/testing/apps";
import { launchBrowser } from "../../../tooling/testing/browser";
import { expectHardeningHeaders, expectStrictPolicy } from "../../../tooling/testing/csp";
import { watchCspViolations } from "../../../tooling/testing/csp-violations";
import { totpCode } from "../../../tooling/testing/totp";
import {
  createUserWithCli,
  newIsolatedPage,
  newTestUser,
  signIn,
  submitSignIn,
  type TestUser,
} from "../../../tooling/testing/users";

const SEED_MEETING = "meeting-of-the-sco-council-of-heads-of-state-2020-11-10";
/** Unique per run and file, so that these addresses' lock-outs touch no other test. */
const NET = `172.${16 + (Date.now() % 16)}.${Math.floor(Math.random() * 256)}`;

/** One request to better-auth's api as a browser on the admin's own page would send it, from `address`. */
async function authPost(path: string, body: unknown, address: string, cookie = ""): Promise<Response> {
  return fetch(`${adminUrl()}/api/auth${path}`, {
    method: "POST",
    headers: {
      origin: adminUrl(),
      "content-type": "application/json",
      "x-forwarded-for": address,
      ...(cookie ? { cookie } : {}),
    },
    body: JSON.stringify(body),
  });
}

/** The cookies a response sets, as a Cookie header. */
function cookiesOf(response: Response): string {
  return response.headers
    .getSetCookie()
    .map((cookie) => cookie.split(";")[0]!)
    .join("; ");
}

describe("the admin under attack", () => {
  let browser: Browser;
  const admin: TestUser = newTestUser("admin", "Security Admin");

  beforeAll(async () => {
    browser = await launchBrowser();
    await createUserWithCli(admin);
  });

  afterAll(async () => {
    await browser?.close();
  });

  it("opens the main pages in Chromium without a single Content-Security-Policy violation", async () => {
    const db = createDb(databaseUrl());
    const meeting = await db.meeting
      .findUniqueOrThrow({ where: { slug: SEED_MEETING } })
      .finally(() => db.$disconnect());
    const page = await newIsolatedPage(browser);
    const violations = await watchCspViolations(page);
    const signInResponse = await page.goto(`${adminUrl()}/sign-in`);
    expectStrictPolicy(signInResponse!.headers()["content-security-policy"]!);
    await signIn(page, admin.email, admin.password);
    const routes = [
      "/",
      `/meetings/${SEED_MEETING}`,
      `/meetings/edit/${meeting.id}`,
      `/history/meeting/${meeting.id}`,
      "/meetings/new",
      "/meetings/import",
      "/meetings/from-release",
      "/records/person",
      "/records/organization",
      "/users",
      "/account",
      "/audit",
      "/trash",
    ];
    const nonces = new Set<string>();
    for (const route of routes) {
      const response = await page.goto(`${adminUrl()}${route}`, { waitUntil: "networkidle" });
      const headers = response!.headers();
      const directives = expectStrictPolicy(headers["content-security-policy"]!);
      expect(directives.get("script-src")).toContain("'strict-dynamic'");
      nonces.add(directives.get("script-src")!.find((source) => source.startsWith("'nonce-"))!);
      expectHardeningHeaders(headers);
      expect(headers["strict-transport-security"]).toBeUndefined();
    }
    const seen = await violations();
    console.log(`${routes.length + 1} admin pages opened in Chromium: ${seen.length} CSP violations`);
    expect(seen).toEqual([]);
    // A fresh nonce for every page.
    expect(nonces.size).toBe(routes.length);
    await page.context().close();
  }, 300_000);

  it("guards every page whatever its address ends with", async () => {
    for (const path of [`/meetings/${SEED_MEETING}.json`, "/users.css", "/account/x.js"]) {
      const response = await fetch(`${adminUrl()}${path}`, { redirect: "manual" });
      await response.arrayBuffer();
      expect(response.status, path).toBe(307);
      expect(new URL(response.headers.get("location")!, adminUrl()).pathname, path).toBe("/sign-in");
      expectStrictPolicy(response.headers.get("content-security-policy")!);
    }
  });

  it("sends HSTS only when a trusted proxy says the request came over https", async () => {
    const proxied = await fetch(`${adminUrl()}/sign-in`, { headers: { "x-forwarded-proto": "https" } });
    await proxied.arrayBuffer();
    // The tests run the admin with PLENARY_TRUSTED_PROXIES=loopback: they are the proxy.
    expect(proxied.headers.get("strict-transport-security")).toMatch(/^max-age=\d+; includeSubDomains$/);
  });

  it("returns after sign-in only to a path of the admin", async () => {
    const page = await newIsolatedPage(browser);
    await page.goto(`${adminUrl()}/sign-in?next=${encodeURIComponent("/%09/evil.example")}`);
    await submitSignIn(page, admin.email, admin.password);
    await page.waitForURL(`${adminUrl()}/`);
    await page.context().close();
  });

  it("counts parallel sign-in attempts on one account: no more than five are ever checked", async () => {
    const target = newTestUser("viewer");
    await createUserWithCli(target);
    const statuses = await Promise.all(
      Array.from({ length: 20 }, async (_, i) => {
        const response = await authPost(
          "/sign-in/email",
          { email: target.email, password: `wrong password ${i}` },
          `${NET}.${i + 1}`,
        );
        await response.arrayBuffer();
        return response.status;
      }),
    );
    const checked = statuses.filter((status) => status === 401).length;
    console.log(
      `20 parallel wrong passwords for one account: ${checked} checked (401), ${statuses.filter((s) => s === 429).length} refused (429)`,
    );
    expect(checked).toBe(5);
    expect(statuses.filter((status) => status !== 401).every((status) => status === 429)).toBe(true);
  });

  it("locks a client address however the client dresses its requests up", async () => {
    const address = `${NET}.200`;
    for (let attempt = 1; attempt <= 10; attempt++) {
      const response = await fetch(`${adminUrl()}/api/auth/sign-in/email`, {
        method: "POST",
        headers: {
          origin: adminUrl(),
          "content-type": "application/json",
          "x-forwarded-for": address,
          // The header the admin's server uses internally: a client's copy of it is thrown away.
          "x-plenary-client-address": `198.51.100.${attempt}`,
          "x-real-ip": `198.51.100.${attempt}`,
        },
        body: JSON.stringify({ email: `nobody-${attempt}-${Date.now()}@example.org`, password: "a guess" }),
      });
      await response.arrayBuffer();
      expect(response.status).toBe(401);
    }
    const locked = await authPost(
      "/sign-in/email",
      { email: admin.email, password: admin.password },
      address,
    );
    expect(locked.status).toBe(429);
  });

  it("locks an account's second factor after five wrong codes, from whichever addresses they come", async () => {
    const user = newTestUser("editor");
    await createUserWithCli(user);
    const signedIn = await authPost(
      "/sign-in/email",
      { email: user.email, password: user.password },
      `${NET}.210`,
    );
    const session = cookiesOf(signedIn);
    const enabled = await authPost("/two-factor/enable", { password: user.password }, `${NET}.210`, session);
    const { totpURI } = (await enabled.json()) as { totpURI: string };
    const secret = new URL(totpURI).searchParams.get("secret")!;
    const turnedOn = await authPost(
      "/two-factor/verify-totp",
      { code: totpCode(secret) },
      `${NET}.210`,
      session,
    );
    expect(turnedOn.status).toBe(200);

    const challenge = async (address: string) => {
      const response = await authPost(
        "/sign-in/email",
        { email: user.email, password: user.password },
        address,
      );
      expect(((await response.json()) as { twoFactorRedirect?: boolean }).twoFactorRedirect).toBe(true);
      return cookiesOf(response);
    };
    const wrong = String((Number(totpCode(secret)) + 500_000) % 1_000_000).padStart(6, "0");
    // Five wrong codes, each from another address and another sign-in: the per-address limit never sees them.
    for (let i = 0; i < 5; i++) {
      const address = `${NET}.${220 + i}`;
      const response = await authPost(
        "/two-factor/verify-totp",
        { code: wrong },
        address,
        await challenge(address),
      );
      await response.arrayBuffer();
      expect(response.status).toBe(401);
    }
    const address = `${NET}.230`;
    const right = await authPost(
      "/two-factor/verify-totp",
      { code: totpCode(secret) },
      address,
      await challenge(address),
    );
    expect(right.status).toBe(429);
  });
});
