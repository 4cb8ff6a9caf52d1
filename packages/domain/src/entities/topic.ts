import { z } from "zod";
import { Id } from "../common/id";
import { LocalizedText, NonEmptyString } from "../common/localized-text";
import { createPageFields, createShape, pageFields, recordFields, updateFields } from "../common/record";

const fields = {
  labelI18n: LocalizedText,
  parentId: Id.nullable(),
  /** Other words for the topic ("coronavirus", "pandemic"), for search and for matching press releases. */
  synonyms: z.array(NonEmptyString),
};

export const Topic = z.object({ ...recordFields, ...pageFields, ...fields });
export type Topic = z.infer<typeof Topic>;

export const CreateTopicInput = z.object({ ...createPageFields, ...createShape(fields) });
export type CreateTopicInput = z.infer<typeof CreateTopicInput>;

export const UpdateTopicInput = z
  .object({ ...pageFields, ...fields })
  .partial()
  .extend(updateFields);
export type UpdateTopicInput = z.infer<typeof UpdateTopicInput>;
