// Which cached public pages a write made stale, recorded in the write's own transaction. Every versioned write
// (versioned-write.ts) calls markPublicPagesStale, so no edit of any record can forget to refresh the site, and the
// request commits or rolls back with the change itself: a refresh is never lost, and a refused write asks for none.
// The API delivers the stored requests after the transaction commits (packages/api/src/revalidate.ts).
import { cacheTags, PageKind } from "@plenary/domain";
import type { EntityType } from "../generated/prisma/enums";
import type { Tx } from "./versioned-write";

/** What a meeting brings onto its page and what brings it onto theirs: people, posts, countries, bodies, topics. */
const MEETING_REFERENCE_KINDS = ["person", "post", "country", "organization", "topic"] as const;

type SlugTable = { findUnique(args: object): Promise<{ slug: string } | null> };

async function slugsOf(tx: Tx, entityType: EntityType, id: string): Promise<string[]> {
  if (!PageKind.safeParse(entityType).success) return [];
  const row = await (tx[entityType as "person"] as unknown as SlugTable).findUnique({
    where: { id },
    select: { slug: true },
  });
  // Old addresses redirect to the record's page, so their cached redirects are stale too.
  const redirects = await tx.slugRedirect.findMany({
    where: { entityType, entityId: id },
    select: { slug: true },
  });
  return [...(row ? [row.slug] : []), ...redirects.map((r) => r.slug)];
}

/**
 * The tags of every public page that shows this record: its own page, the lists, and the pages it appears on — the
 * database's half of the domain's cache-tag contract (`cacheTags`; the site tags its pages with the same names).
 */
export async function publicPageTags(tx: Tx, entityType: EntityType, id: string): Promise<string[]> {
  if (entityType === "user") return [];
  const tags = new Set<string>([...cacheTags.lists(entityType), cacheTags.everyPage]);
  const page = PageKind.safeParse(entityType);
  if (page.success)
    for (const slug of await slugsOf(tx, entityType, id)) tags.add(cacheTags.page(page.data, slug));
  if (entityType === "meeting") {
    MEETING_REFERENCE_KINDS.forEach((kind) => tags.add(cacheTags.list(kind)));
    tags.add(cacheTags.list("document"));
    const documents = await tx.document.findMany({ where: { meetingId: id }, select: { slug: true } });
    for (const d of documents) tags.add(cacheTags.page("document", d.slug));
  }
  if (entityType === "document") {
    const document = await tx.document.findUnique({ where: { id }, select: { meetingId: true } });
    if (document?.meetingId)
      for (const slug of await slugsOf(tx, "meeting", document.meetingId))
        tags.add(cacheTags.page("meeting", slug));
  }
  return [...tags];
}

/** Every cached public page, for bulk loads and removals that touch records of every kind at once. */
export async function markEveryPageStale(tx: Tx): Promise<void> {
  const tags = [...new Set([...PageKind.options.map(cacheTags.list), cacheTags.everyPage])];
  await tx.revalidationRequest.create({ data: { tags } });
}

/** The outbox row each open transaction writes into, so that a save touching many records stores one request. */
const requestOfTransaction = new WeakMap<Tx, { id: string; tags: Set<string> }>();

/** Stores, in the caller's transaction, the tags of the public pages this record appears on. */
export async function markPublicPagesStale(tx: Tx, entityType: EntityType, id: string): Promise<void> {
  const tags = await publicPageTags(tx, entityType, id);
  if (tags.length === 0) return;
  const open = requestOfTransaction.get(tx);
  if (!open) {
    const row = await tx.revalidationRequest.create({ data: { tags }, select: { id: true } });
    requestOfTransaction.set(tx, { id: row.id, tags: new Set(tags) });
    return;
  }
  const known = open.tags.size;
  tags.forEach((tag) => open.tags.add(tag));
  if (open.tags.size === known) return;
  await tx.revalidationRequest.update({ where: { id: open.id }, data: { tags: [...open.tags] } });
}
