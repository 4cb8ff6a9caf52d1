import { z } from "zod";
import { Id } from "../common/id";
import { LocalizedText } from "../common/localized-text";
import { PartialDate } from "../common/partial-date";
import { createShape, recordFields, updateFields } from "../common/record";

/**
 * A rotating presidency over a half-open range. `handoverMeetingId` is the meeting where the term started or
 * ended (Russia's 2019–2020 term and Tajikistan's next one both point at the 10 November 2020 meeting).
 */
const fields = {
  organizationId: Id,
  countryId: Id,
  startDate: PartialDate,
  endDate: PartialDate.nullable(),
  handoverMeetingId: Id.nullable(),
  themeI18n: LocalizedText.nullable(),
};

export const Chairmanship = z.object({ ...recordFields, ...fields });
export type Chairmanship = z.infer<typeof Chairmanship>;

export const CreateChairmanshipInput = z.object(createShape(fields));
export type CreateChairmanshipInput = z.infer<typeof CreateChairmanshipInput>;

export const UpdateChairmanshipInput = z.object(fields).partial().extend(updateFields);
export type UpdateChairmanshipInput = z.infer<typeof UpdateChairmanshipInput>;
