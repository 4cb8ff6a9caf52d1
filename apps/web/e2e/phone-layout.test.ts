import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { webUrl } from "../../../tooling/testing/apps";
import { launchBrowser } from "../../../tooling/testing/browser";
import { pageRoutes } from "../../../tooling/testing/page-examples";

const MEETING = "meeting-of-the-sco-council-of-heads-of-state-2020-11-10";

/** A page of every kind the site renders (the route inventory's pages), with the seed's longest content. */
const SAMPLES: Record<string, string[]> = {
  "/[locale]": [""],
  "/[locale]/[...rest]": ["/no-such-page"],
  "/[locale]/archive": ["/archive"],
  "/[locale]/archive/[year]": ["/archive/2020"],
  "/[locale]/countries/[slug]": ["/countries/tajikistan"],
  "/[locale]/data": ["/data"],
  "/[locale]/documents": ["/documents", "/documents?q=statement&sort=title&type=statement"],
  "/[locale]/documents/[slug]": ["/documents/moscow-declaration-2020-11-10"],
  "/[locale]/meetings/[slug]": [`/meetings/${MEETING}`],
  "/[locale]/organizations/[slug]": ["/organizations/shanghai-cooperation-organisation"],
  "/[locale]/people/[slug]": ["/people/vladimir-putin", "/people/jumakhon-giyosov"],
  "/[locale]/search": ["/search?q=putin"],
  "/[locale]/topics": ["/topics"],
  "/[locale]/topics/[slug]": ["/topics/drug-threat"],
};

/** The narrowest phone WCAG's reflow asks for, and a common one (the 390 px). */
const PHONES = [
  { width: 320, height: 640 },
  { width: 390, height: 844 },
];
/** WCAG 2.2, 2.5.8 Target Size (Minimum). */
const TARGET = 24;

interface TargetProblem {
  target: string;
  width: number;
  height: number;
}

/**
 * Targets (links, buttons, disclosure summaries, form controls) smaller than 24 × 24 px that also fail the
 * spacing exception: a 24 px circle centred on the target's box intersects another target, or the circle of
 * another undersized target.
 */
function undersizedTargets(page: Page, size: number): Promise<TargetProblem[]> {
  return page.evaluate((size) => {
    const boxes = [...document.querySelectorAll<HTMLElement>("a[href], button, summary, input, select")]
      .map((element) => ({ element, rect: element.getBoundingClientRect() }))
      .filter(({ element, rect }) => {
        const style = getComputedStyle(element);
        // Visible: rendered, not visually hidden (1 px, clipped) and not parked off the page (the skip link).
        return (
          style.visibility !== "hidden" &&
          style.display !== "none" &&
          rect.width > 1 &&
          rect.height > 1 &&
          rect.bottom + window.scrollY > 0 &&
          element.closest("[hidden], .visually-hidden") === null
        );
      });
    const small = (rect: DOMRect) => rect.width < size || rect.height < size;
    const centre = (rect: DOMRect) => ({ x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 });
    const radius = size / 2;
    const problems: TargetProblem[] = [];
    for (const { element, rect } of boxes) {
      if (!small(rect)) continue;
      const c = centre(rect);
      const crowded = boxes.some((other) => {
        if (other.element === element || other.element.contains(element) || element.contains(other.element))
          return false;
        const r = other.rect;
        const dx = Math.max(r.left - c.x, 0, c.x - r.right);
        const dy = Math.max(r.top - c.y, 0, c.y - r.bottom);
        if (Math.hypot(dx, dy) < radius) return true;
        if (!small(r)) return false;
        const o = centre(r);
        return Math.hypot(o.x - c.x, o.y - c.y) < size;
      });
      if (crowded)
        problems.push({
          target: `${element.tagName.toLowerCase()} “${(element.textContent ?? "").trim().slice(0, 40)}”`,
          width: Math.round(rect.width),
          height: Math.round(rect.height),
        });
    }
    return problems;
  }, size);
}

/** The tables a phone shows as cards, on the pages with the seed's longest rows. */
const TABLES: { path: string; table: string }[] = [
  { path: `/en/meetings/${MEETING}`, table: "table.participants" },
  { path: "/ru/documents", table: "table.documents" },
  { path: "/ru/people/vladimir-putin", table: "main table" },
];

/** The roles in the browser's own accessibility tree (what screen readers are given), counted. */
async function accessibilityRoles(page: Page): Promise<Record<string, number>> {
  const session = await page.context().newCDPSession(page);
  try {
    const { nodes } = (await session.send("Accessibility.getFullAXTree")) as {
      nodes: { ignored: boolean; role?: { value: string } }[];
    };
    const counts: Record<string, number> = {};
    for (const node of nodes)
      if (!node.ignored && node.role) counts[node.role.value] = (counts[node.role.value] ?? 0) + 1;
    return counts;
  } finally {
    await session.detach();
  }
}

describe("public pages on a 320 px and a 390 px phone", () => {
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: PHONES[0] });
  });

  afterAll(async () => {
    await browser?.close();
  });

  it("has a sample for every page route, so a new kind of page is checked too", () => {
    // Pages only: an image route such as a meeting's map.svg has no layout of its own.
    const pages = pageRoutes().map((route) => route.path);
    expect(Object.keys(SAMPLES).sort()).toEqual(pages.sort());
  });

  // English, and Russian for its longer words; Chinese wraps between any two characters.
  for (const phone of PHONES)
    for (const locale of ["en", "ru"]) {
      it(`scrolls no page sideways and keeps every target at least 24 px or spaced apart, in ${locale} at ${phone.width} px`, async () => {
        await page.setViewportSize(phone);
        const wide: string[] = [];
        const small: string[] = [];
        for (const path of Object.values(SAMPLES).flat()) {
          await page.goto(`${webUrl()}/${locale}${path}`);
          // Disclosures open too: the archived source text must fit as well.
          await page.evaluate(() => document.querySelectorAll("details").forEach((d) => (d.open = true)));
          const { scrollWidth, clientWidth } = await page.evaluate(() => ({
            scrollWidth: document.documentElement.scrollWidth,
            clientWidth: document.documentElement.clientWidth,
          }));
          if (scrollWidth > clientWidth)
            wide.push(`${path || "/"}: ${scrollWidth} px wide in ${clientWidth} px`);
          for (const problem of await undersizedTargets(page, TARGET))
            small.push(
              `${path || "/"}: ${problem.target} is ${problem.width}×${problem.height} px and crowded`,
            );
        }
        expect(wide).toEqual([]);
        expect(small).toEqual([]);
      });
    }

  for (const phone of PHONES)
    it(`stacks the participant, document and person tables as cards that stay tables to screen readers, at ${phone.width} px`, async () => {
      await page.setViewportSize(phone);
      for (const { path, table } of TABLES) {
        await page.goto(`${webUrl()}${path}`);
        const row = page.locator(`${table} tbody tr`).first();
        expect(await row.evaluate((tr) => getComputedStyle(tr).display), path).toBe("block");
        const cells = await row
          .locator("th, td")
          .evaluateAll((elements) => elements.map((cell) => Math.round(cell.getBoundingClientRect().width)));
        // Cells stacked, each as wide as the card (none collapsed to 0 px).
        expect(new Set(cells).size, path).toBe(1);
        expect(cells[0], path).toBeGreaterThan(phone.width - 120);
        // Each part names its role, as a display other than the table ones can drop it (WebKit's does)...
        // (named in the browser once the page has started: wait for it, or fail when it never happens)
        await page.waitForFunction(
          (table) => document.querySelector(table)?.getAttribute("role") === "table",
          table,
          {
            timeout: 10_000,
          },
        );
        const roles = await page
          .locator(table)
          .first()
          .evaluate((element) =>
            [element, ...element.querySelectorAll("thead, tbody, tr, th, td")].map(
              (part) => `${part.tagName.toLowerCase()}:${part.getAttribute("role")}`,
            ),
          );
        expect(roles[0], path).toBe("table:table");
        for (const role of roles.slice(1))
          expect(role, path).toMatch(
            /^(thead|tbody):rowgroup$|^tr:row$|^th:(columnheader|rowheader)$|^td:cell$/,
          );
        // ...and the browser's accessibility tree has the table, its rows, column headers and cells.
        const tree = await accessibilityRoles(page);
        expect(tree.table, path).toBeGreaterThan(0);
        expect(tree.row, path).toBeGreaterThan(1);
        expect(tree.columnheader, path).toBeGreaterThan(1);
        expect(tree.cell, path).toBeGreaterThan(0);
      }
    });

  it("shows the participant table as one card per participant, with its columns named", async () => {
    await page.goto(`${webUrl()}/en/meetings/${MEETING}`);
    const row = page.locator("table.participants tbody tr").first();
    expect(await row.evaluate((tr) => getComputedStyle(tr).display)).toBe("block");
    const cells = await row
      .locator("th, td")
      .evaluateAll((elements) => elements.map((cell) => Math.round(cell.getBoundingClientRect().width)));
    // Cells stacked, each as wide as the card (none collapsed to 0 px).
    expect(new Set(cells).size).toBe(1);
    expect(cells[0]).toBeGreaterThan(200);
    const role = row.locator("td[data-label=Role]");
    expect(await role.evaluate((td) => getComputedStyle(td, "::before").content)).toBe('"Role: "');
  });
});
