import { z } from "zod";
import { Id } from "../common/id";
import { LocalizedText } from "../common/localized-text";
import { createShape, recordFields, updateFields } from "../common/record";

const fields = {
  /** The body whose meetings form the series. */
  organizationId: Id,
  nameI18n: LocalizedText,
};

export const MeetingSeries = z.object({ ...recordFields, ...fields });
export type MeetingSeries = z.infer<typeof MeetingSeries>;

export const CreateMeetingSeriesInput = z.object(createShape(fields));
export type CreateMeetingSeriesInput = z.infer<typeof CreateMeetingSeriesInput>;

export const UpdateMeetingSeriesInput = z.object(fields).partial().extend(updateFields);
export type UpdateMeetingSeriesInput = z.infer<typeof UpdateMeetingSeriesInput>;
