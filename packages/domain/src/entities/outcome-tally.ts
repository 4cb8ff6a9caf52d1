import { z } from "zod";
import { Id } from "../common/id";
import { LocalizedText } from "../common/localized-text";
import { createShape, recordFields, updateFields } from "../common/record";
import { DocumentType } from "./document";

/** Sources often give a count but list only some items ("9 decisions", 3 named); the tally keeps the count. */
const fields = {
  meetingId: Id,
  documentType: DocumentType,
  count: z.int({ error: "Count must be a whole number" }).min(0, { error: "Count cannot be negative" }),
  noteI18n: LocalizedText.nullable(),
};

export const OutcomeTally = z.object({ ...recordFields, ...fields });
export type OutcomeTally = z.infer<typeof OutcomeTally>;

export const CreateOutcomeTallyInput = z.object(createShape(fields));
export type CreateOutcomeTallyInput = z.infer<typeof CreateOutcomeTallyInput>;

export const UpdateOutcomeTallyInput = z.object(fields).partial().extend(updateFields);
export type UpdateOutcomeTallyInput = z.infer<typeof UpdateOutcomeTallyInput>;
