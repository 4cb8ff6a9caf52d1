import { z } from "zod";
import { Id } from "../common/id";
import { NonEmptyString } from "../common/localized-text";
import { PartialDate } from "../common/partial-date";
import { createShape, recordFields, updateFields } from "../common/record";

export const DocumentActionType = z.enum([
  "adopted",
  "approved",
  "signed",
  "ratified",
  "entered_into_force",
  "circulated_to_un",
  "other",
]);
export type DocumentActionType = z.infer<typeof DocumentActionType>;

/** A step in a document's life; `planned` marks announced steps ("to be distributed to the UN"). */
const fields = {
  documentId: Id,
  date: PartialDate.nullable(),
  type: DocumentActionType,
  planned: z.boolean(),
  /** Who acts, as free text ("SCO Secretariat"). */
  actor: NonEmptyString.nullable(),
  reference: NonEmptyString.nullable(),
};

export const DocumentAction = z.object({ ...recordFields, ...fields });
export type DocumentAction = z.infer<typeof DocumentAction>;

export const CreateDocumentActionInput = z.object({
  ...createShape(fields),
  planned: fields.planned.default(false),
});
export type CreateDocumentActionInput = z.infer<typeof CreateDocumentActionInput>;

export const UpdateDocumentActionInput = z.object(fields).partial().extend(updateFields);
export type UpdateDocumentActionInput = z.infer<typeof UpdateDocumentActionInput>;
