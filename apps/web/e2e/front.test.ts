import type { ChildProcess } from "node:child_process";
import fs from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { createClient } from "@redis/client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startFront, type RunningFront } from "../../../tooling/front/nginx";
import { adminUrl, databaseUrl, revalidateSecret } from "../../../tooling/testing/apps";
import { freePort, startNext, stopServer, waitUntilServing } from "../../../tooling/testing/next-server";
import { PUBLIC_CONTENT_SECURITY_POLICY } from "../src/server/security-headers";
import { plainGet as get } from "../../../tooling/testing/plain-get";

// The production front (tooling/front/nginx.conf.template, run by real nginx) over two web instances sharing the
// page cache through Redis, and the admin of the global set-up.

const webDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const SHARED_REDIS = "redis://127.0.0.1:6379";
const PREFIX = `plenary-test:front:${Date.now().toString(36)}:`;
const PAGE = "/en/people/jumakhon-giyosov";

/**
 * Runs `requests` again (up to five times) until one run starts and ends within one clock second: the front keeps a
 * copy until the end of the second it was fetched in, so a pair of requests straddling a second's end finds it
 * expired, whatever the cache's rules.
 */
async function withinOneSecond<T>(requests: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    const started = Math.floor(Date.now() / 1000);
    const result = await requests();
    if (Math.floor(Date.now() / 1000) === started || attempt === 5) return result;
  }
}

/** The requests nginx logged (one JSON object per line). */
function logged(front: RunningFront): { uri: string; upstream: string; cache: string; status: number }[] {
  return fs
    .readFileSync(front.accessLog, "utf8")
    .split("\n")
    .filter(Boolean)
    .map((line) => JSON.parse(line));
}

describe("the production front over two web instances and the admin", () => {
  const webs: { port: number; child: ChildProcess }[] = [];
  let front: RunningFront;

  beforeAll(async () => {
    for (let i = 0; i < 2; i++) {
      const port = await freePort();
      const child = startNext(webDir, port, {
        DATABASE_URL: databaseUrl(),
        PLENARY_REVALIDATE_SECRET: revalidateSecret(),
        REDIS_URL: SHARED_REDIS,
        REDIS_KEY_PREFIX: PREFIX,
      });
      webs.push({ port, child });
    }
    await Promise.all(
      webs.map(({ port, child }) =>
        waitUntilServing("a web instance", child, `http://127.0.0.1:${port}/api/health`),
      ),
    );
    front = await startFront({
      webServers: webs.map(({ port }) => `127.0.0.1:${port}`),
      adminServer: new URL(adminUrl()).host,
      port: await freePort(),
      adminPort: await freePort(),
    });
  });

  afterAll(async () => {
    await front?.stop();
    await Promise.all(webs.map(({ child }) => stopServer(child)));
    // Only this test's keys: the shared Redis holds other work.
    const client = createClient({ url: SHARED_REDIS });
    await client.connect();
    for await (const keys of client.scanIterator({ MATCH: `${PREFIX}*`, COUNT: 500 })) {
      if (keys.length) await client.unlink(keys);
    }
    client.destroy();
  });

  it("passes the app's security headers through once, and keeps an allowed page for a second", async () => {
    await get(`${front.url}${PAGE}`);
    let page = "";
    const [first, second] = await withinOneSecond(async () => {
      page = `${front.url}${PAGE}?front=${Math.random()}`;
      return [await get(page), await get(page)];
    });
    expect(first.status).toBe(200);
    expect(first.headers["x-cache-status"]).toBe("MISS");
    expect(second.headers["x-cache-status"]).toBe("HIT");
    expect(second.body.equals(first.body)).toBe(true);
    for (const answer of [first, second]) {
      // Exactly the app's policy: one header, not a second one added by the front.
      expect(answer.headers["content-security-policy"]).toBe(PUBLIC_CONTENT_SECURITY_POLICY);
      expect(answer.headers["x-frame-options"]).toBe("DENY");
      expect(answer.headers["x-content-type-options"]).toBe("nosniff");
      expect(answer.headers["cache-control"]).toMatch(/s-maxage=\d+/);
    }
    // The copy lasts until the end of the second it was fetched in: a second later it has expired, and the front
    // asks an instance about it with its ETag: the page has not changed, so the answer is a 304 and the copy stays.
    await new Promise((resolve) => setTimeout(resolve, 1_100));
    const later = await get(page);
    expect(later.headers["x-cache-status"]).toBe("REVALIDATED");
    expect(later.body.equals(first.body)).toBe(true);
  });

  it("bypasses the cache for previews and signed-in editors, and shares the work between both instances", async () => {
    await get(`${front.url}${PAGE}`);
    for (const cookie of [
      "__prerender_bypass=1",
      "plenary_preview=token",
      "theme=dark; plenary.session_token=abc",
      "__Secure-plenary.session_token=abc",
    ]) {
      const answer = await get(`${front.url}${PAGE}`, { cookie });
      expect(answer.status, cookie).toBe(200);
      expect(answer.headers["x-cache-status"], cookie).toBe("BYPASS");
    }
    // A cookie of no consequence does not.
    const harmless = await withinOneSecond(async () => {
      await get(`${front.url}${PAGE}`);
      return get(`${front.url}${PAGE}`, { cookie: "theme=dark" });
    });
    expect(harmless.headers["x-cache-status"]).toBe("HIT");
    const upstreams = new Set(
      logged(front)
        .map((entry) => entry.upstream)
        .filter(Boolean),
    );
    expect(upstreams).toEqual(new Set(webs.map(({ port }) => `127.0.0.1:${port}`)));
  });

  it("compresses pages and keeps build files as immutable", async () => {
    const page = await get(`${front.url}${PAGE}`, { "accept-encoding": "gzip" });
    expect(page.headers["content-encoding"]).toBe("gzip");
    const html = (await get(`${front.url}${PAGE}`)).body.toString();
    const script = /src="(\/_next\/static\/[^"]+\.js)"/.exec(html)?.[1];
    expect(script).toBeTruthy();
    const first = await get(`${front.url}${script}`, { "accept-encoding": "gzip" });
    expect(first.status).toBe(200);
    expect(first.headers["content-encoding"]).toBe("gzip");
    expect(first.headers["cache-control"]).toMatch(/max-age=31536000/);
    expect(first.headers["cache-control"]).toContain("immutable");
    const second = await get(`${front.url}${script}`, { "accept-encoding": "gzip" });
    expect(second.headers["x-cache-status"]).toBe("HIT");
  });

  it("serves the admin on its own port, uncached, with the admin's own headers", async () => {
    const answer = await get(`${front.adminUrl}/sign-in`);
    expect(answer.status).toBe(200);
    expect(answer.headers["x-cache-status"]).toBeUndefined();
    expect(answer.headers["content-security-policy"]).toMatch(/'nonce-[^']+'/);
  });
});

describe("the front's rules, over an upstream that answers what the test asks", () => {
  let upstream: http.Server;
  let front: RunningFront;
  // With ?versioned, the page is this version of itself, with an ETag as Next gives one, answering 304 to a
  // request that names it; the count is of the 304s sent.
  let version = 1;
  let notModifiedSent = 0;
  // The requests that reached the upstream, by their query's n.
  const arrivals = new Map<string, number>();
  // The pages, by their query's n, that answer 404 from now on (unpublished).
  const unpublished = new Set<string>();

  beforeAll(async () => {
    // Answers `Cache-Control` and `Set-Cookie` as the query asks, so that each rule is seen on its own.
    upstream = http.createServer(async (request, response) => {
      const query = new URL(request.url!, "http://upstream").searchParams;
      const n = query.get("n") ?? "";
      arrivals.set(n, (arrivals.get(n) ?? 0) + 1);
      // With ?slow=<ms>, the answer takes that long (an instance under load).
      if (query.has("slow")) await new Promise((resolve) => setTimeout(resolve, Number(query.get("slow"))));
      if (query.has("cache-control")) response.setHeader("cache-control", query.get("cache-control")!);
      if (query.has("set-cookie")) response.setHeader("set-cookie", query.get("set-cookie")!);
      if (query.has("status")) response.statusCode = Number(query.get("status"));
      if (unpublished.has(n)) response.statusCode = 404;
      if (query.has("versioned")) {
        response.setHeader("etag", `"v${version}"`);
        if (request.headers["if-none-match"] === `"v${version}"`) {
          notModifiedSent++;
          response.statusCode = 304;
          response.end();
          return;
        }
        response.end(`version ${version}`);
        return;
      }
      // With ?clock, the body is the time the answer was made.
      response.end(query.has("clock") ? String(Date.now()) : "answer");
    });
    await new Promise<void>((resolve) => upstream.listen(0, "127.0.0.1", resolve));
    const server = `127.0.0.1:${(upstream.address() as AddressInfo).port}`;
    front = await startFront({
      webServers: [server, server],
      adminServer: server,
      port: await freePort(),
      adminPort: await freePort(),
    });
  });

  afterAll(async () => {
    await front?.stop();
    await new Promise((resolve) => upstream?.close(resolve));
  });

  const twice = (query: string) =>
    withinOneSecond(async () => {
      const url = `${front.url}/en/page?${query}&n=${Math.random()}`;
      await get(url);
      return (await get(url)).headers["x-cache-status"];
    });

  it("keeps only what the app allows, and never an answer that sets a cookie", async () => {
    expect(await twice("cache-control=s-maxage%3D3600%2C%20stale-while-revalidate%3D60")).toBe("HIT");
    expect(await twice("cache-control=s-maxage%3D3600&set-cookie=a%3Db")).toBe("MISS");
    expect(await twice("cache-control=private%2C%20no-store")).toBe("MISS");
    expect(await twice("cache-control=public%2C%20max-age%3D0%2C%20no-cache")).toBe("MISS");
    expect(await twice("no-cache-control")).toBe("MISS");
    // A page that is not there (yet): not kept, so a record published a moment ago shows at once.
    expect(await twice("cache-control=s-maxage%3D3600&status=404")).toBe("MISS");
    expect(await twice("cache-control=s-maxage%3D3600&status=410")).toBe("MISS");
  });

  it("keeps no copy past the end of the second it was fetched in, so no change takes longer than a second to show", async () => {
    const url = `${front.url}/en/page?cache-control=s-maxage%3D3600&clock&n=${Math.random()}`;
    const verdicts = new Map<string, number>();
    let oldest = 0;
    for (const until = Date.now() + 2_500; Date.now() < until;) {
      const sent = Date.now();
      const answer = await get(url);
      expect(answer.status).toBe(200);
      // The front's bookkeeping stays between nginx and its origin.
      expect(answer.headers["x-accel-expires"]).toBeUndefined();
      expect(answer.headers["x-plenary-instance"]).toBeUndefined();
      oldest = Math.max(oldest, sent - Number(answer.body.toString()));
      const verdict = String(answer.headers["x-cache-status"]);
      verdicts.set(verdict, (verdicts.get(verdict) ?? 0) + 1);
    }
    // It still caches, and each copy expires at a second's end …
    expect(verdicts.get("HIT") ?? 0).toBeGreaterThan(10);
    expect(verdicts.get("EXPIRED") ?? 0).toBeGreaterThanOrEqual(2);
    // … so no answer was made more than a second before it was asked for (nginx reads its clock once per event
    // loop turn: a few milliseconds of slack).
    expect(oldest).toBeLessThan(1_050);
  });

  /** Waits until the upstream has received `count` requests for the page `n` (a fetch the front passed on). */
  const arrived = async (n: string, count: number) => {
    for (const until = Date.now() + 5_000; (arrivals.get(n) ?? 0) < count;) {
      if (Date.now() > until) throw new Error(`the upstream never received request ${count} for ${n}`);
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
  };

  it("serves an expired copy to the requests that arrive while one request fetches its successor, so only that one waits for an instance", async () => {
    const n = String(Math.random());
    // The upstream takes a second to answer, so that the requests below surely arrive during the fetch.
    const url = `${front.url}/en/page?cache-control=s-maxage%3D3600&clock&slow=1000&n=${n}`;
    const first = await get(url);
    expect(first.headers["x-cache-status"]).toBe("MISS");
    // Past the end of the second the copy was kept for.
    await new Promise((resolve) => setTimeout(resolve, 1_020 - (Date.now() % 1_000)));
    const fetching = get(url);
    await arrived(n, 2);
    const sent = Date.now();
    const meanwhile = await Promise.all(Array.from({ length: 10 }, () => get(url)));
    const fetched = await fetching;
    // The one request that found the copy expired went to an instance and waited for its answer …
    expect(fetched.headers["x-cache-status"]).toBe("EXPIRED");
    expect(Number(fetched.body.toString())).toBeGreaterThan(Number(first.body.toString()));
    // … while the others were answered with the expired copy, none of them passed on.
    for (const answer of meanwhile) {
      expect(answer.headers["x-cache-status"]).toBe("UPDATING");
      expect(answer.body.equals(first.body)).toBe(true);
      // Made at most a second before its expiry, served during the one fetch in flight (a second here).
      expect(sent - Number(answer.body.toString())).toBeLessThan(1_000 + 1_000);
    }
    expect(arrivals.get(n)).toBe(2);
    // The fetched copy is the one kept.
    const next = await get(url);
    expect(next.headers["x-cache-status"]).toBe("HIT");
    expect(next.body.equals(fetched.body)).toBe(true);
  });

  it("does not keep serving an expired copy whose successor is not kept: an unpublished page is gone at the next request", async () => {
    const n = String(Math.random());
    const url = `${front.url}/en/page?cache-control=s-maxage%3D3600&clock&slow=1000&n=${n}`;
    expect((await get(url)).status).toBe(200);
    await new Promise((resolve) => setTimeout(resolve, 1_020 - (Date.now() % 1_000)));
    unpublished.add(n);
    const fetching = get(url);
    await arrived(n, 2);
    // During the fetch, the expired copy …
    expect((await get(url)).headers["x-cache-status"]).toBe("UPDATING");
    expect((await fetching).status).toBe(404);
    // … and not after it: the 404 is not kept, and nothing serves the old page in its place.
    for (let i = 0; i < 3; i++) {
      const answer = await get(url);
      expect(answer.status).toBe(404);
      expect(answer.headers["x-cache-status"]).toBe("EXPIRED");
    }
  });

  it("asks about an expired copy with its ETag: an unchanged page is kept another second without its bytes, a changed one shows within the second", async () => {
    const url = `${front.url}/en/page?cache-control=s-maxage%3D3600&versioned&n=${Math.random()}`;
    const verdicts = new Map<string, number>();
    for (const until = Date.now() + 2_500; Date.now() < until;) {
      const answer = await get(url);
      expect(answer.status).toBe(200);
      expect(answer.body.toString()).toBe("version 1");
      expect(answer.headers["x-accel-expires"]).toBeUndefined();
      const verdict = String(answer.headers["x-cache-status"]);
      verdicts.set(verdict, (verdicts.get(verdict) ?? 0) + 1);
    }
    // Each second's end passed with a conditional request the instance answered with no body …
    expect(verdicts.get("REVALIDATED") ?? 0).toBeGreaterThanOrEqual(2);
    expect(notModifiedSent).toBe(verdicts.get("REVALIDATED"));
    // … and the confirmed copy was kept for the rest of its second, not asked about on every request.
    expect(verdicts.get("HIT") ?? 0).toBeGreaterThan(10);

    // A change: the next request after the copy's second asks, gets the new page and serves it.
    const changed = Date.now();
    version = 2;
    let answer = await get(url);
    while (answer.body.toString() === "version 1") answer = await get(url);
    expect(Date.now() - changed).toBeLessThan(1_050);
    expect(answer.headers["x-cache-status"]).toBe("EXPIRED");
    expect((await get(url)).body.toString()).toBe("version 2");
  });

  it("answers 429 with Retry-After to a client over its limit on uncached endpoints, not on cached pages", async () => {
    const burst = (pathname: string, count: number) =>
      Promise.all(Array.from({ length: count }, (_, i) => get(`${front.url}${pathname}?q=${i}`)));
    const search = await burst("/en/search", 40);
    const refused = search.filter((answer) => answer.status === 429);
    // 20 at once beyond the rate (5 a second), then refused.
    expect(search.filter((answer) => answer.status === 200).length).toBeLessThanOrEqual(25);
    expect(refused.length).toBeGreaterThanOrEqual(15);
    for (const answer of refused) expect(answer.headers["retry-after"]).toBe("1");

    const exports = await burst("/api/v1/popolo", 12);
    const refusedExports = exports.filter((answer) => answer.status === 429);
    expect(refusedExports.length).toBeGreaterThanOrEqual(6);
    for (const answer of refusedExports) expect(answer.headers["retry-after"]).toBe("2");

    const pages = await burst("/en/meetings/a-meeting", 40);
    expect(pages.every((answer) => answer.status === 200)).toBe(true);
  });
});
