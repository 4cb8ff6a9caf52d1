/* global process, console */
// Next's server cache (rendered pages, route handler answers, unstable_cache data) shared through Redis, so that
// every web instance serves the same pages and one POST /api/revalidate reaches all of them. next.config.ts uses
// this file only when REDIS_URL is set; without it each instance keeps its cache in memory (Next's default).
//
// Built on @fortedigital/nextjs-cache-handler's redis-strings handler: entries live under REDIS_KEY_PREFIX (default
// "plenary:web:") plus the build id, so two deployments never serve each other's pages, and each expires with its
// page (EXPIREAT). If Redis is unreachable the handler refuses at once instead of waiting: every read is a miss,
// pages are rendered as if uncached, writes are dropped, and one line is logged until Redis is back.
import { CacheHandler } from "@fortedigital/nextjs-cache-handler";
import createRedisHandler from "@fortedigital/nextjs-cache-handler/redis-strings";
import { createClient } from "@redis/client";

/** Cache operations give up after this long, so a slow Redis costs a render, never a hung request. */
const TIMEOUT_MS = 1000;

CacheHandler.onCreation(({ buildId }) => {
  const prefix = `${process.env.REDIS_KEY_PREFIX || "plenary:web:"}${buildId ?? "dev"}:`;
  let down = false;
  const client = createClient({
    url: process.env.REDIS_URL,
    // Never queue commands while disconnected: the handler checks readiness and falls back to rendering.
    disableOfflineQueue: true,
    socket: {
      connectTimeout: TIMEOUT_MS,
      reconnectStrategy: (retries) => Math.min(100 * 2 ** retries, 5000),
    },
  });
  client.on("error", (error) => {
    if (down) return;
    down = true;
    console.error(
      `Shared page cache: Redis unreachable (${error.message}); rendering pages uncached until it is back.`,
    );
  });
  client.on("ready", () => {
    if (down) console.info("Shared page cache: Redis is back.");
    down = false;
  });
  // Not awaited: the site starts, and serves, without Redis; the handler reports "not ready" until it connects.
  client.connect().catch(() => {});
  return {
    handlers: [createRedisHandler({ client, keyPrefix: prefix, timeoutMs: TIMEOUT_MS })],
  };
});

/**
 * Next learns how long a cached page stays fresh when it writes it; another instance reading the entry from Redis
 * would otherwise take it as stale after one second and re-render it in the background on every request. So the
 * entry's own lifetime, which the library keeps, is handed back to Next with it.
 */
class SharedCacheHandler extends CacheHandler {
  async get(key, ctx) {
    const entry = await super.get(key, ctx);
    if (!entry?.lifespan?.revalidate || entry.cacheControl) return entry;
    return {
      ...entry,
      cacheControl: { revalidate: entry.lifespan.revalidate, expire: entry.lifespan.expireAge },
    };
  }
}

export default SharedCacheHandler;
