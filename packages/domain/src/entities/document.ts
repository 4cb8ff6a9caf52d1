import { z } from "zod";
import { Id } from "../common/id";
import { LocalizedText } from "../common/localized-text";
import { PartialDate } from "../common/partial-date";
import {
  PublicationStatus,
  createPageFields,
  createShape,
  pageFields,
  publishableFields,
  recordFields,
  updateFields,
} from "../common/record";

export const DocumentType = z.enum([
  "declaration",
  "statement",
  "decision",
  "communique",
  "agreement",
  "treaty",
  "protocol",
  "memorandum",
  "strategy",
  "action_plan",
  "programme",
  "concept",
  "plan",
  "roadmap",
  "report",
  "message",
  "other",
]);
export type DocumentType = z.infer<typeof DocumentType>;

/** What the meeting did with the document (DOMAIN.md's Document.action). */
export const AdoptionAction = z.enum(["adopted", "approved", "signed", "noted", "prepared"]);
export type AdoptionAction = z.infer<typeof AdoptionAction>;

export const LegalForce = z.enum(["binding", "political"]);
export type LegalForce = z.infer<typeof LegalForce>;

export const LegalStatus = z.enum(["in_force", "expired", "superseded", "not_yet_in_force"]);
export type LegalStatus = z.infer<typeof LegalStatus>;

/**
 * `validFrom`/`validTo` give the validity period as documents state it, inclusively: the Action Plan
 * 2021–2025 has validFrom "2021" and validTo "2025" and is valid through the end of 2025.
 */
const fields = {
  titleI18n: LocalizedText,
  type: DocumentType,
  adoptingBodyId: Id.nullable(),
  meetingId: Id.nullable(),
  action: AdoptionAction,
  dateAdopted: PartialDate.nullable(),
  validFrom: PartialDate.nullable(),
  validTo: PartialDate.nullable(),
  legalForce: LegalForce.nullable(),
  legalStatus: LegalStatus.nullable(),
  topicIds: z.array(Id),
  /** Position in its meeting's outcome package, as the source lists the documents (0 when not listed). */
  listOrder: z.int().min(0),
  status: PublicationStatus,
};

export const Document = z.object({ ...recordFields, ...pageFields, ...publishableFields, ...fields });
export type Document = z.infer<typeof Document>;

export const CreateDocumentInput = z.object({
  ...createPageFields,
  ...createShape(fields),
  listOrder: fields.listOrder.default(0),
  status: PublicationStatus.default("draft"),
});
export type CreateDocumentInput = z.infer<typeof CreateDocumentInput>;

export const UpdateDocumentInput = z
  .object({ ...pageFields, ...fields })
  .partial()
  .extend(updateFields);
export type UpdateDocumentInput = z.infer<typeof UpdateDocumentInput>;
