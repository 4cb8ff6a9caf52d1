import fs from "node:fs";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { adminUrl } from "../../../tooling/testing/apps";
import { launchBrowser } from "../../../tooling/testing/browser";
import { createUserWithCli, newIsolatedPage, newTestUser, signIn } from "../../../tooling/testing/users";

// A release the seeded database has not seen: some of its people and posts are known, others are new.
const release = fs.readFileSync(new URL("./sco-chs-2021-09-17.release.txt", import.meta.url), "utf8");

describe("new meeting from a press release", () => {
  let browser: Browser;
  let page: Page;
  const editor = newTestUser("editor", "Release Editor");

  beforeAll(async () => {
    browser = await launchBrowser();
    await createUserWithCli(editor);
    page = await newIsolatedPage(browser);
    await signIn(page, editor.email, editor.password);
  });

  afterAll(async () => {
    await browser?.close();
  });

  it("refuses text that is not an English press release, and saves nothing", async () => {
    await page.goto(`${adminUrl()}/meetings/from-release`);
    await page
      .getByLabel("Press release text")
      .fill("Заседание Совета глав государств — членов ШОС состоялось 10 ноября.");
    await page.getByRole("button", { name: "Read release" }).click();
    // (Next's route announcer is an alert too: look inside the form.)
    await expect.poll(() => page.locator("form [role=alert]").textContent()).toContain("Only English");
  });

  it("reads a release, shows each fact beside its sentence, and creates the reviewed draft", async () => {
    await page.goto(`${adminUrl()}/meetings/from-release`);
    await page.getByLabel("Press release text").fill(release);
    await page.getByRole("button", { name: "Read release" }).click();

    const rows = page.getByTestId("release-participant");
    await rows.first().waitFor();
    expect(await rows.count()).toBe(14);
    // Known people are matched; people the database has never seen are proposed as new.
    expect(
      await page
        .getByLabel("Person for President of Tajikistan Emomali Rahmon", { exact: true })
        .inputValue(),
    ).not.toBe("new");
    expect(
      await page
        .getByLabel("Person for President of Belarus Alexander Lukashenko", { exact: true })
        .inputValue(),
    ).toBe("new");
    expect(
      await page
        .getByLabel("Name of the new person for President of Belarus Alexander Lukashenko")
        .inputValue(),
    ).toBe("Alexander Lukashenko");
    // Every fact's span is marked in the release text.
    expect(await page.locator(".release-text mark").count()).toBeGreaterThan(14);

    // Reject one document and correct a title: the draft takes the review, not the raw proposal.
    const documents = page.getByTestId("release-document");
    const documentCount = await documents.count();
    expect(documentCount).toBeGreaterThan(1);
    await documents.last().getByRole("checkbox").uncheck();
    await page.getByLabel("Title", { exact: true }).fill("21st Meeting of the SCO Council of Heads of State");

    await page.getByRole("button", { name: "Create draft meeting" }).click();
    await page.waitForURL(/\/meetings\/edit\//);
    await expect.poll(() => page.getByTestId("participant-row").count(), { timeout: 20_000 }).toBe(14);
    expect(await page.getByTestId("document-card").count()).toBe(documentCount - 1);
    const values = await page
      .locator("input")
      .evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value));
    expect(values).toContain("21st Meeting of the SCO Council of Heads of State");
  });
});
