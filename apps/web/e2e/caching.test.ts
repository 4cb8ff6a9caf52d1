import { createDb, type Db } from "@plenary/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { databaseUrl, revalidateSecret, webUrl } from "../../../tooling/testing/apps";
import { plainGet as get } from "../../../tooling/testing/plain-get";

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

async function statusOf(url: string, headers: Record<string, string>): Promise<number> {
  return (await get(url, headers)).status;
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

  // A cached page is kept as text and sent as the bytes and ETag encoded when it was first served (the patch of
  // next's send-payload.js): its bytes must be exactly the text's in UTF-8, whatever its script, and a changed page
  // must get its own bytes and ETag, never the previous one's.
  it("sends a cached page's exact UTF-8 bytes in any script, with an ETag that follows its content", async () => {
    const page = `${webUrl()}/zh/people/jumakhon-giyosov`;
    await revalidate(PERSON_TAGS);
    await get(page);
    const hits = [await get(page), await get(page)];
    for (const hit of hits) {
      expect(hit.headers["x-nextjs-cache"]).toBe("HIT");
      expect(Number(hit.headers["content-length"])).toBe(hit.body.length);
      const text = hit.body.toString("utf8");
      expect(Buffer.from(text, "utf8").equals(hit.body)).toBe(true);
      expect(text).toContain("中文");
      expect(text).toContain("Русский");
      expect(text.trimEnd().endsWith("</html>")).toBe(true);
    }
    expect(hits[1]!.body.equals(hits[0]!.body)).toBe(true);
    const etag = hits[0]!.headers.etag!;
    expect(hits[1]!.headers.etag).toBe(etag);

    const db = createDb(databaseUrl());
    const person = await db.person.findUniqueOrThrow({ where: { slug: "jumakhon-giyosov" } });
    const names = person.nameI18n as Record<string, string>;
    try {
      await db.person.update({
        where: { slug: "jumakhon-giyosov" },
        data: { nameI18n: { ...names, zh: `${names.zh ?? names.en}（更正）` } },
      });
      await revalidate(PERSON_TAGS);
      await get(page);
      const changed = await get(page);
      expect(changed.headers["x-nextjs-cache"]).toBe("HIT");
      expect(changed.body.toString("utf8")).toContain("（更正）");
      expect(Number(changed.headers["content-length"])).toBe(changed.body.length);
      expect(changed.headers.etag).not.toBe(etag);
      // The old copy's validator no longer matches: the reader gets the new page, not a 304.
      expect((await get(page, { "if-none-match": etag })).status).toBe(200);
      expect((await get(page, { "if-none-match": changed.headers.etag! })).status).toBe(304);
    } finally {
      await db.person.update({ where: { slug: "jumakhon-giyosov" }, data: { nameI18n: names } });
      await revalidate(PERSON_TAGS);
      await db.$disconnect();
    }
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
