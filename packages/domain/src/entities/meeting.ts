import { z } from "zod";
import { Id } from "../common/id";
import { LocalizedText } from "../common/localized-text";
import { PartialDate } from "../common/partial-date";
import {
  PublicationStatus,
  createPageFields,
  createShape,
  pageFields,
  publishableFields,
  recordFields,
  updateFields,
} from "../common/record";

export const MeetingClassification = z.enum([
  "summit",
  "council_meeting",
  "ministerial",
  "extraordinary",
  "other",
]);
export type MeetingClassification = z.infer<typeof MeetingClassification>;

export const AttendanceMode = z.enum(["in_person", "online", "hybrid"]);
export type AttendanceMode = z.infer<typeof AttendanceMode>;

/** Null for a meeting with no physical venue (the 2020 SCO summit was held by videoconference). */
export const Venue = z.object({
  city: LocalizedText.optional(),
  countryId: Id.optional(),
});
export type Venue = z.infer<typeof Venue>;

export const MeetingOrdinal = z
  .int({ error: "Ordinal must be a whole number" })
  .min(1, { error: "Ordinal starts at 1" });

/**
 * A schema.org Event: `startDate` is the first day and `endDate` the last day (a one-day meeting has both equal).
 * Series, body and dates may be missing while the meeting is a draft; rule 7 requires them before publishing.
 */
const fields = {
  seriesId: Id.nullable(),
  bodyId: Id.nullable(),
  ordinal: MeetingOrdinal.nullable(),
  titleI18n: LocalizedText,
  classification: MeetingClassification,
  startDate: PartialDate.nullable(),
  endDate: PartialDate.nullable(),
  attendanceMode: AttendanceMode,
  venue: Venue.nullable(),
  hostCountryId: Id.nullable(),
  coChaired: z.boolean(),
  topicIds: z.array(Id),
  summaryI18n: LocalizedText.nullable(),
  status: PublicationStatus,
};

export const Meeting = z.object({ ...recordFields, ...pageFields, ...publishableFields, ...fields });
export type Meeting = z.infer<typeof Meeting>;

export const CreateMeetingInput = z.object({
  ...createPageFields,
  ...createShape(fields),
  coChaired: fields.coChaired.default(false),
  status: PublicationStatus.default("draft"),
});
export type CreateMeetingInput = z.infer<typeof CreateMeetingInput>;

export const UpdateMeetingInput = z
  .object({ ...pageFields, ...fields })
  .partial()
  .extend(updateFields);
export type UpdateMeetingInput = z.infer<typeof UpdateMeetingInput>;
