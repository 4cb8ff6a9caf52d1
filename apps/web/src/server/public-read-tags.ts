// The public pages' reads: which API procedure each one calls and the cache tags it is kept under (`cacheTags`, the
// names under which every change stores the pages it made stale, packages/db stale-pages.ts). public-reads.ts caches
// them; this module has no "server-only" so that public-read-tags.integration.test.ts can check, against the real
// reads on the seeded archive, that every answer holding a record is cached under a tag that record's change names.
//
// A record's page is kept under its own page tag only: a change names the pages of every record that shows it. The
// lists (home, archive, registry, indexes) are kept under the list tags of every kind they show or whose records
// decide what they show (a meeting's publication makes its body public; a person in the trash is no longer counted
// among its participants).
import type { createCaller } from "@plenary/api";
import { cacheTags, PageKind } from "@plenary/domain";

export type PublicApi = ReturnType<typeof createCaller>;

interface PublicRead<Args extends string[], T> {
  tags: (...args: Args) => string[];
  read: (api: PublicApi, ...args: Args) => Promise<T>;
}

const publicRead = <Args extends string[], T>(definition: PublicRead<Args, T>) => definition;

/** A list of meeting summaries shows each meeting's body and its number of (not trashed) participants. */
const MEETING_SUMMARIES = [
  cacheTags.list("meeting"),
  cacheTags.list("organization"),
  cacheTags.list("person"),
];

/** The registry shows published documents (of published meetings), their bodies' and topics' names as facets. */
const DOCUMENT_REGISTRY = [
  cacheTags.list("document"),
  cacheTags.list("meeting"),
  cacheTags.list("organization"),
  cacheTags.list("topic"),
];

export const PUBLIC_READS = {
  latestMeetings: publicRead({
    tags: () => MEETING_SUMMARIES,
    read: (api) => api.meeting.list({ limit: 20, offset: 0 }),
  }),
  meeting: publicRead({
    tags: (slug: string) => [cacheTags.page("meeting", slug)],
    read: (api, slug: string) => api.meeting.bySlug({ slug }),
  }),
  person: publicRead({
    tags: (slug: string) => [cacheTags.page("person", slug)],
    read: (api, slug: string) => api.person.detail({ slug }),
  }),
  country: publicRead({
    tags: (slug: string) => [cacheTags.page("country", slug)],
    read: (api, slug: string) => api.publicPages.country({ slug }),
  }),
  organization: publicRead({
    tags: (slug: string) => [cacheTags.page("organization", slug)],
    read: (api, slug: string) => api.publicPages.organization({ slug }),
  }),
  document: publicRead({
    tags: (slug: string) => [cacheTags.page("document", slug)],
    read: (api, slug: string) => api.document.bySlug({ slug }),
  }),
  topic: publicRead({
    tags: (slug: string) => [cacheTags.page("topic", slug)],
    read: (api, slug: string) => api.publicPages.topic({ slug }),
  }),
  meetingPage: publicRead({
    tags: (_offset: string) => MEETING_SUMMARIES,
    read: (api, offset: string) => api.meeting.list({ limit: 200, offset: Number(offset) }),
  }),
  /** Public organizations: public because published meetings, documents, chairs' handovers or posts refer to them. */
  topLevelOrganizations: publicRead({
    tags: () => [
      cacheTags.list("organization"),
      cacheTags.list("meeting"),
      cacheTags.list("document"),
      cacheTags.list("post"),
    ],
    read: (api) => api.organization.list({ limit: 200, offset: 0 }),
  }),
  /** Every public topic with its numbers of published meetings and documents. */
  topics: publicRead({
    tags: () => [cacheTags.list("topic"), cacheTags.list("meeting"), cacheTags.list("document")],
    read: (api) => api.publicPages.topics(),
  }),
  archiveYears: publicRead({
    tags: () => [cacheTags.list("meeting")],
    read: (api) => api.publicPages.archiveYears(),
  }),
  /**
   * A year's meetings in a summary: kept under that year's tag (which every change of one of its meetings, or of
   * what their summaries show, names: stale-pages.ts) and the organizations' list (a body's name).
   */
  archiveYear: publicRead({
    tags: (year: string) => [cacheTags.archiveYear(year), cacheTags.list("organization")],
    read: (api, year: string) => api.publicPages.archiveYear({ year }),
  }),
  /** The registry: published documents (of published meetings) with their bodies' and topics' names as facets. */
  documentsPage: publicRead({
    tags: (_offset: string) => DOCUMENT_REGISTRY,
    read: (api, offset: string) => api.publicPages.documents({ limit: 200, offset: Number(offset) }),
  }),
  /** The registry's counts of documents per year by type, for its chart (the facets, with the fewest items read). */
  documentsPerYear: publicRead({
    tags: () => DOCUMENT_REGISTRY,
    read: (api) => api.publicPages.documents({ limit: 1, offset: 0 }),
  }),
  /** Everything the sitemap lists besides meetings: first pages of each kind of record. */
  sitemapRecords: publicRead({
    tags: () => [...new Set([...PageKind.options.map(cacheTags.list), cacheTags.everyPage])],
    read: (api) =>
      Promise.all([
        api.person.list({ limit: 200, offset: 0 }),
        api.country.list({ limit: 200, offset: 0 }),
        api.organization.list({ limit: 200, offset: 0 }),
        api.publicPages.documents({ limit: 200, offset: 0 }),
        api.publicPages.topics(),
        api.publicPages.archiveYears(),
      ]),
  }),
  /** A page of the JSON API's meeting list; `query` is the validated query as canonical JSON (the cache key). */
  meetingApiPage: publicRead({
    tags: (_query: string) => [...MEETING_SUMMARIES, cacheTags.list("country")],
    read: (api, query: string) =>
      api.meeting.page(JSON.parse(query) as Parameters<PublicApi["meeting"]["page"]>[0]),
  }),
};
