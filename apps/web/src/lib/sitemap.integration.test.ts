import { createCaller, createContext } from "@plenary/api";
import { LOCALES } from "@plenary/domain";
import { seed } from "@plenary/db/seed";
import { describeEachDatabase } from "@plenary/db/testing";
import { beforeAll, expect, it } from "vitest";
import { sitemapUrls, urlsetXml } from "./sitemap";
import { urlsetViolations } from "./sitemap-conformance";

const ORIGIN = "https://plenary.example";

describeEachDatabase("the sitemap of the published records", (fixture) => {
  beforeAll(async () => {
    await seed(fixture.db);
  });

  it("follows the sitemap protocol and lists every public page in every language", async () => {
    const api = createCaller(createContext({ db: fixture.db, user: null }));
    const xml = await urlsetXml(
      sitemapUrls(await api.publicPages.sitemapRecords(), (path) => `${ORIGIN}${path}`),
    );
    expect(urlsetViolations(xml, ORIGIN, LOCALES)).toEqual([]);
    for (const locale of LOCALES) {
      expect(xml).toContain(
        `<loc>${ORIGIN}/${locale}/meetings/meeting-of-the-sco-council-of-heads-of-state-2020-11-10</loc>`,
      );
      expect(xml).toContain(`<loc>${ORIGIN}/${locale}/people/jumakhon-giyosov</loc>`);
      expect(xml).toContain(`<loc>${ORIGIN}/${locale}/archive/2020</loc>`);
    }
    // The Secretariat is referred to by no published record yet: no page, no URL.
    expect(xml).not.toContain("/organizations/sco-secretariat<");
  });
});
