import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signedInEditor } from "../../../tooling/testing/admin-pages";
import { adminUrl, webUrl } from "../../../tooling/testing/apps";
import { launchBrowser } from "../../../tooling/testing/browser";

const SEED_SLUG = "meeting-of-the-sco-council-of-heads-of-state-2020-11-10";

/** Answers the next confirm() the page asks and resolves with its question. */
function answerNextQuestion(page: Page, accept: boolean): Promise<string> {
  return new Promise((resolve) => {
    page.once("dialog", (dialog) => {
      const question = dialog.message();
      void (accept ? dialog.accept() : dialog.dismiss()).then(() => resolve(question));
    });
  });
}

async function openSeedEditor(page: Page) {
  await page.goto(`${adminUrl()}/meetings/${SEED_SLUG}`);
  await page.getByRole("link", { name: "Edit this meeting" }).click();
  await page.getByTestId("participant-row").first().waitFor();
}

describe("the meeting editor guards work and speaks in words", () => {
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    browser = await launchBrowser();
    page = await signedInEditor(browser, "Gina Guard");
  });

  afterAll(async () => {
    await browser?.close();
  });

  it("asks before an in-app link leaves unsaved work, and offers a new meeting's work back", async () => {
    await page.goto(`${adminUrl()}/meetings/new`);
    await page.locator("#field-titleI18n-en").fill("Summit typed but never saved");
    await page.getByText("Unsaved changes", { exact: true }).waitFor();
    const menuLink = page.getByRole("navigation", { name: "Admin" }).getByRole("link", { name: "Records" });

    const stay = answerNextQuestion(page, false);
    await menuLink.click();
    expect(await stay).toContain("Leave this meeting with unsaved changes?");
    expect(new URL(page.url()).pathname).toBe("/meetings/new");
    expect(await page.locator("#field-titleI18n-en").inputValue()).toBe("Summit typed but never saved");

    const leave = answerNextQuestion(page, true);
    await menuLink.click();
    await leave;
    await page.waitForURL(/\/records\/meeting$/);

    await page.getByRole("navigation", { name: "Admin" }).getByRole("link", { name: "New meeting" }).click();
    const notice = page.getByRole("region", { name: "Unsaved work found" });
    await notice.getByRole("button", { name: "Restore unsaved changes" }).click();
    expect(await page.locator("#field-titleI18n-en").inputValue()).toBe("Summit typed but never saved");
    await notice.waitFor({ state: "detached" });
    // Jumps within the page are not leaving it: nothing is asked.
    let asked = false;
    page.once("dialog", (dialog) => {
      asked = true;
      void dialog.dismiss();
    });
    await page
      .getByRole("navigation", { name: "Sections of the meeting" })
      .getByRole("link", { name: /^Sources/ })
      .click();
    expect(asked).toBe(false);
    page.removeAllListeners("dialog");
    // Leave without keeping it, for the next tests' page loads.
    page.on("dialog", (dialog) => void dialog.accept());
    await page.goto(`${adminUrl()}/`);
    page.removeAllListeners("dialog");
    await page.evaluate(() => window.localStorage.clear());
  });

  it("names fields, options and problems in words, and counts problems per section", async () => {
    await openSeedEditor(page);
    expect(await page.locator("#field-hostCountryId").getAttribute("placeholder")).toBe("Search countries…");
    const categories = await page.locator("#field-participations-0-category option").allInnerTexts();
    expect(categories).toContain("Officials of international organizations");
    expect(categories.join(" ")).not.toMatch(/Igo|_/);
    const steps = page.locator("#field-documents-0-actions-0-type option");
    if (await steps.count())
      expect((await steps.allInnerTexts()).join(" ")).not.toMatch(/Circulated to un|_/);

    const title = await page.locator("#field-titleI18n-en").inputValue();
    await page.locator("#field-titleI18n-en").fill("");
    await page.keyboard.press("Control+s");
    const summary = page.locator(".error-summary");
    await summary.getByRole("heading", { name: "1 problem stops the save" }).waitFor();
    expect(await summary.getByRole("link").first().innerText()).toMatch(/^Title › English: /);
    const sections = page.getByRole("navigation", { name: "Sections of the meeting" });
    expect(await sections.getByRole("link", { name: /^Meeting/ }).innerText()).toContain("1 problem");
    expect(await sections.getByRole("link", { name: /^Participants/ }).innerText()).toMatch(
      /^Participants \(\d+\)$/,
    );
    // Long texts are comfortable to read and write: the page's font, not monospace, and several lines tall.
    const summaryBox = page.locator("#field-summaryI18n-en");
    const style = await summaryBox.evaluate((el) => ({
      font: getComputedStyle(el).fontFamily,
      height: el.getBoundingClientRect().height,
    }));
    expect(style.font).not.toMatch(/monospace/);
    expect(style.height).toBeGreaterThanOrEqual(120);
    // Back as it was: nothing unsaved is left for the next test.
    await page.locator("#field-titleI18n-en").fill(title);
    await page.getByText(/^Saved · version \d+ · published$/).waitFor();
  });

  it("says what unpublishing changes before doing it, and links a published meeting to the public site", async () => {
    await openSeedEditor(page);
    const onSite = page.getByRole("link", { name: /^View on site/ });
    expect(await onSite.getAttribute("href")).toBe(`${webUrl()}/en/meetings/${SEED_SLUG}`);

    const question = answerNextQuestion(page, false);
    await page.getByRole("button", { name: "Unpublish" }).click();
    expect(await question).toContain("It leaves the public site at once");
    // Declined: still published.
    await page.getByText(/^Saved · version \d+ · published$/).waitFor();
  });
});
