import { createRequire } from "node:module";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { webUrl } from "../../../tooling/testing/apps";
import { launchBrowser } from "../../../tooling/testing/browser";

const AXE_SOURCE = createRequire(import.meta.url).resolve("axe-core/axe.min.js");
const MEETING = "meeting-of-the-sco-council-of-heads-of-state-2020-11-10";

const PATHS = [
  "",
  `/meetings/${MEETING}`,
  "/people/jumakhon-giyosov",
  "/countries/tajikistan",
  "/organizations/shanghai-cooperation-organisation",
  "/documents",
  "/documents/moscow-declaration-2020-11-10",
  "/topics",
  "/topics/drug-threat",
  "/archive/2020",
  "/search?q=Gijesov",
  "/data",
  "/meetings/no-such-meeting",
];

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

async function seriousViolations(page: Page): Promise<AxeViolation[]> {
  await page.addScriptTag({ path: AXE_SOURCE });
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: { run: (context: Document, options: object) => Promise<{ violations: AxeViolation[] }> };
      }
    ).axe;
    const result = await axe.run(document, {
      runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"] },
    });
    return result.violations;
  });
  return violations.filter((v) => v.impact === "serious" || v.impact === "critical");
}

describe("accessibility (axe-core)", () => {
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    browser = await launchBrowser();
    page = await browser.newPage();
  });

  afterAll(async () => {
    await browser?.close();
  });

  for (const locale of ["en", "ru", "zh"]) {
    it(`finds no serious or critical violation on any page type in ${locale}`, async () => {
      const found: string[] = [];
      for (const path of PATHS) {
        await page.goto(`${webUrl()}/${locale}${path}`);
        for (const v of await seriousViolations(page)) {
          found.push(
            `${path || "/"}: ${v.id} (${v.impact}) ${v.help} — ${v.nodes
              .map((n) => n.target.join(" "))
              .slice(0, 3)
              .join(", ")}`,
          );
        }
      }
      expect(found).toEqual([]);
    });
  }

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
