import {
  type Correction,
  checkDateOrder,
  documentSlug,
  errorsOf,
  type CreateDocumentInput,
  type Document,
  type DocumentType,
  type LocalizedText,
  type Organization,
  type PublicationStatus,
  type UpdateDocumentInput,
} from "@plenary/domain";
import type { Db } from "../client";
import type { Prisma } from "../generated/prisma/client";
import { RecordNotFoundError, RuleViolationError } from "./errors";
import { toDocument, toDocumentAction, toDocumentRelation, toDocumentText, toOrganization } from "./mappers";
import type { Audience, DocumentEntry, MeetingSummary, SaveResult } from "./meeting-repository";
import { freeSlug, keepOldSlug } from "./slugs";
import { markPublicPagesStale } from "./stale-pages";
import { createVersioned, updateVersioned, type Tx, type WriteOptions } from "./versioned-write";
import {
  documentLinks,
  withoutTrashedLinks,
  isPublicMeeting,
  publicDocumentTopic,
  publishedDocument,
  unlessTrashed,
} from "./visibility";
import { correctionsOf } from "./public-corrections";

export interface DocumentDetail extends DocumentEntry {
  adoptingBody: Organization | null;
  meeting: Pick<MeetingSummary, "id" | "slug" | "titleI18n" | "startDate" | "endDate"> | null;
  /** When the public record was last corrected, and the corrections the public can see (newest first). */
  lastCorrectedAt: Date | null;
  corrections: Correction[];
}

const withTopics = { include: { topics: { select: { topicId: true } } } } as const;
const withPublicLinks = {
  include: { topics: { where: publicDocumentTopic, select: { topicId: true } }, ...documentLinks },
} as const;

function validityIssues(fields: Pick<Document, "validFrom" | "validTo">) {
  return checkDateOrder(
    { startDate: fields.validFrom, endDate: fields.validTo },
    { fields: ["validFrom", "validTo"], subject: "The document's validity" },
  );
}

export class DocumentRepository {
  constructor(private readonly db: Db) {}

  private visibility(audience: Audience): Prisma.DocumentWhereInput {
    return audience === "public" ? publishedDocument : { deletedAt: null };
  }

  async list(
    audience: Audience,
    { type, limit = 100, offset = 0 }: { type?: DocumentType; limit?: number; offset?: number } = {},
  ) {
    const where = { ...this.visibility(audience), ...(type ? { type } : {}) };
    const [rows, total] = await Promise.all([
      this.db.document.findMany({
        where,
        ...withTopics,
        orderBy: [{ dateAdopted: "desc" }, { listOrder: "asc" }],
        take: limit,
        skip: offset,
      }),
      this.db.document.count({ where }),
    ]);
    return { items: rows.map(toDocument), total };
  }

  async detailBySlug(slug: string, audience: Audience): Promise<DocumentDetail> {
    const visibility = this.visibility(audience);
    const isPublic = audience === "public";
    const row = await this.db.document.findFirst({
      where: { slug, ...visibility },
      include: {
        topics: { ...(isPublic ? { where: publicDocumentTopic } : {}), select: { topicId: true } },
        actions: { orderBy: { createdAt: "asc" } },
        texts: { orderBy: { lang: "asc" } },
        relationsFrom: { where: { to: visibility }, include: { to: withPublicLinks } },
        relationsTo: { where: { from: visibility }, include: { from: withPublicLinks } },
        adoptingBody: true,
        meeting: {
          select: {
            id: true,
            slug: true,
            titleI18n: true,
            startDate: true,
            endDate: true,
            status: true,
            deletedAt: true,
          },
        },
      },
    });
    if (!row) throw new RecordNotFoundError("document", slug);
    const meetingVisible = row.meeting && (!isPublic || isPublicMeeting(row.meeting));
    const adoptingBody = isPublic ? unlessTrashed(row.adoptingBody) : row.adoptingBody;
    const links = <
      T extends { adoptingBodyId: string | null; adoptingBody: { deletedAt: Date | null } | null },
    >(
      d: T,
    ): T => (isPublic ? withoutTrashedLinks(d, { adoptingBodyId: d.adoptingBody } as never) : d);
    return {
      document: toDocument(links(row)),
      actions: row.actions.map(toDocumentAction),
      texts: row.texts.map(toDocumentText),
      relations: [
        ...row.relationsFrom.map((r) => ({
          relation: toDocumentRelation(r),
          direction: "outgoing" as const,
          other: toDocument(links(r.to)),
        })),
        ...row.relationsTo.map((r) => ({
          relation: toDocumentRelation(r),
          direction: "incoming" as const,
          other: toDocument(links(r.from)),
        })),
      ],
      adoptingBody: adoptingBody ? toOrganization(adoptingBody) : null,
      meeting:
        meetingVisible && row.meeting
          ? {
              id: row.meeting.id,
              slug: row.meeting.slug,
              titleI18n: row.meeting.titleI18n as LocalizedText,
              startDate: row.meeting.startDate,
              endDate: row.meeting.endDate,
            }
          : null,
      ...(await correctionsOf(this.db, "document", row.id)),
    };
  }

  async create(input: CreateDocumentInput, options: WriteOptions): Promise<SaveResult<Document>> {
    return this.db.$transaction(async (tx) => {
      const errors = errorsOf(
        validityIssues({ validFrom: input.validFrom ?? null, validTo: input.validTo ?? null }),
      );
      if (errors.length) throw new RuleViolationError(errors);
      const { topicIds, slug: requestedSlug, ...fields } = input;
      const slug =
        requestedSlug ??
        (await freeSlug(tx, "document", documentSlug(input.titleI18n.en, input.dateAdopted)));
      const id = await createVersioned(
        tx,
        "document",
        { ...fields, slug, topics: { create: topicIds.map((topicId) => ({ topicId })) } },
        options,
      );
      return { record: await this.byIdInTx(tx, id), warnings: [] };
    });
  }

  async update(input: UpdateDocumentInput, options: WriteOptions): Promise<SaveResult<Document>> {
    return this.db.$transaction(async (tx) => {
      const { id, version, topicIds, ...fields } = input;
      const before = await this.byIdInTx(tx, id);
      const errors = errorsOf(validityIssues({ ...before, ...fields }));
      if (errors.length) throw new RuleViolationError(errors);
      await updateVersioned(tx, "document", id, version, fields, options);
      if (topicIds) {
        await tx.documentTopic.deleteMany({ where: { documentId: id } });
        await tx.documentTopic.createMany({ data: topicIds.map((topicId) => ({ documentId: id, topicId })) });
        // The topics it now has list it: their pages are stale too (updateVersioned named the ones it had).
        await markPublicPagesStale(tx, "document", id);
      }
      if (fields.slug && fields.slug !== before.slug) await keepOldSlug(tx, "document", before.slug, id);
      return { record: await this.byIdInTx(tx, id), warnings: [] };
    });
  }

  /** Publishes or unpublishes a document on its own; the trash is TrashRepository's. */
  async setStatus(
    id: string,
    version: number,
    status: PublicationStatus,
    options: WriteOptions,
  ): Promise<SaveResult<Document>> {
    return this.db.$transaction(async (tx) => {
      await updateVersioned(
        tx,
        "document",
        id,
        version,
        { status },
        { ...options, action: status === "published" ? "published" : "unpublished" },
      );
      return { record: await this.byIdInTx(tx, id), warnings: [] };
    });
  }

  private async byIdInTx(tx: Tx, id: string, includeTrashed = false): Promise<Document> {
    const row = await tx.document.findFirst({
      where: { id, ...(includeTrashed ? {} : { deletedAt: null }) },
      ...withTopics,
    });
    if (!row) throw new RecordNotFoundError("document", id);
    return toDocument(row);
  }
}
