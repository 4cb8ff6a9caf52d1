import type { Db } from "../client";
import { Prisma } from "../generated/prisma/client";
import { RecordNotFoundError, RuleViolationError, VersionConflictError } from "./errors";
import { loadMeetingRecord } from "./meeting-record-writer";
import { updateVersioned, type Tx, type WriteOptions } from "./versioned-write";

/** Records with a page of their own can go to the trash. */
export const TRASHABLE = [
  "meeting",
  "document",
  "person",
  "post",
  "country",
  "organization",
  "topic",
] as const;
export type TrashableType = (typeof TRASHABLE)[number];

export interface TrashEntry {
  entityType: TrashableType;
  id: string;
  slug: string;
  label: string;
  version: number;
  deletedAt: Date;
}

interface TrashDelegate {
  findMany(
    args: object,
  ): Promise<{ id: string; slug: string; version: number; deletedAt: Date | null; [key: string]: unknown }[]>;
  findUnique(args: {
    where: { id: string };
  }): Promise<{ id: string; version: number; deletedAt: Date | null; [key: string]: unknown } | null>;
  delete(args: { where: { id: string } }): Promise<unknown>;
}

function table(client: Db | Tx, entityType: TrashableType): TrashDelegate {
  return client[entityType] as unknown as TrashDelegate;
}

function labelOf(row: Record<string, unknown>): string {
  for (const key of ["titleI18n", "nameI18n", "labelI18n"]) {
    const text = row[key] as { en?: string } | undefined;
    if (text?.en) return text.en;
  }
  return String(row.slug ?? row.id);
}

/**
 * Deleting moves a record to the trash (it vanishes from every public read) and can be undone; purging removes it
 * for good and is for admins. Each move is a versioned write with its revision, like any edit.
 */
export class TrashRepository {
  constructor(private readonly db: Db) {}

  async list(entityType?: TrashableType): Promise<TrashEntry[]> {
    const types = entityType ? [entityType] : TRASHABLE;
    const lists = await Promise.all(
      types.map(async (type) =>
        (
          await table(this.db, type).findMany({
            where: { deletedAt: { not: null } },
            orderBy: { deletedAt: "desc" },
          })
        ).map((row) => ({
          entityType: type,
          id: row.id,
          slug: row.slug,
          label: labelOf(row),
          version: row.version,
          deletedAt: row.deletedAt!,
        })),
      ),
    );
    return lists.flat().sort((a, b) => b.deletedAt.getTime() - a.deletedAt.getTime());
  }

  async moveToTrash(
    entityType: TrashableType,
    id: string,
    version: number,
    options: WriteOptions,
  ): Promise<void> {
    await this.db.$transaction((tx) =>
      updateVersioned(tx, entityType, id, version, { deletedAt: new Date() }, options),
    );
  }

  async restore(
    entityType: TrashableType,
    id: string,
    version: number,
    options: WriteOptions,
  ): Promise<void> {
    await this.db.$transaction(async (tx) => {
      const row = await table(tx, entityType).findUnique({ where: { id } });
      if (!row?.deletedAt) throw new RecordNotFoundError(`${entityType} in the trash`, id);
      await updateVersioned(
        tx,
        entityType,
        id,
        version,
        { deletedAt: null },
        { ...options, allowTrashed: true },
      );
    });
  }

  /**
   * Removes a trashed record for good. The revision left behind keeps what it was (after: null), so the audit log
   * still says who purged what. A record other records still refer to (a person with participations) is refused.
   */
  async purge(entityType: TrashableType, id: string, version: number, options: WriteOptions): Promise<void> {
    await this.db.$transaction(async (tx) => {
      const row = await table(tx, entityType).findUnique({ where: { id } });
      if (!row?.deletedAt) throw new RecordNotFoundError(`${entityType} in the trash`, id);
      if (row.version !== version) {
        throw new VersionConflictError(entityType, id, version, row.version, row);
      }
      const before = entityType === "meeting" ? await loadMeetingRecord(tx, id) : row;
      try {
        await table(tx, entityType).delete({ where: { id } });
      } catch (error) {
        if (
          (error as { code?: string }).code === "P2003" ||
          /foreign key|violates RESTRICT/i.test(String(error))
        ) {
          throw new RuleViolationError([
            {
              rule: "trash",
              code: "still_referenced",
              severity: "error",
              path: ["id"],
              message: `Other records still refer to this ${entityType}; merge it into another record or remove those links before purging.`,
            },
          ]);
        }
        throw error;
      }
      await tx.revision.create({
        data: {
          entityType,
          entityId: id,
          version: row.version + 1,
          authorId: options.authorId,
          before: JSON.parse(JSON.stringify(before)) as Prisma.InputJsonValue,
          after: Prisma.DbNull,
        },
      });
    });
  }
}
