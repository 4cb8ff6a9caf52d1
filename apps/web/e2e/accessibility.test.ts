import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { wcagViolations } from "../../../tooling/testing/accessibility";
import { webUrl } from "../../../tooling/testing/apps";
import { launchBrowser } from "../../../tooling/testing/browser";
import { LOCALES, pageExample, pageExamples, pageRoutes } from "../../../tooling/testing/page-examples";

const MEETING = "meeting-of-the-sco-council-of-heads-of-state-2020-11-10";

const DESKTOP = { width: 1280, height: 800 };
/** A common phone width (iPhone 12 to 15). */
const PHONE = { width: 390, height: 844 };

/**
 * axe-core (WCAG 2.0, 2.1 and 2.2 A/AA of any impact, best practice when serious or critical) on every page route
 * of the inventory (tooling/testing/page-examples.ts): at desktop width in every language, at 390 px in the
 * example's own language (the languages rotate through the routes). The Nu HTML checker's run over the same pages
 * is conformance.test.ts.
 */
describe("accessibility (axe-core)", () => {
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: DESKTOP });
  });

  afterAll(async () => {
    await browser?.close();
  });

  for (const locale of LOCALES) {
    it(`finds no violation on any page type at desktop width in ${locale}`, async () => {
      await page.setViewportSize(DESKTOP);
      const found: string[] = [];
      for (const route of pageRoutes()) {
        const example = pageExample(route.path, locale);
        if (!example) continue; // conformance.test.ts fails on a route without an example
        await page.goto(`${webUrl()}${example.path}`);
        for (const violation of await wcagViolations(page)) found.push(`${example.path}: ${violation}`);
      }
      expect(found).toEqual([]);
    });
  }

  it("finds no violation on any page type at 390 px", async () => {
    await page.setViewportSize(PHONE);
    // A page with a known violation first: the check reports what axe finds.
    await page.setContent(
      '<!DOCTYPE html><html lang="en"><title>x</title><main><img src="x.png"></main></html>',
    );
    expect((await wcagViolations(page)).join()).toContain("image-alt");
    const found: string[] = [];
    for (const example of pageExamples().examples) {
      await page.goto(`${webUrl()}${example.path}`);
      for (const violation of await wcagViolations(page)) found.push(`${example.path}: ${violation}`);
    }
    await page.setViewportSize(DESKTOP);
    expect(found).toEqual([]);
  });

  it("has a skip link to the main content, landmarks and a visible focus", async () => {
    await page.goto(`${webUrl()}/en/meetings/${MEETING}`);
    await page.keyboard.press("Tab");
    const focused = page.locator(":focus");
    expect(await focused.textContent()).toBe("Skip to content");
    const outline = await focused.evaluate((el) => getComputedStyle(el).outlineStyle);
    expect(outline).not.toBe("none");
    await page.keyboard.press("Enter");
    expect(new URL(page.url()).hash).toBe("#main");
    for (const role of ["banner", "main", "contentinfo"] as const)
      expect(await page.getByRole(role).count()).toBe(1);
  });

  it("prints the meeting record without the site's navigation, switcher or downloads", async () => {
    await page.goto(`${webUrl()}/en/meetings/${MEETING}`);
    await page.emulateMedia({ media: "print" });
    for (const selector of [".language-switcher", ".site-sections", ".downloads"]) {
      expect(await page.locator(selector).isVisible(), selector).toBe(false);
    }
    expect(await page.locator("section[aria-labelledby=participants]").isVisible()).toBe(true);
    expect(await page.locator(".cite-this").isVisible()).toBe(true);
    await page.emulateMedia({ media: "screen" });
  });
});
