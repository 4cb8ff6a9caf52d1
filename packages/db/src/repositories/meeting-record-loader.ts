import type { EditableMeeting, PublicationStatus } from "@plenary/domain";
import type { Db } from "../client";
import type { Prisma } from "../generated/prisma/client";
import { RecordNotFoundError } from "./errors";
import { handoverOrder, handoverTerms } from "./handover-terms";
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
    chairmanships: handoverTerms(row).map(({ at, chairmanship: c }) => ({
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
