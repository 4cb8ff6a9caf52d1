import { z } from "zod";
import { Id } from "../common/id";
import { LocalizedText } from "../common/localized-text";
import { createPageFields, createShape, pageFields, recordFields, updateFields } from "../common/record";

export const PostRole = z.enum([
  "head_of_state",
  "head_of_government",
  "head_of_igo",
  "head_of_igo_body",
  "minister",
  "envoy",
  "other",
]);
export type PostRole = z.infer<typeof PostRole>;

const fields = {
  labelI18n: LocalizedText,
  role: PostRole,
  organizationId: Id.nullable(),
  countryId: Id.nullable(),
};

export const Post = z.object({ ...recordFields, ...pageFields, ...fields });
export type Post = z.infer<typeof Post>;

export const CreatePostInput = z.object({ ...createPageFields, ...createShape(fields) });
export type CreatePostInput = z.infer<typeof CreatePostInput>;

export const UpdatePostInput = z
  .object({ ...pageFields, ...fields })
  .partial()
  .extend(updateFields);
export type UpdatePostInput = z.infer<typeof UpdatePostInput>;
