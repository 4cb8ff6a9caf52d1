import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mutateFromPage } from "../../../tooling/testing/admin-pages";
import { adminUrl } from "../../../tooling/testing/apps";
import { launchBrowser } from "../../../tooling/testing/browser";
import {
  createUserWithCli,
  newIsolatedPage,
  newTestUser,
  signIn,
  type TestUser,
} from "../../../tooling/testing/users";

const SEED_SLUG = "meeting-of-the-sco-council-of-heads-of-state-2020-11-10";
const CREATE_ENTRIES = ["New meeting", "From a press release"];

async function signedIn(browser: Browser, role: TestUser["role"]): Promise<Page> {
  const user = newTestUser(role, `Role ${role}`);
  await createUserWithCli(user);
  const page = await newIsolatedPage(browser);
  await signIn(page, user.email, user.password);
  return page;
}

/** The links of the admin's menu, by name. */
async function menu(page: Page): Promise<string[]> {
  return page.getByRole("navigation", { name: "Admin" }).getByRole("link").allInnerTexts();
}

/** The seed meeting's editor, once its participants are there. */
async function openSeedEditor(page: Page) {
  await page.goto(`${adminUrl()}/meetings/${SEED_SLUG}`);
  await page.getByRole("link", { name: "Edit this meeting" }).click();
  await page.getByRole("form", { name: "Meeting" }).waitFor();
  await page.getByTestId("participant-row").first().waitFor();
}

/** A topic created and moved to the trash through the api with the page's session (editors and admins). */
async function trashedTopic(page: Page, name: string): Promise<void> {
  const created = await mutateFromPage(page, "topic.create", { labelI18n: { en: name } });
  expect(created.status).toBe(200);
  const record = (
    JSON.parse(created.body) as { result: { data: { json: { record: { id: string; version: number } } } } }
  ).result.data.json.record;
  const trashed = await mutateFromPage(page, "trash.move", {
    entityType: "topic",
    id: record.id,
    version: record.version,
  });
  expect(trashed.status).toBe(200);
}

describe("every screen offers what the role may do, and nothing the server would refuse", () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it("shows a signed-out visitor on the sign-in page no admin menu", async () => {
    const page = await newIsolatedPage(browser);
    await page.goto(`${adminUrl()}/sign-in`);
    await page.getByRole("heading", { level: 1, name: "Sign in" }).waitFor();
    expect(await menu(page)).toEqual(["Plenary admin"]);
    await page.context().close();
  });

  it("a viewer reads every screen without inputs, creating, saving, restoring, purging or the audit log", async () => {
    const page = await signedIn(browser, "viewer");
    const links = await menu(page);
    for (const entry of [...CREATE_ENTRIES, "Audit log", "Users"]) expect(links, entry).not.toContain(entry);
    expect(links).toEqual(expect.arrayContaining(["Meetings", "Records", "Trash"]));

    // The meeting editor is a read-only view: values as text, no inputs, no Save, and Ctrl+S saves nothing.
    await openSeedEditor(page);
    await page.getByRole("note").filter({ hasText: "Read only" }).waitFor();
    const form = page.getByRole("form", { name: "Meeting" });
    expect(await form.locator("input, select, textarea").count()).toBe(0);
    expect(await form.getByRole("button").count()).toBe(0);
    await form
      .locator("#field-titleI18n-en", { hasText: "Meeting of the SCO Council of Heads of State" })
      .waitFor();
    await form.locator("#field-participations-0-category", { hasText: "Member states" }).waitFor();
    const writes: string[] = [];
    page.on("request", (request) => {
      if (request.method() === "POST" && request.url().includes("/api/trpc/")) writes.push(request.url());
    });
    await page.keyboard.press("Control+s");
    await page.waitForTimeout(300);
    expect(writes).toEqual([]);
    expect(await page.getByText("Unsaved changes", { exact: true }).count()).toBe(0);

    // Pages that only create say why instead of offering a form.
    for (const path of ["/meetings/new", "/meetings/from-release", "/meetings/import", "/merge/person"]) {
      await page.goto(`${adminUrl()}${path}`);
      await page.getByRole("alert").filter({ hasText: "Your role can read" }).waitFor();
      expect(await page.locator("main").locator("input, select, textarea").count(), path).toBe(0);
    }
    await page.goto(`${adminUrl()}/audit`);
    await page.getByRole("alert").filter({ hasText: "Only admins read the audit log." }).waitFor();
    expect(await page.getByText(/\d+ writes?$/).count()).toBe(0);

    // Lists without selection or bulk actions; a person's page without inputs or edit buttons.
    await page.goto(`${adminUrl()}/records/person`);
    await page.getByRole("link", { name: "Narendra Modi" }).waitFor();
    expect(await page.getByRole("checkbox", { name: /^Select/ }).count()).toBe(0);
    expect(await page.getByRole("toolbar", { name: "Bulk actions" }).count()).toBe(0);
    expect(
      await page
        .getByRole("navigation", { name: "Record types" })
        .getByRole("link", { name: /New meeting|Import a meeting|Merge duplicates|Audit log/ })
        .count(),
    ).toBe(0);
    await page.getByRole("link", { name: "Narendra Modi" }).click();
    await page
      .getByRole("form", { name: "Person" })
      .locator("#field-nameI18n-en", { hasText: "Narendra Modi" })
      .waitFor();
    expect(await page.getByRole("form", { name: "Person" }).locator("input, select, textarea").count()).toBe(
      0,
    );
    expect(await page.getByRole("button", { name: /^Edit |^Add a post held/ }).count()).toBe(0);

    // The history compares, but restores nothing.
    await page.goto(`${adminUrl()}/records/person`);
    await page.getByRole("link", { name: "Narendra Modi" }).click();
    await page.getByRole("link", { name: "History" }).click();
    await page.getByRole("table").first().waitFor();
    expect(await page.getByRole("button", { name: /^Restore version/ }).count()).toBe(0);
    await page.context().close();
  }, 180_000);

  it("an editor creates and restores, but is offered neither Purge nor the audit log", async () => {
    const page = await signedIn(browser, "editor");
    const links = await menu(page);
    expect(links).toEqual(expect.arrayContaining(CREATE_ENTRIES));
    expect(links).not.toContain("Audit log");

    await trashedTopic(page, "Topic trashed by an editor");
    await page.goto(`${adminUrl()}/trash`);
    await page.getByRole("button", { name: "Restore Topic trashed by an editor" }).waitFor();
    expect(await page.getByRole("button", { name: "Purge", exact: true }).count()).toBe(0);

    await page.goto(`${adminUrl()}/audit`);
    await page.getByRole("alert").filter({ hasText: "Only admins read the audit log." }).waitFor();

    await openSeedEditor(page);
    await page.getByRole("button", { name: "Save", exact: true }).waitFor();
    expect(await page.getByRole("form", { name: "Meeting" }).locator("textarea").count()).toBeGreaterThan(0);
    await page.context().close();
  });

  it("an admin purges, after a question that says it cannot be undone, and reads the audit log", async () => {
    const page = await signedIn(browser, "admin");
    expect(await menu(page)).toEqual(expect.arrayContaining([...CREATE_ENTRIES, "Audit log", "Users"]));

    await trashedTopic(page, "Topic purged by an admin");
    await page.goto(`${adminUrl()}/trash`);
    const row = page.getByRole("row").filter({ hasText: "Topic purged by an admin" });
    let question = "";
    page.once("dialog", (dialog) => {
      question = dialog.message();
      void dialog.accept();
    });
    await row.getByRole("button", { name: "Purge", exact: true }).click();
    await page.getByText("Purged “Topic purged by an admin”.").waitFor();
    expect(question).toContain("Delete the topic “Topic purged by an admin” for good?");
    expect(question).toContain("can no longer be restored");

    await page.goto(`${adminUrl()}/audit`);
    await page
      .getByRole("table")
      .getByText(/^\d+ writes?$/)
      .waitFor();
    await page.context().close();
  });
});
