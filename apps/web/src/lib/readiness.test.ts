import { describe, expect, it } from "vitest";
import { readiness } from "./readiness";

const ok = () => Promise.resolve();
const fails = () => Promise.reject(new Error("connection refused"));
const hangs = () => new Promise<never>(() => {});

describe("readiness", () => {
  it("is ready when the database answers, with or without a shared cache", async () => {
    expect(await readiness({ database: ok, cache: ok })).toEqual({
      ready: true,
      checks: { database: "ok", cache: "ok" },
    });
    expect(await readiness({ database: ok, cache: null })).toEqual({
      ready: true,
      checks: { database: "ok", cache: "not-configured" },
    });
  });

  it("is not ready when the database fails or does not answer in time", async () => {
    expect(await readiness({ database: fails, cache: ok })).toEqual({
      ready: false,
      checks: { database: "down", cache: "ok" },
    });
    expect((await readiness({ database: hangs, cache: null })).checks.database).toBe("down");
  }, 10_000);

  it("reports a cache that is down but stays ready: pages are then rendered instead of served from cache", async () => {
    expect(await readiness({ database: ok, cache: fails })).toEqual({
      ready: true,
      checks: { database: "ok", cache: "down" },
    });
  });
});
