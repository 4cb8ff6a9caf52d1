import { TrashableKind } from "@plenary/domain";
import type { Db } from "../client";
import type { Prisma } from "../generated/prisma/client";
import { publishedDocument, publishedMeeting } from "./visibility";
import { RecordNotFoundError, RuleViolationError, VersionConflictError } from "./errors";
import { meetingRefColumns } from "./meeting-ref-columns";
import { markPublicPagesStale } from "./stale-pages";
import { deleteVersioned, updateVersioned, type Tx, type WriteOptions } from "./versioned-write";

/** Records with a page of their own can go to the trash (the domain's registry of record kinds says which). */
export const TRASHABLE = TrashableKind.options;
export type TrashableType = TrashableKind;

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

  /**
   * The published meetings and documents that refer to this record, by name: what the editor is told before trashing
   * it. (Once trashed, those pages leave it out by the visibility rule — never a link to a missing page.)
   */
  async publishedReferences(
    entityType: TrashableType,
    id: string,
    limit = 20,
  ): Promise<{
    total: number;
    items: { entityType: "meeting" | "document"; slug: string; title: string }[];
  }> {
    const meetingWhere = meetingsReferring(entityType, id);
    const documentWhere = documentsReferring(entityType, id);
    const [meetings, meetingCount, documents, documentCount] = await Promise.all([
      meetingWhere
        ? this.db.meeting.findMany({
            where: { AND: [publishedMeeting, meetingWhere] },
            orderBy: { startDate: "desc" },
            take: limit,
            select: { slug: true, titleI18n: true },
          })
        : [],
      meetingWhere ? this.db.meeting.count({ where: { AND: [publishedMeeting, meetingWhere] } }) : 0,
      documentWhere
        ? this.db.document.findMany({
            where: { AND: [publishedDocument, documentWhere] },
            take: limit,
            select: { slug: true, titleI18n: true },
          })
        : [],
      documentWhere ? this.db.document.count({ where: { AND: [publishedDocument, documentWhere] } }) : 0,
    ]);
    const title = (row: { slug: string; titleI18n: unknown }) =>
      (row.titleI18n as { en?: string } | null)?.en ?? row.slug;
    return {
      total: meetingCount + documentCount,
      items: [
        ...meetings.map((m) => ({ entityType: "meeting" as const, slug: m.slug, title: title(m) })),
        ...documents.map((d) => ({ entityType: "document" as const, slug: d.slug, title: title(d) })),
      ].slice(0, limit),
    };
  }

  async moveToTrash(
    entityType: TrashableType,
    id: string,
    version: number,
    options: WriteOptions,
  ): Promise<void> {
    // A meeting's pending scheduled publication goes with it: restored later, it must not be published on the spot
    // because its time passed while it was in the trash.
    const cancelSchedule =
      entityType === "meeting" ? { publishAt: null, publishAtById: null, publishAtDocumentIds: [] } : {};
    await this.db.$transaction((tx) =>
      updateVersioned(
        tx,
        entityType,
        id,
        version,
        { deletedAt: new Date(), ...cancelSchedule },
        { ...options, action: "trashed" },
      ),
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
        { ...options, action: "restored_from_trash", allowTrashed: true },
      );
    });
  }

  /**
   * Removes a trashed record for good. The revision left behind keeps what it was, with the parts that go with it
   * (a document's texts, actions and relations; a topic's links), so the audit log still says who purged what; the
   * memberships of a country or organization go each with a revision of their own. A record other records still
   * refer to (a person with participations) is refused, and nothing is removed.
   */
  async purge(entityType: TrashableType, id: string, version: number, options: WriteOptions): Promise<void> {
    await this.db.$transaction(async (tx) => {
      const row = await table(tx, entityType).findUnique({ where: { id } });
      if (!row?.deletedAt) throw new RecordNotFoundError(`${entityType} in the trash`, id);
      if (row.version !== version) {
        throw new VersionConflictError(entityType, id, version, row.version, row);
      }
      const purged = { ...options, action: "purged" as const };
      if (entityType === "country" || entityType === "organization") {
        const memberships = await tx.orgMembership.findMany({
          where: entityType === "country" ? { countryId: id } : { organizationId: id },
        });
        for (const membership of memberships)
          await deleteVersioned(
            tx,
            "org_membership",
            membership,
            membership.version,
            (where) => tx.orgMembership.deleteMany({ where }),
            purged,
          );
      }
      const snapshot = { ...row, ...(await partsOf(tx, entityType, id)) };
      try {
        await deleteVersioned(
          tx,
          entityType,
          snapshot,
          version,
          (where) => (table(tx, entityType) as unknown as DeleteMany).deleteMany({ where }),
          purged,
        );
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
    });
  }
}

interface DeleteMany {
  deleteMany(args: { where: { id: string; version: number } }): Promise<{ count: number }>;
}

/** The rows that go with a record when it is purged (cascades), kept in its last revision. */
async function partsOf(tx: Tx, entityType: TrashableType, id: string): Promise<Record<string, unknown>> {
  if (entityType === "document") {
    const document = await tx.document.findUnique({
      where: { id },
      select: { texts: true, actions: true, relationsFrom: true, relationsTo: true, topics: true },
    });
    // The documents on the other end of a relation list it on their pages.
    for (const relation of [...(document?.relationsFrom ?? []), ...(document?.relationsTo ?? [])]) {
      const other = relation.fromId === id ? relation.toId : relation.fromId;
      await markPublicPagesStale(tx, "document", other);
    }
    return { ...document };
  }
  if (entityType === "topic") {
    const topic = await tx.topic.findUnique({ where: { id }, select: { meetings: true, documents: true } });
    return { ...topic };
  }
  return {};
}

/** Meetings that refer to a record of this kind (their pages show it). */
function meetingsReferring(entityType: TrashableType, id: string): Prisma.MeetingWhereInput | null {
  switch (entityType) {
    case "post":
      return { participations: { some: { occupancy: { postId: id } } } };
    case "document":
      return { documents: { some: { id } } };
    case "meeting":
      return null;
    default: {
      // The meeting's own fields and its participants' and speeches' (documents are asked about on their own):
      // from the domain's one list of a meeting's references.
      const via = meetingRefColumns(entityType).flatMap(
        ({ field, column, listRelation }): Prisma.MeetingWhereInput[] => {
          if (field.part === "meeting")
            return [listRelation ? { [listRelation]: { some: { [column]: id } } } : { [column]: id }];
          if (field.part === "participations" || field.part === "speeches")
            return [{ [field.part]: { some: { [column]: id } } }];
          return [];
        },
      );
      return via.length ? { OR: via } : null;
    }
  }
}

/** Documents that refer to a record of this kind. */
function documentsReferring(entityType: TrashableType, id: string): Prisma.DocumentWhereInput | null {
  if (entityType === "organization") return { adoptingBodyId: id };
  if (entityType === "topic") return { topics: { some: { topicId: id } } };
  if (entityType === "document")
    return { OR: [{ relationsFrom: { some: { toId: id } } }, { relationsTo: { some: { fromId: id } } }] };
  return null;
}
