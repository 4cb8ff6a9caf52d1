import { z } from "zod";
import { LocalizedText, NonEmptyString } from "../common/localized-text";
import { createPageFields, createShape, pageFields, recordFields, updateFields } from "../common/record";

const fields = {
  iso2: z
    .string()
    .regex(/^[A-Z]{2}$/, { error: "ISO 3166-1 alpha-2 code must be two capital letters, e.g. RU" }),
  iso3: z
    .string()
    .regex(/^[A-Z]{3}$/, { error: "ISO 3166-1 alpha-3 code must be three capital letters, e.g. RUS" })
    .nullable(),
  nameI18n: LocalizedText,
  officialNameI18n: LocalizedText.nullable(),
  otherNames: z.array(NonEmptyString),
  /** English adjectives sources use for the country ("Russian President", "Tajik leader"): the reader needs them. */
  demonyms: z.array(NonEmptyString),
};

export const Country = z.object({ ...recordFields, ...pageFields, ...fields });
export type Country = z.infer<typeof Country>;

export const CreateCountryInput = z.object({ ...createPageFields, ...createShape(fields) });
export type CreateCountryInput = z.infer<typeof CreateCountryInput>;

export const UpdateCountryInput = z
  .object({ ...pageFields, ...fields })
  .partial()
  .extend(updateFields);
export type UpdateCountryInput = z.infer<typeof UpdateCountryInput>;
