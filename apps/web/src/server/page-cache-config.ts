/**
 * Where the site keeps its rendered pages (next.config.ts). With REDIS_URL, every web instance shares one cache
 * through Redis (cache-handler.mjs) and keeps no private copy in memory; without it, the instance keeps its own in
 * memory, up to PLENARY_PAGE_CACHE_MB, the least recently used pages dropped first. `handler` is the path of
 * cache-handler.mjs.
 */
export function pageCacheConfig(
  env: { REDIS_URL?: string; PLENARY_PAGE_CACHE_MB: number },
  handler: string,
): {
  cacheHandler?: string;
  cacheMaxMemorySize: number;
} {
  if (env.REDIS_URL) return { cacheHandler: handler, cacheMaxMemorySize: 0 };
  return { cacheMaxMemorySize: env.PLENARY_PAGE_CACHE_MB * 1024 * 1024 };
}
