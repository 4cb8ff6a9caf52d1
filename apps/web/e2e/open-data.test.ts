import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb } from "@plenary/db";
import { databaseUrl, webUrl } from "../../../tooling/testing/apps";
import { launchBrowser } from "../../../tooling/testing/browser";
import { atomViolations } from "../src/lib/atom-conformance";
import { schemaOrgViolations } from "../src/lib/schema-org-conformance";

const MEETING = "meeting-of-the-sco-council-of-heads-of-state-2020-11-10";

async function getJson(path: string) {
  const response = await fetch(`${webUrl()}${path}`);
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

/**
 * What the database holds publicly right now, read directly: the apps' browser tests share one database and the
 * admin's tests publish meetings of their own, so exports are compared with it rather than with the seed alone.
 */
async function publicRecords() {
  const db = createDb(databaseUrl());
  try {
    const visible = { status: "published", deletedAt: null } as const;
    return {
      meetingSlugs: (await db.meeting.findMany({ where: visible, select: { slug: true } }))
        .map((m) => m.slug)
        .sort(),
      documents: await db.document.count({ where: visible }),
      meetingDocuments: await db.document.count({ where: { ...visible, meeting: visible } }),
      decisions: await db.document.count({ where: { ...visible, type: "decision" } }),
    };
  } finally {
    await db.$disconnect();
  }
}

describe("open data", () => {
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    browser = await launchBrowser();
    page = await browser.newPage();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it("serves the JSON API with the licence, and 404 for what is not public", async () => {
    const list = await getJson("/api/v1/meetings");
    expect(list.status).toBe(200);
    expect(list.body.licence).toMatchObject({ name: "CC BY 4.0" });
    const published = await publicRecords();
    expect(published.meetingSlugs).toContain(MEETING);
    expect((list.body.data as { slug: string }[]).map((m) => m.slug).sort()).toEqual(published.meetingSlugs);
    const meeting = await getJson(`/api/v1/meetings/${MEETING}`);
    expect((meeting.body.data as { participations: unknown[] }).participations).toHaveLength(15);
    const person = await getJson("/api/v1/people/jumakhon-giyosov");
    expect(
      (person.body.data as { person: { otherNames: { name: string }[] } }).person.otherNames.map(
        (n) => n.name,
      ),
    ).toContain("Jumakhon Gijesov");
    expect((await getJson("/api/v1/countries/russia")).status).toBe(200);
    expect((await getJson("/api/v1/organizations/shanghai-cooperation-organisation")).status).toBe(200);
    const decisions = await getJson("/api/v1/documents?type=decision");
    expect((decisions.body.data as { total: number }).total).toBe(published.decisions);
    expect(published.decisions).toBeGreaterThanOrEqual(3);
    expect((await getJson("/api/v1/meetings/no-such-meeting")).status).toBe(404);
    // A filter value the registry does not know is a parameter it cannot take (api-pages.test.ts: the reason).
    expect((await getJson("/api/v1/documents?type=nonsense")).status).toBe(400);
  });

  it("exports one meeting and the whole dataset as Popolo JSON", async () => {
    const one = await getJson(`/api/v1/meetings/${MEETING}/popolo`);
    const extension = (body: Record<string, unknown>) =>
      body.plenary as { licence: unknown; participations: unknown[]; documents: unknown[]; scope: unknown };
    expect(extension(one.body).licence).toMatchObject({
      url: "https://creativecommons.org/licenses/by/4.0/",
    });
    expect(extension(one.body).scope).toMatchObject({ kind: "meeting" });
    expect(one.body.persons).toHaveLength(15);
    expect(one.body.events).toHaveLength(1);
    expect(extension(one.body).participations).toHaveLength(15);
    const giyosov = (one.body.persons as { name: string; other_names: { name: string }[] }[]).find(
      (p) => p.name === "Jumakhon Giyosov",
    );
    expect(giyosov?.other_names.map((n) => n.name)).toContain("Jumakhon Gijesov");
    const all = await getJson("/api/v1/popolo");
    const published = await publicRecords();
    expect(all.body.events).toHaveLength(published.meetingSlugs.length);
    // Popolo's events carry their outcome documents: those of published meetings.
    expect(extension(all.body).documents).toHaveLength(published.meetingDocuments);
    expect(extension(all.body).scope).toEqual({
      kind: "dataset",
      event_count: published.meetingSlugs.length,
    });
    expect(published.meetingDocuments).toBeGreaterThanOrEqual(15);
  });

  it("downloads participants and documents as CSV", async () => {
    const response = await fetch(`${webUrl()}/api/v1/meetings/${MEETING}/participants.csv`);
    expect(response.headers.get("content-type")).toContain("text/csv");
    const lines = (await response.text()).trimEnd().split("\r\n");
    expect(lines).toHaveLength(16);
    expect(lines[0]).toBe(
      "protocol_order,person,person_slug,post,title_as_stated,category,role,mode,country_iso2,organization,licence",
    );
    expect(lines[6]).toBe(
      "6,Vladimir Putin,vladimir-putin,President of Russia,Russian President Vladimir Putin,member_state,chair,videoconference,RU,,CC BY 4.0",
    );
    const documents = await (await fetch(`${webUrl()}/api/v1/documents.csv`)).text();
    // A header line, then one line per published document.
    expect(documents.trimEnd().split("\r\n")).toHaveLength(1 + (await publicRecords()).documents);
  });

  it("publishes Atom feeds of all meetings and per organization, country and person", async () => {
    for (const path of [
      "/feeds/meetings",
      "/feeds/organizations/shanghai-cooperation-organisation",
      "/feeds/countries/india",
      "/feeds/people/narendra-modi",
    ]) {
      const response = await fetch(`${webUrl()}${path}`);
      expect(response.status, path).toBe(200);
      expect(response.headers.get("content-type")).toContain("application/atom+xml");
      const xml = await response.text();
      expect(xml).toContain('<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">');
      expect(atomViolations(xml), path).toEqual([]);
      expect(xml).toMatch(/<entry>\s*<title[^>]*>(<!\[CDATA\[)?Meeting of the SCO Council of Heads of State/);
      expect(xml).toContain("CC BY 4.0");
    }
    const russian = await (await fetch(`${webUrl()}/feeds/meetings?lang=ru`)).text();
    expect(russian).toMatch(/<entry>\s*<title[^>]*>(<!\[CDATA\[)?Заседание Совета глав государств/);
    expect(atomViolations(russian)).toEqual([]);
    expect((await fetch(`${webUrl()}/feeds/people/nobody`)).status).toBe(404);
  });

  it("lists every public page in the sitemap with its translations, and points robots to it", async () => {
    const sitemap = await (await fetch(`${webUrl()}/sitemap.xml`)).text();
    expect(sitemap).toContain(`/en/meetings/${MEETING}</loc>`);
    expect(sitemap).toContain("/en/people/jumakhon-giyosov</loc>");
    expect(sitemap).toContain(`hreflang="ru"`);
    expect(sitemap).toContain("/ru/people/jumakhon-giyosov</loc>");
    expect(sitemap).toContain(`hreflang="x-default"`);
    expect(sitemap).toContain("<lastmod>");
    const robots = await (await fetch(`${webUrl()}/robots.txt`)).text();
    expect(robots).toContain("Sitemap: ");
  });

  it("puts JSON-LD, the licence and, on record pages, a citation with the permanent address on every page", async () => {
    const pages: [string, string | null][] = [
      [`/en/meetings/${MEETING}`, "Event"],
      ["/ru/people/jumakhon-giyosov", "Person"],
      ["/zh/organizations/shanghai-cooperation-organisation", "Organization"],
      ["/en/countries/russia", "Country"],
      ["/en/documents/moscow-declaration-2020-11-10", "Legislation"],
      ["/en", null],
      ["/en/data", null],
    ];
    for (const [path, type] of pages) {
      await page.goto(`${webUrl()}${path}`);
      type Graph = {
        "@type": string | string[];
        license?: string;
        mainEntity?: { "@type": string | string[] };
      };
      const graphs = (await page.locator('script[type="application/ld+json"]').allTextContents()).map(
        (text) => JSON.parse(text) as Graph,
      );
      // The licence sits on the page (WebSite, WebPage); the record is the page's main entity.
      const types = graphs.flatMap((g) => [g["@type"], g.mainEntity?.["@type"] ?? []].flat());
      expect(
        graphs.flatMap((g) => schemaOrgViolations(g)),
        path,
      ).toEqual([]);
      expect(types, path).toContain("WebSite");
      if (type) expect(types, path).toContain(type);
      expect(
        graphs.every((g) => g.license === "https://creativecommons.org/licenses/by/4.0/"),
        path,
      ).toBe(true);
      expect(await page.locator("footer a[rel=license]").textContent()).toBe("CC BY 4.0");
      if (type && type !== "Organization" && type !== "Country") {
        const cite = (await page.locator(".cite-this").textContent()) ?? "";
        expect(cite, path).toContain(path);
        expect(cite).toContain("CC BY 4.0");
      }
    }
  });

  it("documents the API on a page of the site", async () => {
    await page.goto(`${webUrl()}/en/data`);
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe("Open data");
    await page.getByRole("link", { name: "/api/v1/meetings" }).first().click();
    await page.waitForURL("**/api/v1/meetings");
  });
});
