import { z } from "zod";
import { Slug } from "../common/slug";
import { Country } from "./country";
import { MeetingRecordInput, withHandoverEnds } from "./meeting-record";
import { MeetingSeries } from "./meeting-series";
import { Occupancy } from "./occupancy";
import { OrgMembership } from "./org-membership";
import { Organization } from "./organization";
import { Person } from "./person";
import { Post } from "./post";
import { Topic } from "./topic";

/** A linked record as exported: everything but the store's bookkeeping, which the importing store sets itself. */
const bookkeeping = { createdAt: true, updatedAt: true, version: true } as const;

export const MEETING_EXPORT_FORMAT = "plenary.meeting/1";

/**
 * One meeting with every record it links to, as JSON: the meeting record the editor saves, plus the countries,
 * organizations (with their parents), people, posts, occupancies, series, memberships and topics it refers to, so
 * that another Plenary can import it whole. Import matches linked records by id, then by slug (countries by ISO
 * code), and creates the rest.
 */
export const MeetingExport = z.object({
  format: z.literal(MEETING_EXPORT_FORMAT),
  exportedAt: z.string(),
  // Exports made before terms were linked at both ends carry no `at`; they are read as they were meant.
  meeting: z.preprocess(
    (meeting) => (meeting && typeof meeting === "object" ? withHandoverEnds(meeting) : meeting),
    MeetingRecordInput.extend({ slug: Slug }),
  ),
  linked: z.object({
    countries: z.array(Country.omit(bookkeeping)).default([]),
    organizations: z.array(Organization.omit(bookkeeping)).default([]),
    memberships: z.array(OrgMembership.omit(bookkeeping)).default([]),
    people: z.array(Person.omit(bookkeeping)).default([]),
    posts: z.array(Post.omit(bookkeeping)).default([]),
    occupancies: z.array(Occupancy.omit(bookkeeping)).default([]),
    series: z.array(MeetingSeries.omit(bookkeeping)).default([]),
    topics: z.array(Topic.omit(bookkeeping)).default([]),
  }),
});
export type MeetingExport = z.output<typeof MeetingExport>;
