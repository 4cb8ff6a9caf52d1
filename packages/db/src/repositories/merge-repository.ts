import { MergeableKind } from "@plenary/domain";
import type { Db } from "../client";
import type { Prisma } from "../generated/prisma/client";
import type { EntityType } from "../generated/prisma/enums";
import { RecordNotFoundError, RuleViolationError } from "./errors";
import { meetingRefColumns } from "./meeting-ref-columns";
import { updateVersioned, type Tx, type WriteOptions } from "./versioned-write";

export const MERGEABLE = MergeableKind.options;
export type MergeableType = MergeableKind;

type LinkTable =
  | "participation"
  | "occupancy"
  | "speech"
  | "orgMembership"
  | "post"
  | "chairmanship"
  | "meeting"
  | "organization"
  | "meetingSeries"
  | "document";

/**
 * The columns of a meeting record that refer to a record of `kind`, from the domain's one list of a meeting's
 * reference fields.
 */
function meetingLinks(kind: MergeableType): [LinkTable, string][] {
  return meetingRefColumns(kind).map(({ field, model, column, listRelation }) => {
    // A list of ids lives in a join table, which relink does not know: a mergeable kind there needs code here.
    if (listRelation)
      throw new Error(`Merging cannot move the list ${field.part}.${field.field.join(".")} yet.`);
    return [model, column];
  });
}

/**
 * Every column that refers to a record of each mergeable type: the links a merge moves to the survivor. A meeting's
 * references come from the domain's list; the others are links between the records themselves.
 */
const LINKS: Record<MergeableType, [LinkTable, string][]> = {
  person: [...meetingLinks("person"), ["occupancy", "personId"]],
  post: [["occupancy", "postId"], ...meetingLinks("post")],
  country: [["orgMembership", "countryId"], ["post", "countryId"], ...meetingLinks("country")],
  organization: [
    ["organization", "parentId"],
    ["orgMembership", "organizationId"],
    ["post", "organizationId"],
    ["meetingSeries", "organizationId"],
    ...meetingLinks("organization"),
  ],
};

/** What a merge did, kept in the merged record's revision so that it can be undone exactly. */
export interface MergeRecord {
  into: string;
  /** "table.column" → ids of the rows moved from the merged record to the survivor. */
  moved: Record<string, string[]>;
  /** Slugs that pointed at the merged record (its own and its old ones) and now redirect to the survivor. */
  redirects: { slug: string; previousEntityId: string | null }[];
  /** Names of the merged record added to the survivor's other names. */
  addedOtherNames: unknown[];
  undone?: boolean;
}

interface Delegate {
  findUnique(args: object): Promise<Record<string, unknown> | null>;
  findMany(args: object): Promise<{ id: string }[]>;
  updateMany(args: object): Promise<{ count: number }>;
}

const table = (tx: Tx, name: LinkTable | MergeableType) => tx[name] as unknown as Delegate;

/** The versioned kind of each link table; participations and speeches are parts of their meeting's record. */
const VERSIONED: Partial<Record<LinkTable, EntityType>> = {
  occupancy: "occupancy",
  orgMembership: "org_membership",
  post: "post",
  chairmanship: "chairmanship",
  meeting: "meeting",
  organization: "organization",
  meetingSeries: "meeting_series",
  document: "document",
};

/**
 * Points the given rows' `column` from one record to another as versioned writes: each linked record (or, for
 * participations and speeches, the meeting they belong to) gets a new version and a revision, so the merge shows
 * in their history and the public pages they appear on are refreshed.
 */
async function relink(
  tx: Tx,
  name: LinkTable,
  column: string,
  ids: string[],
  from: string,
  to: string,
  options: WriteOptions,
): Promise<void> {
  const kind = VERSIONED[name];
  if (kind) {
    const rows = (await table(tx, name).findMany({
      where: { id: { in: ids }, [column]: from },
      select: { id: true, version: true },
    })) as { id: string; version: number }[];
    for (const row of rows)
      await updateVersioned(
        tx,
        kind,
        row.id,
        row.version,
        { [column]: to },
        { ...options, allowTrashed: true },
      );
    return;
  }
  const parts = (await table(tx, name).findMany({
    where: { id: { in: ids }, [column]: from },
    select: { id: true, meetingId: true },
  })) as { id: string; meetingId: string }[];
  const meetingIds = [...new Set(parts.map((part) => part.meetingId))];
  for (const meetingId of meetingIds) {
    const meeting = await tx.meeting.findUniqueOrThrow({
      where: { id: meetingId },
      select: { version: true },
    });
    const partIds = parts.filter((part) => part.meetingId === meetingId).map((part) => part.id);
    await updateVersioned(
      tx,
      "meeting",
      meetingId,
      meeting.version,
      {},
      {
        ...options,
        allowTrashed: true,
        alsoWrite: () =>
          table(tx, name).updateMany({ where: { id: { in: partIds } }, data: { [column]: to } }),
      },
    );
  }
}

function refuse(code: string, path: string[], message: string): never {
  throw new RuleViolationError([{ rule: "merge", code, severity: "error", path, message }]);
}

function englishName(row: Record<string, unknown>): string {
  const text = (row.nameI18n ?? row.labelI18n) as { en?: string } | undefined;
  return text?.en ?? String(row.slug);
}

/**
 * Merges two records that are the same person (post, country, organization): every link moves to the survivor,
 * the other goes to the trash and its slugs redirect to the survivor. The merged record's revision records exactly
 * what moved, so `undo` puts it all back.
 */
export class MergeRepository {
  constructor(private readonly db: Db) {}

  /** How many links would move: what the editor confirms before merging. */
  async preview(entityType: MergeableType, mergedId: string): Promise<Record<string, number>> {
    const counts: Record<string, number> = {};
    for (const [name, column] of LINKS[entityType]) {
      const rows = await (this.db[name] as unknown as Delegate).findMany({
        where: { [column]: mergedId },
        select: { id: true },
      });
      counts[`${name}.${column}`] = rows.length;
    }
    return counts;
  }

  async merge(
    entityType: MergeableType,
    survivor: { id: string; version: number },
    merged: { id: string; version: number },
    options: WriteOptions,
  ): Promise<{ survivorVersion: number; revisionId: string }> {
    if (survivor.id === merged.id)
      refuse("same_record", ["mergedId"], "Pick two different records to merge.");
    return this.db.$transaction(
      async (tx) => {
        const [keep, drop] = await Promise.all([
          table(tx, entityType).findUnique({ where: { id: survivor.id } }),
          table(tx, entityType).findUnique({ where: { id: merged.id } }),
        ]);
        if (!keep || keep.deletedAt) throw new RecordNotFoundError(entityType, survivor.id);
        if (!drop || drop.deletedAt) throw new RecordNotFoundError(entityType, merged.id);

        if (entityType === "person") {
          const both = await tx.participation.groupBy({
            by: ["meetingId"],
            where: { personId: { in: [survivor.id, merged.id] } },
            _count: { _all: true },
            having: { meetingId: { _count: { gt: 1 } } },
          });
          if (both.length) {
            const meetings = await tx.meeting.findMany({
              where: { id: { in: both.map((b) => b.meetingId) } },
              select: { slug: true },
            });
            refuse(
              "both_in_one_meeting",
              ["mergedId"],
              `Both people take part in ${meetings.map((m) => m.slug).join(", ")}; remove one participation there first.`,
            );
          }
        }

        const moved: Record<string, string[]> = {};
        for (const [name, column] of LINKS[entityType]) {
          const where = { [column]: merged.id, ...(name === entityType ? { NOT: { id: survivor.id } } : {}) };
          const rows = await table(tx, name).findMany({ where, select: { id: true } });
          if (!rows.length) continue;
          moved[`${name}.${column}`] = rows.map((r) => r.id);
          await relink(
            tx,
            name,
            column,
            rows.map((r) => r.id),
            merged.id,
            survivor.id,
            options,
          );
        }

        const slugs = [
          { slug: String(drop.slug), previousEntityId: null as string | null },
          ...(await tx.slugRedirect.findMany({ where: { entityType, entityId: merged.id } })).map((r) => ({
            slug: r.slug,
            previousEntityId: r.entityId,
          })),
        ];
        for (const { slug } of slugs) {
          await tx.slugRedirect.upsert({
            where: { entityType_slug: { entityType, slug } },
            create: { entityType, slug, entityId: survivor.id },
            update: { entityId: survivor.id },
          });
        }

        // The merged record's names stay findable on the survivor ("Sadyr Zhaparov" on Sadyr Japarov).
        const addedOtherNames: unknown[] = [];
        let survivorData: object = {};
        if (entityType === "person") {
          const current = (keep.otherNames as { name: string }[]) ?? [];
          const candidates = [
            englishName(drop),
            ...((drop.otherNames as { name: string }[]) ?? []).map((n) => n.name),
          ];
          for (const name of candidates) {
            if (
              name !== englishName(keep) &&
              !current.some((n) => n.name === name) &&
              !addedOtherNames.some((n) => (n as { name: string }).name === name)
            ) {
              addedOtherNames.push({ name, note: "merged record" });
            }
          }
          survivorData = { otherNames: [...current, ...addedOtherNames] as Prisma.InputJsonValue };
        } else if (entityType === "country" || entityType === "organization") {
          const current = (keep.otherNames as string[]) ?? [];
          for (const name of [englishName(drop), ...((drop.otherNames as string[]) ?? [])]) {
            if (name !== englishName(keep) && !current.includes(name) && !addedOtherNames.includes(name))
              addedOtherNames.push(name);
          }
          survivorData = { otherNames: [...current, ...(addedOtherNames as string[])] };
        }
        await updateVersioned(tx, entityType, survivor.id, survivor.version, survivorData, {
          ...options,
          action: "merged_into",
        });
        await updateVersioned(
          tx,
          entityType,
          merged.id,
          merged.version,
          { deletedAt: new Date() },
          { ...options, action: "merged" },
        );

        const record: MergeRecord = { into: survivor.id, moved, redirects: slugs, addedOtherNames };
        const revision = await tx.revision.findUniqueOrThrow({
          where: {
            entityType_entityId_version: { entityType, entityId: merged.id, version: merged.version + 1 },
          },
        });
        await tx.revision.update({
          where: { id: revision.id },
          data: {
            after: {
              ...(revision.after as Record<string, unknown>),
              merge: record,
            } as unknown as Prisma.InputJsonValue,
          },
        });
        return { survivorVersion: survivor.version + 1, revisionId: revision.id };
      },
      { timeout: 60_000, maxWait: 30_000 },
    );
  }

  /** Puts a merge back: the moved links return, the merged record leaves the trash, its slugs stop redirecting. */
  async undo(
    revisionId: string,
    options: WriteOptions,
  ): Promise<{ entityType: MergeableType; mergedId: string }> {
    return this.db.$transaction(
      async (tx) => {
        const revision = await tx.revision.findUnique({ where: { id: revisionId } });
        const after = revision?.after as
          ({ merge?: MergeRecord } & Record<string, unknown>) | null | undefined;
        const merge = after?.merge;
        if (!revision || !merge) refuse("not_a_merge", ["revisionId"], "This revision is not a merge.");
        if (merge.undone) refuse("already_undone", ["revisionId"], "This merge has already been undone.");
        const entityType = revision.entityType as MergeableType;
        const mergedId = revision.entityId;

        for (const [key, ids] of Object.entries(merge.moved)) {
          const [name, column] = key.split(".") as [LinkTable, string];
          await relink(tx, name, column, ids, merge.into, mergedId, options);
        }
        for (const { slug, previousEntityId } of merge.redirects) {
          if (previousEntityId) {
            await tx.slugRedirect.update({
              where: { entityType_slug: { entityType, slug } },
              data: { entityId: previousEntityId },
            });
          } else {
            await tx.slugRedirect.deleteMany({ where: { entityType, slug, entityId: merge.into } });
          }
        }
        const survivor = await table(tx, entityType).findUnique({ where: { id: merge.into } });
        if (survivor && merge.addedOtherNames.length) {
          const added = new Set(merge.addedOtherNames.map((n) => JSON.stringify(n)));
          const otherNames = ((survivor.otherNames as unknown[]) ?? []).filter(
            (n) => !added.has(JSON.stringify(n)),
          );
          await updateVersioned(
            tx,
            entityType,
            merge.into,
            survivor.version as number,
            { otherNames },
            options,
          );
        }
        const merged = await table(tx, entityType).findUnique({ where: { id: mergedId } });
        if (!merged) throw new RecordNotFoundError(entityType, mergedId);
        await updateVersioned(
          tx,
          entityType,
          mergedId,
          merged.version as number,
          { deletedAt: null },
          { ...options, action: "merge_undone", allowTrashed: true },
        );
        await tx.revision.update({
          where: { id: revision.id },
          data: {
            after: { ...after, merge: { ...merge, undone: true } } as unknown as Prisma.InputJsonValue,
          },
        });
        return { entityType, mergedId };
      },
      { timeout: 60_000, maxWait: 30_000 },
    );
  }
}
