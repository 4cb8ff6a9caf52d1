import "server-only";
import { revalidateTag } from "next/cache";
import { workAsyncStorage } from "next/dist/server/app-render/work-async-storage.external";

/**
 * Expires the tags at once, and returns only when the page cache has stored that (in Redis when the instances share
 * one): from then on no instance serves a page cached under them.
 *
 * `revalidateTag` alone is not enough here. In a route handler Next applies it after the handler returns, and a
 * self-hosted server sends the answer meanwhile (it hands the work to `waitUntil`): the admin was told "revalidated"
 * while the expiry was still on its way to Redis, and a reader asking another instance at that moment got the old
 * page. So the route also writes the expiry through this request's own cache, the same handler Next would use, and
 * awaits it. `revalidateTag` still runs, for Next's own book-keeping of the request.
 */
export async function expireTags(tags: string[]): Promise<void> {
  for (const tag of tags) revalidateTag(tag, { expire: 0 });
  const cache = workAsyncStorage.getStore()?.incrementalCache;
  if (!cache)
    throw new Error("expireTags must run inside a request: Next's page cache is not available here.");
  await cache.revalidateTag(tags, { expire: 0 });
}
