import { z } from "zod";
import { LanguageCode, LocalizedText, NonEmptyString } from "../common/localized-text";
import { PartialDate } from "../common/partial-date";
import { createPageFields, createShape, pageFields, recordFields, updateFields } from "../common/record";

/** A transliteration or a misspelling seen in a source ("Jumakhon Gijesov"); never shown as the canonical name. */
export const OtherName = z.object({
  name: NonEmptyString,
  lang: LanguageCode.optional(),
  note: NonEmptyString.optional(),
});
export type OtherName = z.infer<typeof OtherName>;

const optionalName = NonEmptyString.nullable();

const fields = {
  /** en required; ru and zh in their own scripts. */
  nameI18n: LocalizedText,
  givenName: optionalName,
  familyName: optionalName,
  sortName: optionalName,
  otherNames: z.array(OtherName),
  birthDate: PartialDate.nullable(),
  summaryI18n: LocalizedText.nullable(),
};

export const Person = z.object({ ...recordFields, ...pageFields, ...fields });
export type Person = z.infer<typeof Person>;

export const CreatePersonInput = z.object({ ...createPageFields, ...createShape(fields) });
export type CreatePersonInput = z.infer<typeof CreatePersonInput>;

export const UpdatePersonInput = z
  .object({ ...pageFields, ...fields })
  .partial()
  .extend(updateFields);
export type UpdatePersonInput = z.infer<typeof UpdatePersonInput>;
