import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { webUrl } from "../../../tooling/testing/apps";
import { launchBrowser } from "../../../tooling/testing/browser";

const SLUG = "meeting-of-the-sco-council-of-heads-of-state-2020-11-10";

describe("the site in English, Russian and Chinese", () => {
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    browser = await launchBrowser();
    page = await browser.newPage();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it("sends addresses without a locale to the English page", async () => {
    const response = await page.goto(`${webUrl()}/meetings/${SLUG}`);
    expect(response?.status()).toBe(200);
    expect(new URL(page.url()).pathname).toBe(`/en/meetings/${SLUG}`);
    expect(await page.locator("html").getAttribute("lang")).toBe("en");
  });

  it("sends the bare home page to the reader's language, and other unknown prefixes to English", async () => {
    const where = async (path: string, headers: Record<string, string> = {}) => {
      const response = await fetch(`${webUrl()}${path}`, { redirect: "manual", headers });
      return new URL(response.headers.get("location") ?? "", webUrl()).pathname;
    };
    expect(await where("/", { "accept-language": "zh-CN,zh;q=0.9,en;q=0.5" })).toBe("/zh");
    expect(await where("/", { "accept-language": "ru-RU,ru;q=0.9" })).toBe("/ru");
    expect(await where("/", { "accept-language": "fr-FR" })).toBe("/en");
    expect(await where("/people")).toBe("/en/people");
    // "/energy" is not "/en": only a whole first segment names a locale.
    expect(await where("/energy")).toBe("/en/energy");
  });

  it("shows the meeting in Russian with Russian labels, dates and names", async () => {
    await page.goto(`${webUrl()}/ru/meetings/${SLUG}`);
    expect(await page.locator("html").getAttribute("lang")).toBe("ru");
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe(
      "Заседание Совета глав государств — членов ШОС",
    );
    const facts = (await page.locator(".facts").textContent()) ?? "";
    expect(facts).toContain("10 ноября 2020");
    expect(facts).toContain("Россия");
    const names = await page
      .locator("section[aria-labelledby=participants] tbody .person-name")
      .allTextContents();
    expect(names[5]).toBe("Владимир Путин");
    expect(await page.getByRole("heading", { name: "9 решений (в списке 3)" }).count()).toBe(1);
  });

  it("shows the meeting in Chinese", async () => {
    await page.goto(`${webUrl()}/zh/meetings/${SLUG}`);
    expect(await page.locator("html").getAttribute("lang")).toBe("zh");
    expect(await page.locator(".facts").textContent()).toContain("2020年11月10日");
    expect(await page.getByRole("heading", { level: 2, name: /与会者/ }).count()).toBe(1);
  });

  it("marks English text shown where a translation is missing", async () => {
    await page.goto(`${webUrl()}/ru/meetings/${SLUG}`);
    const summary = page.locator(".meeting-header .summary .fallback");
    expect(await summary.getAttribute("lang")).toBe("en");
    expect(await summary.locator("abbr").getAttribute("title")).toBe(
      "Перевода пока нет: показано по-английски",
    );
  });

  it("makes what was done with a document agree with the document's noun in Russian", async () => {
    await page.goto(`${webUrl()}/ru/documents/moscow-declaration-2020-11-10`);
    // Декларация is feminine: the adoption and each step of its life read "Принята", not "Принят".
    expect(await page.locator(".document-actions").textContent()).toMatch(/^Принята 10 ноября 2020/);
    // The document's facts, the meeting's list and the registry's row read the same words.
    const facts = page.locator(".facts > div").filter({ has: page.locator("dt", { hasText: /^Действие$/ }) });
    expect(await facts.locator("dd").textContent()).toMatch(/^Принята, 10 ноября 2020/);
    await page.goto(`${webUrl()}/ru/meetings/${SLUG}`);
    const declaration = page.locator("#document-moscow-declaration-2020-11-10 .meta");
    expect(await declaration.textContent()).toContain("Принята");
    await page.goto(`${webUrl()}/ru/documents`);
    const row = page.locator("tr", {
      has: page.locator('a[href$="/documents/moscow-declaration-2020-11-10"]'),
    });
    expect(await row.locator("td").nth(1).textContent()).toMatch(/^Принята, 10 ноября 2020/);
  });

  it("links each translation with hreflang and switches language on the same page", async () => {
    await page.goto(`${webUrl()}/en/meetings/${SLUG}`);
    const alternates = await page
      .locator('link[rel="alternate"][hreflang]')
      .evaluateAll((links) =>
        links.map((l) => [l.getAttribute("hreflang"), new URL(l.getAttribute("href")!).pathname]),
      );
    expect(alternates).toEqual(
      expect.arrayContaining([
        ["ru", `/ru/meetings/${SLUG}`],
        ["zh", `/zh/meetings/${SLUG}`],
        ["x-default", `/en/meetings/${SLUG}`],
      ]),
    );
    await page.getByRole("navigation", { name: "Language" }).getByRole("link", { name: "中文" }).click();
    await page.waitForURL(`**/zh/meetings/${SLUG}`);
    expect(await page.locator("html").getAttribute("lang")).toBe("zh");
  });

  it("answers 404 in the page's language", async () => {
    const response = await page.goto(`${webUrl()}/ru/meetings/no-such-meeting-1999`);
    expect(response?.status()).toBe(404);
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe("Страница не найдена");
  });

  it("keeps the registry's filters and the search when switching language", async () => {
    await page.goto(`${webUrl()}/en/documents?type=decision`);
    await page.getByRole("navigation", { name: "Language" }).getByRole("link", { name: "Русский" }).click();
    await page.waitForURL("**/ru/documents?type=decision");
    expect(await page.locator("#document-results").textContent()).toBe("3 документа");
    await page.goto(`${webUrl()}/en/search?q=Gijesov`);
    await page.getByRole("navigation", { name: "Language" }).getByRole("link", { name: "中文" }).click();
    await page.waitForURL("**/zh/search?q=Gijesov");
    expect(await page.locator("section.results-people li").count()).toBe(1);
  });
});
