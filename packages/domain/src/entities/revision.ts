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

/**
 * What a write did to a record when that is more than an edit of its fields: the audit log and the history name it
 * ("Published", "Moved to the trash", …). Absent on plain creates and edits.
 */
export const RecordAction = z.enum([
  "published",
  "unpublished",
  "trashed",
  "restored_from_trash",
  "purged",
  "merged",
  "merged_into",
  "merge_undone",
  "version_restored",
  "removed",
  "review_requested",
  "review_approved",
  "review_returned",
  "review_withdrawn",
  "publication_scheduled",
  "schedule_cancelled",
  "scheduled_publication_failed",
]);
export type RecordAction = z.infer<typeof RecordAction>;

/** How the admin names each action, after the past tense of the audit log ("Published", "Moved to the trash"). */
export const RECORD_ACTION_LABELS: Record<RecordAction, string> = {
  published: "Published",
  unpublished: "Unpublished",
  trashed: "Moved to the trash",
  restored_from_trash: "Restored from the trash",
  purged: "Deleted for good",
  merged: "Merged into another record",
  merged_into: "Took over a merged record",
  merge_undone: "Merge undone",
  version_restored: "Restored an earlier version",
  removed: "Removed",
  review_requested: "Asked for review",
  review_approved: "Approved for publication",
  review_returned: "Returned for changes",
  review_withdrawn: "Withdrew the review request",
  publication_scheduled: "Scheduled for publication",
  schedule_cancelled: "Cancelled the scheduled publication",
  scheduled_publication_failed: "Scheduled publication failed",
};

/**
 * The actions that move a record through publication, the trash or the editorial workflow without changing what it
 * says: an approval survives them (see rules/editorial-review.ts); any other write after it is an edit.
 */
export const NON_EDIT_ACTIONS: readonly RecordAction[] = [
  "review_requested",
  "review_approved",
  "review_returned",
  "review_withdrawn",
  "publication_scheduled",
  "schedule_cancelled",
  "scheduled_publication_failed",
  "published",
  "unpublished",
  "trashed",
  "restored_from_trash",
];

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
  /** A RecordAction, or for users what was done to the account ("role_changed", …). */
  action: z.string().max(64).nullable().optional(),
};

export const Revision = z.object({ id: Id, ...fields });
export type Revision = z.infer<typeof Revision>;

export const CreateRevisionInput = z.object(fields);
export type CreateRevisionInput = z.infer<typeof CreateRevisionInput>;
