import type { Document, Topic } from "@plenary/domain";
import type { Db } from "../client";
import { RecordNotFoundError } from "./errors";
import { toDocument, toTopic } from "./mappers";
import type { MeetingSummary } from "./meeting-repository";
import { meetingSummarySelect, newestMeetingsFirst, toMeetingSummary } from "./public-summaries";
import {
  documentLinks,
  withoutTrashedLinks,
  publicDocumentTopic,
  publicTopic,
  publishedDocument,
  publishedMeeting,
} from "./visibility";

export interface TopicProfile {
  topic: Topic;
  parent: Topic | null;
  children: Topic[];
  meetings: MeetingSummary[];
  documents: Document[];
}

/** A public topic page: the published meetings and documents about it. */
export class TopicProfileRepository {
  constructor(private readonly db: Db) {}

  async bySlug(slug: string): Promise<TopicProfile> {
    const row = await this.db.topic.findFirst({
      where: { slug, ...publicTopic },
      include: {
        children: { where: publicTopic, orderBy: { slug: "asc" } },
        documents: {
          where: { document: publishedDocument },
          include: {
            document: {
              include: {
                topics: { where: publicDocumentTopic, select: { topicId: true } },
                ...documentLinks,
              },
            },
          },
          orderBy: [{ document: { dateAdopted: "desc" } }, { document: { listOrder: "asc" } }],
        },
      },
    });
    if (!row) throw new RecordNotFoundError("topic", slug);
    const [parent, meetings] = await Promise.all([
      row.parentId ? this.db.topic.findFirst({ where: { id: row.parentId, ...publicTopic } }) : null,
      this.db.meeting.findMany({
        where: { ...publishedMeeting, topics: { some: { topicId: row.id } } },
        select: meetingSummarySelect,
        orderBy: newestMeetingsFirst,
      }),
    ]);
    return {
      topic: toTopic(row),
      parent: parent ? toTopic(parent) : null,
      children: row.children.map(toTopic),
      meetings: meetings.map(toMeetingSummary),
      documents: row.documents.map(({ document }) =>
        toDocument(withoutTrashedLinks(document, { adoptingBodyId: document.adoptingBody })),
      ),
    };
  }

  /** Every public topic, with how many published meetings and documents it has. */
  async list(): Promise<{ topic: Topic; meetings: number; documents: number }[]> {
    const rows = await this.db.topic.findMany({
      where: publicTopic,
      include: {
        _count: {
          select: {
            meetings: { where: { meeting: publishedMeeting } },
            documents: { where: { document: publishedDocument } },
          },
        },
      },
      orderBy: { slug: "asc" },
    });
    return rows.map((row) => ({
      topic: toTopic(row),
      meetings: row._count.meetings,
      documents: row._count.documents,
    }));
  }
}
