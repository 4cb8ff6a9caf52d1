import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { webUrl } from "../../../tooling/testing/apps";
import { launchBrowser } from "../../../tooling/testing/browser";

const TITLE = "Meeting of the SCO Council of Heads of State";

describe("public meeting page", () => {
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    browser = await launchBrowser();
    page = await browser.newPage();
    await page.goto(webUrl());
    await page.getByRole("link", { name: TITLE }).click();
    await page.waitForURL(/\/meetings\/[^/]+$/);
  });

  afterAll(async () => {
    await browser?.close();
  });

  it("reaches the seed meeting from the home page", async () => {
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe(TITLE);
    const facts = (await page.locator(".facts").textContent()) ?? "";
    expect(facts).toContain("10 November 2020");
    expect(facts).toContain("Online");
    expect(facts).toContain("Russia");
    expect(facts).toContain("President of Russia Vladimir Putin");
  });

  it("lists the 15 participants in protocol order, grouped by category", async () => {
    const rows = page.locator("section[aria-labelledby=participants] tbody tr");
    expect(await rows.count()).toBe(15);
    const numbers = await rows.locator("td.number").allTextContents();
    expect(numbers).toEqual(Array.from({ length: 15 }, (_, i) => String(i + 1)));

    const names = await rows.locator(".person-name").allTextContents();
    expect(names[0]).toBe("Narendra Modi");
    expect(names[5]).toBe("Vladimir Putin");
    expect(names[14]).toBe("António Guterres");

    expect(await rows.nth(5).textContent()).toContain("Chair");
    expect(await rows.nth(14).textContent()).toContain("Video message");
    expect(await rows.nth(14).textContent()).toContain("Secretary-General of the United Nations");

    const captions = await page.locator("section[aria-labelledby=participants] caption").allTextContents();
    expect(captions).toEqual([
      "Member states",
      "Officials of international organizations",
      "Observer states",
      "Guest organizations",
    ]);
  });

  it("shows the outcome documents with their tallies, steps and relations", async () => {
    const outcomes = page.locator("section[aria-labelledby=outcomes]");
    await expect(outcomes.getByRole("heading", { name: "9 decisions (3 listed)" }).count()).resolves.toBe(1);
    await expect(outcomes.getByRole("heading", { name: "6 statements" }).count()).resolves.toBe(1);

    const declaration = outcomes.locator(".outcome-document", { hasText: "Moscow Declaration" }).first();
    const declarationText = (await declaration.textContent()) ?? "";
    expect(declarationText).toContain("Adopted");
    expect(declarationText).toContain("To be circulated to the UN");

    const actionPlan = outcomes
      .locator(".outcome-document")
      .filter({ has: page.locator(".document-title", { hasText: /^Action Plan for 2021–2025/ }) });
    const actionPlanText = (await actionPlan.textContent()) ?? "";
    expect(actionPlanText).toContain("Valid 2021–2025");
    expect(actionPlanText).toContain("implements → SCO Development Strategy until 2025");
    expect(actionPlanText).toContain("approved by ← Decision approving the Action Plan");

    const decisionText =
      (await outcomes
        .locator(".outcome-document", { hasText: "Decision approving the Action Plan" })
        .first()
        .textContent()) ?? "";
    expect(decisionText).toContain("Signing to be organized by SCO Secretariat in a working order");
  });

  it("shows the presidency handed over from Russia to Tajikistan", async () => {
    const items = page.locator("section[aria-labelledby=chairmanship] li");
    expect(await items.filter({ hasText: "Russia" }).textContent()).toContain(
      "14 June 2019 – 10 November 2020 — ends at this meeting",
    );
    expect(await items.filter({ hasText: "Tajikistan" }).textContent()).toContain(
      "from 10 November 2020 — starts at this meeting",
    );
  });

  it("links each presidency on the organization's page to the meetings where it began and ended", async () => {
    const meetingPath = new URL(page.url()).pathname;
    const organization = await browser.newPage();
    try {
      await organization.goto(`${webUrl()}/en/organizations/shanghai-cooperation-organisation`);
      const items = organization.locator("section[aria-labelledby=chairmanships] li");
      const tajikistan = items.filter({ hasText: "Tajikistan" });
      expect(await tajikistan.textContent()).toContain("began at the meeting");
      expect(await tajikistan.getByRole("link", { name: "the meeting" }).first().getAttribute("href")).toBe(
        meetingPath,
      );
      const russia = items.filter({ hasText: "Russia" });
      expect(await russia.textContent()).toContain("ended at the meeting");
      expect(await russia.getByRole("link", { name: "the meeting" }).last().getAttribute("href")).toBe(
        meetingPath,
      );
    } finally {
      await organization.close();
    }
  });

  it("shows speeches, topics and the source with its publication date and full text", async () => {
    const speeches = page.locator("section[aria-labelledby=speeches] li");
    expect(await speeches.count()).toBe(4);
    // In the release's order: the welcome video message is reported before Putin's summing-up.
    const first = (await speeches.nth(0).textContent()) ?? "";
    expect(first).toContain("António Guterres");
    expect(first).toContain("Video message");
    expect(first).toContain("No text given");

    expect(await page.locator("section[aria-labelledby=topics] li").count()).toBe(10);

    const sources = page.locator("section[aria-labelledby=sources]");
    expect(await sources.textContent()).toContain("Published 12 November 2020, 10:58 · Language: English");
    const fullText = sources.locator("details");
    await fullText.locator("summary").click();
    expect(await fullText.locator("summary").textContent()).toBe("Archived text");
    expect(await fullText.textContent()).toContain(
      "UN Secretary-General Antonio Guterres delivered a welcome video message",
    );
    expect(await fullText.locator(".source-text").getAttribute("lang")).toBe("en");
  });

  it("answers 404 for an unknown meeting", async () => {
    const notFound = await browser.newPage();
    const response = await notFound.goto(`${webUrl()}/meetings/no-such-meeting-1999`);
    expect(response?.status()).toBe(404);
    expect(await notFound.getByRole("heading", { level: 1 }).textContent()).toBe("Page not found");
    await notFound.close();
  });
});
