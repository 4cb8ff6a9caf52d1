import {
  meetingRecordIds,
  meetingSlug,
  termLinksAt,
  type EditableMeeting,
  type MeetingRefKind as RefKind,
  type PublicationStatus,
  type checkMeeting,
} from "@plenary/domain";
import type { Db } from "../client";
import type { Prisma } from "../generated/prisma/client";
import { RecordNotFoundError } from "./errors";
import { handoverOrder, handoverTerms, heldHandover, notLinkedTo, linkedTo } from "./handover-terms";
import { freeSlug } from "./slugs";
import type { Tx } from "./versioned-write";

/** A meeting record as stored: the editable record plus what the store decides (id, version, slug, status). */
export type StoredMeetingRecord = EditableMeeting & {
  id: string;
  version: number;
  slug: string;
  status: PublicationStatus;
  deletedAt: string | null;
};

const recordInclude = {
  topics: { select: { topicId: true }, orderBy: { topicId: "asc" } },
  participations: { orderBy: { protocolOrder: "asc" } },
  documents: {
    where: { deletedAt: null },
    orderBy: [{ listOrder: "asc" }, { createdAt: "asc" }],
    include: {
      topics: { select: { topicId: true }, orderBy: { topicId: "asc" } },
      actions: { orderBy: [{ createdAt: "asc" }, { id: "asc" }] },
      texts: { orderBy: { lang: "asc" } },
      relationsFrom: { orderBy: [{ createdAt: "asc" }, { id: "asc" }] },
    },
  },
  tallies: { orderBy: { documentType: "asc" } },
  chairsStarted: { orderBy: handoverOrder },
  chairsEnded: { orderBy: handoverOrder },
  speeches: { orderBy: { order: "asc" } },
} satisfies Prisma.MeetingInclude;

/** What a participation is in a meeting record: the same fields whether it is read or saved. */
export function participationFields(p: Omit<EditableMeeting["participations"][number], "id">) {
  return {
    personId: p.personId,
    occupancyId: p.occupancyId,
    titleAsStated: p.titleAsStated,
    representingCountryId: p.representingCountryId,
    representingOrganizationId: p.representingOrganizationId,
    category: p.category,
    role: p.role,
    mode: p.mode,
  };
}

/** Reads a meeting as one editable record (trashed meetings too: history and export need them). */
export async function loadMeetingRecord(tx: Tx | Db, id: string): Promise<StoredMeetingRecord> {
  const row = await tx.meeting.findUnique({ where: { id }, include: recordInclude });
  if (!row) throw new RecordNotFoundError("meeting", id);
  const city = row.venueCity as EditableMeeting["titleI18n"] | null;
  return {
    id: row.id,
    version: row.version,
    slug: row.slug,
    status: row.status,
    deletedAt: row.deletedAt ? row.deletedAt.toISOString() : null,
    seriesId: row.seriesId,
    bodyId: row.bodyId,
    ordinal: row.ordinal,
    titleI18n: row.titleI18n as EditableMeeting["titleI18n"],
    classification: row.classification,
    startDate: row.startDate,
    endDate: row.endDate,
    attendanceMode: row.attendanceMode,
    venue:
      city || row.venueCountryId
        ? { ...(city ? { city } : {}), ...(row.venueCountryId ? { countryId: row.venueCountryId } : {}) }
        : null,
    hostCountryId: row.hostCountryId,
    coChaired: row.coChaired,
    topicIds: row.topics.map((t) => t.topicId),
    summaryI18n: row.summaryI18n as EditableMeeting["summaryI18n"],
    sources: row.sources as EditableMeeting["sources"],
    identifiers: row.identifiers as EditableMeeting["identifiers"],
    participations: row.participations.map((p) => ({
      id: p.id,
      ...participationFields(p),
    })),
    documents: row.documents.map((d) => ({
      key: d.id,
      id: d.id,
      version: d.version,
      slug: d.slug,
      titleI18n: d.titleI18n as EditableMeeting["titleI18n"],
      type: d.type,
      adoptingBodyId: d.adoptingBodyId,
      action: d.action,
      dateAdopted: d.dateAdopted,
      validFrom: d.validFrom,
      validTo: d.validTo,
      legalForce: d.legalForce,
      legalStatus: d.legalStatus,
      topicIds: d.topics.map((t) => t.topicId),
      sources: d.sources as EditableMeeting["sources"],
      identifiers: d.identifiers as EditableMeeting["identifiers"],
      actions: d.actions.map((a) => ({
        id: a.id,
        date: a.date,
        type: a.type,
        planned: a.planned,
        actor: a.actor,
        reference: a.reference,
      })),
      texts: d.texts.map((t) => ({
        lang: t.lang,
        title: t.title,
        body: t.body,
        isAuthentic: t.isAuthentic,
        sourceUrl: t.sourceUrl,
      })),
      relations: d.relationsFrom.map((r) => ({ type: r.type, to: r.toId })),
    })),
    tallies: row.tallies.map((t) => ({
      documentType: t.documentType,
      count: t.count,
      noteI18n: t.noteI18n as EditableMeeting["titleI18n"] | null,
    })),
    chairmanships:
      heldHandover(row) ??
      handoverTerms(row).map(({ at, chairmanship: c }) => ({
        id: c.id,
        at,
        organizationId: c.organizationId,
        countryId: c.countryId,
        startDate: c.startDate,
        endDate: c.endDate,
        themeI18n: c.themeI18n as EditableMeeting["titleI18n"] | null,
      })),
    speeches: row.speeches.map((s) => ({
      id: s.id,
      personId: s.personId,
      kind: s.kind,
      textI18n: s.textI18n as EditableMeeting["titleI18n"] | null,
    })),
  };
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

/** The id a meeting not yet stored goes by while its rules are checked. */
export const PENDING_MEETING_ID = "pendingmeeting";

async function findStoredDocuments(tx: Tx, ids: string[]) {
  return tx.document.findMany({
    where: { id: { in: ids } },
    include: { topics: { select: { topicId: true } } },
  });
}

async function findChairmanships(tx: Tx, ids: string[]) {
  return tx.chairmanship.findMany({ where: { id: { in: ids } } });
}

/**
 * Everything stored that the rules of a meeting record's save look at, read in one step so that checking is a pure
 * function of the record and these facts, and writing needs no second look.
 */
export interface MeetingRecordFacts {
  /** The meeting as stored before the save, or null for a new meeting. */
  before: StoredMeetingRecord | null;
  /** The slug the meeting will have. */
  slug: string;
  /** For each kind of record the meeting refers to, the referred ids that exist. */
  existing: Record<RefKind, Set<string>>;
  occupancies: Parameters<typeof checkMeeting>[0]["occupancies"];
  memberships: Parameters<typeof checkMeeting>[0]["memberships"];
  /** Other terms of the organizations involved, not handed over at this meeting (for overlaps). */
  otherChairs: Awaited<ReturnType<typeof findChairmanships>>;
  /** The stored terms the record names by id. */
  ownChairs: Map<string, Awaited<ReturnType<typeof findChairmanships>>[number]>;
  handoverMeetings: Parameters<typeof checkMeeting>[0]["handoverMeetings"];
  existingSlugs: Parameters<typeof checkMeeting>[0]["existingSlugs"];
  /** The terms stored as handed over at this meeting (the write unlinks those the record no longer lists). */
  linkedChairs: Awaited<ReturnType<typeof findChairmanships>>;
  /** The stored documents the record names by id (trashed ones too), and those the save takes out of the package. */
  documents: Map<string, Awaited<ReturnType<typeof findStoredDocuments>>[number]>;
  /** Documents outside the package that relations point to and that exist (not in the trash). */
  externalDocuments: Set<string>;
}

/** Reads the facts the rules need for saving `record` over `before` (null: a new meeting) with `slug`. */
export async function loadCheckFacts(
  tx: Tx,
  record: EditableMeeting,
  before: StoredMeetingRecord | null,
  slug: string,
): Promise<MeetingRecordFacts> {
  const meetingId = before?.id ?? PENDING_MEETING_ID;
  const idsOf = (kind: RefKind) => ({
    where: { id: { in: meetingRecordIds(record, kind) } },
    select: { id: true },
  });
  const body = record.bodyId
    ? await tx.organization.findUnique({ where: { id: record.bodyId }, select: { id: true, parentId: true } })
    : null;
  const organizationIds = body ? [body.id, ...(body.parentId ? [body.parentId] : [])] : [];
  const chairOrgIds = [
    ...new Set([...organizationIds, ...record.chairmanships.map((c) => c.organizationId)]),
  ];
  const occupancyIds = record.participations.flatMap((p) => (p.occupancyId ? [p.occupancyId] : []));
  const ownChairIds = record.chairmanships.flatMap((c) => (c.id ? [c.id] : []));
  const packageKeys = new Set(record.documents.map((d) => d.key));
  const relationTargets = record.documents.flatMap((d) =>
    d.relations.map((r) => r.to).filter((to) => !packageKeys.has(to)),
  );
  const [
    persons,
    countries,
    organizations,
    occupancyRefs,
    topics,
    series,
    occupancies,
    memberships,
    otherChairs,
    ownChairs,
    existingSlugs,
    documents,
    external,
    linkedChairs,
  ] = await Promise.all([
    tx.person.findMany(idsOf("person")),
    tx.country.findMany(idsOf("country")),
    tx.organization.findMany(idsOf("organization")),
    tx.occupancy.findMany(idsOf("occupancy")),
    tx.topic.findMany(idsOf("topic")),
    tx.meetingSeries.findMany(idsOf("series")),
    tx.occupancy.findMany({ where: { id: { in: occupancyIds } } }),
    tx.orgMembership.findMany({ where: { organizationId: { in: organizationIds } } }),
    tx.chairmanship.findMany({
      where: {
        organizationId: { in: chairOrgIds },
        id: { notIn: ownChairIds },
        ...(before ? notLinkedTo(before.id) : {}),
      },
    }),
    findChairmanships(tx, ownChairIds),
    tx.meeting.findMany({
      where: { slug, ...(before ? { NOT: { id: before.id } } : {}) },
      select: { id: true, slug: true },
    }),
    findStoredDocuments(tx, [
      ...record.documents.flatMap((d) => (d.id ? [d.id] : [])),
      ...(before?.documents ?? []).flatMap((d) => (d.id ? [d.id] : [])),
    ]),
    tx.document.findMany({ where: { id: { in: relationTargets }, deletedAt: null }, select: { id: true } }),
    before ? tx.chairmanship.findMany({ where: linkedTo(before.id) }) : [],
  ]);
  const existing = (rows: { id: string }[]) => new Set(rows.map((row) => row.id));
  const ownChairMap = new Map(ownChairs.map((c) => [c.id, c]));
  // The meetings at the other end of the terms handed over here, for the rule on handover dates.
  const otherEnds = [
    ...new Set(
      record.chairmanships
        .map((c) => termLinksAt(c.at, meetingId, c.id ? ownChairMap.get(c.id) : undefined))
        .flatMap((links) => [links.startedAtMeetingId, links.endedAtMeetingId])
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
  return {
    before,
    slug,
    existing: {
      person: existing(persons),
      country: existing(countries),
      organization: existing(organizations),
      occupancy: existing(occupancyRefs),
      topic: existing(topics),
      series: existing(series),
    },
    occupancies,
    memberships,
    otherChairs,
    ownChairs: ownChairMap,
    linkedChairs,
    handoverMeetings,
    existingSlugs,
    documents: new Map(documents.map((d) => [d.id, d])),
    externalDocuments: existing(external),
  };
}

/**
 * The load step of saving a meeting record: the record with the stored terms it names without their ids, the
 * meeting as stored, the slug it will have, and every stored fact the rules and the write need.
 */
export async function loadForSave(
  tx: Tx,
  input: EditableMeeting,
  options: { allowTrashed?: boolean },
): Promise<{ record: EditableMeeting; facts: MeetingRecordFacts }> {
  const record = await withStoredTerms(tx, input);
  const before = record.id ? await loadMeetingRecord(tx, record.id) : null;
  if (before?.deletedAt && !options.allowTrashed) throw new RecordNotFoundError("meeting", before.id);
  const slug =
    record.slug ??
    before?.slug ??
    (await freeSlug(tx, "meeting", meetingSlug(record.titleI18n.en, record.startDate ?? "undated")));
  return { record, facts: await loadCheckFacts(tx, record, before, slug) };
}
