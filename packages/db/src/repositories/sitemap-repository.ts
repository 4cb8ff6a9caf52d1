import type { PartialDate } from "@plenary/domain";
import type { Db } from "../client";
import {
  publicCountry,
  publicOrganization,
  publicPerson,
  publicTopic,
  publishedDocument,
  publishedMeeting,
} from "./visibility";

export type SitemapRecordKind = "meeting" | "person" | "country" | "organization" | "document" | "topic";

/** A public record with a page: what the sitemap lists, with when it last changed. */
export interface SitemapRecord {
  kind: SitemapRecordKind;
  slug: string;
  updatedAt: Date;
  /** Meetings only: the first day, which files the meeting under a year of the archive. */
  startDate?: PartialDate | null;
}

/** Every public record that has a page, read as slugs and dates only, so that a large archive stays cheap to list. */
export class SitemapRepository {
  constructor(private readonly db: Db) {}

  async records(): Promise<SitemapRecord[]> {
    const page = { slug: true, updatedAt: true } as const;
    const [meetings, people, countries, organizations, documents, topics] = await Promise.all([
      this.db.meeting.findMany({
        where: publishedMeeting,
        select: { ...page, startDate: true },
        orderBy: { slug: "asc" },
      }),
      this.db.person.findMany({ where: publicPerson, select: page, orderBy: { slug: "asc" } }),
      this.db.country.findMany({ where: publicCountry, select: page, orderBy: { slug: "asc" } }),
      this.db.organization.findMany({ where: publicOrganization, select: page, orderBy: { slug: "asc" } }),
      this.db.document.findMany({ where: publishedDocument, select: page, orderBy: { slug: "asc" } }),
      this.db.topic.findMany({ where: publicTopic, select: page, orderBy: { slug: "asc" } }),
    ]);
    const as =
      (kind: SitemapRecordKind) => (row: { slug: string; updatedAt: Date; startDate?: string | null }) => ({
        kind,
        ...row,
      });
    return [
      ...meetings.map(as("meeting")),
      ...people.map(as("person")),
      ...countries.map(as("country")),
      ...organizations.map(as("organization")),
      ...documents.map(as("document")),
      ...topics.map(as("topic")),
    ];
  }
}
