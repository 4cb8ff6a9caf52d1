import { uniqueSlug } from "@plenary/domain";
import type { EntityType } from "../generated/prisma/enums";
import type { Tx } from "./versioned-write";

type SlugTable = "country" | "organization" | "person" | "post" | "meeting" | "document" | "topic";

/** The first free slug from `base` for a record type, counting retired slugs that still redirect. */
export async function freeSlug(tx: Tx, entityType: SlugTable & EntityType, derived: string): Promise<string> {
  // A name in a script slugify cannot transliterate (Chinese, emoji) derives an empty slug: the kind's name then
  // stands in ("post", "post-2", …) rather than failing the save.
  const base = derived || entityType;
  const where = { slug: { startsWith: base } };
  const delegate = tx[entityType] as unknown as { findMany(args: object): Promise<{ slug: string }[]> };
  const [taken, redirects] = await Promise.all([
    delegate.findMany({ where, select: { slug: true } }),
    tx.slugRedirect.findMany({ where: { entityType, ...where }, select: { slug: true } }),
  ]);
  const used = new Set([...taken, ...redirects].map((row) => row.slug));
  // A base near the length limit is shortened before its suffix ("…-2020-11-10" → "…-2020-11-2"), so a candidate
  // need not start with the base: each one is looked up as it is, until one is free.
  for (;;) {
    const candidate = uniqueSlug(base, used);
    const [record, redirect] = await Promise.all([
      delegate.findMany({ where: { slug: candidate }, select: { slug: true } }),
      tx.slugRedirect.findMany({ where: { entityType, slug: candidate }, select: { slug: true } }),
    ]);
    if (record.length === 0 && redirect.length === 0) return candidate;
    used.add(candidate);
  }
}

/** Keeps an old slug working after a rename: pages redirect from it to the record's current slug. */
export async function keepOldSlug(
  tx: Tx,
  entityType: SlugTable & EntityType,
  oldSlug: string,
  entityId: string,
): Promise<void> {
  await tx.slugRedirect.upsert({
    where: { entityType_slug: { entityType, slug: oldSlug } },
    create: { entityType, slug: oldSlug, entityId },
    update: { entityId },
  });
}
