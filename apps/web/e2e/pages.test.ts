import { createDb } from "@plenary/db";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { databaseUrl, webUrl } from "../../../tooling/testing/apps";
import { launchBrowser } from "../../../tooling/testing/browser";

const MEETING = "meeting-of-the-sco-council-of-heads-of-state-2020-11-10";
const ACTION_PLAN =
  "action-plan-for-2021-2025-on-the-implementation-of-the-sco-development-strategy-until-2020-11-10";

/** Every page type, with a heading and a fact in each language. */
const PAGES: { path: string; heading: Record<"en" | "ru" | "zh", string | RegExp>; fact: string }[] = [
  {
    path: `/people/jumakhon-giyosov`,
    heading: { en: "Jumakhon Giyosov", ru: "Джумахон Гиёсов", zh: /./ },
    fact: "Jumakhon Gijesov",
  },
  {
    path: `/countries/tajikistan`,
    heading: { en: "Tajikistan", ru: "Таджикистан", zh: "塔吉克斯坦" },
    fact: "Emomali Rahmon",
  },
  {
    path: `/organizations/shanghai-cooperation-organisation`,
    heading: {
      en: /^Shanghai Cooperation Organisation/,
      ru: /Шанхайская организация сотрудничества/,
      zh: /上海合作组织/,
    },
    fact: "Mongolia",
  },
  {
    path: `/documents`,
    heading: { en: "Documents", ru: "Документы", zh: "文件" },
    fact: "Moscow Declaration",
  },
  {
    path: `/documents/${ACTION_PLAN}`,
    heading: { en: /^Action Plan for 2021–2025/, ru: /./, zh: /./ },
    fact: "2021–2025",
  },
  { path: `/topics`, heading: { en: "Topics", ru: "Темы", zh: "议题" }, fact: "Drug threat" },
  {
    path: `/topics/drug-threat`,
    heading: { en: "Drug threat", ru: /./, zh: /./ },
    fact: "Statement of the SCO leaders on countering the drug threat",
  },
  { path: `/archive`, heading: { en: "Archive", ru: "Архив", zh: "档案" }, fact: "2020" },
  {
    path: `/archive/2020`,
    heading: { en: "Meetings in 2020", ru: "Заседания 2020 года", zh: "2020年的会议" },
    fact: "SCO",
  },
  {
    path: `/meetings/${MEETING}`,
    heading: { en: "Meeting of the SCO Council of Heads of State", ru: /ШОС/, zh: /./ },
    fact: "Putin",
  },
];

describe("every page type in English, Russian and Chinese", () => {
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    browser = await launchBrowser();
    page = await browser.newPage();
  });

  afterAll(async () => {
    await browser?.close();
  });

  for (const locale of ["en", "ru", "zh"] as const) {
    it(`serves each page type in ${locale}`, async () => {
      for (const { path, heading, fact } of PAGES) {
        const response = await page.goto(`${webUrl()}/${locale}${path}`);
        expect(response?.status(), path).toBe(200);
        expect(await page.locator("html").getAttribute("lang")).toBe(locale);
        const h1 = (await page.getByRole("heading", { level: 1 }).textContent()) ?? "";
        if (typeof heading[locale] === "string") expect(h1, path).toBe(heading[locale]);
        else expect(h1, path).toMatch(heading[locale]);
        if (locale === "en") expect(await page.locator("main").textContent(), path).toContain(fact);
        expect(await page.locator("footer").textContent()).toContain("CC BY 4.0");
      }
    });
  }

  it("follows links from the meeting to a person, a country, an organization, a document and a topic and back", async () => {
    await page.goto(`${webUrl()}/en/meetings/${MEETING}`);
    await page
      .locator("section[aria-labelledby=participants]")
      .getByRole("link", { name: "Jumakhon Giyosov" })
      .click();
    await page.waitForURL("**/en/people/jumakhon-giyosov");
    await page.getByRole("link", { name: "Meeting of the SCO Council of Heads of State" }).click();
    await page.waitForURL(`**/en/meetings/${MEETING}`);
    await page
      .locator("section[aria-labelledby=participants]")
      .getByRole("link", { name: "Tajikistan" })
      .click();
    await page.waitForURL("**/en/countries/tajikistan");
    await page.getByRole("link", { name: "Shanghai Cooperation Organisation" }).first().click();
    await page.waitForURL("**/en/organizations/shanghai-cooperation-organisation");
    await page.goto(`${webUrl()}/en/meetings/${MEETING}`);
    await page.getByRole("link", { name: "Moscow Declaration" }).first().click();
    await page.waitForURL("**/en/documents/moscow-declaration-2020-11-10");
    await page.goto(`${webUrl()}/en/meetings/${MEETING}`);
    await page.locator("section[aria-labelledby=topics]").getByRole("link", { name: "Drug threat" }).click();
    await page.waitForURL("**/en/topics/drug-threat");
  });

  it("serves the favicon, the icons and the web manifest every page links to", async () => {
    await page.goto(`${webUrl()}/en`);
    expect(await page.locator('link[rel="manifest"]').getAttribute("href")).toBe("/manifest.webmanifest");
    expect(await page.locator('link[rel="icon"]').count()).toBeGreaterThan(0);
    const manifest = (await (await fetch(`${webUrl()}/manifest.webmanifest`)).json()) as {
      icons: { src: string }[];
    };
    for (const path of [
      "/favicon.ico",
      "/icon.svg",
      "/apple-icon.png",
      ...manifest.icons.map((i) => i.src),
    ]) {
      expect((await fetch(`${webUrl()}${path}`)).status, path).toBe(200);
    }
  });

  it("keeps the role and the source's wording apart in a person's capacity cell", async () => {
    await page.goto(`${webUrl()}/en/people/jumakhon-giyosov`);
    const cell = page.locator("table tbody tr td:nth-child(3)").first();
    expect(await cell.innerText()).toMatch(/Participant\s*\nAs stated: “/);
    expect(await cell.textContent()).not.toMatch(/[a-z]As stated/);
  });

  it("shows the organization's members on a chosen date", async () => {
    await page.goto(`${webUrl()}/en/organizations/shanghai-cooperation-organisation?date=2020-11-10`);
    const members = page.locator("table.members tbody tr");
    expect(await members.count()).toBe(12);
    const statuses = await members.locator("td:nth-child(2)").allTextContents();
    expect(statuses).toEqual([
      ...Array<string>(6).fill("Founding member"),
      "Member",
      "Member",
      ...Array<string>(4).fill("Observer"),
    ]);
    await page.goto(`${webUrl()}/en/organizations/shanghai-cooperation-organisation?date=2017-01-01`);
    const earlier = (await page.locator("table.members").textContent()) ?? "";
    expect(earlier).not.toContain("India");
    expect(earlier).toContain("Kazakhstan");
  });

  it("narrows the document registry by a facet and counts what is left", async () => {
    await page.goto(`${webUrl()}/en/documents`);
    await page
      .getByRole("navigation", { name: "Filter documents" })
      .getByRole("link", { name: "Decision" })
      .click();
    await page.waitForURL("**/en/documents?type=decision");
    expect(await page.locator("#document-results").textContent()).toBe("3 documents");
    expect(await page.locator("table.documents tbody tr").count()).toBe(3);
  });

  it("filters the document registry by keywords and sorts it by title, all in the address", async () => {
    await page.goto(`${webUrl()}/en/documents?type=statement`);
    await page.getByRole("searchbox", { name: "Words in the title" }).fill("SCO");
    await page.getByRole("combobox", { name: "Sort by" }).selectOption("title");
    await page.getByRole("button", { name: "Apply" }).click();
    await page.waitForURL("**/en/documents?type=statement&q=SCO&sort=title");
    const titles = await page.locator("table.documents tbody th").allTextContents();
    expect(titles.length).toBeGreaterThan(1);
    expect(titles.every((title) => title.includes("SCO"))).toBe(true);
    expect(titles).toEqual([...titles].sort((a, b) => a.localeCompare(b, "en")));
  });

  it("shows a person's posts with the dates held and the speeches given at published meetings", async () => {
    await page.goto(`${webUrl()}/en/people/vladimir-putin`);
    const post = page.locator("section[aria-labelledby=posts] li").first();
    expect(await post.textContent()).toMatch(/^President of Russia — \S/);
    const speech = page.locator("section[aria-labelledby=speeches] li").first();
    expect(await speech.locator(".meta").textContent()).toContain("10 November 2020");
    expect(await speech.textContent()).toContain(
      "A solid package of documents was prepared for the meeting.",
    );
  });

  it("sends a renamed record's old address to its new one: one 308, in the same language", async () => {
    const db = createDb(databaseUrl());
    // Every kind of record that keeps its old slugs: its section of the site and a seeded record.
    const renamed = [
      ["person", "people", "jumakhon-giyosov"],
      ["country", "countries", "tajikistan"],
      ["organization", "organizations", "shanghai-cooperation-organisation"],
      ["document", "documents", ACTION_PLAN],
      ["topic", "topics", "drug-threat"],
      ["meeting", "meetings", MEETING],
    ] as const;
    const select = { id: true } as const;
    const idOf = {
      person: (slug: string) => db.person.findUniqueOrThrow({ where: { slug }, select }),
      country: (slug: string) => db.country.findUniqueOrThrow({ where: { slug }, select }),
      organization: (slug: string) => db.organization.findUniqueOrThrow({ where: { slug }, select }),
      document: (slug: string) => db.document.findUniqueOrThrow({ where: { slug }, select }),
      topic: (slug: string) => db.topic.findUniqueOrThrow({ where: { slug }, select }),
      meeting: (slug: string) => db.meeting.findUniqueOrThrow({ where: { slug }, select }),
    };
    const old = `renamed-${Date.now().toString(36)}`;
    /** Where an address redirects to: exactly one 308 with exactly one Location (Chrome rejects two). */
    const redirectOf = async (path: string) => {
      const response = await fetch(`${webUrl()}${path}`, { redirect: "manual" });
      await response.arrayBuffer();
      expect(response.status, path).toBe(308);
      const location = response.headers.get("location") ?? "";
      expect(location.split(", "), path).toHaveLength(1);
      const url = new URL(location, webUrl());
      return url.pathname + url.search;
    };
    try {
      for (const [entityType, section, slug] of renamed) {
        const { id } = await idOf[entityType](slug);
        await db.slugRedirect.create({ data: { entityType, slug: old, entityId: id } });
        // Twice: the first answer is rendered, the second may come from the page cache; both redirect alike.
        for (const locale of ["ru", "ru", "zh"])
          expect(await redirectOf(`/${locale}/${section}/${old}`)).toBe(`/${locale}/${section}/${slug}`);
      }
      // The organization page reads the day its members are shown on; its old address keeps it.
      expect(await redirectOf(`/en/organizations/${old}?date=2019-06-14`)).toBe(
        "/en/organizations/shanghai-cooperation-organisation?date=2019-06-14",
      );
    } finally {
      await db.slugRedirect.deleteMany({ where: { slug: old } });
      await db.$disconnect();
    }
  });
});
