import { describe, expect, it } from "vitest";
import { LOCALES } from "@plenary/domain";
import { sitemapFiles, sitemapIndexXml, sitemapUrls, urlsetXml } from "./sitemap";
import { sitemapIndexViolations, urlsetViolations } from "./sitemap-conformance";
import type { SitemapRecord } from "./types";

const ORIGIN = "https://plenary.example";
const urlOf = (path: string) => `${ORIGIN}${path}`;
const records: SitemapRecord[] = [
  { kind: "meeting", slug: "sco-2020", updatedAt: new Date("2026-03-01T10:00:00Z"), startDate: "2020-11-10" },
  { kind: "meeting", slug: "sco-2021", updatedAt: new Date("2026-04-01T10:00:00Z"), startDate: "2021-09-17" },
  { kind: "person", slug: "jumakhon-giyosov", updatedAt: new Date("2026-02-01T10:00:00Z") },
];

describe("sitemap", () => {
  it("lists every page once per language, each with all translations, x-default and its last change", async () => {
    const urls = sitemapUrls(records, urlOf);
    // 5 list pages, 3 records, 2 archive years; each in 3 languages.
    expect(urls).toHaveLength((5 + 3 + 2) * 3);
    expect(urls.map((u) => u.url)).toEqual(
      expect.arrayContaining(["en", "ru", "zh"].map((l) => `${ORIGIN}/${l}/people/jumakhon-giyosov`)),
    );
    const russian = urls.find((u) => u.url === `${ORIGIN}/ru/meetings/sco-2020`)!;
    expect(russian.lastmod).toBe("2026-03-01T10:00:00.000Z");
    expect(russian.links).toContainEqual({ lang: "x-default", url: `${ORIGIN}/en/meetings/sco-2020` });
    expect(urls.find((u) => u.url === `${ORIGIN}/zh/archive/2021`)!.lastmod).toBe("2026-04-01T10:00:00.000Z");
    const xml = await urlsetXml(urls);
    expect(urlsetViolations(xml, ORIGIN, LOCALES)).toEqual([]);
    expect(xml).toContain(
      `<xhtml:link rel="alternate" hreflang="x-default" href="${ORIGIN}/en/meetings/sco-2020"/>`,
    );
  });

  it("splits into files under the protocol's limit, listed by a valid sitemap index", async () => {
    const urls = sitemapUrls(records, urlOf);
    const files = sitemapFiles(urls, 12);
    expect(files.map((f) => f.length)).toEqual([12, 12, 6]);
    expect(sitemapFiles([], 12)).toEqual([[]]);
    const index = await sitemapIndexXml(
      files.map((f, i) => ({ url: urlOf(`/sitemaps/${i + 1}.xml`), lastmod: f[0]!.lastmod })),
    );
    expect(sitemapIndexViolations(index, ORIGIN)).toEqual([]);
    expect(index.match(/<sitemap>/g)).toHaveLength(3);
  });

  it("checks find a page listed only in English, a missing x-default, a foreign host and a bad lastmod", () => {
    const xml = `<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">
      <url><loc>${ORIGIN}/en</loc><lastmod>2026-13</lastmod><xhtml:link rel="alternate" hreflang="en" href="${ORIGIN}/en"/><xhtml:link rel="alternate" hreflang="ru" href="https://elsewhere.example/ru"/></url></urlset>`;
    expect(urlsetViolations(xml, ORIGIN, ["en", "ru"])).toEqual([
      'url 1: <lastmod> is a W3C Datetime ("2026-13")',
      'url 1 xhtml:link: <loc> is on the site\'s own host https://plenary.example ("https://elsewhere.example/ru")',
      'url 1: one alternate with hreflang="x-default"',
    ]);
  });
});
