// Transport inputs shared by routers; entity inputs come from @plenary/domain.
import { Id, Slug, Version } from "@plenary/domain";
import { z } from "zod";

export const SlugInput = z.object({ slug: z.string().min(1).max(200) });
export const IdInput = z.object({ id: Id });
/** Names the record and the version the action started from (optimistic concurrency). */
export const VersionedIdInput = z.object({ id: Id, version: Version });
export const PageInput = z
  .object({
    limit: z.int().min(1).max(200).default(50),
    offset: z.int().min(0).default(0),
  })
  .default({ limit: 50, offset: 0 });

// Re-exported so that a router's imports read as "inputs".
export { Slug };
