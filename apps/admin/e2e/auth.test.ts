import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mutateFromPage } from "../../../tooling/testing/admin-pages";
import { adminUrl } from "../../../tooling/testing/apps";
import { seriousViolations } from "../../../tooling/testing/accessibility";
import { launchBrowser } from "../../../tooling/testing/browser";
import {
  createUserWithCli,
  newIsolatedPage,
  newTestUser,
  signIn,
  submitSignIn,
  type TestUser,
} from "../../../tooling/testing/users";

const SEED_MEETING = "Meeting of the SCO Council of Heads of State";
/** The seed meeting's link (other browser tests add drafts with the same title). */
const seedLink = (page: Page) =>
  page
    .getByRole("link", { name: SEED_MEETING })
    .and(page.locator('[href="/meetings/meeting-of-the-sco-council-of-heads-of-state-2020-11-10"]'));

describe("admin sign-in and roles", () => {
  let browser: Browser;
  const admin: TestUser = newTestUser("admin", "First Admin");

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it("sends anonymous visitors of every page to the sign-in page, and refuses them the api", async () => {
    const page = await newIsolatedPage(browser);
    for (const path of [
      "/",
      "/meetings/meeting-of-the-sco-council-of-heads-of-state-2020-11-10",
      "/users",
      "/account",
    ]) {
      await page.goto(`${adminUrl()}${path}`);
      const url = new URL(page.url());
      expect(url.pathname).toBe("/sign-in");
      expect(url.searchParams.get("next")).toBe(path);
    }
    await page.getByRole("heading", { level: 1, name: "Sign in" }).waitFor();
    const response = await page.request.get(`${adminUrl()}/api/trpc/meeting.listAll`);
    expect(response.status()).toBe(401);
    await page.context().close();
  });

  it("signs in the first admin, created with pnpm admin:create-user", async () => {
    const output = await createUserWithCli(admin);
    expect(output).toContain(`Created admin ${admin.email}`);

    const page = await newIsolatedPage(browser);
    const response = await page.goto(`${adminUrl()}/sign-in`);
    const headers = response!.headers();
    expect(headers["content-security-policy"]).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'/);
    expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'");
    expect(headers["x-frame-options"]).toBe("DENY");
    expect(headers["x-content-type-options"]).toBe("nosniff");
    expect(headers["referrer-policy"]).toBe("same-origin");
    expect(headers["permissions-policy"]).toContain("camera=()");

    await submitSignIn(page, admin.email, admin.password);
    await page.waitForURL(`${adminUrl()}/`);
    await seedLink(page).waitFor();
    expect(await page.getByRole("link", { name: "Users" }).count()).toBe(1);
    expect(await page.getByRole("link", { name: /First Admin/ }).count()).toBe(1);

    const cookie = (await page.context().cookies()).find((c) => c.name.includes("session_token"));
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: "Lax" });
    await page.context().close();
  });

  it("says at the password field when the email or password is wrong", async () => {
    const page = await newIsolatedPage(browser);
    await page.goto(`${adminUrl()}/sign-in`);
    await submitSignIn(page, admin.email, "not the right password");
    const password = page.getByLabel("Password");
    await page.getByText("The email or the password is wrong.").waitFor();
    expect(await password.getAttribute("aria-invalid")).toBe("true");
    const describedBy = (await password.getAttribute("aria-describedby")) ?? "";
    expect(await page.locator(`[id="${describedBy}"]`).textContent()).toBe(
      "The email or the password is wrong.",
    );
    expect(new URL(page.url()).pathname).toBe("/sign-in");

    await page.getByLabel("Email").fill("");
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.getByText("Enter your email address.").waitFor();
    await page.context().close();
  });

  it("locks an account after repeated failed sign-ins, even for the right password", async () => {
    const target = newTestUser("editor");
    await createUserWithCli(target);
    const page = await newIsolatedPage(browser);
    await page.goto(`${adminUrl()}/sign-in`);
    for (let attempt = 1; attempt <= 5; attempt++) {
      await submitSignIn(page, target.email, `wrong password number ${attempt}`);
      await page.getByText("The email or the password is wrong.").waitFor();
      // Wait for the form to be ready for the next attempt.
      await page.getByRole("button", { name: "Sign in" }).waitFor();
    }
    await submitSignIn(page, target.email, target.password);
    await page
      .getByRole("alert")
      .filter({ hasText: /Too many failed sign-ins\. Try again in \d+ minutes?\./ })
      .waitFor();
    expect(new URL(page.url()).pathname).toBe("/sign-in");

    // Another account from the same browser is not locked out by it.
    const other = await newIsolatedPage(browser);
    await signIn(other, admin.email, admin.password);
    await page.context().close();
    await other.context().close();
  });

  it("locks a client address after repeated failed sign-ins across accounts", async () => {
    const target = newTestUser("viewer");
    await createUserWithCli(target);
    const page = await newIsolatedPage(browser);
    await page.goto(`${adminUrl()}/sign-in`);
    for (let attempt = 1; attempt <= 10; attempt++) {
      await submitSignIn(page, `nobody-${attempt}-${Date.now()}@example.org`, "a guessed password");
      await page.getByText("The email or the password is wrong.").waitFor();
    }
    // Right account, right password, but from the address that just failed ten times.
    await submitSignIn(page, target.email, target.password);
    await page
      .getByRole("alert")
      .filter({ hasText: /Too many failed sign-ins/ })
      .waitFor();
    // The account itself is not locked: from another address it signs in.
    const elsewhere = await newIsolatedPage(browser);
    await signIn(elsewhere, target.email, target.password);
    await page.context().close();
    await elsewhere.context().close();
  });

  it("passes the automated accessibility check on the sign-in, account and users pages, errors shown", async () => {
    const page = await newIsolatedPage(browser);
    await page.goto(`${adminUrl()}/sign-in`);
    await submitSignIn(page, admin.email, "not the right password");
    await page.getByText("The email or the password is wrong.").waitFor();
    expect(await seriousViolations(page)).toEqual([]);

    await signIn(page, admin.email, admin.password);
    for (const path of ["/account", "/users"]) {
      await page.goto(`${adminUrl()}${path}`);
      await page.getByRole("heading", { level: 1 }).waitFor();
      if (path === "/users") await page.getByRole("table").waitFor();
      expect(await seriousViolations(page), path).toEqual([]);
    }
    await page.context().close();
  });

  it("lets a viewer read every meeting but refuses their writes", async () => {
    const viewer = newTestUser("viewer", "Vera Viewer");
    await createUserWithCli(viewer);
    const page = await newIsolatedPage(browser);
    await signIn(page, viewer.email, viewer.password);

    await seedLink(page).click();
    await page.getByRole("heading", { level: 1, name: SEED_MEETING }).waitFor();

    const meetingId = await page.evaluate(async () => {
      const response = await fetch(
        `/api/trpc/meeting.listAll?input=${encodeURIComponent(JSON.stringify({ json: { limit: 1, offset: 0 } }))}`,
      );
      const body = (await response.json()) as {
        result: { data: { json: { items: { id: string; version: number }[] } } };
      };
      return body.result.data.json.items[0]!.id;
    });
    const write = await mutateFromPage(page, "publishing.unpublishMeeting", { id: meetingId, version: 1 });
    expect(write.status).toBe(403);
    expect(write.body).toContain("Your role can read but not change records.");
    const userWrite = await mutateFromPage(page, "user.create", {
      email: "x@example.org",
      name: "X",
      role: "admin",
      password: "x".repeat(20),
    });
    expect(userWrite.status).toBe(403);

    // The editor shows the meeting read-only: nothing is offered that the server would refuse.
    await page.goto(`${adminUrl()}/`);
    await seedLink(page).click();
    await page.getByRole("link", { name: "Edit this meeting" }).click();
    await page.getByRole("note").filter({ hasText: "Read only" }).waitFor();
    await page.getByRole("link", { name: "History" }).waitFor();
    for (const action of ["Save", "Publish…", "Unpublish", "Move to trash"])
      expect(await page.getByRole("button", { name: action, exact: true }).count(), action).toBe(0);
    // Read-only means no inputs at all: the pickers show the picked record, with nothing to type into or create.
    await page.locator("#field-participations-0-personId", { hasText: "Narendra Modi" }).waitFor();
    expect(await page.getByRole("form", { name: "Meeting" }).locator("input, select, textarea").count()).toBe(
      0,
    );
    expect(await page.getByRole("option", { name: /^Create person/ }).count()).toBe(0);

    await page.goto(`${adminUrl()}/users`);
    await page.getByText("Only admins manage users.").waitFor();
    expect(await page.getByRole("link", { name: "Users" }).count()).toBe(0);
    await page.context().close();
  });

  it("lets an admin create, disable and re-enable a user from the users page", async () => {
    const page = await newIsolatedPage(browser);
    await signIn(page, admin.email, admin.password);
    await page.getByRole("link", { name: "Users" }).click();
    await page.getByRole("heading", { level: 1, name: "Users" }).waitFor();

    const editor = newTestUser("editor", "Eddie Editor");
    await page.getByLabel("Email").fill(editor.email);
    await page.getByLabel("Name").fill(editor.name);
    await page.getByLabel("Role", { exact: true }).selectOption("editor");
    await page.getByLabel("First password").fill("short");
    await page.getByRole("button", { name: "Create user" }).click();
    await page.getByText("Use at least 12 characters").waitFor();
    expect(await page.getByLabel("First password").getAttribute("aria-invalid")).toBe("true");
    await page.getByLabel("First password").fill(editor.password);
    await page.getByRole("button", { name: "Create user" }).click();
    await page.getByText(`${editor.email} can now sign in as editor.`).waitFor();

    const editorPage = await newIsolatedPage(browser);
    await signIn(editorPage, editor.email, editor.password);

    await page.getByRole("button", { name: `Disable ${editor.email}` }).click();
    await page.getByRole("button", { name: `Enable ${editor.email}` }).waitFor();
    // The open session ended at once, and signing in again is refused.
    await editorPage.reload();
    expect(new URL(editorPage.url()).pathname).toBe("/sign-in");
    await submitSignIn(editorPage, editor.email, editor.password);
    await editorPage.getByText("This account is disabled. Ask an admin to enable it.").waitFor();

    await page.getByRole("button", { name: `Enable ${editor.email}` }).click();
    await page.getByRole("button", { name: `Disable ${editor.email}` }).waitFor();
    await signIn(editorPage, editor.email, editor.password);
    await page.context().close();
    await editorPage.context().close();
  });

  it("lets an admin reset a password: the old one stops working and the user's sessions end", async () => {
    const viewer = newTestUser("viewer", "Rita Reset");
    await createUserWithCli(viewer);
    const viewerPage = await newIsolatedPage(browser);
    await signIn(viewerPage, viewer.email, viewer.password);

    const page = await newIsolatedPage(browser);
    await signIn(page, admin.email, admin.password);
    await page.goto(`${adminUrl()}/users`);
    const field = page.getByLabel(`New password for ${viewer.email}`);
    const row = page.locator("tr", { has: field });
    await field.fill("too short");
    await row.getByRole("button", { name: "Reset password" }).click();
    await row.getByText("Use at least 12 characters").waitFor();
    const replacement = `${viewer.password} reset by admin`;
    await field.fill(replacement);
    await row.getByRole("button", { name: "Reset password" }).click();
    await row.getByText("Password reset; their sessions were ended.").waitFor();

    await viewerPage.reload();
    expect(new URL(viewerPage.url()).pathname).toBe("/sign-in");
    await submitSignIn(viewerPage, viewer.email, viewer.password);
    await viewerPage.getByText("The email or the password is wrong.").waitFor();
    await signIn(viewerPage, viewer.email, replacement);
    await page.context().close();
    await viewerPage.context().close();
  });

  it("signs out: the session ends on the server, not only in the browser", async () => {
    const page = await newIsolatedPage(browser);
    await signIn(page, admin.email, admin.password);
    const cookies = await page.context().cookies();
    await page.getByRole("button", { name: "Sign out" }).click();
    await page.waitForURL(`${adminUrl()}/sign-in`);
    await page.goto(adminUrl());
    expect(new URL(page.url()).pathname).toBe("/sign-in");

    // Replaying the old session cookie gets nothing.
    const replay = await newIsolatedPage(browser);
    await replay.context().addCookies(cookies);
    const response = await replay.request.get(`${adminUrl()}/api/trpc/user.me`);
    expect(response.status()).toBe(401);
    await page.context().close();
    await replay.context().close();
  });

  it("refuses state-changing requests from another origin, even with a valid session", async () => {
    const page = await newIsolatedPage(browser);
    await signIn(page, admin.email, admin.password);
    const body = { json: { id: "cnosuchuser00000", role: "viewer" } };
    const foreign = await page.request.post(`${adminUrl()}/api/trpc/user.setRole`, {
      headers: { origin: "https://attacker.example", "content-type": "application/json" },
      data: body,
    });
    expect(foreign.status()).toBe(403);
    expect(await foreign.text()).toContain("Cross-site request refused");
    const noOrigin = await page.request.post(`${adminUrl()}/api/trpc/user.setRole`, {
      headers: { "content-type": "application/json" },
      data: body,
    });
    expect(noOrigin.status()).toBe(403);
    // The same request from the admin's own origin gets through to the procedure (which finds no such user).
    const own = await page.request.post(`${adminUrl()}/api/trpc/user.setRole`, {
      headers: { origin: adminUrl(), "content-type": "application/json" },
      data: body,
    });
    expect(own.status()).toBe(404);
    // better-auth's own endpoints check Origin too.
    const signOut = await page.request.post(`${adminUrl()}/api/auth/sign-out`, {
      headers: { origin: "https://attacker.example", "content-type": "application/json" },
      data: {},
    });
    expect(signOut.status()).toBe(403);
    expect((await page.request.get(`${adminUrl()}/api/trpc/user.me`)).status()).toBe(200);
    await page.context().close();
  });
});
