import http from "node:http";
import { createDb, type Db } from "@plenary/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { databaseUrl, revalidateSecret, webUrl } from "../../../tooling/testing/apps";

const PAGE = "/en/people/jumakhon-giyosov";

async function revalidate(tags: string[]) {
  const response = await fetch(`${webUrl()}/api/revalidate`, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${revalidateSecret()}` },
    body: JSON.stringify({ tags }),
  });
  expect(response.status).toBe(200);
}

const heading = async () => /<h1>([^<]*)<\/h1>/.exec(await (await fetch(`${webUrl()}${PAGE}`)).text())?.[1];

describe("cached pages, revalidated by tag", () => {
  let db: Db;
  let original: { en: string };

  beforeAll(async () => {
    db = createDb(databaseUrl());
    original = (await db.person.findUniqueOrThrow({ where: { slug: "jumakhon-giyosov" } })).nameI18n as {
      en: string;
    };
  });

  afterAll(async () => {
    await db.person.update({ where: { slug: "jumakhon-giyosov" }, data: { nameI18n: original } });
    await revalidate(["person:jumakhon-giyosov"]);
    expect(await heading()).toBe("Jumakhon Giyosov");
    await db.$disconnect();
  });

  it("serves the cached page until the admin revalidates its tag, then the fresh one", async () => {
    expect(await heading()).toBe("Jumakhon Giyosov");
    // A change the site was not told about: readers keep getting the cached page.
    await db.person.update({
      where: { slug: "jumakhon-giyosov" },
      data: { nameI18n: { ...original, en: "Jumakhon Giyosov (corrected)" } },
    });
    expect(await heading()).toBe("Jumakhon Giyosov");
    await revalidate(["person:jumakhon-giyosov"]);
    expect(await heading()).toBe("Jumakhon Giyosov (corrected)");
  });
});

function statusOf(url: string, headers: Record<string, string>): Promise<number | undefined> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { headers }, (response) => {
        response.resume();
        response.on("end", () => resolve(response.statusCode));
      })
      .on("error", reject);
  });
}

const PERSON_TAGS = ["person:jumakhon-giyosov"];

describe("the page cache", () => {
  it("renders a public page once, then serves it from cache with headers a shared cache may honour", async () => {
    await revalidate(PERSON_TAGS);
    const first = await fetch(`${webUrl()}${PAGE}`);
    await first.arrayBuffer();
    expect(first.headers.get("x-nextjs-cache")).toBe("MISS");
    const second = await fetch(`${webUrl()}${PAGE}`);
    await second.arrayBuffer();
    expect(second.headers.get("x-nextjs-cache")).toBe("HIT");
    const cacheControl = second.headers.get("cache-control") ?? "";
    expect(cacheControl).toMatch(/s-maxage=\d+/);
    expect(cacheControl).toMatch(/stale-while-revalidate=\d+/);
    expect(cacheControl).not.toMatch(/private|no-store/);
    const etag = second.headers.get("etag");
    expect(etag).toBeTruthy();
    expect(etag).toBe(first.headers.get("etag"));
    // A plain conditional GET, as a browser or proxy revalidating its copy sends it (fetch() would add
    // "cache-control: no-cache" to a request with If-None-Match, which asks the server for the full page).
    expect(await statusOf(`${webUrl()}${PAGE}`, { "if-none-match": etag! })).toBe(304);
  });

  it("caches open-data answers the same way", async () => {
    await revalidate(PERSON_TAGS);
    const path = "/api/v1/people/jumakhon-giyosov";
    expect((await fetch(`${webUrl()}${path}`)).headers.get("x-nextjs-cache")).toBe("MISS");
    expect((await fetch(`${webUrl()}${path}`)).headers.get("x-nextjs-cache")).toBe("HIT");
  });

  it("never caches search results", async () => {
    for (let i = 0; i < 2; i++) {
      const response = await fetch(`${webUrl()}/en/search?q=Giyosov`);
      expect(await response.text()).toContain("Jumakhon Giyosov");
      expect(response.headers.get("x-nextjs-cache")).toBeNull();
      expect(response.headers.get("cache-control")).toContain("no-store");
    }
  });
});
