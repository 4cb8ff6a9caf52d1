import { z } from "zod";
import { Id } from "../common/id";
import { Version } from "../common/record";

export const RevisionEntityType = z.enum([
  "country",
  "organization",
  "org_membership",
  "person",
  "post",
  "occupancy",
  "meeting_series",
  "meeting",
  "participation",
  "document",
  "document_relation",
  "document_text",
  "document_action",
  "outcome_tally",
  "chairmanship",
  "speech",
  "topic",
  "user",
]);
export type RevisionEntityType = z.infer<typeof RevisionEntityType>;

/** A JSON snapshot of a record; null before a create and after a hard delete. */
const Snapshot = z.record(z.string(), z.unknown()).nullable();

/**
 * Every write stores one: it is the history and the audit log. Revisions are never edited, so they have no
 * version or update input of their own; `version` is the version of the entity the write produced.
 */
const fields = {
  entityType: RevisionEntityType,
  entityId: Id,
  version: Version,
  /** Null for writes no user made (the seed). */
  authorId: Id.nullable(),
  at: z.date(),
  before: Snapshot,
  after: Snapshot,
};

export const Revision = z.object({ id: Id, ...fields });
export type Revision = z.infer<typeof Revision>;

export const CreateRevisionInput = z.object(fields);
export type CreateRevisionInput = z.infer<typeof CreateRevisionInput>;
