import path from "node:path";
import { fileURLToPath } from "node:url";
import { createDb } from "@plenary/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { databaseUrl, revalidateSecret } from "../../../tooling/testing/apps";
import {
  freePort,
  outputOf,
  startNext,
  stopServer,
  waitUntilServing,
} from "../../../tooling/testing/next-server";
import { LOCALES, SEED_SLUGS } from "../../../tooling/testing/page-examples";
import type { ChildProcess } from "node:child_process";

// Without Redis, an instance keeps its rendered pages in its own memory up to PLENARY_PAGE_CACHE_MB, dropping the
// least recently used first: at 1 MB, a page is rendered again once more than a MB of other pages was served after it;
// at the default (50 MB) it is still served from the cache.
const webDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const FIRST = `/en/meetings/${SEED_SLUGS.meeting}`;

interface Instance {
  url: string;
  child: ChildProcess;
}

async function startWeb(env: Record<string, string>): Promise<Instance> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const child = startNext(webDir, port, {
    DATABASE_URL: databaseUrl(),
    PLENARY_REVALIDATE_SECRET: revalidateSecret(),
    PLENARY_EXPORTS_ON_START: "0",
    REDIS_URL: "",
    ...env,
  });
  await waitUntilServing("a web instance", child, url);
  return { url, child };
}

async function get(instance: Instance, pathname: string) {
  const response = await fetch(`${instance.url}${pathname}`);
  const body = await response.text();
  return { status: response.status, cache: response.headers.get("x-nextjs-cache"), bytes: body.length };
}

describe("an instance's own page cache, without Redis", () => {
  let small: Instance;
  let standard: Instance;
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
    [small, standard] = await Promise.all([startWeb({ PLENARY_PAGE_CACHE_MB: "1" }), startWeb({})]);
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
