import {
  MeetingRecordInput,
  documentSlug,
  nameSlug,
  readPressReleaseFrom,
  proposalToDraft,
  type ReleaseDraft,
  type RuleIssue,
} from "@plenary/domain";
import type { Db } from "../client";
import { RecordNotFoundError } from "./errors";
import { saveMeetingRecord } from "./meeting-record-writer";
import { DatabaseKnowledge } from "./reader-knowledge";
import { freeSlug } from "./slugs";
import { createVersioned, type Tx, type WriteOptions } from "./versioned-write";

type DraftRef = { id: string } | { key: string };

export interface ReleaseDraftResult {
  id: string;
  slug: string;
  warnings: RuleIssue[];
}

/**
 * Issue 5: reads a press release against what the database knows, and saves a reviewed draft made from it —
 * new people, posts and occupancies, referred-to documents, the draft meeting with its whole record, and the
 * span of the release each fact came from — in one transaction: all or nothing.
 */
export class ReleaseRepository {
  constructor(private readonly db: Db) {}

  /** Reads a release (trimmed, so evidence offsets refer to the text as it will be stored). */
  async read(text: string) {
    const release = text.trim();
    const proposal = await readPressReleaseFrom(release, new DatabaseKnowledge(this.db));
    return { proposal, draft: proposalToDraft(proposal) };
  }

  async createDraft(draft: ReleaseDraft, options: WriteOptions): Promise<ReleaseDraftResult> {
    return this.db.$transaction((tx) => writeDraft(tx, draft, options), { timeout: 60_000, maxWait: 30_000 });
  }
}

async function writeDraft(tx: Tx, draft: ReleaseDraft, options: WriteOptions): Promise<ReleaseDraftResult> {
  const created = new Map<string, string>();
  const resolve = (ref: DraftRef, what: string): string => {
    if ("id" in ref) return ref.id;
    const id = created.get(ref.key);
    if (!id) throw new RecordNotFoundError(what, `with key ${ref.key} in this draft`);
    return id;
  };

  for (const person of draft.newPeople) {
    const slug = await freeSlug(tx, "person", nameSlug(person.nameI18n.en));
    const sortName =
      person.familyName && person.givenName
        ? `${person.familyName}, ${person.givenName}`
        : person.nameI18n.en;
    created.set(
      person.key,
      await createVersioned(
        tx,
        "person",
        {
          slug,
          nameI18n: person.nameI18n,
          givenName: person.givenName,
          familyName: person.familyName,
          sortName,
          otherNames: person.otherNames,
        },
        options,
      ),
    );
  }
  for (const post of draft.newPosts) {
    const slug = await freeSlug(tx, "post", nameSlug(post.labelI18n.en));
    const { key, ...fields } = post;
    created.set(key, await createVersioned(tx, "post", { ...fields, slug }, options));
  }
  for (const occupancy of draft.newOccupancies) {
    created.set(
      occupancy.key,
      await createVersioned(
        tx,
        "occupancy",
        { personId: resolve(occupancy.person, "person"), postId: resolve(occupancy.post, "post") },
        options,
      ),
    );
  }

  // Documents the release only refers to (a strategy an adopted plan implements) are records of their own.
  const referred = draft.documents.filter((document) => !document.atMeeting);
  for (const document of referred) {
    const slug = await freeSlug(tx, "document", documentSlug(document.titleI18n.en, document.dateAdopted));
    created.set(
      document.key,
      await createVersioned(
        tx,
        "document",
        {
          slug,
          titleI18n: document.titleI18n,
          type: document.type,
          adoptingBodyId: document.adoptingBodyId,
          action: document.action,
          dateAdopted: document.dateAdopted,
          validFrom: document.validFrom,
          validTo: document.validTo,
          topics: { create: document.topicIds.map((topicId) => ({ topicId })) },
        },
        options,
      ),
    );
  }

  const atMeeting = draft.documents
    .filter((document) => document.atMeeting)
    .sort((a, b) => a.listOrder - b.listOrder);
  const packageKeys = new Set(atMeeting.map((document) => document.key));
  const stored = await Promise.all(
    draft.chairmanships.map((c) =>
      c.existingId ? tx.chairmanship.findUnique({ where: { id: c.existingId } }) : null,
    ),
  );
  // The release is archived with the meeting now, as pasted: its sources say so unless the editor gave a date.
  const archivedAt = new Date().toISOString();
  const record = MeetingRecordInput.parse({
    ...draft.meeting,
    sources: draft.meeting.sources.map((source) =>
      source.text !== undefined && source.archivedAt === undefined ? { ...source, archivedAt } : source,
    ),
    participations: [...draft.participations]
      .sort((a, b) => a.protocolOrder - b.protocolOrder)
      .map((p) => ({
        personId: resolve(p.person, "person"),
        occupancyId: p.occupancy ? resolve(p.occupancy, "occupancy") : null,
        titleAsStated: p.titleAsStated,
        representingCountryId: p.representingCountryId,
        representingOrganizationId: p.representingOrganizationId,
        category: p.category,
        role: p.role,
        mode: p.mode,
      })),
    documents: atMeeting.map((document) => ({
      key: document.key,
      titleI18n: document.titleI18n,
      type: document.type,
      adoptingBodyId: document.adoptingBodyId,
      action: document.action,
      dateAdopted: document.dateAdopted,
      validFrom: document.validFrom,
      validTo: document.validTo,
      topicIds: document.topicIds,
      actions: document.actions,
      relations: draft.relations
        .filter((relation) => relation.fromKey === document.key)
        .map((relation) => ({
          type: relation.type,
          to: packageKeys.has(relation.toKey) ? relation.toKey : resolve({ key: relation.toKey }, "document"),
        })),
    })),
    tallies: draft.tallies,
    chairmanships: draft.chairmanships.map((c, i) => ({
      ...(c.existingId ? { id: c.existingId } : {}),
      // The reader proposes the outgoing term with the meeting as its end and the incoming one without an end: the
      // first ends at this meeting (keeping the meeting where it started), the second starts here.
      at: c.endDate === null ? ("start" as const) : ("end" as const),
      organizationId: c.organizationId,
      countryId: c.countryId,
      // A term the release closes keeps the start the database knows; a new one starts at the meeting.
      startDate: stored[i]?.startDate ?? c.startDate ?? draft.meeting.startDate,
      endDate: c.endDate,
    })),
    speeches: [...draft.speeches]
      .sort((a, b) => a.order - b.order)
      .map((s) => ({ personId: resolve(s.person, "person"), kind: s.kind, textI18n: s.textI18n })),
  });
  const { record: saved, warnings } = await saveMeetingRecord(tx, record, options);

  const participationIds = saved.participations.map((p) => p.id);
  const documentIds = new Map(saved.documents.map((document, index) => [atMeeting[index]?.key, document.id]));
  await tx.factEvidence.createMany({
    data: [
      ...[...draft.participations]
        .sort((a, b) => a.protocolOrder - b.protocolOrder)
        .map((p, i) => ({
          meetingId: saved.id,
          fact: "participation",
          recordId: participationIds[i] ?? null,
          ...p.evidence,
        })),
      ...draft.documents.map((document) => ({
        meetingId: saved.id,
        fact: "document",
        recordId: documentIds.get(document.key) ?? created.get(document.key) ?? null,
        ...document.evidence,
      })),
    ],
  });
  return { id: saved.id, slug: saved.slug, warnings };
}
