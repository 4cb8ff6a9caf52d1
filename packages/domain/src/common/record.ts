import { z } from "zod";
import { Id } from "./id";
import { Identifier } from "./identifier";
import { Slug } from "./slug";
import { Source } from "./source";

/**
 * The optimistic-concurrency token: +1 on every write; an update names the version it started from. Stored as a
 * 4-byte integer, so a larger one is refused here rather than by the database (a 500).
 */
export const Version = z
  .int({ error: "Version must be a whole number" })
  .min(1, { error: "Version starts at 1" })
  .max(2_147_483_647, { error: "Version is at most 2147483647" });

export const PublicationStatus = z.enum(["draft", "published", "archived"]);
export type PublicationStatus = z.infer<typeof PublicationStatus>;

/** Fields every stored record has. */
export const recordFields = {
  id: Id,
  createdAt: z.date(),
  updatedAt: z.date(),
  version: Version,
};

/** Records with a page of their own: Country, Organization, Person, Post, Meeting, Document, Topic. */
export const pageFields = {
  slug: Slug,
  sources: z.array(Source),
  identifiers: z.array(Identifier),
};

/** Meeting and Document: publishable and trashable. */
export const publishableFields = {
  status: PublicationStatus,
  deletedAt: z.date().nullable(),
};

/**
 * Maps an entity's editable fields to their create-input form: nullable fields may be left out (stored as null)
 * and lists may be left out (stored empty), so a create call names only what is known.
 */
type CreateShape<S extends z.ZodRawShape> = {
  [K in keyof S]: S[K] extends z.ZodNullable
    ? z.ZodOptional<S[K]>
    : S[K] extends z.ZodArray
      ? z.ZodDefault<S[K]>
      : S[K];
};

export function createShape<S extends z.ZodRawShape>(shape: S): CreateShape<S> {
  const result: Record<string, z.core.$ZodType> = {};
  for (const [key, schema] of Object.entries(shape)) {
    result[key] =
      schema instanceof z.ZodNullable
        ? schema.optional()
        : schema instanceof z.ZodArray
          ? schema.default([])
          : schema;
  }
  return result as CreateShape<S>;
}

/** Page fields on create: the slug is derived from the English title/name when absent (rule 8). */
export const createPageFields = {
  slug: Slug.optional(),
  sources: pageFields.sources.default([]),
  identifiers: pageFields.identifiers.default([]),
};

/** Every update names the record and the version the edit started from; all other fields are optional. */
export const updateFields = {
  id: Id,
  version: Version,
};
