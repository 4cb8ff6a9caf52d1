import type { LocalizedText, PublicationStatus, RuleIssue } from "@plenary/domain";
import type { Db } from "../client";
import { RecordNotFoundError, RuleViolationError } from "./errors";
import type { MeetingRepository } from "./meeting-repository";
import type { DocumentRepository } from "./document-repository";
import type { WriteOptions } from "./versioned-write";

export interface DraftDocumentName {
  id: string;
  slug: string;
  titleI18n: LocalizedText;
}

export interface PublishPreview {
  id: string;
  slug: string;
  version: number;
  status: PublicationStatus;
  /** The drafts that publishing the meeting publishes too: the editor confirms them by name. */
  draftDocuments: DraftDocumentName[];
}

export type PublishableType = "meeting" | "document";

export interface BulkItem {
  entityType: PublishableType;
  id: string;
  version: number;
}

export interface BulkOutcome extends BulkItem {
  ok: boolean;
  /** Why an item was refused (conflict, rule, not found): the others go ahead. */
  message?: string;
  issues?: RuleIssue[];
}

/** The public site's cache tags a change of this record's visibility touches. */
export interface Revalidation {
  tags: string[];
}

/** Reference pages (people, posts…) appear and disappear with the meetings that refer to them. */
const REFERENCE_TAGS = ["people", "posts", "countries", "organizations", "topics"];

/**
 * Draft → published for meetings and documents. Publishing a meeting also publishes the draft documents it lists,
 * so the editor first sees their names (`preview`) and confirms exactly those; a list that no longer matches (a
 * colleague added a document meanwhile) is refused rather than publishing something unseen.
 */
export class PublishingRepository {
  constructor(
    private readonly db: Db,
    private readonly meetings: MeetingRepository,
    private readonly documents: DocumentRepository,
  ) {}

  async preview(meetingId: string): Promise<PublishPreview> {
    const meeting = await this.db.meeting.findFirst({
      where: { id: meetingId, deletedAt: null },
      select: {
        id: true,
        slug: true,
        version: true,
        status: true,
        documents: {
          where: { status: "draft", deletedAt: null },
          orderBy: [{ listOrder: "asc" }, { createdAt: "asc" }],
          select: { id: true, slug: true, titleI18n: true },
        },
      },
    });
    if (!meeting) throw new RecordNotFoundError("meeting", meetingId);
    return {
      ...meeting,
      draftDocuments: meeting.documents.map((d) => ({ ...d, titleI18n: d.titleI18n as LocalizedText })),
    };
  }

  async publishMeeting(
    meetingId: string,
    version: number,
    confirmedDocumentIds: string[],
    options: WriteOptions,
  ) {
    const preview = await this.preview(meetingId);
    const confirmed = new Set(confirmedDocumentIds);
    const unconfirmed = preview.draftDocuments.filter((d) => !confirmed.has(d.id));
    const stale = confirmedDocumentIds.filter((id) => !preview.draftDocuments.some((d) => d.id === id));
    if (unconfirmed.length || stale.length) {
      throw new RuleViolationError([
        {
          rule: "publish",
          code: "documents_not_confirmed",
          severity: "error",
          path: ["confirmedDocumentIds"],
          message: unconfirmed.length
            ? `Publishing this meeting also publishes ${unconfirmed.map((d) => `“${d.titleI18n.en}”`).join(", ")}; confirm them to go ahead.`
            : "The meeting's draft documents changed since you confirmed them; review the list again.",
        },
      ]);
    }
    const result = await this.meetings.setStatus(meetingId, version, "published", options);
    return { ...result, revalidation: await this.revalidation("meeting", meetingId) };
  }

  async setMeetingStatus(
    meetingId: string,
    version: number,
    status: PublicationStatus,
    options: WriteOptions,
  ) {
    const result = await this.meetings.setStatus(meetingId, version, status, options);
    return { ...result, revalidation: await this.revalidation("meeting", meetingId) };
  }

  async setDocumentStatus(
    documentId: string,
    version: number,
    status: PublicationStatus,
    options: WriteOptions,
  ) {
    const result = await this.documents.setStatus(documentId, version, status, options);
    return { ...result, revalidation: await this.revalidation("document", documentId) };
  }

  /** Tags of the public pages that show this record: its own page, the lists, and what it links to. */
  async revalidation(
    entityType: PublishableType | "person" | "post" | "country" | "organization" | "topic",
    id: string,
  ): Promise<Revalidation> {
    if (entityType === "meeting") {
      const meeting = await this.db.meeting.findUnique({
        where: { id },
        select: { slug: true, documents: { select: { slug: true } } },
      });
      const redirects = await this.db.slugRedirect.findMany({
        where: { entityType: "meeting", entityId: id },
        select: { slug: true },
      });
      if (!meeting) return { tags: ["meetings"] };
      return {
        tags: [
          "meetings",
          `meeting:${meeting.slug}`,
          ...redirects.map((r) => `meeting:${r.slug}`),
          "documents",
          ...meeting.documents.map((d) => `document:${d.slug}`),
          ...REFERENCE_TAGS,
        ],
      };
    }
    if (entityType === "document") {
      const document = await this.db.document.findUnique({
        where: { id },
        select: { slug: true, meeting: { select: { slug: true } } },
      });
      if (!document) return { tags: ["documents"] };
      return {
        tags: [
          "documents",
          `document:${document.slug}`,
          ...(document.meeting ? ["meetings", `meeting:${document.meeting.slug}`] : []),
        ],
      };
    }
    const plural: Record<string, string> = {
      person: "people",
      post: "posts",
      country: "countries",
      organization: "organizations",
      topic: "topics",
    };
    const row =
      (await (
        this.db[entityType] as unknown as { findUnique(args: object): Promise<{ slug: string } | null> }
      ).findUnique({
        where: { id },
        select: { slug: true },
      })) ?? null;
    return { tags: [plural[entityType]!, ...(row ? [`${entityType}:${row.slug}`] : []), "meetings"] };
  }
}
