import { createCaller, createContext } from "@plenary/api";
import { createDb } from "@plenary/db";
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { describe, expect, it } from "vitest";
import { databaseUrl, revalidateSecret, webUrl } from "../../../tooling/testing/apps";

const SLUG = "tajikistan";

const fetchJson = async (path: string) => (await fetch(`${webUrl()}${path}`)).json() as Promise<unknown>;

describe("corrections on a public record", () => {
  it("shows a correction on the page in every language and in the JSON API, without the editor", async () => {
    const db = createDb(databaseUrl());
    const country = await db.country.findUniqueOrThrow({ where: { slug: SLUG } });
    const editor = await db.user.create({
      data: {
        email: `corrections-${Date.now()}@example.org`,
        name: "Corrections test editor",
        role: "editor",
      },
    });
    // The change goes through the admin's API, which tells the site (POST /api/revalidate) after it commits.
    const saved = { url: process.env.PLENARY_WEB_URL, secret: process.env.PLENARY_REVALIDATE_SECRET };
    process.env.PLENARY_WEB_URL = webUrl();
    process.env.PLENARY_REVALIDATE_SECRET = revalidateSecret();
    const api = createCaller(
      createContext({ db, user: { id: editor.id, email: editor.email, name: editor.name, role: "editor" } }),
    );
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
      process.env.PLENARY_WEB_URL = saved.url;
      process.env.PLENARY_REVALIDATE_SECRET = saved.secret;
      if (saved.url === undefined) delete process.env.PLENARY_WEB_URL;
      if (saved.secret === undefined) delete process.env.PLENARY_REVALIDATE_SECRET;
      await db.$disconnect();
    }
  });
});

/** The text of an HTML fragment, without its tags. */
function textOf(html: string): string {
  return html.replace(/<[^>]+>/g, "");
}
