import type { RecordAction } from "@plenary/domain";
import { Prisma } from "../generated/prisma/client";
import type { EntityType } from "../generated/prisma/enums";
import { RecordNotFoundError, VersionConflictError } from "./errors";
import { loadMeetingRecord } from "./meeting-record-loader";
import {
  markPagesStale,
  markPublicPagesStale,
  markPublicPagesStaleSince,
  publicPageTags,
} from "./stale-pages";

export type Tx = Prisma.TransactionClient;

interface VersionedRow {
  id: string;
  version: number;
  deletedAt?: Date | null;
}

/** The three calls a versioned write needs; every Prisma model delegate has them. */
interface VersionedDelegate {
  findUnique(args: { where: { id: string } }): Promise<VersionedRow | null>;
  create(args: { data: object }): Promise<VersionedRow>;
  updateMany(args: { where: { id: string; version: number }; data: object }): Promise<{ count: number }>;
}

/** Entity type → the transaction's delegate for its table. Users are not edited as records (see UserRepository). */
function delegateFor(tx: Tx, entityType: EntityType): VersionedDelegate {
  if (entityType === "user")
    throw new Error("Users are changed through UserRepository, not as versioned records.");
  const delegates: Record<Exclude<EntityType, "user">, unknown> = {
    country: tx.country,
    organization: tx.organization,
    person: tx.person,
    post: tx.post,
    meeting: tx.meeting,
    document: tx.document,
    topic: tx.topic,
    meeting_series: tx.meetingSeries,
    org_membership: tx.orgMembership,
    occupancy: tx.occupancy,
    chairmanship: tx.chairmanship,
  };
  return delegates[entityType] as VersionedDelegate;
}

export interface WriteOptions {
  authorId: string | null;
  /**
   * What the write did when its before/after alone would read as a plain edit ("published", "trashed", …); the
   * audit log names it. See RecordAction in the domain.
   */
  action?: RecordAction;
  /** What the author said with the write (a review's comment), kept on the revision. */
  note?: string | null;
  /** Who made the write when no signed-in user did ("schedule" for a scheduled publication). */
  via?: string;
}

function asJson(value: unknown): Prisma.InputJsonValue {
  return JSON.parse(JSON.stringify(value)) as Prisma.InputJsonValue;
}

/** Creates a record at version 1 and stores its first revision. */
export async function createVersioned(
  tx: Tx,
  entityType: EntityType,
  data: object,
  { authorId, action, note, via }: WriteOptions,
): Promise<string> {
  const row = await delegateFor(tx, entityType).create({ data });
  await tx.revision.create({
    data: {
      entityType,
      entityId: row.id,
      version: row.version,
      authorId,
      action,
      note,
      via,
      after: asJson(row),
    },
  });
  await markPublicPagesStale(tx, entityType, row.id);
  return row.id;
}

/**
 * Updates a record only if it is still at the version the edit started from, bumps the version and stores a
 * revision with the record before and after. A stale version raises VersionConflictError and writes nothing:
 * the check and the write are one statement (`where id and version`), so two concurrent saves cannot both win.
 */
export async function updateVersioned(
  tx: Tx,
  entityType: EntityType,
  id: string,
  expectedVersion: number,
  data: object,
  {
    authorId,
    action,
    note,
    via,
    allowTrashed = false,
    alsoWrite,
    partsWrittenAfter = false,
  }: WriteOptions & {
    allowTrashed?: boolean;
    /** Writes to the record's parts (a meeting's participations), made between the before and after snapshots. */
    alsoWrite?: () => Promise<unknown>;
    /**
     * The caller writes the record's parts after this call (a meeting's save) and marks its pages stale once they
     * are written: only the pages it showed on before are stored here, the ones after would be read twice.
     */
    partsWrittenAfter?: boolean;
  },
): Promise<void> {
  const delegate = delegateFor(tx, entityType);
  const before = await delegate.findUnique({ where: { id } });
  if (!before || (before.deletedAt && !allowTrashed)) throw new RecordNotFoundError(entityType, id);
  // A meeting's revisions hold the whole record (participants, documents, speeches, …), whatever the write changed,
  // so that any of them can be restored exactly and consecutive ones diff to what really changed.
  const meetingBefore = entityType === "meeting" ? await loadMeetingRecord(tx, id) : null;
  // The pages the record shows on before the write: a link it removes (a participant, a topic, a new body) leaves
  // a page that still shows the record until it is refreshed.
  const pagesBefore = await publicPageTags(tx, entityType, id);
  await alsoWrite?.();
  const { count } = await delegate.updateMany({
    where: { id, version: expectedVersion },
    data: { ...data, version: { increment: 1 } },
  });
  if (count === 0) {
    const current = await delegate.findUnique({ where: { id } });
    throw new VersionConflictError(
      entityType,
      id,
      expectedVersion,
      current?.version ?? before.version,
      current,
    );
  }
  const after = await delegate.findUnique({ where: { id } });
  await tx.revision.create({
    data: {
      entityType,
      entityId: id,
      version: after!.version,
      authorId,
      action,
      note,
      via,
      before: asJson(meetingBefore ?? before),
      after: asJson(entityType === "meeting" ? await loadMeetingRecord(tx, id) : after),
    },
  });
  if (partsWrittenAfter) await markPagesStale(tx, pagesBefore);
  else await markPublicPagesStaleSince(tx, entityType, id, pagesBefore);
}

/**
 * Deletes a record for good from the version the editor saw (purge, a post held removed): the version check and the
 * delete are one statement, so a concurrent edit makes it a conflict, never a silent delete of a newer version. The
 * revision left behind keeps what it was (after: null), so its history still says who removed what. The pages it
 * was on are marked stale before it goes, while its links can still be followed.
 */
export async function deleteVersioned(
  tx: Tx,
  entityType: EntityType,
  row: { id: string; version: number },
  expectedVersion: number,
  remove: (where: { id: string; version: number }) => Promise<{ count: number }>,
  { authorId, action }: WriteOptions,
): Promise<void> {
  const before = entityType === "meeting" ? await loadMeetingRecord(tx, row.id) : row;
  await markPublicPagesStale(tx, entityType, row.id);
  const { count } = await remove({ id: row.id, version: expectedVersion });
  if (count !== 1) throw new VersionConflictError(entityType, row.id, expectedVersion, row.version, row);
  await tx.revision.create({
    data: {
      entityType,
      entityId: row.id,
      version: row.version + 1,
      authorId,
      action,
      before: asJson(before),
      after: Prisma.DbNull,
    },
  });
}
