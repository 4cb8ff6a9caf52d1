import type { Browser, Page } from "playwright-core";
import { createDb } from "@plenary/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { adminUrl, databaseUrl } from "../../../tooling/testing/apps";
import { launchBrowser } from "../../../tooling/testing/browser";
import { totpCode } from "../../../tooling/testing/totp";
import {
  createUserWithCli,
  newIsolatedPage,
  newTestUser,
  signIn,
  submitSignIn,
} from "../../../tooling/testing/users";

/** Whether the page's session still opens the api. */
async function signedIn(page: Page): Promise<boolean> {
  const response = await page.request.get(`${adminUrl()}/api/trpc/user.me`);
  return response.status() === 200;
}

describe("your account", () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it("changes the password, which signs out the other sessions", async () => {
    const user = newTestUser("editor");
    await createUserWithCli(user);
    const [laptop, phone] = [await newIsolatedPage(browser), await newIsolatedPage(browser)];
    await signIn(laptop, user.email, user.password);
    await signIn(phone, user.email, user.password);

    await laptop.goto(`${adminUrl()}/account`);
    await laptop.getByLabel("Current password").fill("not my password at all");
    await laptop.getByLabel("New password", { exact: true }).fill("short");
    await laptop.getByLabel("New password again").fill("short");
    await laptop.getByRole("button", { name: "Change password" }).click();
    await laptop.getByText("Use at least 12 characters.").waitFor();

    const newPassword = `${user.password} changed`;
    await laptop.getByLabel("New password", { exact: true }).fill(newPassword);
    await laptop.getByLabel("New password again").fill(newPassword);
    await laptop.getByRole("button", { name: "Change password" }).click();
    await laptop.getByText("The password is wrong.").waitFor();
    expect(await laptop.getByLabel("Current password").getAttribute("aria-invalid")).toBe("true");

    await laptop.getByLabel("Current password").fill(user.password);
    await laptop.getByRole("button", { name: "Change password" }).click();
    await laptop.getByText("Password changed. Your other sessions were signed out.").waitFor();
    expect(await signedIn(phone)).toBe(false);

    const again = await newIsolatedPage(browser);
    await again.goto(`${adminUrl()}/sign-in`);
    await submitSignIn(again, user.email, user.password);
    await again.getByText("The email or the password is wrong.").waitFor();
    await signIn(again, user.email, newPassword);
    for (const page of [laptop, phone, again]) await page.context().close();
  });

  it("signs out everywhere", async () => {
    const user = newTestUser("viewer");
    await createUserWithCli(user);
    const [first, second] = [await newIsolatedPage(browser), await newIsolatedPage(browser)];
    await signIn(first, user.email, user.password);
    await signIn(second, user.email, user.password);
    await first.goto(`${adminUrl()}/account`);
    await first.getByRole("button", { name: "Sign out everywhere" }).click();
    await first.waitForURL(`${adminUrl()}/sign-in`);
    expect(await signedIn(first)).toBe(false);
    expect(await signedIn(second)).toBe(false);
    await second.goto(adminUrl());
    expect(new URL(second.url()).pathname).toBe("/sign-in");
    for (const page of [first, second]) await page.context().close();
  });

  it("turns on two-step sign-in with an authenticator app, then asks for its code at sign-in", async () => {
    const user = newTestUser("editor");
    await createUserWithCli(user);
    const page = await newIsolatedPage(browser);
    await signIn(page, user.email, user.password);
    await page.goto(`${adminUrl()}/account`);
    await page.getByLabel("Your password").fill(user.password);
    await page.getByRole("button", { name: "Set up two-step sign-in" }).click();
    const key = (await page.locator("section[aria-labelledby=two-factor] code").first().textContent())!;
    expect(key).toMatch(/^[A-Z2-7]+=*$/);
    const wrong = String((Number(totpCode(key)) + 1) % 1_000_000).padStart(6, "0");
    await page.getByLabel("Code from the app").fill(wrong);
    await page.getByRole("button", { name: "Turn on" }).click();
    await page.getByText(/That code is wrong/).waitFor();
    await page.getByLabel("Code from the app").fill(totpCode(key));
    await page.getByRole("button", { name: "Turn on" }).click();
    await page.getByText("Two-step sign-in is on: you will be asked for a code at each sign-in.").waitFor();

    const later = await newIsolatedPage(browser);
    await later.goto(`${adminUrl()}/sign-in`);
    await submitSignIn(later, user.email, user.password);
    const code = later.getByLabel("Authentication code");
    await code.waitFor();
    expect(await signedIn(later)).toBe(false);
    await code.fill("12345");
    await later.getByRole("button", { name: "Verify" }).click();
    await later.getByText("Enter the 6-digit code from your authenticator app.").waitFor();
    await code.fill(totpCode(key));
    await later.getByRole("button", { name: "Verify" }).click();
    await later.waitForURL(`${adminUrl()}/`);
    expect(await signedIn(later)).toBe(true);
    for (const p of [page, later]) await p.context().close();
  });

  it("ends a session past the absolute timeout however recently it was used", async () => {
    const user = newTestUser("viewer");
    await createUserWithCli(user);
    const page = await newIsolatedPage(browser);
    await signIn(page, user.email, user.password);
    expect(await signedIn(page)).toBe(true);

    const db = createDb(databaseUrl());
    try {
      const owner = await db.user.findUniqueOrThrow({ where: { email: user.email } });
      // Signed in 13 hours ago, active a minute ago (the idle timeout alone would keep it).
      await db.session.updateMany({
        where: { userId: owner.id },
        data: { createdAt: new Date(Date.now() - 13 * 3_600_000), updatedAt: new Date(Date.now() - 60_000) },
      });
      expect(await signedIn(page)).toBe(false);
      expect(await db.session.count({ where: { userId: owner.id } })).toBe(0);
    } finally {
      await db.$disconnect();
    }
    await page.goto(adminUrl());
    expect(new URL(page.url()).pathname).toBe("/sign-in");
    await page.context().close();
  });
});
