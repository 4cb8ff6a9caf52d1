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

/**
 * The kinds of record whose history an editor opens and the audit log filters by (the rest are parts of a meeting
 * record and live in its revisions), in the order the admin lists them.
 */
export const HistoryEntityType = RevisionEntityType.extract([
  "meeting",
  "document",
  "person",
  "post",
  "country",
  "organization",
  "topic",
  "meeting_series",
  "org_membership",
  "occupancy",
  "chairmanship",
  "user",
]);
export type HistoryEntityType = z.infer<typeof HistoryEntityType>;

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
