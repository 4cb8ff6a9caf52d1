import "server-only";
import { api } from "./api";
import { cachedRead } from "./cached";

// The public pages' reads, cached under the tags the admin revalidates when it publishes (see cached.ts). A page
// that shows a meeting's facts is tagged "meetings" as well, because publishing any meeting can change it.

export const readLatestMeetings = cachedRead("latest-meetings", () => ["meetings"], () => api().meeting.list({ limit: 20, offset: 0 }));

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
