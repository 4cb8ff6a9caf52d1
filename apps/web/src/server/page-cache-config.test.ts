import { describe, expect, it } from "vitest";
import { pageCacheConfig } from "./page-cache-config";

const HANDLER = "/srv/plenary/apps/web/cache-handler.mjs";

describe("pageCacheConfig", () => {
  it("keeps pages in the instance's memory up to PLENARY_PAGE_CACHE_MB without Redis", () => {
    expect(pageCacheConfig({ PLENARY_PAGE_CACHE_MB: 50 }, HANDLER)).toEqual({
      cacheMaxMemorySize: 50 * 1024 * 1024,
    });
    expect(pageCacheConfig({ PLENARY_PAGE_CACHE_MB: 512 }, HANDLER)).toEqual({
      cacheMaxMemorySize: 512 * 1024 * 1024,
    });
  });

  it("shares pages through Redis with REDIS_URL, keeping no private copy", () => {
    expect(
      pageCacheConfig({ REDIS_URL: "redis://127.0.0.1:6379", PLENARY_PAGE_CACHE_MB: 512 }, HANDLER),
    ).toEqual({ cacheHandler: HANDLER, cacheMaxMemorySize: 0 });
  });
});
