import { diffRecords, withHandoverEnds, type EditableMeeting, type FieldChange } from "@plenary/domain";
import type { Db } from "../client";
import { Prisma } from "../generated/prisma/client";
import type { EntityType } from "../generated/prisma/enums";
import { RecordNotFoundError, RuleViolationError } from "./errors";
import { saveMeetingRecord } from "./meeting-record-writer";
import { updateVersioned, type WriteOptions } from "./versioned-write";

export interface RevisionEntry {
  id: string;
  entityType: EntityType;
  entityId: string;
  version: number;
  at: Date;
  author: { id: string; name: string; email: string } | null;
  /** How many fields this write changed. */
  changeCount: number;
  /** A name for the record at that version, for lists such as the audit log. */
  label: string;
  /** Set when this write merged the record into another: the history offers to undo it. */
  merge: { into: string; undone: boolean } | null;
  /** What the write did when its before/after alone do not say it (user revisions: "role_changed", …). */
  action: string | null;
  /** Who made the write when no signed-in user did ("cli" for pnpm admin:create-user). */
  via: string | null;
  /** For user revisions, what changed in words ("role: editor → admin"); the snapshots are a few safe fields. */
  detail: string | null;
}

export interface AuditFilter {
  authorId?: string;
  entityType?: EntityType;
  from?: Date;
  to?: Date;
  limit?: number;
  offset?: number;
}

/** Columns never copied back by a restore: identity, bookkeeping, and what publishing and the trash own. */
const NOT_RESTORED = new Set(["id", "version", "createdAt", "updatedAt", "deletedAt", "status"]);
/** Nullable JSON columns: SQL NULL must be written as DbNull (a plain null would store the JSON value null). */
export const NULLABLE_JSON = new Set([
  "officialNameI18n",
  "abbreviationI18n",
  "summaryI18n",
  "venueCity",
  "noteI18n",
  "themeI18n",
  "textI18n",
]);

const authorSelect = { select: { id: true, name: true, email: true } } as const;

function labelOf(snapshot: unknown): string {
  if (!snapshot || typeof snapshot !== "object") return "";
  const s = snapshot as Record<string, unknown>;
  for (const key of ["titleI18n", "nameI18n", "labelI18n"]) {
    const text = s[key] as { en?: string } | undefined;
    if (text?.en) return text.en;
  }
  // A user (the audit of user management): their name and email.
  if (typeof s.email === "string") return typeof s.name === "string" ? `${s.name} <${s.email}>` : s.email;
  return typeof s.slug === "string" ? s.slug : "";
}

/**
 * Posts held, memberships and presidencies have no name of their own: the audit log names them by the records they
 * join ("Vladimir Putin — President of Russia", "Tajikistan in Shanghai Cooperation Organisation").
 */
const TERM_ENDS: Partial<Record<EntityType, [string, string, string]>> = {
  occupancy: ["personId", "postId", " — "],
  org_membership: ["countryId", "organizationId", " in "],
  chairmanship: ["countryId", "organizationId", " chairs "],
};

function termLabel(entityType: EntityType, snapshot: unknown, names: ReadonlyMap<string, string>): string {
  const ends = TERM_ENDS[entityType];
  if (!ends || !snapshot || typeof snapshot !== "object") return "";
  const s = snapshot as Record<string, unknown>;
  const [a, b] = [s[ends[0]], s[ends[1]]].map((id) =>
    typeof id === "string" ? (names.get(id) ?? "?") : "?",
  );
  const since = typeof s.startDate === "string" ? ` (from ${s.startDate})` : "";
  return `${a}${ends[2]}${b}${since}`;
}

/** The names of the people, posts, countries and organizations the term revisions among `rows` join. */
async function termNames(db: Db, rows: RevisionRow[]): Promise<Map<string, string>> {
  const ids = {
    person: new Set<string>(),
    post: new Set<string>(),
    country: new Set<string>(),
    organization: new Set<string>(),
  };
  for (const row of rows) {
    const s = (row.after ?? row.before) as Record<string, unknown> | null;
    if (!s || !TERM_ENDS[row.entityType]) continue;
    for (const [key, set] of [
      ["personId", ids.person],
      ["postId", ids.post],
      ["countryId", ids.country],
      ["organizationId", ids.organization],
    ] as const)
      if (typeof s[key] === "string") set.add(s[key]);
  }
  const where = (set: Set<string>) => ({ where: { id: { in: [...set] } } });
  const [people, posts, countries, organizations] = await Promise.all([
    ids.person.size ? db.person.findMany({ ...where(ids.person), select: { id: true, nameI18n: true } }) : [],
    ids.post.size ? db.post.findMany({ ...where(ids.post), select: { id: true, labelI18n: true } }) : [],
    ids.country.size
      ? db.country.findMany({ ...where(ids.country), select: { id: true, nameI18n: true } })
      : [],
    ids.organization.size
      ? db.organization.findMany({ ...where(ids.organization), select: { id: true, nameI18n: true } })
      : [],
  ]);
  const names = new Map<string, string>();
  for (const r of [...people, ...countries, ...organizations]) names.set(r.id, labelOf(r));
  for (const r of posts) names.set(r.id, labelOf(r));
  return names;
}

function shown(value: unknown): string {
  if (value === undefined || value === null) return "—";
  if (typeof value === "boolean") return value ? "yes" : "no";
  return typeof value === "string" ? value : JSON.stringify(value);
}

/** A user revision's changes in words; other records' snapshots are whole records, too long for one line. */
function detailOf(entityType: EntityType, before: unknown, after: unknown): string | null {
  if (entityType !== "user") return null;
  return diffRecords(before, after)
    .map(
      (change) =>
        `${change.path.join(".")}: ${before ? `${shown(change.before)} → ` : ""}${shown(change.after)}`,
    )
    .join("; ");
}

function mergeOf(after: unknown): RevisionEntry["merge"] {
  const merge = (after as { merge?: { into?: unknown; undone?: unknown } } | null)?.merge;
  return merge && typeof merge.into === "string" ? { into: merge.into, undone: merge.undone === true } : null;
}

type RevisionRow = Prisma.RevisionGetPayload<{ include: { author: typeof authorSelect } }>;

function toEntry(row: RevisionRow, names: ReadonlyMap<string, string> = new Map()): RevisionEntry {
  const snapshot = row.after ?? row.before;
  return {
    id: row.id,
    entityType: row.entityType,
    entityId: row.entityId,
    version: row.version,
    at: row.at,
    author: row.author,
    changeCount: diffRecords(row.before, row.after).length,
    label: labelOf(snapshot) || termLabel(row.entityType, snapshot, names),
    merge: mergeOf(row.after),
    action: row.action,
    via: row.via,
    detail: detailOf(row.entityType, row.before, row.after),
  };
}

/** A meeting revision written by the meeting editor holds the whole record (participants and all). */
function isMeetingRecord(snapshot: unknown): snapshot is EditableMeeting & { id: string } {
  return (
    !!snapshot &&
    typeof snapshot === "object" &&
    Array.isArray((snapshot as { participations?: unknown }).participations)
  );
}

/**
 * History and audit log: every write stored a revision (who, when, the record before and after). Diffs compare any
 * two; a restore writes an old state back as a new revision, from the version the editor is looking at.
 */
export class RevisionRepository {
  constructor(private readonly db: Db) {}

  /** A record's history, newest first. */
  async list(entityType: EntityType, entityId: string): Promise<RevisionEntry[]> {
    const rows = await this.db.revision.findMany({
      where: { entityType, entityId },
      orderBy: { version: "desc" },
      include: { author: authorSelect },
    });
    const names = await termNames(this.db, rows);
    return rows.map((row) => toEntry(row, names));
  }

  /** The audit log: every write, newest first, filtered by who, what kind of record and when. */
  async audit({
    authorId,
    entityType,
    from,
    to,
    limit = 50,
    offset = 0,
  }: AuditFilter): Promise<{ items: RevisionEntry[]; total: number }> {
    const where: Prisma.RevisionWhereInput = {
      ...(authorId ? { authorId } : {}),
      ...(entityType ? { entityType } : {}),
      ...(from || to ? { at: { ...(from ? { gte: from } : {}), ...(to ? { lt: to } : {}) } } : {}),
    };
    const [rows, total] = await Promise.all([
      this.db.revision.findMany({
        where,
        orderBy: [{ at: "desc" }, { id: "desc" }],
        take: limit,
        skip: offset,
        include: { author: authorSelect },
      }),
      this.db.revision.count({ where }),
    ]);
    const names = await termNames(this.db, rows);
    return { items: rows.map((row) => toEntry(row, names)), total };
  }

  private async byId(id: string) {
    const row = await this.db.revision.findUnique({ where: { id }, include: { author: authorSelect } });
    if (!row) throw new RecordNotFoundError("revision", id);
    return row;
  }

  /**
   * The fields that differ between the record as two revisions left it (`from` older, `to` newer). With only `to`,
   * what that one write changed.
   */
  async diff(
    toId: string,
    fromId?: string,
  ): Promise<{ from: RevisionEntry | null; to: RevisionEntry; changes: FieldChange[] }> {
    const to = await this.byId(toId);
    if (!fromId) return { from: null, to: toEntry(to), changes: diffRecords(to.before, to.after) };
    const from = await this.byId(fromId);
    if (from.entityType !== to.entityType || from.entityId !== to.entityId) {
      throw new RuleViolationError([
        {
          rule: "revision",
          code: "different_records",
          severity: "error",
          path: ["fromId"],
          message: "Both revisions must belong to the same record.",
        },
      ]);
    }
    return { from: toEntry(from), to: toEntry(to), changes: diffRecords(from.after, to.after) };
  }

  /**
   * Writes the record back as it was after `revisionId`, as a new revision. `version` is the record's version the
   * editor is looking at: a restore over someone else's newer change is a conflict like any stale save.
   */
  async restore(
    revisionId: string,
    version: number,
    options: WriteOptions,
  ): Promise<{ entityType: EntityType; entityId: string; version: number }> {
    const revision = await this.byId(revisionId);
    const snapshot = revision.after as Record<string, unknown> | null;
    if (!snapshot) {
      throw new RuleViolationError([
        {
          rule: "revision",
          code: "nothing_to_restore",
          severity: "error",
          path: ["revisionId"],
          message: "This revision removed the record; there is nothing to restore from it.",
        },
      ]);
    }
    const { entityType, entityId } = revision;
    if (entityType === "user") {
      throw new RuleViolationError([
        {
          rule: "revision",
          code: "user_not_restorable",
          severity: "error",
          path: ["revisionId"],
          message: "Accounts are changed on the users page, not restored from the audit log.",
        },
      ]);
    }
    return this.db.$transaction(
      async (tx) => {
        if (entityType === "meeting" && isMeetingRecord(snapshot)) {
          // Documents keep their own versions; the restore writes over whatever they are now.
          const documents = snapshot.documents.map((d) => ({ ...d, version: undefined }));
          // Revisions written before a term had a link per end say which end only through the dates.
          const { record } = await saveMeetingRecord(
            tx,
            { ...withHandoverEnds(snapshot), documents, id: entityId, version },
            { ...options, action: "version_restored", allowTrashed: true },
          );
          return { entityType, entityId, version: record.version };
        }
        const data: Record<string, unknown> = {};
        for (const [key, value] of Object.entries(snapshot)) {
          if (NOT_RESTORED.has(key)) continue;
          data[key] = value === null && NULLABLE_JSON.has(key) ? Prisma.DbNull : value;
        }
        await updateVersioned(tx, entityType, entityId, version, data, {
          ...options,
          action: "version_restored",
          allowTrashed: true,
        });
        return { entityType, entityId, version: version + 1 };
      },
      { timeout: 60_000, maxWait: 30_000 },
    );
  }
}
