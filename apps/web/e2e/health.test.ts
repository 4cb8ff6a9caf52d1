import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { revalidateSecret, webUrl } from "../../../tooling/testing/apps";
import { freePort, startNext, stopServer, waitUntilServing } from "../../../tooling/testing/next-server";

const webDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

async function getJson(url: string) {
  const response = await fetch(url);
  return {
    status: response.status,
    cacheControl: response.headers.get("cache-control"),
    body: await response.json(),
  };
}

describe("health and readiness", () => {
  it("answers liveness and readiness, never from a cache", async () => {
    expect(await getJson(`${webUrl()}/api/health`)).toEqual({
      status: 200,
      cacheControl: "no-store",
      body: { status: "ok" },
    });
    expect(await getJson(`${webUrl()}/api/ready`)).toEqual({
      status: 200,
      cacheControl: "no-store",
      body: { status: "ready", checks: { database: "ok", cache: "not-configured" } },
    });
  });

  it("is alive but not ready while its database is unreachable", async () => {
    const [port, deadPort] = await Promise.all([freePort(), freePort()]);
    const url = `http://127.0.0.1:${port}`;
    const child = startNext(webDir, port, {
      DATABASE_URL: `postgresql://postgres@127.0.0.1:${deadPort}/nothing`,
      PLENARY_REVALIDATE_SECRET: revalidateSecret(),
    });
    try {
      await waitUntilServing("a web instance without its database", child, `${url}/api/health`);
      expect((await getJson(`${url}/api/health`)).status).toBe(200);
      expect(await getJson(`${url}/api/ready`)).toMatchObject({
        status: 503,
        body: { status: "unavailable", checks: { database: "down", cache: "not-configured" } },
      });
    } finally {
      await stopServer(child);
    }
  });
});
