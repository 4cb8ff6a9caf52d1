import { z } from "zod";
import { Id } from "../common/id";
import { LanguageCode, NonEmptyString } from "../common/localized-text";
import { createShape, recordFields, updateFields } from "../common/record";

/**
 * One text per language. `body` is stored already sanitized: sanitizing needs an HTML parser, which this
 * dependency-free package leaves to the layer that accepts the text.
 */
const fields = {
  documentId: Id,
  lang: LanguageCode,
  title: NonEmptyString,
  body: z.string(),
  isAuthentic: z.boolean(),
  sourceUrl: z.url({ protocol: /^https?$/, error: "Must be an http(s) URL" }).nullable(),
};

export const DocumentText = z.object({ ...recordFields, ...fields });
export type DocumentText = z.infer<typeof DocumentText>;

export const CreateDocumentTextInput = z.object(createShape(fields));
export type CreateDocumentTextInput = z.infer<typeof CreateDocumentTextInput>;

export const UpdateDocumentTextInput = z.object(fields).partial().extend(updateFields);
export type UpdateDocumentTextInput = z.infer<typeof UpdateDocumentTextInput>;
