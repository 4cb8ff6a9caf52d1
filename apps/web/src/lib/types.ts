import type { AppRouter, inferRouterOutputs } from "@plenary/api";

type Outputs = inferRouterOutputs<AppRouter>;

/** What the api returns, named as pages use it (the api's own types, not re-shaped). */
export type MeetingDetail = Outputs["meeting"]["bySlug"];
export type MeetingSummary = Outputs["meeting"]["list"]["items"][number];
export type ParticipationEntry = MeetingDetail["participations"][number];
export type DocumentEntry = MeetingDetail["documents"][number];
export type ChairmanshipEntry = MeetingDetail["chairmanships"][number];
export type SpeechEntry = MeetingDetail["speeches"][number];
export type PersonDetail = Outputs["person"]["detail"];
export type CountryProfile = Outputs["publicPages"]["country"];
export type OrganizationProfile = Outputs["publicPages"]["organization"];
export type TopicProfile = Outputs["publicPages"]["topic"];
export type DocumentRegistry = Outputs["publicPages"]["documents"];
export type DocumentDetail = Outputs["document"]["bySlug"];
export type SitemapRecord = Outputs["publicPages"]["sitemapRecords"][number];
