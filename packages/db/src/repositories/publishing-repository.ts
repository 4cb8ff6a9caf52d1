import type { LocalizedText, PublicationStatus, RuleIssue } from "@plenary/domain";
import type { Db } from "../client";
import { RecordNotFoundError } from "./errors";
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

/**
 * Draft → published for meetings and documents. Publishing a meeting also publishes the draft documents it lists,
 * so the editor first sees their names (`preview`) and confirms exactly those; a list that no longer matches (a
 * colleague added a document meanwhile) is refused rather than publishing something unseen. Every status change
 * marks the pages it touches stale in its own transaction (see stale-pages.ts).
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

  /** Publishes the meeting and exactly the draft documents the editor confirmed, in one transaction. */
  async publishMeeting(
    meetingId: string,
    version: number,
    confirmedDocumentIds: string[],
    options: WriteOptions,
  ) {
    return this.meetings.setStatus(meetingId, version, "published", { ...options, confirmedDocumentIds });
  }

  async setMeetingStatus(
    meetingId: string,
    version: number,
    status: PublicationStatus,
    options: WriteOptions,
  ) {
    return this.meetings.setStatus(meetingId, version, status, options);
  }

  async setDocumentStatus(
    documentId: string,
    version: number,
    status: PublicationStatus,
    options: WriteOptions,
  ) {
    return this.documents.setStatus(documentId, version, status, options);
  }
}
