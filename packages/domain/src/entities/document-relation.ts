import { z } from "zod";
import { Id } from "../common/id";
import { createShape, recordFields, updateFields } from "../common/record";

export const DocumentRelationType = z.enum([
  "approves",
  "implements",
  "amends",
  "supersedes",
  "annex_of",
  "part_of_package",
  "references",
]);
export type DocumentRelationType = z.infer<typeof DocumentRelationType>;

/** Reads "from —type→ to": decision —approves→ action plan —implements→ strategy. */
const fields = {
  fromId: Id,
  toId: Id,
  type: DocumentRelationType,
};

export const DocumentRelation = z.object({ ...recordFields, ...fields });
export type DocumentRelation = z.infer<typeof DocumentRelation>;

export const CreateDocumentRelationInput = z.object(createShape(fields));
export type CreateDocumentRelationInput = z.infer<typeof CreateDocumentRelationInput>;

export const UpdateDocumentRelationInput = z.object(fields).partial().extend(updateFields);
export type UpdateDocumentRelationInput = z.infer<typeof UpdateDocumentRelationInput>;
