import { createCaller, createContext } from "@plenary/api";
import { createDb } from "@plenary/db";
import { describe, expect, it } from "vitest";
import { databaseUrl, revalidateSecret, webUrl } from "../../../tooling/testing/apps";

const revalidate = (body: unknown, authorization?: string) =>
  fetch(`${webUrl()}/api/revalidate`, {
    method: "POST",
    headers: { "content-type": "application/json", ...(authorization ? { authorization } : {}) },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });

describe("POST /api/revalidate", () => {
  it("refuses a caller without the shared secret", async () => {
    expect((await revalidate({ tags: ["meetings"] })).status).toBe(401);
    expect((await revalidate({ tags: ["meetings"] }, "Bearer not-the-secret-at-all")).status).toBe(401);
  });

  it("refuses a body without tags", async () => {
    const response = await revalidate({ paths: ["/"] }, `Bearer ${revalidateSecret()}`);
    expect(response.status).toBe(400);
    expect((await revalidate("not json", `Bearer ${revalidateSecret()}`)).status).toBe(400);
  });

  it("expires the tagged pages, which are then served fresh", async () => {
    const response = await revalidate(
      { tags: ["meetings", "meeting:meeting-of-the-sco-council-of-heads-of-state-2020-11-10"] },
      `Bearer ${revalidateSecret()}`,
    );
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      revalidated: true,
      tags: ["meetings", "meeting:meeting-of-the-sco-council-of-heads-of-state-2020-11-10"],
    });
    const page = await fetch(
      `${webUrl()}/en/meetings/meeting-of-the-sco-council-of-heads-of-state-2020-11-10`,
    );
    expect(page.status).toBe(200);
    expect(await page.text()).toContain("Meeting of the SCO Council of Heads of State");
  });

  it("shows an editor's change on the next view of every page that shows it, and the change is the test's own", async () => {
    const db = createDb(databaseUrl());
    const slug = "jumakhon-giyosov";
    const person = await db.person.findUniqueOrThrow({ where: { slug } });
    const original = person.nameI18n as { en: string };
    const pages = [`${webUrl()}/en/people/${slug}`, `${webUrl()}/en/meetings/${SEED_MEETING}`];
    // Both pages are in the cache before the change.
    for (const url of pages) expect(await (await fetch(url)).text()).toContain(original.en);
    expect((await fetch(pages[0]!)).headers.get("x-nextjs-cache")).toBe("HIT");

    // The change goes through the same API the admin uses, which tells the site after it commits.
    const editor = await db.user.create({
      data: { email: `revalidate-${Date.now()}@example.org`, name: "Revalidation test", role: "editor" },
    });
    const saved = { url: process.env.PLENARY_WEB_URL, secret: process.env.PLENARY_REVALIDATE_SECRET };
    process.env.PLENARY_WEB_URL = webUrl();
    process.env.PLENARY_REVALIDATE_SECRET = revalidateSecret();
    const api = createCaller(
      createContext({ db, user: { id: editor.id, email: editor.email, name: editor.name, role: "editor" } }),
    );
    const renamed = `Jumakhon Giyosov-${Date.now().toString(36)}`;
    try {
      await api.person.update({
        id: person.id,
        version: person.version,
        nameI18n: { ...original, en: renamed },
      });
      for (const url of pages) {
        const html = await (await fetch(url)).text();
        expect(html, url).toContain(renamed);
      }
    } finally {
      const current = await db.person.findUniqueOrThrow({ where: { id: person.id } });
      await api.person.update({ id: person.id, version: current.version, nameI18n: original });
      // The person's corrections now list the rename and its undoing, old and new values: the rest of the page is
      // what must no longer show it.
      for (const url of pages)
        expect(withoutCorrections(await (await fetch(url)).text()), url).not.toContain(renamed);
      process.env.PLENARY_WEB_URL = saved.url;
      process.env.PLENARY_REVALIDATE_SECRET = saved.secret;
      if (saved.url === undefined) delete process.env.PLENARY_WEB_URL;
      if (saved.secret === undefined) delete process.env.PLENARY_REVALIDATE_SECRET;
      await db.$disconnect();
    }
  });
});

const SEED_MEETING = "meeting-of-the-sco-council-of-heads-of-state-2020-11-10";

/**
 * What a page shows apart from its corrections section, which names old values on purpose (and the inline data that
 * React hydrates it from, which repeats them).
 */
function withoutCorrections(html: string): string {
  const section = /<section[^>]*class="corrections"[^>]*>[\s\S]*?<\/section>/;
  expect(html).toMatch(section);
  return html.replace(section, "").replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, "");
}
