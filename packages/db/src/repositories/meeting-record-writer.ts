import {
  checkMeeting,
  checkRecordDuplicates,
  documentSlug,
  errorsOf,
  meetingRecordRefs,
  meetingSlug,
  termLinksAt,
  warningsOf,
  type EditableMeeting,
  type RuleIssue,
} from "@plenary/domain";
import type { Db } from "../client";
import { Prisma } from "../generated/prisma/client";
import { RecordNotFoundError, RuleViolationError } from "./errors";
import { linkedTo, notLinkedTo } from "./handover-terms";
import { freeSlug, keepOldSlug } from "./slugs";
import { createVersioned, updateVersioned, type Tx, type WriteOptions } from "./versioned-write";
import { loadMeetingRecord, participationFields, type StoredMeetingRecord } from "./meeting-record-loader";

export { loadMeetingRecord, type StoredMeetingRecord } from "./meeting-record-loader";

export interface RecordSaveResult {
  record: StoredMeetingRecord;
  warnings: RuleIssue[];
}

function json(value: unknown): Prisma.InputJsonValue {
  return JSON.parse(JSON.stringify(value)) as Prisma.InputJsonValue;
}

/** Stable comparison of two JSON-able values. */
function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(sortKeys(a)) === JSON.stringify(sortKeys(b));
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value && typeof value === "object" && !(value instanceof Date)) {
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>)
        .filter(([, v]) => v !== undefined)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([k, v]) => [k, sortKeys(v)]),
    );
  }
  return value;
}

function issue(path: (string | number)[], code: string, message: string): RuleIssue {
  return { rule: "record", code, severity: "error", path, message };
}

/**
 * Every id the record refers to must name a stored record; otherwise the save would fail half-way on a foreign
 * key. Reported per field, like every other rule.
 */
async function missingReferences(tx: Tx, record: EditableMeeting): Promise<RuleIssue[]> {
  const wanted = {
    person: new Map<string, (string | number)[][]>(),
    country: new Map<string, (string | number)[][]>(),
    organization: new Map<string, (string | number)[][]>(),
    occupancy: new Map<string, (string | number)[][]>(),
    topic: new Map<string, (string | number)[][]>(),
    series: new Map<string, (string | number)[][]>(),
  };
  for (const { kind, id, path } of meetingRecordRefs(record))
    wanted[kind].set(id, [...(wanted[kind].get(id) ?? []), path]);

  const ids = (kind: keyof typeof wanted) => ({
    where: { id: { in: [...wanted[kind].keys()] } },
    select: { id: true },
  });
  const found = await Promise.all([
    tx.person.findMany(ids("person")),
    tx.country.findMany(ids("country")),
    tx.organization.findMany(ids("organization")),
    tx.occupancy.findMany(ids("occupancy")),
    tx.topic.findMany(ids("topic")),
    tx.meetingSeries.findMany(ids("series")),
  ]);
  const kinds = ["person", "country", "organization", "occupancy", "topic", "series"] as const;
  const issues: RuleIssue[] = [];
  kinds.forEach((kind, k) => {
    const present = new Set(found[k]!.map((row) => row.id));
    for (const [id, paths] of wanted[kind]) {
      if (present.has(id)) continue;
      for (const path of paths)
        issues.push(issue(path, "missing_reference", `No ${kind} ${id} exists: pick one from the list.`));
    }
  });
  return issues;
}

const PENDING_MEETING_ID = "pendingmeeting";

/**
 * Saves a whole meeting — its fields, participants, documents package (with actions, texts and relations), tallies,
 * chairmanship handover, speeches, topics and sources — in one transaction, from the meeting version the edit
 * started from. Every domain rule runs over the record as it will be; errors block with field paths, warnings come
 * back with the result. The meeting's revision stores the whole record before and after, so history, diff and
 * restore work on what the editor sees.
 */
export class MeetingRecordRepository {
  constructor(private readonly db: Db) {}

  async load(id: string): Promise<StoredMeetingRecord> {
    const record = await loadMeetingRecord(this.db, id);
    if (record.deletedAt) throw new RecordNotFoundError("meeting", id);
    return record;
  }

  async save(record: EditableMeeting, options: WriteOptions): Promise<RecordSaveResult> {
    return this.db.$transaction((tx) => saveMeetingRecord(tx, record, options), {
      timeout: 60_000,
      maxWait: 30_000,
    });
  }
}

/** The body of `save`, for callers that already hold a transaction (restore, import). */
export async function saveMeetingRecord(
  tx: Tx,
  input: EditableMeeting,
  options: WriteOptions & { allowTrashed?: boolean },
): Promise<RecordSaveResult> {
  const record = await withStoredTerms(tx, input);
  const before = record.id ? await loadMeetingRecord(tx, record.id) : null;
  if (before?.deletedAt && !options.allowTrashed) throw new RecordNotFoundError("meeting", before.id);
  if (before && record.version === undefined) {
    throw new RuleViolationError([
      issue(["version"], "version_required", "Say which version of the meeting the edit started from."),
    ]);
  }
  const slug =
    record.slug ??
    before?.slug ??
    (await freeSlug(tx, "meeting", meetingSlug(record.titleI18n.en, record.startDate ?? "undated")));
  const warnings = await checkRecord(tx, record, before, slug);

  const columns = {
    slug,
    seriesId: record.seriesId,
    bodyId: record.bodyId,
    ordinal: record.ordinal,
    titleI18n: json(record.titleI18n),
    classification: record.classification,
    startDate: record.startDate,
    endDate: record.endDate,
    attendanceMode: record.attendanceMode,
    venueCity: record.venue?.city ? json(record.venue.city) : Prisma.DbNull,
    venueCountryId: record.venue?.countryId ?? null,
    hostCountryId: record.hostCountryId,
    coChaired: record.coChaired,
    summaryI18n: record.summaryI18n ? json(record.summaryI18n) : Prisma.DbNull,
    sources: json(record.sources),
    identifiers: json(record.identifiers),
  };
  const meetingData = columns;

  let id: string;
  if (before) {
    id = before.id;
    await updateVersioned(tx, "meeting", id, record.version!, meetingData, options);
    await tx.meetingTopic.deleteMany({ where: { meetingId: id } });
    if (before.slug !== slug) await keepOldSlug(tx, "meeting", before.slug, id);
  } else {
    id = await createVersioned(tx, "meeting", meetingData, options);
  }
  await tx.meetingTopic.createMany({
    data: record.topicIds.map((topicId) => ({ meetingId: id, topicId })),
    skipDuplicates: true,
  });

  await tx.participation.deleteMany({ where: { meetingId: id } });
  await tx.participation.createMany({
    data: record.participations.map((p, i) => ({
      ...(p.id ? { id: p.id } : {}),
      meetingId: id,
      ...participationFields(p),
      protocolOrder: i + 1,
    })),
  });

  await writeDocuments(tx, id, record, before, options);

  await tx.outcomeTally.deleteMany({ where: { meetingId: id } });
  await tx.outcomeTally.createMany({
    data: record.tallies.map((t) => ({
      meetingId: id,
      documentType: t.documentType,
      count: t.count,
      noteI18n: t.noteI18n ? json(t.noteI18n) : Prisma.DbNull,
    })),
  });

  await writeChairmanships(tx, id, record, options);

  await tx.speech.deleteMany({ where: { meetingId: id } });
  await tx.speech.createMany({
    data: record.speeches.map((s, i) => ({
      ...(s.id ? { id: s.id } : {}),
      meetingId: id,
      personId: s.personId,
      kind: s.kind,
      textI18n: s.textI18n ? json(s.textI18n) : Prisma.DbNull,
      order: i,
    })),
  });

  const after = await loadMeetingRecord(tx, id);
  // The meeting's revision for this write holds the whole record, not just the meeting row.
  await tx.revision.update({
    where: { entityType_entityId_version: { entityType: "meeting", entityId: id, version: after.version } },
    data: { before: before ? json(before) : Prisma.DbNull, after: json(after) },
  });
  return { record: after, warnings };
}

/**
 * A term listed without its id (a row added in the editor, a meeting imported from another Plenary) that is already
 * stored — same organization, country and start — is that term: recording the meeting where it ends then links the
 * stored term instead of adding a second, overlapping one.
 */
async function withStoredTerms(tx: Tx, record: EditableMeeting): Promise<EditableMeeting> {
  const unnamed = record.chairmanships.filter((c) => !c.id);
  if (unnamed.length === 0) return record;
  const found = await tx.chairmanship.findMany({
    where: {
      OR: unnamed.map((c) => ({
        organizationId: c.organizationId,
        countryId: c.countryId,
        startDate: c.startDate,
      })),
    },
    select: { id: true, organizationId: true, countryId: true, startDate: true },
    orderBy: { id: "asc" },
  });
  const taken = new Set(record.chairmanships.flatMap((c) => (c.id ? [c.id] : [])));
  return {
    ...record,
    chairmanships: record.chairmanships.map((c) => {
      if (c.id) return c;
      const term = found.find(
        (f) =>
          !taken.has(f.id) &&
          f.organizationId === c.organizationId &&
          f.countryId === c.countryId &&
          f.startDate === c.startDate,
      );
      if (!term) return c;
      taken.add(term.id);
      return { ...c, id: term.id };
    }),
  };
}

async function checkRecord(
  tx: Tx,
  record: EditableMeeting,
  before: StoredMeetingRecord | null,
  slug: string,
): Promise<RuleIssue[]> {
  const meetingId = before?.id ?? PENDING_MEETING_ID;
  const body = record.bodyId
    ? await tx.organization.findUnique({ where: { id: record.bodyId }, select: { id: true, parentId: true } })
    : null;
  const organizationIds = body ? [body.id, ...(body.parentId ? [body.parentId] : [])] : [];
  const chairOrgIds = [
    ...new Set([...organizationIds, ...record.chairmanships.map((c) => c.organizationId)]),
  ];
  const occupancyIds = record.participations.flatMap((p) => (p.occupancyId ? [p.occupancyId] : []));
  const ownChairIds = record.chairmanships.flatMap((c) => (c.id ? [c.id] : []));
  const [occupancies, memberships, otherChairs, ownChairs, existingSlugs] = await Promise.all([
    tx.occupancy.findMany({ where: { id: { in: occupancyIds } } }),
    tx.orgMembership.findMany({ where: { organizationId: { in: organizationIds } } }),
    tx.chairmanship.findMany({
      where: {
        organizationId: { in: chairOrgIds },
        id: { notIn: ownChairIds },
        ...(before ? notLinkedTo(before.id) : {}),
      },
    }),
    tx.chairmanship.findMany({
      where: { id: { in: ownChairIds } },
      select: { id: true, startedAtMeetingId: true, endedAtMeetingId: true },
    }),
    tx.meeting.findMany({
      where: { slug, ...(before ? { NOT: { id: before.id } } : {}) },
      select: { id: true, slug: true },
    }),
  ]);
  // Each term in the record as it will be stored: this meeting at the end the editor chose, the meeting at its other
  // end kept, so that rule 5 checks both ends' dates.
  const stored = new Map(ownChairs.map((c) => [c.id, c]));
  const chairFacts = record.chairmanships.map((c) => ({
    ...c,
    ...termLinksAt(c.at, meetingId, c.id ? stored.get(c.id) : undefined),
  }));
  const otherEnds = [
    ...new Set(
      chairFacts
        .flatMap((c) => [c.startedAtMeetingId, c.endedAtMeetingId])
        .filter((id): id is string => !!id && id !== meetingId),
    ),
  ];
  const handoverMeetings = Object.fromEntries(
    (
      await tx.meeting.findMany({
        where: { id: { in: otherEnds } },
        select: { id: true, startDate: true, endDate: true },
      })
    ).map((m) => [m.id, m]),
  );
  const issues = [
    ...(await missingReferences(tx, record)),
    ...checkRecordDuplicates(record),
    ...checkMeeting({
      meeting: { ...record, id: meetingId, slug, status: before?.status ?? "draft" },
      participations: record.participations,
      occupancies,
      memberships,
      tallies: record.tallies,
      documents: record.documents,
      // Other terms of the organization count for overlaps only; their handovers are their own meetings' business.
      chairmanships: [
        ...chairFacts,
        ...otherChairs.map((c) => ({ ...c, startedAtMeetingId: null, endedAtMeetingId: null })),
      ],
      handoverMeetings,
      existingSlugs,
    }),
  ];
  const errors = errorsOf(issues);
  if (errors.length) throw new RuleViolationError(errors);
  return warningsOf(issues);
}

async function writeDocuments(
  tx: Tx,
  meetingId: string,
  record: EditableMeeting,
  before: StoredMeetingRecord | null,
  options: WriteOptions,
) {
  const storedById = new Map((before?.documents ?? []).map((d) => [d.id!, d]));
  const idByKey = new Map<string, string>();
  const issues: RuleIssue[] = [];

  // The array order is the list order; stored positions are kept while they still ascend, so a save that does not
  // reorder documents does not rewrite them.
  let lastOrder = 0;
  for (const [i, doc] of record.documents.entries()) {
    const storedOrder = doc.id
      ? (await tx.document.findUnique({ where: { id: doc.id }, select: { listOrder: true } }))?.listOrder
      : undefined;
    const listOrder = storedOrder !== undefined && storedOrder > lastOrder ? storedOrder : lastOrder + 1;
    lastOrder = listOrder;
    const fields = {
      titleI18n: json(doc.titleI18n),
      type: doc.type,
      adoptingBodyId: doc.adoptingBodyId,
      meetingId,
      action: doc.action,
      dateAdopted: doc.dateAdopted,
      validFrom: doc.validFrom,
      validTo: doc.validTo,
      legalForce: doc.legalForce,
      legalStatus: doc.legalStatus,
      listOrder,
      sources: json(doc.sources),
      identifiers: json(doc.identifiers),
    };
    let docId: string;
    if (doc.id) {
      const stored = await tx.document.findUnique({
        where: { id: doc.id },
        include: { topics: { select: { topicId: true } } },
      });
      if (!stored || stored.deletedAt) {
        issues.push(
          issue(
            ["documents", i, "id"],
            "missing_reference",
            `No document ${doc.id} exists (or it is in the trash).`,
          ),
        );
        continue;
      }
      docId = stored.id;
      const slug = doc.slug ?? stored.slug;
      const changed =
        slug !== stored.slug ||
        stored.meetingId !== meetingId ||
        Object.entries(fields).some(
          ([key, value]) => !same(value, (stored as Record<string, unknown>)[key]),
        ) ||
        !same([...doc.topicIds].sort(), stored.topics.map((t) => t.topicId).sort());
      if (changed) {
        await updateVersioned(
          tx,
          "document",
          docId,
          doc.version ?? stored.version,
          { ...fields, slug },
          options,
        );
        if (slug !== stored.slug) await keepOldSlug(tx, "document", stored.slug, docId);
      }
    } else {
      const slug =
        doc.slug ??
        (await freeSlug(tx, "document", documentSlug(doc.titleI18n.en, doc.dateAdopted ?? record.startDate)));
      docId = await createVersioned(tx, "document", { ...fields, slug }, options);
    }
    idByKey.set(doc.key, docId);
    storedById.delete(docId);
    await tx.documentTopic.deleteMany({ where: { documentId: docId } });
    await tx.documentTopic.createMany({
      data: doc.topicIds.map((topicId) => ({ documentId: docId, topicId })),
      skipDuplicates: true,
    });
    await tx.documentAction.deleteMany({ where: { documentId: docId } });
    await tx.documentAction.createMany({
      data: doc.actions.map((a) => ({
        ...(a.id ? { id: a.id } : {}),
        documentId: docId,
        date: a.date,
        type: a.type,
        planned: a.planned,
        actor: a.actor,
        reference: a.reference,
      })),
    });
    await tx.documentText.deleteMany({ where: { documentId: docId } });
    await tx.documentText.createMany({
      data: doc.texts.map((t) => ({
        documentId: docId,
        lang: t.lang,
        title: t.title,
        body: t.body,
        isAuthentic: t.isAuthentic,
        sourceUrl: t.sourceUrl,
      })),
    });
  }

  // Relations need every document of the package to have an id first.
  const externalIds = record.documents
    .flatMap((d) => d.relations.map((r) => r.to))
    .filter((to) => !idByKey.has(to));
  const external = new Set(
    (
      await tx.document.findMany({
        where: { id: { in: externalIds }, deletedAt: null },
        select: { id: true },
      })
    ).map((row) => row.id),
  );
  for (const [i, doc] of record.documents.entries()) {
    const fromId = idByKey.get(doc.key);
    if (!fromId) continue;
    const data: { fromId: string; toId: string; type: (typeof doc.relations)[number]["type"] }[] = [];
    doc.relations.forEach((relation, j) => {
      const toId = idByKey.get(relation.to) ?? (external.has(relation.to) ? relation.to : null);
      if (!toId)
        issues.push(
          issue(
            ["documents", i, "relations", j, "to"],
            "missing_reference",
            "The related document does not exist: pick one from the list.",
          ),
        );
      else if (toId === fromId)
        issues.push(
          issue(
            ["documents", i, "relations", j, "to"],
            "self_relation",
            "A document cannot relate to itself.",
          ),
        );
      else data.push({ fromId, toId, type: relation.type });
    });
    await tx.documentRelation.deleteMany({ where: { fromId } });
    await tx.documentRelation.createMany({ data, skipDuplicates: true });
  }
  if (issues.length) throw new RuleViolationError(issues);

  // Documents taken out of the package stay stored (and published, if they were), no longer listed at this meeting.
  for (const removed of storedById.values()) {
    const current = await tx.document.findUniqueOrThrow({
      where: { id: removed.id! },
      select: { version: true },
    });
    await updateVersioned(tx, "document", removed.id!, current.version, { meetingId: null }, options);
  }
}

/**
 * Saves the terms handed over at this meeting. Only this meeting's end of each term is written: saving the meeting
 * where a term ends keeps its link to the meeting where it started, and the other way round.
 */
async function writeChairmanships(tx: Tx, meetingId: string, record: EditableMeeting, options: WriteOptions) {
  const stored = await tx.chairmanship.findMany({ where: linkedTo(meetingId) });
  const remaining = new Map(stored.map((c) => [c.id, c]));
  for (const [i, chair] of record.chairmanships.entries()) {
    const fields = {
      organizationId: chair.organizationId,
      countryId: chair.countryId,
      startDate: chair.startDate,
      endDate: chair.endDate,
      themeI18n: chair.themeI18n ? json(chair.themeI18n) : Prisma.DbNull,
    };
    if (chair.id) {
      const current =
        remaining.get(chair.id) ?? (await tx.chairmanship.findUnique({ where: { id: chair.id } }));
      if (!current)
        throw new RuleViolationError([
          issue(["chairmanships", i, "id"], "missing_reference", `No chairmanship ${chair.id} exists.`),
        ]);
      remaining.delete(chair.id);
      const data = { ...fields, ...termLinksAt(chair.at, meetingId, current) };
      const changed =
        Object.entries(data).some(
          ([key, value]) => key !== "themeI18n" && !same(value, (current as Record<string, unknown>)[key]),
        ) || !same(chair.themeI18n, current.themeI18n);
      if (changed) await updateVersioned(tx, "chairmanship", chair.id, current.version, data, options);
    } else {
      await createVersioned(tx, "chairmanship", { ...fields, ...termLinksAt(chair.at, meetingId) }, options);
    }
  }
  // A chairmanship is a fact about the organization: taken off this meeting, it stays, without this meeting's link;
  // its link to the meeting at its other end stays too.
  for (const chair of remaining.values()) {
    const unlinked = {
      ...(chair.startedAtMeetingId === meetingId ? { startedAtMeetingId: null } : {}),
      ...(chair.endedAtMeetingId === meetingId ? { endedAtMeetingId: null } : {}),
    };
    await updateVersioned(tx, "chairmanship", chair.id, chair.version, unlinked, options);
  }
}
