import { z } from "zod";
import { Id } from "../common/id";
import { LocalizedText } from "../common/localized-text";
import { PartialDate } from "../common/partial-date";
import { createShape, recordFields, updateFields } from "../common/record";

/**
 * A rotating presidency over a half-open range, linked to the meeting where it started and the one where it ended
 * (Tajikistan's term started at the 10 November 2020 meeting and ended at the next summit; Russia's previous one
 * ended at the 2020 meeting). DOMAIN.md names a single `handoverMeetingId`; a term touches two meetings, and one
 * link could only hold either, so saving the later meeting took the term away from the earlier one. A term cannot
 * start and end at the same meeting (rule 5).
 */
const fields = {
  organizationId: Id,
  countryId: Id,
  startDate: PartialDate,
  endDate: PartialDate.nullable(),
  startedAtMeetingId: Id.nullable(),
  endedAtMeetingId: Id.nullable(),
  themeI18n: LocalizedText.nullable(),
};

const oneEndPerMeeting = {
  message:
    "A term cannot start and end at the same meeting: link the meeting where it ended, or where it started.",
  path: ["endedAtMeetingId"],
};
const endsApart = (c: { startedAtMeetingId?: string | null; endedAtMeetingId?: string | null }) =>
  !c.startedAtMeetingId || c.startedAtMeetingId !== c.endedAtMeetingId;

export const Chairmanship = z.object({ ...recordFields, ...fields });
export type Chairmanship = z.infer<typeof Chairmanship>;

export const CreateChairmanshipInput = z.object(createShape(fields)).refine(endsApart, oneEndPerMeeting);
export type CreateChairmanshipInput = z.infer<typeof CreateChairmanshipInput>;

export const UpdateChairmanshipInput = z
  .object(fields)
  .partial()
  .extend(updateFields)
  .refine(endsApart, oneEndPerMeeting);
export type UpdateChairmanshipInput = z.infer<typeof UpdateChairmanshipInput>;
