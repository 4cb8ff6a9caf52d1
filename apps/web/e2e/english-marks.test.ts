import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { webUrl } from "../../../tooling/testing/apps";
import { launchBrowser } from "../../../tooling/testing/browser";
import { pageExample, pageRoutes } from "../../../tooling/testing/page-examples";
import { MARKER } from "../../../tooling/testing/xss";

/**
 * Pages beyond the route inventory's one example each, where the seed's untranslated texts show: a person with
 * speeches and posts, the document with a planned step organized by someone, the search results with a meeting.
 */
const DRUG_STATEMENT = "statement-of-the-sco-leaders-on-countering-the-drug-threat-2020-11-10";
const MORE_PAGES = [
  "/people/vladimir-putin",
  "/documents/moscow-declaration-2020-11-10",
  `/documents/${DRUG_STATEMENT}`,
  "/search?q=SCO",
  "/search?q=putin",
];

/**
 * Latin-script text that is not English and so needs no mark, each for a reason that holds in Russian and Chinese
 * writing as well:
 * - `code` elements: addresses, file and field names of the open data (`/api/v1/…`, `plenary`), typed as written;
 * - web addresses (the permanent link of a citation): not words of any language;
 * - the names below, which Russian and Chinese text writes in Latin script too: the site's own name; the data
 *   formats, standards and the licence it publishes under (as the formats' and Creative Commons' own Russian and
 *   Chinese pages write them); "COVID-19", as the WHO's Russian and Chinese pages write it.
 * What the reader typed into the search box is shown back as typed, in an element of unknown language (`lang=""`).
 * The XSS sweep (xss.test.ts, run in the same database) plants markup in every field of seed records, the Russian
 * and Chinese ones included, and puts the originals back: the corrections then show its payloads as the old and new
 * values of a Russian field. A text holding its MARKER is that test's markup, stored as Russian, not English.
 */
const NAMES = [
  "Plenary",
  "Popolo",
  // Before "JSON", so that the whole name is taken out.
  "JSON Schema",
  "JSON",
  "CSV",
  "SVG",
  "Atom",
  "API",
  "ISO",
  // Standards named by their series, as in "RFC 4180" (CSV) and "BCP 47" (language tags).
  "RFC",
  "BCP",
  "ID",
  "CC BY",
  "COVID",
];
const EXEMPT = "code";
const ADDRESS = "https?://\\S+";

/** A run of Latin-script words ("SCO Secretariat in a working order"): two letters or more, spaces between. */
const LATIN_RUN = "[A-Za-z][A-Za-z'’.-]*[A-Za-z](?:[\\s,]+[A-Za-z][A-Za-z'’.-]*[A-Za-z])*";

/**
 * The Latin-script runs on the page that are neither inside an element in another language (`lang="en"`, the
 * "EN" mark's element; or a source title's own language) nor exempt, each with a little of its context.
 */
function unmarkedLatin(page: Page, locale: string): Promise<string[]> {
  return page.evaluate(
    ({ locale, exempt, names, address, pattern, planted }) => {
      const found: string[] = [];
      const run = new RegExp(pattern, "g");
      const allowed = new RegExp(`${address}|\\b(?:${names.join("|")})\\b`, "g");
      const runs = (text: string) => [...text.replace(allowed, " ").matchAll(run)].map((match) => match[0]);
      const inPageLanguage = (element: Element) =>
        (element.closest("[lang]")?.getAttribute("lang") ?? "").split("-")[0] === locale;
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const parent = node.parentElement;
        if (!parent || parent.closest(`script, style, template, noscript, ${exempt}`)) continue;
        if (!inPageLanguage(parent) || node.textContent?.includes(planted)) continue;
        for (const text of runs(node.textContent ?? ""))
          found.push(
            `“${text}” in <${parent.tagName.toLowerCase()}> “${parent.textContent?.trim().slice(0, 80)}”`,
          );
      }
      // Accessible names and descriptions given in attributes read in the page's language too.
      for (const element of document.body.querySelectorAll(
        "[aria-label], [title], img[alt], [placeholder]",
      )) {
        if (element.closest(exempt) || !inPageLanguage(element)) continue;
        for (const name of ["aria-label", "title", "alt", "placeholder"])
          for (const text of runs(element.getAttribute(name) ?? ""))
            found.push(`“${text}” in ${name} of <${element.tagName.toLowerCase()}>`);
      }
      return found;
    },
    { locale, exempt: EXEMPT, names: NAMES, address: ADDRESS, pattern: LATIN_RUN, planted: MARKER },
  );
}

describe("English shown on Russian and Chinese pages", () => {
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    browser = await launchBrowser();
    page = await browser.newPage();
  });

  afterAll(async () => {
    await browser?.close();
  });

  for (const locale of ["ru", "zh"] as const) {
    it(`is marked "EN" and lang="en" on every kind of page in ${locale}`, async () => {
      const paths = pageRoutes()
        .map((route) => pageExample(route.path, locale)?.path)
        .filter((path): path is string => path !== undefined)
        .concat(MORE_PAGES.map((path) => `/${locale}${path}`));
      const problems: string[] = [];
      for (const path of paths) {
        await page.goto(`${webUrl()}${path}`);
        for (const problem of await unmarkedLatin(page, locale)) problems.push(`${path}: ${problem}`);
      }
      expect(problems).toEqual([]);
    });
  }

  it("finds the open-data reference translated on /ru/data and /zh/data, and would find English left there", async () => {
    for (const locale of ["ru", "zh"] as const) {
      const path = `/${locale}/data`;
      // The page is one of those the scan above reads.
      expect(pageRoutes().map((route) => pageExample(route.path, locale)?.path)).toContain(path);
      await page.goto(`${webUrl()}${path}`);
      expect(await page.locator(".fallback, .fallback-mark").count(), path).toBe(0);
      expect(await unmarkedLatin(page, locale), path).toEqual([]);
      // A description left in English and unmarked, as the table's cells were before they were translated.
      await page.evaluate(() => {
        const cell = document.querySelector("table.endpoints tbody td");
        if (cell) cell.textContent = "Published meetings, newest first";
      });
      expect(await unmarkedLatin(page, locale), path).toEqual([
        "“Published meetings, newest first” in <td> “Published meetings, newest first”",
      ]);
    }
  });

  it("marks English with one visible mark that screen readers read in the page's language", async () => {
    await page.goto(`${webUrl()}/ru/documents/${DRUG_STATEMENT}`);
    const step = page.locator(".document-actions li").filter({ hasText: "SCO Secretariat" });
    const marked = step.locator('[lang="en"].fallback');
    expect(await marked.count()).toBe(2);
    expect(await marked.first().textContent()).toMatch(/^SCO Secretariat/);
    for (const element of await marked.all()) {
      const mark = element.locator("abbr.fallback-mark");
      expect(await mark.getAttribute("lang")).toBe("ru");
      expect(await mark.getAttribute("title")).toBe("Перевода пока нет: показано по-английски");
      expect(await mark.locator('[aria-hidden="true"]').textContent()).toBe("EN");
      expect(await mark.locator('[aria-hidden="true"]').isVisible()).toBe(true);
      expect(await mark.locator(".visually-hidden").textContent()).toBe(
        " (Перевода пока нет: показано по-английски)",
      );
    }
  });

  it("adds no mark on English pages", async () => {
    await page.goto(`${webUrl()}/en/documents/${DRUG_STATEMENT}`);
    expect(await page.locator(".fallback, .fallback-mark").count()).toBe(0);
  });
});
