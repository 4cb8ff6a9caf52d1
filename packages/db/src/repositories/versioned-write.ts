import type { Prisma } from "../generated/prisma/client";
import type { EntityType } from "../generated/prisma/enums";
import { RecordNotFoundError, VersionConflictError } from "./errors";
import { loadMeetingRecord } from "./meeting-record-loader";

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
}

function asJson(value: unknown): Prisma.InputJsonValue {
  return JSON.parse(JSON.stringify(value)) as Prisma.InputJsonValue;
}

/** Creates a record at version 1 and stores its first revision. */
export async function createVersioned(
  tx: Tx,
  entityType: EntityType,
  data: object,
  { authorId }: WriteOptions,
): Promise<string> {
  const row = await delegateFor(tx, entityType).create({ data });
  await tx.revision.create({
    data: { entityType, entityId: row.id, version: row.version, authorId, after: asJson(row) },
  });
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
  { authorId, allowTrashed = false }: WriteOptions & { allowTrashed?: boolean },
): Promise<void> {
  const delegate = delegateFor(tx, entityType);
  const before = await delegate.findUnique({ where: { id } });
  if (!before || (before.deletedAt && !allowTrashed)) throw new RecordNotFoundError(entityType, id);
  // A meeting's revisions hold the whole record (participants, documents, speeches, …), whatever the write changed,
  // so that any of them can be restored exactly and consecutive ones diff to what really changed.
  const meetingBefore = entityType === "meeting" ? await loadMeetingRecord(tx, id) : null;
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
      before: asJson(meetingBefore ?? before),
      after: asJson(entityType === "meeting" ? await loadMeetingRecord(tx, id) : after),
    },
  });
}
