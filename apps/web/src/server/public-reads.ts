import "server-only";
import { cacheTags, PageKind } from "@plenary/domain";
import { api } from "./api";
import { cachedRead } from "./cached";

// The public pages' reads, cached under the domain's cache tags (`cacheTags`), the names under which every change
// stores the pages it made stale (packages/db stale-pages.ts). A page that shows a meeting's facts carries
// `everyPage` ("meetings") as well, because a change to any meeting can change it.

export const readLatestMeetings = cachedRead(
  "latest-meetings",
  () => [cacheTags.list("meeting")],
  () => api().meeting.list({ limit: 20, offset: 0 }),
);

export const readMeeting = cachedRead(
  "meeting",
  (slug) => [cacheTags.list("meeting"), cacheTags.page("meeting", slug), cacheTags.list("document")],
  (slug) => api().meeting.bySlug({ slug }),
);

export const readPerson = cachedRead(
  "person",
  (slug) => [cacheTags.list("person"), cacheTags.page("person", slug), cacheTags.everyPage],
  (slug) => api().person.detail({ slug }),
);

export const readCountry = cachedRead(
  "country",
  (slug) => [cacheTags.list("country"), cacheTags.page("country", slug), cacheTags.everyPage],
  (slug) => api().publicPages.country({ slug }),
);

export const readOrganization = cachedRead(
  "organization",
  (slug) => [cacheTags.list("organization"), cacheTags.page("organization", slug), cacheTags.everyPage],
  (slug) => api().publicPages.organization({ slug }),
);

export const readDocument = cachedRead(
  "document",
  (slug) => [cacheTags.list("document"), cacheTags.page("document", slug), cacheTags.everyPage],
  (slug) => api().document.bySlug({ slug }),
);

export const readTopic = cachedRead(
  "topic",
  (slug) => [
    cacheTags.list("topic"),
    cacheTags.page("topic", slug),
    cacheTags.everyPage,
    cacheTags.list("document"),
  ],
  (slug) => api().publicPages.topic({ slug }),
);

export const readMeetingPage = cachedRead(
  "meeting-page",
  (_offset: string) => [cacheTags.list("meeting")],
  (offset: string) => api().meeting.list({ limit: 200, offset: Number(offset) }),
);

export const readTopLevelOrganizations = cachedRead(
  "organizations",
  () => [cacheTags.list("organization")],
  () => api().organization.list({ limit: 200, offset: 0 }),
);

export const readTopics = cachedRead(
  "topics",
  () => [cacheTags.list("topic"), cacheTags.everyPage, cacheTags.list("document")],
  () => api().publicPages.topics(),
);

export const readArchiveYears = cachedRead(
  "archive-years",
  () => [cacheTags.list("meeting")],
  () => api().publicPages.archiveYears(),
);

export const readArchiveYear = cachedRead(
  "archive-year",
  (_year: string) => [cacheTags.list("meeting")],
  (year: string) => api().publicPages.archiveYear({ year }),
);

export const readDocumentsPage = cachedRead(
  "documents-page",
  (_offset: string) => [cacheTags.list("document"), cacheTags.everyPage, cacheTags.list("organization")],
  (offset: string) => api().publicPages.documents({ limit: 200, offset: Number(offset) }),
);

/** The registry's counts of documents per year by type, for its chart (the facets, with the fewest items read). */
export const readDocumentsPerYear = cachedRead(
  "documents-per-year",
  () => [cacheTags.list("document"), cacheTags.everyPage],
  () => api().publicPages.documents({ limit: 1, offset: 0 }),
);

/** Everything the sitemap lists besides meetings: first pages of each kind of record. */
export const readSitemapRecords = cachedRead(
  "sitemap-records",
  () => [...PageKind.options.map(cacheTags.list), cacheTags.everyPage],
  () =>
    Promise.all([
      api().person.list({ limit: 200, offset: 0 }),
      api().country.list({ limit: 200, offset: 0 }),
      api().organization.list({ limit: 200, offset: 0 }),
      api().publicPages.documents({ limit: 200, offset: 0 }),
      api().publicPages.topics(),
      api().publicPages.archiveYears(),
    ]),
);

/** A page of the JSON API's meeting list; `query` is the validated query as canonical JSON (the cache key). */
export const readMeetingApiPage = cachedRead(
  "meeting-api-page",
  (_query: string) => [cacheTags.list("meeting"), cacheTags.list("organization"), cacheTags.list("country")],
  (query: string) =>
    api().meeting.page(JSON.parse(query) as Parameters<ReturnType<typeof api>["meeting"]["page"]>[0]),
);
