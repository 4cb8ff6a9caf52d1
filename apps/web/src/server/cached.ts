import "server-only";
import { unstable_cache } from "next/cache";
import superjson from "superjson";

/** Cached pages refresh at least this often even if no one tells the site that something changed. */
const MAX_AGE_SECONDS = 3600;

/**
 * A public read kept in Next's data cache under tags, so that POST /api/revalidate can drop exactly what a publish
 * made stale. Tags follow the admin's names: "meetings", "meeting:<slug>", "documents", "person:<slug>", ….
 * Values pass through superjson, so dates stay dates. Errors (a 404) are not cached.
 */
export function cachedRead<Args extends string[], T>(
  name: string,
  tagsOf: (...args: Args) => string[],
  read: (...args: Args) => Promise<T>,
): (...args: Args) => Promise<T> {
  return async (...args: Args) => {
    const load = unstable_cache(async () => superjson.stringify(await read(...args)), [name, ...args], {
      tags: tagsOf(...args),
      revalidate: MAX_AGE_SECONDS,
    });
    return superjson.parse<T>(await load());
  };
}
