/* global process, console, Buffer */
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
import { createClient, RESP_TYPES } from "@redis/client";

/** Cache operations give up after this long, so a slow Redis costs a render, never a hung request. */
const TIMEOUT_MS = 1000;
/** The library's hash of every entry's tags (its default name), which revalidateTags below reads once per call. */
const SHARED_TAGS_KEY = "__sharedTags__";
const SHARED_TAGS_TTL_KEY = "__sharedTagsTtl__";
/** Next's implicit tags (a page's path), which the library records with a time instead of deleting entries. */
const IMPLICIT_TAG = "_N_T_";

/**
 * Entries read lately, parsed, looked up by the bytes Redis holds for them. Every request for a page an instance does
 * not hold reads its entry from Redis: decoding a page's few hundred kilobytes to a string and parsing them took
 * about 1.4 ms a request (most of a cached page's 3 ms), the same work each time for the same bytes. Redis is still
 * asked every time — a page changed or revalidated by another instance is read fresh — but bytes equal to ones
 * parsed before are not parsed again. PARSED_ENTRIES_MAX_BYTES bounds what is kept, counted as the stored bytes
 * (the bytes and their parsed entries take about three times as much memory: some 50 MB), the least recently used
 * dropped first.
 */
const PARSED_ENTRIES_MAX_BYTES = 16 * 1024 * 1024;

/**
 * A reader of stored entries that keeps the entries it parsed, up to `maxBytes` of stored bytes, the least recently
 * read dropped first. Bytes (a Buffer) equal to ones read before give a copy of that entry; a string is parsed.
 */
export function parsedEntries(maxBytes) {
  const byLength = new Map(); // stored length → [{ stored, entry }], least recently read first
  let bytes = 0;
  return function parse(stored) {
    if (!Buffer.isBuffer(stored)) return JSON.parse(String(stored));
    const sameLength = byLength.get(stored.length);
    const known = sameLength?.find((candidate) => candidate.stored.equals(stored));
    if (known) {
      byLength.delete(stored.length);
      byLength.set(stored.length, sameLength);
      return copyOf(known.entry);
    }
    const entry = JSON.parse(stored.toString("utf8"));
    if (stored.length > maxBytes / 4) return entry;
    byLength.delete(stored.length);
    byLength.set(stored.length, [...(sameLength ?? []), { stored, entry }]);
    bytes += stored.length;
    for (const [length, entries] of byLength) {
      if (bytes <= maxBytes) break;
      byLength.delete(length);
      bytes -= length * entries.length;
    }
    return copyOf(entry);
  };
}

/** The library turns the entry's base64 fields into Buffers in place: each reader gets its own entry and value. */
function copyOf(entry) {
  if (entry === null || typeof entry !== "object") return entry;
  return entry.value ? { ...entry, value: { ...entry.value } } : { ...entry };
}

/**
 * The client as the library uses it, except that GET (which reads only entries) answers bytes, so that an entry read
 * before is recognised by them before any decoding. Every other command answers as usual (the library compares the
 * cursors and fields of HSCAN with strings).
 */
function entriesAsBytes(client) {
  const typeMapping = { [RESP_TYPES.BLOB_STRING]: Buffer };
  const withGetAsBytes = (commands, signal) =>
    new Proxy(commands, {
      get(target, property) {
        if (property === "get") {
          // One set of options: options given one after the other (withTypeMapping, then withAbortSignal) are
          // inherited, and the reply decoder does not see inherited ones.
          const reader = client.withCommandOptions(
            signal ? { typeMapping, abortSignal: signal } : { typeMapping },
          );
          return (...args) => reader.get(...args);
        }
        if (property === "withAbortSignal") {
          return (next) => withGetAsBytes(target.withAbortSignal(next), next);
        }
        const value = Reflect.get(target, property);
        return typeof value === "function" ? value.bind(target) : value;
      },
    });
  return withGetAsBytes(client, undefined);
}

/** This process's Redis client and key prefix, once the handler is configured. */
let redis = null;

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
  redis = { client, prefix };
  return {
    handlers: [
      createRedisHandler({
        client: entriesAsBytes(client),
        keyPrefix: prefix,
        timeoutMs: TIMEOUT_MS,
        valueSerializer: { serialize: JSON.stringify, deserialize: parsedEntries(PARSED_ENTRIES_MAX_BYTES) },
      }),
    ],
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

  /**
   * Deletes every entry that carries any of the tags, reading the hash of entries' tags once for all of them. The
   * library reads that whole hash once per tag, and a change names every page that shows it (dozens of tags): at
   * archive scale that was dozens of full scans per save. It also ignores a failure (Redis down), which would leave
   * the old pages to be served once Redis is back; here a failure is thrown, so that /api/revalidate says so and
   * the admin delivers the refresh again later.
   */
  async revalidateTag(tag) {
    const tags = typeof tag === "string" ? [tag] : tag;
    const implicit = tags.filter((t) => t.startsWith(IMPLICIT_TAG));
    await super.revalidateTag(implicit); // also makes sure the handler, and so `redis`, is configured
    const named = new Set(tags.filter((t) => !t.startsWith(IMPLICIT_TAG)));
    if (named.size === 0) return;
    if (!redis?.client.isReady) throw new Error("The shared page cache (Redis) is unreachable.");
    const { client, prefix } = redis;
    const stale = [];
    let cursor = "0";
    do {
      const page = await client.hScan(prefix + SHARED_TAGS_KEY, cursor, { COUNT: 10_000 });
      for (const { field, value } of page.entries)
        if (JSON.parse(value).some((t) => named.has(t))) stale.push(field);
      cursor = String(page.cursor);
    } while (cursor !== "0");
    for (let start = 0; start < stale.length; start += 1000) {
      const keys = stale.slice(start, start + 1000);
      await Promise.all([
        client.unlink(keys.map((key) => prefix + key)),
        client.hDel(prefix + SHARED_TAGS_KEY, keys),
        client.hDel(prefix + SHARED_TAGS_TTL_KEY, keys),
      ]);
    }
  }
}

export default SharedCacheHandler;
