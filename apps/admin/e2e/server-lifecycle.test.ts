import type { ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { request } from "node:http";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { databaseUrl } from "../../../tooling/testing/apps";
import {
  freePort,
  outputOf,
  startNext,
  stopServer,
  waitUntilServing,
} from "../../../tooling/testing/next-server";

const adminDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

/** GET `url` over a connection that is open before the caller's `whenSent` runs; resolves with the status. */
function getWhile(url: string, whenSent: () => void): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(url, { headers: { "x-forwarded-for": "192.0.2.40" } }, (res) => {
      res.resume();
      res.once("end", () => resolve(res.statusCode ?? 0));
    });
    req.once("error", reject);
    req.end(() => setTimeout(whenSent, 100));
  });
}

// The admin's own server (server.ts) as a deploy stops it: SIGTERM lets the request in flight finish and exits 0;
// every request is one JSON log line without its query string.
describe("the admin server's lifecycle", () => {
  const started: ChildProcess[] = [];
  afterAll(async () => {
    await Promise.all(started.map(stopServer));
  });

  it("logs each request as JSON and, on SIGTERM, finishes the request in flight and exits 0", async () => {
    const port = await freePort();
    const url = `http://127.0.0.1:${port}`;
    const child = startNext(
      adminDir,
      port,
      {
        DATABASE_URL: databaseUrl(),
        BETTER_AUTH_SECRET: randomBytes(32).toString("base64url"),
        PLENARY_TRUSTED_PROXIES: "loopback",
      },
      { serverScript: "server.ts" },
    );
    started.push(child);
    await waitUntilServing("apps/admin (lifecycle)", child, `${url}/sign-in`);

    const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
    const status = await getWhile(`${url}/sign-in?next=%2Fmeetings&secret=not-logged`, () =>
      process.kill(-child.pid!, "SIGTERM"),
    );
    expect(status).toBe(200);
    expect(await exited).toBe(0);

    const lines = outputOf(child)
      .split("\n")
      .filter((line) => line.startsWith("{"))
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    const logged = lines.find((line) => line.path === "/sign-in" && line.client === "192.0.2.40");
    expect(logged, outputOf(child)).toMatchObject({ method: "GET", status: 200 });
    expect(typeof logged!.durationMs).toBe("number");
    expect(outputOf(child)).not.toContain("not-logged");
    expect(lines.some((line) => line.event === "shutdown" && line.signal === "SIGTERM")).toBe(true);
  }, 120_000);
});
