import { createDb } from "@plenary/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { databaseUrl } from "../../../tooling/testing/apps";
import { outputOf, stopServer } from "../../../tooling/testing/next-server";
import { LOCALES, SEED_SLUGS } from "../../../tooling/testing/page-examples";
import { startWebInstance, type WebInstance } from "../../../tooling/testing/web-instance";

// Without Redis, an instance keeps its rendered pages in its own memory up to PLENARY_PAGE_CACHE_MB, dropping the
// least recently used first: at 1 MB, a page is rendered again once more than a MB of other pages was served after it;
// at the default (50 MB) it is still served from the cache.
const FIRST = `/en/meetings/${SEED_SLUGS.meeting}`;

async function get(instance: WebInstance, pathname: string) {
  const response = await fetch(`${instance.url}${pathname}`);
  const body = await response.text();
  return { status: response.status, cache: response.headers.get("x-nextjs-cache"), bytes: body.length };
}

describe("an instance's own page cache, without Redis", () => {
  let small: WebInstance;
  let standard: WebInstance;
  let others: string[] = [];

  beforeAll(async () => {
    const db = createDb(databaseUrl());
    try {
      const people = await db.person.findMany({ where: { deletedAt: null }, select: { slug: true } });
      others = LOCALES.flatMap((locale) => [
        ...(locale === "en" ? [] : [`/${locale}/meetings/${SEED_SLUGS.meeting}`]),
        `/${locale}/documents/${SEED_SLUGS.document}`,
        `/${locale}/countries/${SEED_SLUGS.country}`,
        `/${locale}/organizations/${SEED_SLUGS.organization}`,
        ...people.map((person) => `/${locale}/people/${person.slug}`),
      ]);
    } finally {
      await db.$disconnect();
    }
    // Their own memory only (no REDIS_URL), and no bulk exports written at start (not what this test looks at).
    const own = { REDIS_URL: "", PLENARY_EXPORTS_ON_START: "0" };
    [small, standard] = await Promise.all([
      startWebInstance({ ...own, PLENARY_PAGE_CACHE_MB: "1" }),
      startWebInstance(own),
    ]);
  });

  afterAll(async () => {
    await Promise.all([small, standard].filter(Boolean).map(({ child }) => stopServer(child)));
  });

  it("drops the least recently used pages past PLENARY_PAGE_CACHE_MB, and keeps them under the default", async () => {
    for (const instance of [small, standard]) {
      expect((await get(instance, FIRST)).status, outputOf(instance.child)).toBe(200);
      expect((await get(instance, FIRST)).cache).toBe("HIT");
      let served = 0;
      for (const pathname of others) {
        const page = await get(instance, pathname);
        if (page.status === 200) served += page.bytes;
      }
      // The pages served after the first are more than the small cache holds, even before their payloads (each page
      // is kept with its RSC payload too).
      expect(served).toBeGreaterThan(1024 * 1024);
    }
    expect((await get(small, FIRST)).cache).toBe("MISS");
    expect((await get(standard, FIRST)).cache).toBe("HIT");
  });
});
