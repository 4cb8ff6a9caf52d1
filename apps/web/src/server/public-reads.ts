import "server-only";
import { api } from "./api";
import { cachedRead } from "./cached";
import { PUBLIC_READS as R } from "./public-read-tags";

// The public pages' reads, cached under the tags public-read-tags.ts gives each (a record's page under its own page
// tag; lists under the list tags of what they show), the names under which every change stores the pages it made
// stale (packages/db stale-pages.ts).

export const readLatestMeetings = cachedRead("latest-meetings", R.latestMeetings.tags, () =>
  R.latestMeetings.read(api()),
);

export const readMeeting = cachedRead("meeting", R.meeting.tags, (slug) => R.meeting.read(api(), slug));

export const readPerson = cachedRead("person", R.person.tags, (slug) => R.person.read(api(), slug));

export const readCountry = cachedRead("country", R.country.tags, (slug) => R.country.read(api(), slug));

export const readOrganization = cachedRead("organization", R.organization.tags, (slug) =>
  R.organization.read(api(), slug),
);

export const readDocument = cachedRead("document", R.document.tags, (slug) => R.document.read(api(), slug));

export const readTopic = cachedRead("topic", R.topic.tags, (slug) => R.topic.read(api(), slug));

export const readMeetingPage = cachedRead("meeting-page", R.meetingPage.tags, (offset) =>
  R.meetingPage.read(api(), offset),
);

export const readTopLevelOrganizations = cachedRead("organizations", R.topLevelOrganizations.tags, () =>
  R.topLevelOrganizations.read(api()),
);

export const readTopics = cachedRead("topics", R.topics.tags, () => R.topics.read(api()));

export const readArchiveYears = cachedRead("archive-years", R.archiveYears.tags, () =>
  R.archiveYears.read(api()),
);

export const readArchiveYear = cachedRead("archive-year", R.archiveYear.tags, (year) =>
  R.archiveYear.read(api(), year),
);

export const readDocumentsPage = cachedRead("documents-page", R.documentsPage.tags, (offset) =>
  R.documentsPage.read(api(), offset),
);

/** The registry's counts of documents per year by type, for its chart (the facets, with the fewest items read). */
export const readDocumentsPerYear = cachedRead("documents-per-year", R.documentsPerYear.tags, () =>
  R.documentsPerYear.read(api()),
);

/** Everything the sitemap lists besides meetings: first pages of each kind of record. */
export const readSitemapRecords = cachedRead("sitemap-records", R.sitemapRecords.tags, () =>
  R.sitemapRecords.read(api()),
);

/** A page of the JSON API's meeting list; `query` is the validated query as canonical JSON (the cache key). */
export const readMeetingApiPage = cachedRead("meeting-api-page", R.meetingApiPage.tags, (query) =>
  R.meetingApiPage.read(api(), query),
);
