import {
  Country,
  MEETING_EXPORT_FORMAT,
  MeetingSeries,
  Occupancy,
  OrgMembership,
  Organization,
  Person,
  Post,
  Topic,
  diffRecords,
  mapMeetingRecordRefs,
  meetingRecordIds,
  type EditableMeeting,
  type FieldChange,
  type Identifier,
  type MeetingExport,
} from "@plenary/domain";
import type { Db } from "../client";
import { Prisma } from "../generated/prisma/client";
import { RecordNotFoundError, RuleViolationError } from "./errors";
import { loadMeetingRecord, saveMeetingRecord, type StoredMeetingRecord } from "./meeting-record-writer";
import { createVersioned, type Tx, type WriteOptions } from "./versioned-write";

export type ImportOutcome =
  | {
      status: "created" | "updated";
      meetingId: string;
      version: number;
      created: Record<string, number>;
      changes: FieldChange[];
    }
  | { status: "unchanged"; meetingId: string; version: number; created: Record<string, number>; changes: [] }
  /** The meeting exists and differs: nothing was written; confirm with `expectedVersion` to apply as a new revision. */
  | {
      status: "needs_confirmation";
      meetingId: string;
      version: number;
      created: Record<string, number>;
      changes: FieldChange[];
    };

/** Rolls an import's transaction back while carrying its outcome out (a preview writes nothing). */
class PreviewOnly extends Error {
  constructor(readonly outcome: ImportOutcome) {
    super("preview");
  }
}

const strip = <T extends { createdAt: Date; updatedAt: Date; version: number }>(row: T) => {
  const { createdAt: _c, updatedAt: _u, version: _v, ...rest } = row;
  void _c;
  void _u;
  void _v;
  return rest;
};

/** The first stored record found by these conditions, tried in order (the strongest match first). */
async function firstMatch<Where>(
  find: (where: Where) => Promise<{ id: string } | null>,
  wheres: Where[],
): Promise<{ id: string } | null> {
  for (const where of wheres) {
    const found = await find(where);
    if (found) return found;
  }
  return null;
}

/**
 * Conditions matching a stored record that shares one of these external identifiers (a Wikidata QID, an ISO code, a
 * UN document symbol): the same thing in another archive, whatever its id or slug there. "other" names no registry,
 * so it matches nothing.
 */
function sharedIdentifiers(identifiers: readonly Identifier[]) {
  return identifiers
    .filter((identifier) => identifier.scheme !== "other")
    .map((identifier) => ({
      identifiers: { array_contains: [{ scheme: identifier.scheme, value: identifier.value }] },
    }));
}

function json(value: unknown): Prisma.InputJsonValue {
  return JSON.parse(JSON.stringify(value)) as Prisma.InputJsonValue;
}

/** What the diff compares: the record without the store's bookkeeping, which an import never sets. */
function comparable(record: Partial<StoredMeetingRecord>): unknown {
  const { version: _v, status: _s, deletedAt: _d, ...rest } = record;
  void _v;
  void _s;
  void _d;
  return { ...rest, documents: (rest.documents ?? []).map(({ version: _dv, ...d }) => (void _dv, d)) };
}

/**
 * JSON export and import of a meeting with its linked records. Import validates everything and writes all or
 * nothing (one transaction); importing a meeting that already exists returns the differences and applies them, as a
 * new revision, only when confirmed from the version they were computed against.
 */
export class MeetingTransfer {
  constructor(private readonly db: Db) {}

  async export(meetingId: string): Promise<MeetingExport> {
    const record = await loadMeetingRecord(this.db, meetingId);
    if (record.deletedAt) throw new RecordNotFoundError("meeting", meetingId);
    const personIds = meetingRecordIds(record, "person");
    const occupancyIds = meetingRecordIds(record, "occupancy");
    const occupancies = await this.db.occupancy.findMany({ where: { id: { in: occupancyIds } } });
    const posts = await this.db.post.findMany({ where: { id: { in: occupancies.map((o) => o.postId) } } });
    const series = record.seriesId
      ? await this.db.meetingSeries.findMany({ where: { id: record.seriesId } })
      : [];

    const organizationIds = new Set<string>(
      [
        ...meetingRecordIds(record, "organization"),
        ...posts.map((p) => p.organizationId),
        ...series.map((s) => s.organizationId),
      ].filter((id): id is string => !!id),
    );
    // Parents too, so that the body's organization comes along (SCO for its Council of Heads of State).
    const organizations = new Map<string, Awaited<ReturnType<Db["organization"]["findMany"]>>[number]>();
    let frontier = [...organizationIds];
    while (frontier.length) {
      const rows = await this.db.organization.findMany({ where: { id: { in: frontier } } });
      rows.forEach((row) => organizations.set(row.id, row));
      frontier = rows.flatMap((row) =>
        row.parentId && !organizations.has(row.parentId) ? [row.parentId] : [],
      );
    }
    const memberships = await this.db.orgMembership.findMany({
      where: { organizationId: { in: [...organizations.keys()] } },
    });
    const countryIds = new Set<string>(
      [
        ...meetingRecordIds(record, "country"),
        ...posts.map((p) => p.countryId),
        ...memberships.map((m) => m.countryId),
      ].filter((id): id is string => !!id),
    );
    const topicIds = meetingRecordIds(record, "topic");
    const [countries, people, topics] = await Promise.all([
      this.db.country.findMany({ where: { id: { in: [...countryIds] } } }),
      this.db.person.findMany({ where: { id: { in: personIds } } }),
      this.db.topic.findMany({ where: { id: { in: topicIds } } }),
    ]);
    // Parents before children, so that an import can create them in order.
    const orderedOrganizations: typeof organizations extends Map<string, infer R> ? R[] : never = [];
    const placed = new Set<string>();
    const place = (id: string) => {
      const row = organizations.get(id);
      if (!row || placed.has(id)) return;
      if (row.parentId) place(row.parentId);
      placed.add(id);
      orderedOrganizations.push(row);
    };
    [...organizations.keys()].forEach(place);

    const { version: _v, status: _s, deletedAt: _d, ...meeting } = record;
    void _v;
    void _s;
    void _d;
    return {
      format: MEETING_EXPORT_FORMAT,
      exportedAt: new Date().toISOString(),
      meeting: { ...meeting, documents: meeting.documents.map(({ version: _dv, ...d }) => (void _dv, d)) },
      linked: {
        countries: countries.map((row) => strip(Country.parse(row))),
        organizations: orderedOrganizations.map((row) => strip(Organization.parse(row))),
        memberships: memberships.map((row) => strip(OrgMembership.parse(row))),
        people: people.map((row) => strip(Person.parse(row))),
        posts: posts.map((row) => strip(Post.parse(row))),
        occupancies: occupancies.map((row) => strip(Occupancy.parse(row))),
        series: series.map((row) => strip(MeetingSeries.parse(row))),
        topics: topics.map((row) => strip(Topic.parse(row))),
      },
    };
  }

  /**
   * Imports an export. Without `confirm`, an existing meeting that differs comes back as `needs_confirmation` with
   * the changes and nothing is written; with `confirm`, `expectedVersion` must still be the meeting's version.
   */
  async import(
    data: MeetingExport,
    { confirm, expectedVersion, ...options }: WriteOptions & { confirm: boolean; expectedVersion?: number },
  ): Promise<ImportOutcome> {
    try {
      return await this.db.$transaction((tx) => this.importIn(tx, data, confirm, expectedVersion, options), {
        timeout: 120_000,
        maxWait: 30_000,
      });
    } catch (error) {
      if (error instanceof PreviewOnly) return error.outcome;
      throw error;
    }
  }

  private async importIn(
    tx: Tx,
    data: MeetingExport,
    confirm: boolean,
    expectedVersion: number | undefined,
    options: WriteOptions,
  ): Promise<ImportOutcome> {
    const ids = new Map<string, string>();
    const created: Record<string, number> = {};
    const mapId = (id: string | null | undefined) => (id ? (ids.get(id) ?? id) : (id ?? null));
    const note = (kind: string) => (created[kind] = (created[kind] ?? 0) + 1);

    /** Finds the stored record by id, then by a shared external identifier, then by its natural key; creates it when there is none. */
    const upsert = async (
      kind: string,
      entityType: Parameters<typeof createVersioned>[1],
      row: { id: string },
      findExisting: () => Promise<{ id: string } | null>,
      toData: () => object,
    ) => {
      const existing = await findExisting();
      if (existing) {
        ids.set(row.id, existing.id);
        return;
      }
      const id = await createVersioned(tx, entityType, { ...toData(), id: row.id }, options);
      ids.set(row.id, id);
      note(kind);
    };
    const { linked } = data;
    for (const c of linked.countries) {
      await upsert(
        "countries",
        "country",
        c,
        async () =>
          firstMatch(
            (where: Prisma.CountryWhereInput) => tx.country.findFirst({ where, select: { id: true } }),
            [{ id: c.id }, ...sharedIdentifiers(c.identifiers), { iso2: c.iso2 }, { slug: c.slug }],
          ),
        () => ({
          ...c,
          id: undefined,
          nameI18n: json(c.nameI18n),
          officialNameI18n: c.officialNameI18n ? json(c.officialNameI18n) : Prisma.DbNull,
          sources: json(c.sources),
          identifiers: json(c.identifiers),
        }),
      );
    }
    for (const o of linked.organizations) {
      await upsert(
        "organizations",
        "organization",
        o,
        async () =>
          firstMatch(
            (where: Prisma.OrganizationWhereInput) =>
              tx.organization.findFirst({ where, select: { id: true } }),
            [{ id: o.id }, ...sharedIdentifiers(o.identifiers), { slug: o.slug }],
          ),
        () => ({
          ...o,
          id: undefined,
          parentId: mapId(o.parentId),
          nameI18n: json(o.nameI18n),
          abbreviationI18n: o.abbreviationI18n ? json(o.abbreviationI18n) : Prisma.DbNull,
          sources: json(o.sources),
          identifiers: json(o.identifiers),
        }),
      );
    }
    for (const m of linked.memberships) {
      const organizationId = mapId(m.organizationId)!;
      const countryId = mapId(m.countryId)!;
      await upsert(
        "memberships",
        "org_membership",
        m,
        async () =>
          tx.orgMembership.findFirst({
            where: {
              OR: [{ id: m.id }, { organizationId, countryId, status: m.status, startDate: m.startDate }],
            },
            select: { id: true },
          }),
        () => ({ ...m, id: undefined, organizationId, countryId }),
      );
    }
    for (const p of linked.people) {
      await upsert(
        "people",
        "person",
        p,
        async () =>
          firstMatch(
            (where: Prisma.PersonWhereInput) => tx.person.findFirst({ where, select: { id: true } }),
            [{ id: p.id }, ...sharedIdentifiers(p.identifiers), { slug: p.slug }],
          ),
        () => ({
          ...p,
          id: undefined,
          nameI18n: json(p.nameI18n),
          otherNames: json(p.otherNames),
          summaryI18n: p.summaryI18n ? json(p.summaryI18n) : Prisma.DbNull,
          sources: json(p.sources),
          identifiers: json(p.identifiers),
        }),
      );
    }
    for (const p of linked.posts) {
      await upsert(
        "posts",
        "post",
        p,
        async () =>
          firstMatch(
            (where: Prisma.PostWhereInput) => tx.post.findFirst({ where, select: { id: true } }),
            [{ id: p.id }, ...sharedIdentifiers(p.identifiers), { slug: p.slug }],
          ),
        () => ({
          ...p,
          id: undefined,
          organizationId: mapId(p.organizationId),
          countryId: mapId(p.countryId),
          labelI18n: json(p.labelI18n),
          sources: json(p.sources),
          identifiers: json(p.identifiers),
        }),
      );
    }
    for (const o of linked.occupancies) {
      const personId = mapId(o.personId)!;
      const postId = mapId(o.postId)!;
      await upsert(
        "occupancies",
        "occupancy",
        o,
        async () =>
          tx.occupancy.findFirst({
            where: { OR: [{ id: o.id }, { personId, postId, startDate: o.startDate }] },
            select: { id: true },
          }),
        () => ({ ...o, id: undefined, personId, postId }),
      );
    }
    for (const s of linked.series) {
      await upsert(
        "series",
        "meeting_series",
        s,
        async () => tx.meetingSeries.findFirst({ where: { id: s.id }, select: { id: true } }),
        () => ({
          ...s,
          id: undefined,
          organizationId: mapId(s.organizationId),
          nameI18n: json(s.nameI18n),
        }),
      );
    }
    for (const t of linked.topics) {
      await upsert(
        "topics",
        "topic",
        t,
        async () =>
          firstMatch(
            (where: Prisma.TopicWhereInput) => tx.topic.findFirst({ where, select: { id: true } }),
            [{ id: t.id }, ...sharedIdentifiers(t.identifiers), { slug: t.slug }],
          ),
        () => ({
          ...t,
          id: undefined,
          parentId: null,
          labelI18n: json(t.labelI18n),
          sources: json(t.sources),
          identifiers: json(t.identifiers),
        }),
      );
    }

    const m = data.meeting;
    // Every reference of the meeting, from the domain's one list of them, to this store's ids.
    const remapped: EditableMeeting = mapMeetingRecordRefs(m, (ref) => mapId(ref.id)!);

    const existing = await tx.meeting.findFirst({
      where: { OR: [...(m.id ? [{ id: m.id }] : []), { slug: m.slug }] },
      select: { id: true },
    });
    if (!existing) {
      // A new meeting here: child rows get this store's ids (the export's may be taken by other records), and
      // documents whose slug is taken here get one derived from their title.
      const takenSlugs = new Set(
        (
          await tx.document.findMany({
            where: { slug: { in: remapped.documents.flatMap((d) => (d.slug ? [d.slug] : [])) } },
            select: { slug: true },
          })
        ).map((d) => d.slug),
      );
      const fresh: EditableMeeting = {
        ...remapped,
        id: undefined,
        version: undefined,
        participations: remapped.participations.map((p) => ({ ...p, id: undefined })),
        documents: remapped.documents.map((d) => ({
          ...d,
          id: undefined,
          version: undefined,
          slug: d.slug && takenSlugs.has(d.slug) ? undefined : d.slug,
          actions: d.actions.map((a) => ({ ...a, id: undefined })),
        })),
        chairmanships: remapped.chairmanships.map((c) => ({ ...c, id: undefined })),
        speeches: remapped.speeches.map((s) => ({ ...s, id: undefined })),
      };
      const { record } = await saveMeetingRecord(tx, fresh, options);
      return { status: "created", meetingId: record.id, version: record.version, created, changes: [] };
    }

    const current = await loadMeetingRecord(tx, existing.id);
    const keep = <T extends { id?: string }>(rows: T[], stored: { id?: string }[]) => {
      const known = new Set(stored.map((s) => s.id));
      return rows.map((row) => (row.id && known.has(row.id) ? row : { ...row, id: undefined }));
    };
    const storedDocs = new Map(current.documents.map((d) => [d.id, d]));
    const incoming: EditableMeeting = {
      ...remapped,
      id: current.id,
      participations: keep(remapped.participations, current.participations),
      chairmanships: keep(remapped.chairmanships, current.chairmanships),
      speeches: keep(remapped.speeches, current.speeches),
      documents: remapped.documents.map((d) =>
        d.id && storedDocs.has(d.id)
          ? { ...d, version: storedDocs.get(d.id)!.version }
          : {
              ...d,
              id: undefined,
              version: undefined,
              actions: d.actions.map((a) => ({ ...a, id: undefined })),
            },
      ),
    };
    const changes = diffRecords(
      comparable(current),
      comparable({ ...incoming, slug: incoming.slug ?? current.slug } as StoredMeetingRecord),
    );
    if (changes.length === 0) {
      if (Object.keys(created).length === 0)
        throw new PreviewOnly({
          status: "unchanged",
          meetingId: current.id,
          version: current.version,
          created,
          changes: [],
        });
      return { status: "unchanged", meetingId: current.id, version: current.version, created, changes: [] };
    }
    if (!confirm)
      throw new PreviewOnly({
        status: "needs_confirmation",
        meetingId: current.id,
        version: current.version,
        created,
        changes,
      });
    if (expectedVersion === undefined) {
      throw new RuleViolationError([
        {
          rule: "import",
          code: "version_required",
          severity: "error",
          path: ["expectedVersion"],
          message: "Confirm the import from the version its differences were shown for.",
        },
      ]);
    }
    const { record } = await saveMeetingRecord(tx, { ...incoming, version: expectedVersion }, options);
    return { status: "updated", meetingId: record.id, version: record.version, created, changes };
  }
}
