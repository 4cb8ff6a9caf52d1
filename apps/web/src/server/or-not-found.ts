import "server-only";
import type { Locale } from "@plenary/domain";
import { TRPCError } from "@trpc/server";
import { notFound, permanentRedirect } from "next/navigation";
import { localizedPath, withQuery } from "~/i18n/navigation";
import { api } from "./api";

/** What a record page's address names: the public record, a renamed record's old slug, or nothing public. */
export type RecordLookup<T> =
  { kind: "found"; record: T } | { kind: "moved"; slug: string } | { kind: "missing" };

type RenamedType = "document" | "person" | "country" | "organization" | "topic";

/** Whether a public procedure failed because there is no such public record (or the slug cannot be one). */
function isMissing(error: unknown): boolean {
  return error instanceof TRPCError && (error.code === "NOT_FOUND" || error.code === "BAD_REQUEST");
}

/**
 * The record a public procedure returns, or this locale's 404 page. For pages without old addresses (an archive
 * year, the document registry); a record page looks its slug up with `findRecord`.
 */
export async function orNotFound<T>(promise: Promise<T>): Promise<T> {
  try {
    return await promise;
  } catch (error) {
    if (!isMissing(error)) throw error;
  }
  notFound();
}

/**
 * Looks up a record page's slug: the public record, else the current slug if it is a renamed record's old one.
 * Throws neither a redirect nor a 404, so that generateMetadata can share it (wrap it in React's `cache`) without
 * answering for the page: only the page may redirect (`recordOrRedirect`) — a redirect thrown from both sent the
 * `Location` header twice.
 */
export async function findRecord<T>(
  read: Promise<T>,
  entityType: RenamedType,
  slug: string,
): Promise<RecordLookup<T>> {
  try {
    return { kind: "found", record: await read };
  } catch (error) {
    if (!isMissing(error)) throw error;
  }
  const current = await api().publicPages.redirect({ entityType, slug });
  return current ? { kind: "moved", slug: current } : { kind: "missing" };
}

/**
 * What a record page shows: the record found; for a renamed record's old slug, a permanent redirect (308) to its
 * current address in the same language, with `query` (the parameters the page reads) kept; else the 404 page.
 * Call it from the page only, never from generateMetadata (see `findRecord`).
 */
export function recordOrRedirect<T>(
  lookup: RecordLookup<T>,
  { locale, section, query }: { locale: Locale; section: string; query?: Partial<Record<string, string>> },
): T {
  if (lookup.kind === "found") return lookup.record;
  if (lookup.kind === "missing") notFound();
  permanentRedirect(withQuery(localizedPath(`/${section}/${lookup.slug}`, locale), query));
}
