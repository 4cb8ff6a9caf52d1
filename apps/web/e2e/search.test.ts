import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { webUrl } from "../../../tooling/testing/apps";
import { launchBrowser } from "../../../tooling/testing/browser";

describe("search", () => {
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    browser = await launchBrowser();
    page = await browser.newPage();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it("finds Jumakhon Giyosov from the home page by the misspelling in the source", async () => {
    await page.goto(`${webUrl()}/en`);
    await page
      .getByRole("searchbox", { name: "Search meetings, people, countries and documents" })
      .fill("Gijesov");
    await page.getByRole("button", { name: "Search" }).click();
    await page.waitForURL("**/en/search?q=Gijesov");
    const people = page.locator("section.results-people");
    expect(await people.getByRole("heading").textContent()).toBe("People (1)");
    expect(await people.locator("li").first().textContent()).toContain("Jumakhon Giyosov");
    expect(await people.locator("li").first().textContent()).toContain("found as “Jumakhon Gijesov”");
    await people.getByRole("link", { name: "Jumakhon Giyosov" }).click();
    await page.waitForURL("**/en/people/jumakhon-giyosov");
  });

  it("finds Sadyr Japarov as Zhaparov, in Russian too, with results grouped by type", async () => {
    await page.goto(`${webUrl()}/ru/search?q=Zhaparov`);
    expect(await page.locator("section.results-people li").first().textContent()).toContain("Садыр Жапаров");
    await page.goto(`${webUrl()}/en/search?q=SCO`);
    const groups = await page.locator(".search-results h3").allTextContents();
    expect(groups.map((g) => g.replace(/ \(\d+\)$/, ""))).toEqual(
      expect.arrayContaining(["Meetings", "Organizations", "Documents"]),
    );
  });

  it("ranks the person named by the query first, before names that only look alike", async () => {
    await page.goto(`${webUrl()}/en/search?q=modi`);
    const results = page.locator(".search-results");
    expect(await page.locator("section.results-people li").first().textContent()).toContain("Narendra Modi");
    // "Mongolia" and the "Moscow Declaration" only share letters with it.
    const text = (await results.textContent()) ?? "";
    expect(text).not.toContain("Mongolia");
    expect(text).not.toContain("Moscow Declaration");
  });

  it("says so when nothing matches", async () => {
    await page.goto(`${webUrl()}/en/search?q=${encodeURIComponent("zzqx nothing")}`);
    expect(await page.locator(".search-results").textContent()).toContain(
      "Nothing published matches “zzqx nothing”.",
    );
  });
});
