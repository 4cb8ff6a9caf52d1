import { z } from "zod";
import { Id } from "../common/id";
import { LanguageCode, LocalizedText, NonEmptyString } from "../common/localized-text";
import { PartialDate } from "../common/partial-date";
import { createPageFields, createShape, pageFields, recordFields, updateFields } from "../common/record";

export const OrganizationClassification = z.enum([
  "igo",
  "igo_organ",
  "igo_secretariat",
  "igo_permanent_body",
  "government",
  "other",
]);
export type OrganizationClassification = z.infer<typeof OrganizationClassification>;

const fields = {
  nameI18n: LocalizedText,
  abbreviationI18n: LocalizedText.nullable(),
  otherNames: z.array(NonEmptyString),
  classification: OrganizationClassification,
  parentId: Id.nullable(),
  foundingDate: PartialDate.nullable(),
  dissolutionDate: PartialDate.nullable(),
  officialLanguages: z.array(LanguageCode),
};

export const Organization = z.object({ ...recordFields, ...pageFields, ...fields });
export type Organization = z.infer<typeof Organization>;

export const CreateOrganizationInput = z.object({ ...createPageFields, ...createShape(fields) });
export type CreateOrganizationInput = z.infer<typeof CreateOrganizationInput>;

export const UpdateOrganizationInput = z
  .object({ ...pageFields, ...fields })
  .partial()
  .extend(updateFields);
export type UpdateOrganizationInput = z.infer<typeof UpdateOrganizationInput>;
