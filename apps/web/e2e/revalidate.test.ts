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
    const { api, restoreEnv } = await editorTellingTheSite(db, "revalidate");
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
      restoreEnv();
      await db.$disconnect();
    }
  });
});

describe("the archive's page of a year", () => {
  it("shows a change to one of its meetings' summaries on its next view", async () => {
    const db = createDb(databaseUrl());
    const url = `${webUrl()}/en/archive/2020`;
    const participants = async () => {
      const html = await (await fetch(url)).text();
      const card = html.slice(html.indexOf(`/en/meetings/${SEED_MEETING}`));
      return Number(/(\d+) participants/.exec(card)?.[1]);
    };
    const before = await participants();
    expect(before).toBeGreaterThan(1);
    expect((await fetch(url)).headers.get("x-nextjs-cache")).toBe("HIT");

    // A person put in the trash is no longer counted among the participants a meeting's summary shows: the change
    // names the year of the meetings they attended (not the whole list of meetings), and the page shows it.
    const participation = await db.participation.findFirstOrThrow({
      where: { meeting: { slug: SEED_MEETING } },
      select: { person: { select: { id: true, version: true } } },
    });
    const { api, restoreEnv } = await editorTellingTheSite(db, "archive-year");
    const { id, version } = participation.person;
    try {
      await api.trash.move({ entityType: "person", id, version });
      expect(await participants()).toBe(before - 1);
    } finally {
      await api.trash.restore({ entityType: "person", id, version: version + 1 });
      expect(await participants()).toBe(before);
      restoreEnv();
      await db.$disconnect();
    }
  });
});

const SEED_MEETING = "meeting-of-the-sco-council-of-heads-of-state-2020-11-10";

/**
 * An editor's api, as the admin's, that tells this test's site what each change made stale (after it commits), and
 * a function that puts the environment back.
 */
async function editorTellingTheSite(db: ReturnType<typeof createDb>, label: string) {
  const editor = await db.user.create({
    data: { email: `${label}-${Date.now()}@example.org`, name: `${label} test`, role: "editor" },
  });
  const saved = { url: process.env.PLENARY_WEB_URL, secret: process.env.PLENARY_REVALIDATE_SECRET };
  process.env.PLENARY_WEB_URL = webUrl();
  process.env.PLENARY_REVALIDATE_SECRET = revalidateSecret();
  const api = createCaller(
    createContext({ db, user: { id: editor.id, email: editor.email, name: editor.name, role: "editor" } }),
  );
  const restoreEnv = () => {
    process.env.PLENARY_WEB_URL = saved.url;
    process.env.PLENARY_REVALIDATE_SECRET = saved.secret;
    if (saved.url === undefined) delete process.env.PLENARY_WEB_URL;
    if (saved.secret === undefined) delete process.env.PLENARY_REVALIDATE_SECRET;
  };
  return { api, restoreEnv };
}

/**
 * What a page shows apart from its corrections section, which names old values on purpose (and the inline data that
 * React hydrates it from, which repeats them).
 */
function withoutCorrections(html: string): string {
  const section = /<section[^>]*class="corrections"[^>]*>[\s\S]*?<\/section>/;
  expect(html).toMatch(section);
  return html.replace(section, "").replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, "");
}
