import { createCaller, createContext } from "@plenary/api";
import { createDb } from "@plenary/db";
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { describe, expect, it } from "vitest";
import { wcagViolations } from "../../../tooling/testing/accessibility";
import { databaseUrl, revalidateSecret, webUrl } from "../../../tooling/testing/apps";
import { launchBrowser } from "../../../tooling/testing/browser";
import { nuCheck } from "../../../tooling/testing/nu-html-checker";

const SLUG = "tajikistan";
const MEETING = "meeting-of-the-sco-council-of-heads-of-state-2020-11-10";
const PERSON = "narendra-modi";
const DECLARATION = "moscow-declaration-2020-11-10";

const DESKTOP = { width: 1280, height: 800 };
/** A common phone width, as accessibility.test.ts checks every page type at. */
const PHONE = { width: 390, height: 844 };

/**
 * The admin's API as a new editor, on the database the apps serve. Its writes tell the site which pages they made
 * stale (POST /api/revalidate) after they commit, as the admin does; `close` puts the settings back.
 */
async function editorApi(name: string) {
  const db = createDb(databaseUrl());
  const editor = await db.user.create({
    data: { email: `corrections-${Date.now()}@example.org`, name: `${name} test editor`, role: "editor" },
  });
  const saved = { url: process.env.PLENARY_WEB_URL, secret: process.env.PLENARY_REVALIDATE_SECRET };
  process.env.PLENARY_WEB_URL = webUrl();
  process.env.PLENARY_REVALIDATE_SECRET = revalidateSecret();
  const api = createCaller(
    createContext({ db, user: { id: editor.id, email: editor.email, name: editor.name, role: "editor" } }),
  );
  const close = async () => {
    process.env.PLENARY_WEB_URL = saved.url;
    process.env.PLENARY_REVALIDATE_SECRET = saved.secret;
    if (saved.url === undefined) delete process.env.PLENARY_WEB_URL;
    if (saved.secret === undefined) delete process.env.PLENARY_REVALIDATE_SECRET;
    await db.$disconnect();
  };
  return { db, api, editor, close };
}

const fetchJson = async (path: string) => (await fetch(`${webUrl()}${path}`)).json() as Promise<unknown>;

describe("corrections on a public record", () => {
  it("shows a correction on the page in every language and in the JSON API, without the editor", async () => {
    const { db, api, editor, close } = await editorApi("Corrections");
    const country = await db.country.findUniqueOrThrow({ where: { slug: SLUG } });
    try {
      await api.country.update({
        id: country.id,
        version: country.version,
        otherNames: [...country.otherNames, "Tojikiston"],
      });
      const revision = await db.revision.findFirstOrThrow({
        where: { entityType: "country", entityId: country.id },
        orderBy: { version: "desc" },
      });

      const answer = (await fetchJson(`/api/v1/countries/${SLUG}`)) as {
        data: {
          lastCorrectedAt: string;
          corrections: { at: string; fields: string[]; changes: unknown[] }[];
        };
      };
      expect(answer.data.lastCorrectedAt).toBe(revision.at.toISOString());
      // The old and new value of the public field; nothing of the editor.
      expect(answer.data.corrections[0]).toEqual({
        at: revision.at.toISOString(),
        fields: ["otherNames"],
        changes: [
          {
            field: "otherNames",
            value: "otherNames",
            from: country.otherNames,
            to: [...country.otherNames, "Tojikiston"],
          },
        ],
      });
      const schema = await fetchJson("/api/v1/schemas/country.json");
      const ajv = new Ajv2020({ allErrors: true, strict: true });
      addFormats.default(ajv);
      const validate = ajv.compile(schema as object);
      expect(validate(answer) ? [] : validate.errors).toEqual([]);

      const expected = {
        en: ["Corrections", "Last corrected on", "other names", "changed to"],
        ru: ["Исправления", "Последнее исправление", "другие имена", "изменено на"],
        zh: ["更正", "最近一次更正", "其他名称", "改为"],
      };
      for (const [locale, texts] of Object.entries(expected)) {
        const html = await (await fetch(`${webUrl()}/${locale}/countries/${SLUG}`)).text();
        const section = /<section aria-labelledby="corrections"[\s\S]*?<\/section>/.exec(html)?.[0] ?? "";
        for (const text of texts) expect(section, locale).toContain(text);
        // Old → new: the value before the correction struck out, the value after it inserted.
        const values = /<li data-value="otherNames">[\s\S]*?<\/li>/.exec(section)?.[0] ?? "";
        const inserted = /<ins>([\s\S]*?)<\/ins>/.exec(values)?.[1] ?? "";
        const deleted = /<del>([\s\S]*?)<\/del>/.exec(values)?.[1];
        expect(deleted, locale).toBeDefined();
        expect(textOf(inserted), locale).toContain("Tojikiston");
        expect(textOf(deleted ?? ""), locale).not.toContain("Tojikiston");
        // Names written in Latin letters are English to a Russian or Chinese page, and marked so.
        if (locale === "en") expect(inserted).not.toContain('lang="en"');
        else expect(inserted, locale).toContain('lang="en"');
        expect(section.toLowerCase()).toContain(`datetime="${revision.at.toISOString().toLowerCase()}"`);
        expect(html).not.toContain(editor.name);
        expect(html).not.toContain(editor.email);
      }
    } finally {
      const current = await db.country.findUniqueOrThrow({ where: { id: country.id } });
      await api.country.update({ id: country.id, version: current.version, otherNames: country.otherNames });
      await close();
    }
  });

  it("names a corrected action in the words that agree with the document's noun", async () => {
    const { db, api, close } = await editorApi("Action");
    const declaration = await db.document.findUniqueOrThrow({ where: { slug: DECLARATION } });
    try {
      await api.document.update({ id: declaration.id, version: declaration.version, action: "signed" });
      const html = await (await fetch(`${webUrl()}/ru/documents/${DECLARATION}`)).text();
      const values = /<li data-value="action">[\s\S]*?<\/li>/.exec(html)?.[0] ?? "";
      // A declaration is feminine in Russian: Принята → Подписана, not the masculine Принят → Подписан.
      expect(textOf(/<del>([\s\S]*?)<\/del>/.exec(values)?.[1] ?? "")).toBe("Принята");
      expect(textOf(/<ins>([\s\S]*?)<\/ins>/.exec(values)?.[1] ?? "")).toBe("Подписана");
    } finally {
      const current = await db.document.findUniqueOrThrow({ where: { id: declaration.id } });
      await api.document.update({ id: declaration.id, version: current.version, action: declaration.action });
      await close();
    }
  });
});

describe("pages that show corrections", () => {
  it("pass the Nu HTML checker and axe at desktop width and 390 px, in English and in Russian (EN marks)", async () => {
    const { db, api, close } = await editorApi("Conformance");
    const meeting = await db.meeting.findUniqueOrThrow({ where: { slug: MEETING } });
    const before = await api.meeting.record({ id: meeting.id });
    const { id: personId } = await db.person.findUniqueOrThrow({ where: { slug: PERSON } });
    const person = await api.person.byId({ id: personId });
    try {
      // Values of each kind a correction shows: text written in English only (a Russian page shows it in English,
      // marked), a number and a date where there was none.
      await api.meeting.saveRecord({
        ...before,
        ordinal: 20,
        summaryI18n: { en: "The leaders met by video link and adopted the Moscow Declaration." },
      });
      await api.person.update({
        id: person.id,
        version: person.version,
        givenName: "Narendra Damodardas",
        birthDate: "1950-09-17",
        summaryI18n: { en: "Prime Minister of India since 2014." },
      });
      const paths = ["en", "ru"].flatMap((locale) => [
        `/${locale}/meetings/${MEETING}`,
        `/${locale}/people/${PERSON}`,
      ]);
      const documents: Record<string, string> = {};
      for (const path of paths) {
        const response = await fetch(`${webUrl()}${path}`);
        expect(response.status, path).toBe(200);
        documents[path] = await response.text();
        // The page shows the correction with its values, and on the Russian page the English ones marked.
        const section = /<section aria-labelledby="corrections"[\s\S]*?<\/section>/.exec(
          documents[path],
        )?.[0];
        expect(section, path).toMatch(/<del>[\s\S]*?<\/del>[\s\S]*?<ins>[\s\S]*?<\/ins>/);
        if (path.startsWith("/ru/")) expect(section, path).toContain("fallback-mark");
      }

      const problems = (await nuCheck(documents))
        .filter((message) => message.type !== "info" || message.subType === "warning")
        .map((message) => `${message.document}:${message.lastLine ?? "?"} ${message.message}`);
      expect(problems).toEqual([]);

      const browser = await launchBrowser();
      const found: string[] = [];
      try {
        const page = await browser.newPage();
        for (const viewport of [DESKTOP, PHONE]) {
          await page.setViewportSize(viewport);
          for (const path of paths) {
            await page.goto(`${webUrl()}${path}`);
            for (const violation of await wcagViolations(page))
              found.push(`${path} at ${viewport.width} px: ${violation}`);
          }
        }
      } finally {
        await browser.close();
      }
      expect(found).toEqual([]);
    } finally {
      const current = await api.meeting.record({ id: meeting.id });
      await api.meeting.saveRecord({ ...current, ordinal: before.ordinal, summaryI18n: before.summaryI18n });
      const { version } = await api.person.byId({ id: person.id });
      await api.person.update({
        id: person.id,
        version,
        givenName: person.givenName,
        birthDate: person.birthDate,
        summaryI18n: person.summaryI18n,
      });
      await close();
    }
  });
});

/** The text of an HTML fragment, without its tags. */
function textOf(html: string): string {
  return html.replace(/<[^>]+>/g, "");
}
