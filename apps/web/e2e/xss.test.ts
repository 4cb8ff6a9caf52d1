// Stored XSS on the public site: script payloads saved through the api the admin uses, in every text field of every
// record kind (the list of fields is read from the api's zod inputs, tooling/testing/xss.ts), then every public route
// that shows records (read from the route inventory, tooling/testing/public-routes.ts) opened: the pages in Chromium
// in each locale, the open data, feeds and CSV files fetched. No script may run and no markup may escape; JSON-LD,
// Atom, Popolo and the JSON api must stay well-formed and CSV cells that a spreadsheet would run must be neutralised.
// The records are put back from their history afterwards.
import { createCaller, createContext } from "@plenary/api";
import { createDb, type Db } from "@plenary/db";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { databaseUrl, revalidateSecret, webUrl } from "../../../tooling/testing/apps";
import { launchBrowser } from "../../../tooling/testing/browser";
import { recordRoutes, type RecordKind } from "../../../tooling/testing/public-routes";
import {
  FORMULA_PAYLOADS,
  MARKER,
  PAYLOADS,
  SEEDED,
  csvCells,
  inspectPage,
  plantPayloads,
  uncoveredTextFields,
  type Planted,
} from "../../../tooling/testing/xss";

type Api = ReturnType<typeof createCaller>;
const LOCALES = ["en", "ru", "zh"] as const;

describe("stored script payloads on the public site", () => {
  let db: Db;
  let api: Api;
  let browser: Browser;
  let planted: Planted | undefined;
  const savedEnv = { url: process.env.PLENARY_WEB_URL, secret: process.env.PLENARY_REVALIDATE_SECRET };

  beforeAll(async () => {
    db = createDb(databaseUrl());
    const editor = await db.user.create({
      data: { email: `xss-${Date.now()}@example.org`, name: "XSS test", role: "editor" },
    });
    // The API tells the site which pages changed, as the admin does.
    process.env.PLENARY_WEB_URL = webUrl();
    process.env.PLENARY_REVALIDATE_SECRET = revalidateSecret();
    api = createCaller(
      createContext({ db, user: { id: editor.id, email: editor.email, name: editor.name, role: "editor" } }),
    );
    browser = await launchBrowser();
    planted = await plantPayloads(db, api, async (procedure, input) => {
      const [router, name] = procedure.split(".") as [string, string];
      const call = (api as unknown as Record<string, Record<string, (input: unknown) => Promise<unknown>>>)[
        router
      ]![name]!;
      return call(input);
    });
  });

  afterAll(async () => {
    await planted?.restore();
    process.env.PLENARY_WEB_URL = savedEnv.url;
    process.env.PLENARY_REVALIDATE_SECRET = savedEnv.secret;
    if (savedEnv.url === undefined) delete process.env.PLENARY_WEB_URL;
    if (savedEnv.secret === undefined) delete process.env.PLENARY_REVALIDATE_SECRET;
    await browser?.close();
    await db?.$disconnect();
  });

  it("puts a payload in every text field the api's record writes accept", () => {
    expect(uncoveredTextFields(planted!)).toEqual([]);
  });

  /** Every address of the record routes: each locale, the seeded slug of the route's kind, the seed's year. */
  function addresses(): { path: string; kind: RecordKind | null; url: string }[] {
    const slugs: Record<RecordKind, string[]> = {
      meeting: [SEEDED.meeting],
      document: planted!.ids.documents.map((d) => d.slug),
      person: [SEEDED.person],
      country: [SEEDED.country],
      organization: [SEEDED.organization],
      topic: [SEEDED.topic],
      post: [],
    };
    return recordRoutes().flatMap(({ path, subject }) => {
      const locales = path.includes("[locale]") ? LOCALES : ([""] as const);
      const slugList = path.includes("[slug]") ? slugs[subject!] : [""];
      return locales.flatMap((locale) =>
        slugList.flatMap((slug) => {
          let url = path.replace("[locale]", locale).replace("[slug]", slug).replace("[year]", "2020");
          // The sitemap's files are numbered; the seed fits in the first.
          url = url.replace("[file]", "1.xml");
          if (url.endsWith("/search")) url += `?q=${encodeURIComponent("Jumakhon")}`;
          return [{ path, kind: subject, url }];
        }),
      );
    });
  }

  function watchDialogs(page: Page): string[] {
    const dialogs: string[] = [];
    page.on("dialog", (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    return dialogs;
  }

  // Every page and picture of the route inventory in three languages (54 addresses): more than the project's
  // default minute on a loaded machine.
  it(
    "runs no script and lets no markup escape on any public page, in every locale",
    { timeout: 240_000 },
    async () => {
      const pages = addresses().filter(({ path }) => path.startsWith("/[locale]"));
      const context = await browser.newContext();
      const page = await context.newPage();
      const dialogs = watchDialogs(page);
      const shown: string[] = [];
      for (const { url, kind } of pages) {
        const response = await page.goto(`${webUrl()}${url}`, { waitUntil: "load" });
        expect(response?.status(), url).toBe(200);
        await page.waitForTimeout(200);
        const outcome = await inspectPage(page);
        expect(outcome.ran, `${url}: a payload ran`).toBe(0);
        expect(outcome.injected, `${url}: an element from a payload is in the page`).toBe(0);
        // A record's own page shows its payloads, as text.
        if (kind) expect(outcome.shown, `${url} shows the payloads`).toBe(true);
        if (outcome.shown) shown.push(url);
        for (const block of outcome.jsonLd) {
          expect(() => JSON.parse(block) as unknown, `${url}: JSON-LD`).not.toThrow();
          expect(block.toLowerCase(), `${url}: JSON-LD ends its script element`).not.toContain("</script");
        }
      }
      expect(dialogs).toEqual([]);
      await context.close();
      console.info(
        `stored XSS, public pages: ${PAYLOADS.length + FORMULA_PAYLOADS.length} payloads in every text field, ` +
          `${pages.length} pages in ${LOCALES.length} locales opened, ${shown.length} showing payloads; none ran, none escaped`,
      );
    },
  );

  it("shows the meeting series' names, which only an import writes, as text where the site shows them", async () => {
    // A series is named on its meetings' pages (the series navigation) and in the meeting's JSON.
    const context = await browser.newContext();
    const page = await context.newPage();
    for (const locale of LOCALES) {
      await page.goto(`${webUrl()}/${locale}/meetings/${SEEDED.meeting}`);
      const nav = page.locator("nav.series-nav");
      expect(await nav.textContent(), locale).toContain(MARKER);
      expect(await nav.locator("img, svg, script").count(), locale).toBe(0);
      expect((await inspectPage(page)).ran, locale).toBe(0);
    }
    await context.close();
    const json = (await (await fetch(`${webUrl()}/api/v1/meetings/${SEEDED.meeting}`)).json()) as {
      data: { series: { nameI18n: Record<string, string> } | null };
    };
    const names = Object.values(json.data.series?.nameI18n ?? {});
    expect(names).toHaveLength(3);
    expect(names.every((name) => name.includes(MARKER))).toBe(true);
  });

  it("keeps the open data, feeds and Popolo well-formed, and neutralises CSV cells a spreadsheet would run", async () => {
    // The sitemap is split into numbered files only when it is too long for one, which the seed is not.
    const split = (await (await fetch(`${webUrl()}/sitemap.xml`)).text()).includes("/sitemaps/");
    const files = addresses().filter(
      ({ path }) => !path.startsWith("/[locale]") && (split || !path.includes("[file]")),
    );
    const context = await browser.newContext();
    const page = await context.newPage();
    let withPayloads = 0;
    let cells = 0;
    for (const { url, kind } of files) {
      const response = await fetch(`${webUrl()}${url}`);
      expect(response.status, url).toBe(200);
      const type = response.headers.get("content-type") ?? "";
      const body = await response.text();
      if (body.includes(MARKER)) withPayloads += 1;
      if (kind) expect(body, `${url} carries the payloads`).toContain(MARKER);
      if (type.includes("json")) {
        expect(() => JSON.parse(body) as unknown, `${url}: JSON`).not.toThrow();
      } else if (type.includes("xml")) {
        expect(body, `${url}: markup kept as text`).not.toContain("<script");
        const parsed = await page.evaluate((xml) => {
          const doc = new DOMParser().parseFromString(xml, "application/xml");
          // Atom's type="html" texts are rendered as HTML by a feed reader: read so, they must make no element.
          const elements = [...doc.querySelectorAll('[type="html"], [type="xhtml"]')].map(
            (text) =>
              new DOMParser().parseFromString(text.textContent ?? "", "text/html").body.querySelectorAll("*")
                .length,
          );
          return {
            wellFormed: doc.querySelector("parsererror") === null,
            elements: elements.reduce((a, b) => a + b, 0),
          };
        }, body);
        expect(parsed.wellFormed, `${url} parses as XML`).toBe(true);
        expect(parsed.elements, `${url}: elements in the texts a feed reader renders as HTML`).toBe(0);
      } else if (type.includes("csv")) {
        for (const cell of csvCells(body)) {
          cells += 1;
          expect(/^[=+\-@\t\r]/.test(cell), `${url}: cell ${cell} would run as a formula`).toBe(false);
        }
      } else {
        throw new Error(`${url}: unexpected content type ${type}`);
      }
    }
    await context.close();

    // The formula payloads reached the CSV files, made inert, and Popolo carries the names as they are.
    const participants = await (
      await fetch(`${webUrl()}/api/v1/meetings/${SEEDED.meeting}/participants.csv`)
    ).text();
    expect(csvCells(participants).some((cell) => /^'[=+\-@]/.test(cell))).toBe(true);
    const popolo = (await (await fetch(`${webUrl()}/api/v1/meetings/${SEEDED.meeting}/popolo`)).json()) as {
      persons: { name: string }[];
    };
    const person = await db.person.findUniqueOrThrow({ where: { slug: SEEDED.person } });
    expect(popolo.persons.map((p) => p.name)).toContain((person.nameI18n as { en: string }).en);
    console.info(
      `stored XSS, files: ${files.length} JSON, XML and CSV addresses fetched, ${withPayloads} carrying payloads, ` +
        `all well-formed; ${cells} CSV cells, none starting a formula`,
    );
  });
});
