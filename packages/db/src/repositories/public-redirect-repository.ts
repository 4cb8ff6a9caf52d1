import type { Db } from "../client";
import {
  publicCountry,
  publicOrganization,
  publicPerson,
  publicTopic,
  publishedDocument,
  publishedMeeting,
} from "./visibility";

export type RedirectableType = "meeting" | "document" | "person" | "country" | "organization" | "topic";

/**
 * Old addresses keep working: a renamed record's previous slug resolves to its current one — only while the
 * record itself is public, so a redirect never reveals a draft or trashed record.
 */
export class PublicRedirectRepository {
  constructor(private readonly db: Db) {}

  async currentSlug(entityType: RedirectableType, oldSlug: string): Promise<string | null> {
    const redirect = await this.db.slugRedirect.findUnique({
      where: { entityType_slug: { entityType, slug: oldSlug } },
    });
    if (!redirect) return null;
    const where = { id: redirect.entityId };
    const select = { slug: true } as const;
    const row = await {
      meeting: () => this.db.meeting.findFirst({ where: { ...where, ...publishedMeeting }, select }),
      document: () => this.db.document.findFirst({ where: { ...where, ...publishedDocument }, select }),
      person: () => this.db.person.findFirst({ where: { ...where, ...publicPerson }, select }),
      country: () => this.db.country.findFirst({ where: { ...where, ...publicCountry }, select }),
      organization: () =>
        this.db.organization.findFirst({ where: { ...where, ...publicOrganization }, select }),
      topic: () => this.db.topic.findFirst({ where: { ...where, ...publicTopic }, select }),
    }[entityType]();
    return row && row.slug !== oldSlug ? row.slug : null;
  }
}
