import {
  MeetingNewRecords,
  documentSlug,
  eachNewRecord,
  errorsOf,
  mapMeetingRecordRefs,
  meetingRecordRefs,
  termLinksAt,
  warningsOf,
  type EditableMeeting,
  type MeetingNewRecordsInput,
  type RuleIssue,
} from "@plenary/domain";
import type { Db } from "../client";
import { Prisma } from "../generated/prisma/client";
import { RecordNotFoundError, RuleViolationError } from "./errors";
import { checkMeetingRecord } from "./meeting-record-check";
import {
  loadForSave,
  loadMeetingRecord,
  participationFields,
  type MeetingRecordFacts,
  type StoredMeetingRecord,
} from "./meeting-record-loader";
import type { NewRecordsWriter } from "./new-records-writer";
import { freeSlug, keepOldSlug } from "./slugs";
import { markPublicPagesStale } from "./stale-pages";
import { createVersioned, updateVersioned, type Tx, type WriteOptions } from "./versioned-write";

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

/**
 * Saves a whole meeting — its fields, participants, documents package (with actions, texts and relations), tallies,
 * chairmanship handover, speeches, topics and sources — in one transaction, from the meeting version the edit
 * started from. Every domain rule runs over the record as it will be; errors block with field paths, warnings come
 * back with the result. The meeting's revision stores the whole record before and after, so history, diff and
 * restore work on what the editor sees.
 */
export class MeetingRecordRepository {
  constructor(
    private readonly db: Db,
    private readonly newRecords?: NewRecordsWriter,
  ) {}

  async load(id: string): Promise<StoredMeetingRecord> {
    const record = await loadMeetingRecord(this.db, id);
    if (record.deletedAt) throw new RecordNotFoundError("meeting", id);
    return record;
  }

  /**
   * Saves the record; `newRecords` (records made in the editor: "Create …" in a picker, a post held added for a
   * participant, an accepted release proposal) are created in the same transaction first, and the references to
   * their temporary ids — the record's and the new records' own — point to them. Every new record must be used by the
   * record and refer to records that exist; a refused or stale save creates nothing.
   */
  async save(
    record: EditableMeeting,
    options: WriteOptions,
    newRecords: MeetingNewRecordsInput = {},
  ): Promise<RecordSaveResult> {
    return this.db.$transaction(
      async (tx) =>
        saveMeetingRecord(tx, await this.withNewRecords(tx, record, newRecords, options), options),
      { timeout: 60_000, maxWait: 30_000 },
    );
  }

  /** Creates the new records first; the record's references to their temporary ids then name them. */
  private async withNewRecords(
    tx: Tx,
    record: EditableMeeting,
    newRecords: MeetingNewRecordsInput,
    options: WriteOptions,
  ): Promise<EditableMeeting> {
    if (eachNewRecord(MeetingNewRecords.parse(newRecords)).length === 0) return record;
    if (!this.newRecords) throw new Error("This repository cannot create records with a meeting's save.");
    const real = await this.newRecords.createIn(
      tx,
      meetingRecordRefs(record),
      newRecords,
      "this meeting",
      options,
    );
    return mapMeetingRecordRefs(record, (ref) => real(ref.id));
  }
}

/**
 * The body of `save`, for callers that already hold a transaction (restore, import): load what is stored, check
 * every rule without writing, and write only when no rule stops the save.
 */
export async function saveMeetingRecord(
  tx: Tx,
  input: EditableMeeting,
  options: WriteOptions & { allowTrashed?: boolean },
): Promise<RecordSaveResult> {
  const { record, facts } = await loadForSave(tx, input, options);
  const issues = checkMeetingRecord(record, facts);
  const errors = errorsOf(issues);
  if (errors.length) throw new RuleViolationError(errors);
  return { record: await writeMeetingRecord(tx, record, facts, options), warnings: warningsOf(issues) };
}

/**
 * The write step: stores a record that passed the check, over the facts it was checked against, and records the
 * whole record before and after in the meeting's revision. It decides nothing the rules decide.
 */
export async function writeMeetingRecord(
  tx: Tx,
  record: EditableMeeting,
  facts: MeetingRecordFacts,
  options: WriteOptions,
): Promise<StoredMeetingRecord> {
  const { before, slug } = facts;
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
  // A meeting not yet published holds its handover; the shared terms are written when it is published.
  const holdsHandover = !isPublished(facts.before);
  const meetingData = {
    ...columns,
    heldChairmanships: holdsHandover ? json(record.chairmanships) : Prisma.DbNull,
  };

  let id: string;
  if (before) {
    id = before.id;
    await updateVersioned(tx, "meeting", id, record.version!, meetingData, {
      ...options,
      partsWrittenAfter: true,
    });
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

  await writeDocuments(tx, id, record, facts, options);

  await tx.outcomeTally.deleteMany({ where: { meetingId: id } });
  await tx.outcomeTally.createMany({
    data: record.tallies.map((t) => ({
      meetingId: id,
      documentType: t.documentType,
      count: t.count,
      noteI18n: t.noteI18n ? json(t.noteI18n) : Prisma.DbNull,
    })),
  });

  if (!holdsHandover) await writeChairmanships(tx, id, record, facts, options);

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

  // The pages the meeting shows on now that its parts are written: a participant, speaker, topic or document it
  // gained (updateVersioned named the pages of the links it had before the save).
  await markPublicPagesStale(tx, "meeting", id);
  const after = await loadMeetingRecord(tx, id);
  // The meeting's revision for this write holds the whole record, not just the meeting row.
  await tx.revision.update({
    where: { entityType_entityId_version: { entityType: "meeting", entityId: id, version: after.version } },
    data: { before: before ? json(before) : Prisma.DbNull, after: json(after) },
  });
  return after;
}

async function writeDocuments(
  tx: Tx,
  meetingId: string,
  record: EditableMeeting,
  facts: MeetingRecordFacts,
  options: WriteOptions,
) {
  const removedFromPackage = new Map((facts.before?.documents ?? []).map((d) => [d.id!, d]));
  const idByKey = new Map<string, string>();

  // The array order is the list order; stored positions are kept while they still ascend, so a save that does not
  // reorder documents does not rewrite them.
  let lastOrder = 0;
  for (const doc of record.documents) {
    const stored = doc.id ? facts.documents.get(doc.id) : undefined;
    const storedOrder = stored?.listOrder;
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
    if (stored) {
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
    removedFromPackage.delete(docId);
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

  // Relations need every document of the package to have an id first (the check made sure each target exists).
  for (const doc of record.documents) {
    const fromId = idByKey.get(doc.key)!;
    await tx.documentRelation.deleteMany({ where: { fromId } });
    await tx.documentRelation.createMany({
      data: doc.relations.map((relation) => ({
        fromId,
        toId: idByKey.get(relation.to) ?? relation.to,
        type: relation.type,
      })),
      skipDuplicates: true,
    });
  }

  // Documents taken out of the package stay stored (and published, if they were), no longer listed at this meeting.
  for (const removed of removedFromPackage.values()) {
    const current = facts.documents.get(removed.id!);
    if (!current) throw new RecordNotFoundError("document", removed.id!);
    await updateVersioned(tx, "document", removed.id!, current.version, { meetingId: null }, options);
  }
}

const isPublished = (meeting: StoredMeetingRecord | null) => meeting?.status === "published";

/**
 * Publishing (MeetingRepository.setStatus, in its transaction): writes the handover a meeting held while it was not
 * published to the shared terms, after checking it again against the terms as they are now (a colleague may have
 * recorded a handover of the same organization meanwhile); a rule it breaks refuses the publication. The caller
 * clears the held handover in the same write that publishes the meeting.
 */
export async function writeHeldHandover(tx: Tx, meetingId: string, options: WriteOptions): Promise<void> {
  const { heldChairmanships } = await tx.meeting.findUniqueOrThrow({
    where: { id: meetingId },
    select: { heldChairmanships: true },
  });
  if (heldChairmanships === null) return;
  const { record, facts } = await loadForSave(tx, await loadMeetingRecord(tx, meetingId), {});
  const errors = errorsOf(checkMeetingRecord(record, facts));
  if (errors.length) throw new RuleViolationError(errors);
  await writeChairmanships(tx, meetingId, record, facts, options);
}

/**
 * Saves the terms handed over at this meeting. Only this meeting's end of each term is written: saving the meeting
 * where a term ends keeps its link to the meeting where it started, and the other way round.
 */
async function writeChairmanships(
  tx: Tx,
  meetingId: string,
  record: EditableMeeting,
  facts: MeetingRecordFacts,
  options: WriteOptions,
) {
  const remaining = new Map(facts.linkedChairs.map((c) => [c.id, c]));
  for (const chair of record.chairmanships) {
    const fields = {
      organizationId: chair.organizationId,
      countryId: chair.countryId,
      startDate: chair.startDate,
      endDate: chair.endDate,
      themeI18n: chair.themeI18n ? json(chair.themeI18n) : Prisma.DbNull,
    };
    if (chair.id) {
      const current = remaining.get(chair.id) ?? facts.ownChairs.get(chair.id);
      if (!current) throw new RecordNotFoundError("chairmanship", chair.id);
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
