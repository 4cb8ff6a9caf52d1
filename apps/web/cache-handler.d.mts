// Types of what cache-handler.mjs exports besides the handler Next loads by path (its tests import them).

/** A stored entry, as JSON.parse gives it: the library's fields, and the cached value (a page's html, rscData …). */
export interface StoredEntry {
  [field: string]: unknown;
  value?: { [field: string]: unknown };
}

/** A reader of stored entries that parses the same bytes once (see cache-handler.mjs). */
export function parsedEntries(maxBytes: number): (stored: Buffer | string) => StoredEntry | null;

declare const SharedCacheHandler: unknown;
export default SharedCacheHandler;
