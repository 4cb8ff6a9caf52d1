import { createRequire } from "node:module";
import { afterEach, describe, expect, it, vi } from "vitest";

// Next's own tag book-keeping, which POST /api/revalidate writes into (revalidateTag) and every cached read checks.
const require = createRequire(import.meta.url);
const { tagsManifest, areTagsExpired } =
  require("next/dist/server/lib/incremental-cache/tags-manifest.external.js") as {
    tagsManifest: Map<string, { stale?: number; expired?: number }>;
    areTagsExpired: (tags: string[], lastModified: number) => boolean;
  };

afterEach(() => {
  vi.restoreAllMocks();
  tagsManifest.clear();
});

describe("an expired tag, in Next as patched (patches/next@16.4.6.patch)", () => {
  it("expires the pages cached under it at once, even when the process's monotonic clock lags the wall clock", () => {
    const pageCachedAt = Date.now() - 60_000;
    // What revalidateTag(tag, { expire: 0 }) stores through the file-system cache: both stamps on the wall clock.
    const revalidatedAt = Date.now();
    tagsManifest.set("person:jumakhon-giyosov", { stale: revalidatedAt, expired: revalidatedAt });
    // A long-running server whose performance clock has fallen 20 ms behind Date.now() (CI saw such drifts serve a
    // just-revalidated page as STALE, with its old text).
    const lagging = performance.now() - 20;
    vi.spyOn(performance, "now").mockReturnValue(lagging);
    expect(areTagsExpired(["person:jumakhon-giyosov"], pageCachedAt)).toBe(true);
  });

  it("leaves pages cached after the revalidation alone", () => {
    const revalidatedAt = Date.now() - 1_000;
    tagsManifest.set("person:jumakhon-giyosov", { stale: revalidatedAt, expired: revalidatedAt });
    expect(areTagsExpired(["person:jumakhon-giyosov"], revalidatedAt + 500)).toBe(false);
    expect(areTagsExpired(["person:someone-else"], revalidatedAt - 500)).toBe(false);
  });
});
