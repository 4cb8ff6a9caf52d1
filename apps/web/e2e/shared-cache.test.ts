import { spawn, type ChildProcess } from "node:child_process";
import { createDb, type Db } from "@plenary/db";
import { createClient } from "@redis/client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { databaseUrl, revalidateSecret } from "../../../tooling/testing/apps";
import { freePort, outputOf, stopServer } from "../../../tooling/testing/next-server";
import { startWebInstance, type WebInstance } from "../../../tooling/testing/web-instance";

/** The machine's shared Redis holds other work: this test only touches keys under its own prefix. */
const SHARED_REDIS = "redis://127.0.0.1:6379";
const PREFIX = `plenary-test:${Date.now().toString(36)}:`;
const SLUG = "jumakhon-giyosov";
const PAGE = `/en/people/${SLUG}`;
/** Another person of the seed's meeting, whose page the instances serve first. */
const WARM_UP = "vladimir-putin";

/** A web instance whose keys in Redis are under this test's prefix. */
const startWeb = (env: Record<string, string>) => startWebInstance({ REDIS_KEY_PREFIX: PREFIX, ...env });

async function get(instance: WebInstance, pathname = PAGE) {
  const response = await fetch(`${instance.url}${pathname}`);
  const text = await response.text();
  return {
    status: response.status,
    cache: response.headers.get("x-nextjs-cache"),
    heading: /<h1>([^<]*)<\/h1>/.exec(text)?.[1],
  };
}

async function revalidate(instance: WebInstance, tags: string[]) {
  const response = await fetch(`${instance.url}/api/revalidate`, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${revalidateSecret()}` },
    body: JSON.stringify({ tags }),
  });
  expect(response.status).toBe(200);
}

/** /api/ready, asked again for a few seconds as an orchestrator would: a cold instance's first query can be slow. */
async function readyState(instance: WebInstance): Promise<unknown> {
  let body: unknown;
  for (let tries = 0; tries < 10; tries++) {
    const response = await fetch(`${instance.url}/api/ready`);
    body = await response.json();
    if (response.status === 200) return body;
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
  return body;
}

async function keysUnder(url: string, prefix: string): Promise<string[]> {
  const client = createClient({ url });
  await client.connect();
  try {
    const keys: string[] = [];
    for await (const batch of client.scanIterator({ MATCH: `${prefix}*`, COUNT: 500 })) keys.push(...batch);
    return keys;
  } finally {
    client.destroy();
  }
}

describe("two web instances sharing one page cache through Redis", () => {
  let db: Db;
  let original: { en: string };
  let a: WebInstance;
  let b: WebInstance;

  beforeAll(async () => {
    db = createDb(databaseUrl());
    original = (await db.person.findUniqueOrThrow({ where: { slug: SLUG } })).nameI18n as { en: string };
    [a, b] = await Promise.all([
      startWeb({ REDIS_URL: SHARED_REDIS }),
      startWeb({ REDIS_URL: SHARED_REDIS }),
    ]);
  });

  afterAll(async () => {
    await db.person.update({ where: { slug: SLUG }, data: { nameI18n: original } });
    await Promise.all([a, b].filter(Boolean).map(({ child }) => stopServer(child)));
    await db.$disconnect();
    // Only this test's keys, never FLUSHALL: the shared Redis holds other work.
    const keys = await keysUnder(SHARED_REDIS, PREFIX);
    if (keys.length) {
      const client = createClient({ url: SHARED_REDIS });
      await client.connect();
      await client.unlink(keys);
      client.destroy();
    }
  });

  it("renders a page on one instance and serves it from the shared cache on the other", async () => {
    // Both instances first serve another person's page, as instances in service have: the first request is what
    // connects an instance's page cache to Redis and loads the page's code. A cold instance on a loaded CI machine
    // once answered MISS here, its cache read still connecting or held past its 1 s limit by that loading.
    for (const instance of [a, b])
      expect((await get(instance, `/en/people/${WARM_UP}`)).status, outputOf(instance.child)).toBe(200);
    expect(await get(a)).toMatchObject({ status: 200, cache: "MISS", heading: original.en });
    // The instance stores the rendered page in Redis after it answers: wait for that write (a loaded CI machine once
    // asked the other instance first), then the other instance must serve it. The page's own entry, not any key: the
    // data cache and tags are written first (a loaded run saw them and asked too early again).
    const pageStored = async () => (await keysUnder(SHARED_REDIS, PREFIX)).some((key) => key.endsWith(PAGE));
    for (let tries = 0; tries < 100 && !(await pageStored()); tries++)
      await new Promise((resolve) => setTimeout(resolve, 100));
    expect(await pageStored()).toBe(true);
    expect(await get(b), outputOf(b.child)).toMatchObject({
      status: 200,
      cache: "HIT",
      heading: original.en,
    });
    expect(await readyState(b)).toEqual({ status: "ready", checks: { database: "ok", cache: "ok" } });
  });

  it("drops the page on every instance when one of them is told a tag changed", async () => {
    // Several rounds: the other instance is asked the moment the revalidation is answered, which is when an expiry
    // still on its way to Redis would show (it did, before the route awaited it: server/tag-expiry.ts).
    let shown = original.en;
    for (let round = 1; round <= 5; round++) {
      const renamed = `${original.en} (shared ${round})`;
      await db.person.update({ where: { slug: SLUG }, data: { nameI18n: { ...original, en: renamed } } });
      expect((await get(b)).heading).toBe(shown);
      // Several tags in one call, as a change sends them: one read of the cache's tags for all (cache-handler.mjs).
      await revalidate(a, ["person:no-such-person", `person:${SLUG}`, "meeting:no-such-meeting"]);
      expect((await get(b)).heading, `round ${round}`).toBe(renamed);
      expect((await get(a)).heading, `round ${round}`).toBe(renamed);
      shown = renamed;
    }
    // Only the pages under those tags went: another person's page is still served from the shared cache.
    expect((await get(b, `/en/people/${WARM_UP}`)).cache).toBe("HIT");
  });
});

describe("a web instance whose Redis goes away", () => {
  let redis: ChildProcess | undefined;
  let web: WebInstance | undefined;

  beforeAll(async () => {
    // Its own redis-server on another port, so that stopping it disturbs nothing else.
    const port = await freePort();
    redis = spawn(
      "redis-server",
      ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"],
      {
        stdio: "ignore",
      },
    );
    const url = `redis://127.0.0.1:${port}`;
    for (let tries = 0; ; tries++) {
      try {
        await keysUnder(url, PREFIX);
        break;
      } catch (error) {
        if (tries > 50) throw error;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    }
    web = await startWeb({ REDIS_URL: url });
  });

  afterAll(async () => {
    if (web) await stopServer(web.child);
    if (redis && redis.exitCode === null) redis.kill();
  });

  it("keeps serving, rendering each page, and says so once", async () => {
    const instance = web!;
    await get(instance);
    expect((await get(instance)).cache).toBe("HIT");

    const exited = new Promise((resolve) => redis!.once("exit", resolve));
    redis!.kill();
    await exited;

    for (let i = 0; i < 3; i++)
      expect(await get(instance)).toMatchObject({ status: 200, heading: expect.any(String) });
    expect(await get(instance, "/en")).toMatchObject({ status: 200 });
    const said = outputOf(instance.child).match(/Redis unreachable/g) ?? [];
    expect(said).toHaveLength(1);
    // A refresh it cannot store is refused, so that the admin keeps it and delivers it again once Redis is back:
    // answering "done" would leave the old pages in Redis to be served then.
    const refused = await fetch(`${instance.url}/api/revalidate`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${revalidateSecret()}` },
      body: JSON.stringify({ tags: [`person:${SLUG}`] }),
    });
    expect(refused.status).toBe(503);
    expect(((await refused.json()) as { error: { code: string } }).error.code).toBe("CACHE_UNAVAILABLE");
    // Still ready: it serves, only slower; the cache's state is reported.
    expect(await readyState(instance)).toEqual({
      status: "ready",
      checks: { database: "ok", cache: "down" },
    });
  });
});
