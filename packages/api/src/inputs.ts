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

/**
 * An instant a client sends (a date filter, a scheduled time), within the years 1–9999 that JavaScript, ISO 8601
 * and PostgreSQL all write alike: year 0 or 10000 would pass a plain date and then fail in the database as a 500.
 */
export const InstantInput = z.coerce
  .date()
  .min(new Date("0001-01-01T00:00:00.000Z"), { message: "Give a date in the years 1 to 9999." })
  .max(new Date("9999-12-31T23:59:59.999Z"), { message: "Give a date in the years 1 to 9999." });

// Re-exported so that a router's imports read as "inputs".
export { Slug };
