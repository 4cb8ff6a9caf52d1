import "server-only";
import { api } from "./api";
import { cachedRead } from "./cached";

// The public pages' reads, cached under the tags the admin revalidates when it publishes (see cached.ts). A page
// that shows a meeting's facts is tagged "meetings" as well, because publishing any meeting can change it.

export const readLatestMeetings = cachedRead(
  "latest-meetings",
  () => ["meetings"],
  () => api().meeting.list({ limit: 20, offset: 0 }),
);

export const readMeeting = cachedRead(
  "meeting",
  (slug) => ["meetings", `meeting:${slug}`, "documents"],
  (slug) => api().meeting.bySlug({ slug }),
);

export const readPerson = cachedRead(
  "person",
  (slug) => ["people", `person:${slug}`, "meetings"],
  (slug) => api().person.detail({ slug }),
);

export const readCountry = cachedRead(
  "country",
  (slug) => ["countries", `country:${slug}`, "meetings"],
  (slug) => api().publicPages.country({ slug }),
);

export const readOrganization = cachedRead(
  "organization",
  (slug) => ["organizations", `organization:${slug}`, "meetings"],
  (slug) => api().publicPages.organization({ slug }),
);

export const readDocument = cachedRead(
  "document",
  (slug) => ["documents", `document:${slug}`, "meetings"],
  (slug) => api().document.bySlug({ slug }),
);

export const readTopic = cachedRead(
  "topic",
  (slug) => ["topics", `topic:${slug}`, "meetings", "documents"],
  (slug) => api().publicPages.topic({ slug }),
);

export const readMeetingPage = cachedRead(
  "meeting-page",
  (_offset: string) => ["meetings"],
  (offset: string) => api().meeting.list({ limit: 200, offset: Number(offset) }),
);

export const readTopLevelOrganizations = cachedRead(
  "organizations",
  () => ["organizations"],
  () => api().organization.list({ limit: 200, offset: 0 }),
);

export const readTopics = cachedRead(
  "topics",
  () => ["topics", "meetings", "documents"],
  () => api().publicPages.topics(),
);

export const readArchiveYears = cachedRead(
  "archive-years",
  () => ["meetings"],
  () => api().publicPages.archiveYears(),
);

export const readArchiveYear = cachedRead(
  "archive-year",
  (_year: string) => ["meetings"],
  (year: string) => api().publicPages.archiveYear({ year }),
);

export const readDocumentsPage = cachedRead(
  "documents-page",
  (_offset: string) => ["documents", "meetings", "organizations"],
  (offset: string) => api().publicPages.documents({ limit: 200, offset: Number(offset) }),
);

/** Everything the sitemap lists besides meetings: first pages of each kind of record. */
export const readSitemapRecords = cachedRead(
  "sitemap-records",
  () => ["people", "countries", "organizations", "documents", "topics", "meetings"],
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
