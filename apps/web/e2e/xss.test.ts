// Stored XSS: script payloads saved through the API the admin uses, in the text fields of every kind of record the
// public pages show, then every page that shows them opened in Chromium. No script may run and no markup may escape;
// JSON-LD, Atom, Popolo and CSV must stay well-formed with the payloads inside. The records are put back afterwards.
import { createCaller, createContext } from "@plenary/api";
import { createDb, type Db } from "@plenary/db";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { databaseUrl, revalidateSecret, webUrl } from "../../../tooling/testing/apps";
import { launchBrowser } from "../../../tooling/testing/browser";

const MEETING = "meeting-of-the-sco-council-of-heads-of-state-2020-11-10";
const PERSON = "jumakhon-giyosov";
const COUNTRY = "tajikistan";
const ORGANIZATION = "shanghai-cooperation-organisation";
const TOPIC = "drug-threat";

/** Three kinds of payload: a script element, an event handler on an element, and an attribute break-out. */
const PAYLOADS = [
  `<script>window.__xss=(window.__xss||0)+1</script>`,
  `<img src=x onerror="window.__xss=(window.__xss||0)+1">`,
  `"><svg onload="window.__xss=(window.__xss||0)+1">'`,
] as const;
const [SCRIPT, IMG, SVG] = PAYLOADS;

type Api = ReturnType<typeof createCaller>;

describe("stored script payloads on the public site", () => {
  let db: Db;
  let api: Api;
  let browser: Browser;
  const restore: (() => Promise<unknown>)[] = [];
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

    // A person, a country, an organization and a topic, each named with a payload in English and Russian.
    const person = await db.person.findUniqueOrThrow({ where: { slug: PERSON } });
    await api.person.update({
      id: person.id,
      version: person.version,
      nameI18n: { en: `Jumakhon ${SCRIPT}`, ru: IMG },
    });
    restore.push(async () => {
      const now = await db.person.findUniqueOrThrow({ where: { id: person.id } });
      await api.person.update({ id: person.id, version: now.version, nameI18n: person.nameI18n as never });
    });
    const country = await db.country.findUniqueOrThrow({ where: { slug: COUNTRY } });
    await api.country.update({
      id: country.id,
      version: country.version,
      nameI18n: { en: `Tajikistan ${IMG}` },
    });
    restore.push(async () => {
      const now = await db.country.findUniqueOrThrow({ where: { id: country.id } });
      await api.country.update({ id: country.id, version: now.version, nameI18n: country.nameI18n as never });
    });
    const organization = await db.organization.findUniqueOrThrow({ where: { slug: ORGANIZATION } });
    await api.organization.update({
      id: organization.id,
      version: organization.version,
      nameI18n: { en: `SCO ${SVG}` },
    });
    restore.push(async () => {
      const now = await db.organization.findUniqueOrThrow({ where: { id: organization.id } });
      await api.organization.update({
        id: organization.id,
        version: now.version,
        nameI18n: organization.nameI18n as never,
      });
    });
    const topic = await db.topic.findUniqueOrThrow({ where: { slug: TOPIC } });
    await api.topic.update({ id: topic.id, version: topic.version, labelI18n: { en: `Drugs ${SCRIPT}` } });
    restore.push(async () => {
      const now = await db.topic.findUniqueOrThrow({ where: { id: topic.id } });
      await api.topic.update({ id: topic.id, version: now.version, labelI18n: topic.labelI18n as never });
    });

    // The meeting's own text fields: summary, venue, a participant's words, a document's title, a source.
    const meetingId = (await db.meeting.findUniqueOrThrow({ where: { slug: MEETING } })).id;
    const original = await api.meeting.record({ id: meetingId });
    await api.meeting.saveRecord({
      ...original,
      summaryI18n: { en: `Summary ${SCRIPT} ${IMG}` },
      venue: { ...(original.venue ?? {}), city: { en: `City ${SVG}` } },
      participations: original.participations.map((p, i) =>
        i === 0 ? { ...p, titleAsStated: `President ${IMG}` } : p,
      ),
      documents: original.documents.map((d, i) =>
        i === 0 ? { ...d, titleI18n: { ...d.titleI18n, en: `Declaration ${SVG}` } } : d,
      ),
      sources: original.sources.map((s, i) =>
        i === 0 ? { ...s, title: `Release ${SCRIPT}`, note: IMG } : s,
      ),
    });
    // Put back by restoring the version before the payloads, as an editor would from the history (documents keep
    // versions of their own, which a plain save of the old record would conflict with).
    restore.push(async () => {
      const now = await api.meeting.record({ id: meetingId });
      const before = (await api.revision.list({ entityType: "meeting", entityId: meetingId })).find(
        (r) => r.version === original.version,
      )!;
      await api.revision.restore({ revisionId: before.id, version: now.version });
    });
  });

  afterAll(async () => {
    for (const undo of restore.reverse()) await undo();
    process.env.PLENARY_WEB_URL = savedEnv.url;
    process.env.PLENARY_REVALIDATE_SECRET = savedEnv.secret;
    if (savedEnv.url === undefined) delete process.env.PLENARY_WEB_URL;
    if (savedEnv.secret === undefined) delete process.env.PLENARY_REVALIDATE_SECRET;
    await browser?.close();
    await db?.$disconnect();
  });

  it("runs no script and lets no markup escape on any page that shows the payloads", async () => {
    const pages = [
      `/en/meetings/${MEETING}`,
      `/ru/meetings/${MEETING}`,
      `/en/people/${PERSON}`,
      `/ru/people/${PERSON}`,
      `/en/countries/${COUNTRY}`,
      `/en/organizations/${ORGANIZATION}`,
      `/en/topics/${TOPIC}`,
      "/en/topics",
      "/en/documents",
      "/en",
      "/en/archive/2020",
      `/en/search?q=${encodeURIComponent("Jumakhon")}`,
    ];
    const context = await browser.newContext();
    const page = await context.newPage();
    const dialogs: string[] = [];
    page.on("dialog", (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    const tried: string[] = [];
    for (const path of pages) {
      const response = await page.goto(`${webUrl()}${path}`, { waitUntil: "load" });
      expect(response?.status(), path).toBe(200);
      const outcome = await page.evaluate(() => ({
        ran: (window as unknown as { __xss?: number }).__xss ?? 0,
        // An element made from a payload: the image, the svg, or a script element whose whole body is the payload
        // (the framework's own inline scripts carry the page's text, payloads included, as data in strings).
        injected:
          document.querySelectorAll('img[src="x"], [onerror], [onload]').length +
          [...document.querySelectorAll("script")].filter((s) =>
            s.textContent?.trim().startsWith("window.__xss"),
          ).length,
        text: document.body.innerText,
        jsonLd: [...document.querySelectorAll('script[type="application/ld+json"]')].map(
          (s) => s.textContent ?? "",
        ),
      }));
      expect(outcome.ran, `${path}: a payload ran`).toBe(0);
      expect(outcome.injected, `${path}: an element from a payload is in the page`).toBe(0);
      for (const block of outcome.jsonLd) {
        expect(() => JSON.parse(block) as unknown, `${path}: JSON-LD`).not.toThrow();
        expect(block.toLowerCase(), `${path}: JSON-LD ends its script element`).not.toContain("</script");
      }
      tried.push(path);
    }
    // The payloads were really there, shown as text.
    await page.goto(`${webUrl()}/en/meetings/${MEETING}`);
    expect(await page.evaluate(() => document.body.innerText)).toContain("<img src=x onerror=");
    expect(dialogs).toEqual([]);
    await context.close();
    console.info(`stored XSS: ${PAYLOADS.length} payloads on ${tried.length} pages, none ran, none escaped`);
  });

  it("keeps the feeds, Popolo and CSV well-formed, and neutralises CSV cells a spreadsheet would run", async () => {
    const feed = await (await fetch(`${webUrl()}/feeds/people/${PERSON}`)).text();
    expect(feed).not.toContain("<script>");
    const context = await browser.newContext();
    const page = await context.newPage();
    const parsed = await page.evaluate(
      (xml) => new DOMParser().parseFromString(xml, "application/xml").querySelector("parsererror") === null,
      feed,
    );
    expect(parsed, "the Atom feed parses as XML").toBe(true);
    await context.close();

    const popolo = await fetch(`${webUrl()}/api/v1/meetings/${MEETING}/popolo`);
    const body = (await popolo.json()) as { persons: { name: string }[] };
    expect(body.persons.map((p) => p.name)).toContain(`Jumakhon ${SCRIPT}`);

    const csv = await (await fetch(`${webUrl()}/api/v1/meetings/${MEETING}/participants.csv`)).text();
    expect(csv).toContain("President <img src=x");
    for (const line of csv.split("\r\n"))
      for (const cell of line.split(","))
        expect(/^"?[=+\-@]/.test(cell), `CSV cell ${cell} would run as a formula`).toBe(false);
  });
});
