import { z } from "zod";
import { isMeetingDay } from "../common/date-range";
import { Id } from "../common/id";
import { LanguageCode, LocalizedText, NonEmptyString } from "../common/localized-text";
import { PartialDate, isPartialDate } from "../common/partial-date";
import { Version, pageFields } from "../common/record";
import { Slug } from "../common/slug";
import { AdoptionAction, DocumentType, LegalForce, LegalStatus } from "./document";
import { DocumentActionType } from "./document-action";
import { DocumentRelationType } from "./document-relation";
import { AttendanceMode, MeetingClassification, MeetingOrdinal, Venue } from "./meeting";
import { ParticipationCategory, ParticipationMode, ParticipationRole } from "./participation";
import { SpeechKind } from "./speech";

/**
 * The whole meeting as the editor holds it on one screen and saves it at once: the meeting's own fields at the top
 * (so rule paths such as ["startDate"] and ["participations", 3, "occupancyId"] point straight at form fields), its
 * participants in protocol order, its documents package with actions, texts and relations, tallies, the
 * chairmanships handed over at it and its speeches in order. Arrays are ordered: the position is the protocol,
 * list and speech order. Child rows may carry their id to keep it; rows without one are new.
 *
 * The same shape is what a meeting's revisions store, what export writes and import reads, so a diff between two
 * revisions, a restore and an import are all "save this record".
 */
export const MeetingRecordParticipation = z.object({
  id: Id.optional(),
  personId: Id,
  occupancyId: Id.nullable().default(null),
  titleAsStated: NonEmptyString,
  representingCountryId: Id.nullable().default(null),
  representingOrganizationId: Id.nullable().default(null),
  category: ParticipationCategory,
  role: ParticipationRole,
  mode: ParticipationMode,
});
export type MeetingRecordParticipation = z.infer<typeof MeetingRecordParticipation>;

export const MeetingRecordDocumentAction = z.object({
  id: Id.optional(),
  date: PartialDate.nullable().default(null),
  type: DocumentActionType,
  planned: z.boolean().default(false),
  actor: NonEmptyString.nullable().default(null),
  reference: NonEmptyString.nullable().default(null),
});

export const MeetingRecordDocumentText = z.object({
  lang: LanguageCode,
  title: NonEmptyString,
  body: z.string(),
  isAuthentic: z.boolean().default(false),
  sourceUrl: z
    .url({ protocol: /^https?$/, error: "Must be an http(s) URL" })
    .nullable()
    .default(null),
});

/** `to` names another document of this package by its `key`, or any other stored document by its id. */
export const MeetingRecordDocumentRelation = z.object({
  type: DocumentRelationType,
  to: z.string().min(1),
});

export const MeetingRecordDocument = z.object({
  /** Stable within the record: the id of a stored document, any unique string for a new one. */
  key: z.string().min(1),
  id: Id.optional(),
  /** The version of a stored document the edit started from; documents have their own concurrency. */
  version: Version.optional(),
  slug: Slug.optional(),
  titleI18n: LocalizedText,
  type: DocumentType,
  adoptingBodyId: Id.nullable().default(null),
  action: AdoptionAction,
  dateAdopted: PartialDate.nullable().default(null),
  validFrom: PartialDate.nullable().default(null),
  validTo: PartialDate.nullable().default(null),
  legalForce: LegalForce.nullable().default(null),
  legalStatus: LegalStatus.nullable().default(null),
  topicIds: z.array(Id).default([]),
  sources: pageFields.sources.default([]),
  identifiers: pageFields.identifiers.default([]),
  actions: z.array(MeetingRecordDocumentAction).default([]),
  texts: z.array(MeetingRecordDocumentText).default([]),
  relations: z.array(MeetingRecordDocumentRelation).default([]),
});
export type MeetingRecordDocument = z.infer<typeof MeetingRecordDocument>;

export const MeetingRecordTally = z.object({
  documentType: DocumentType,
  count: z.int({ error: "Count must be a whole number" }).min(0, { error: "Count cannot be negative" }),
  noteI18n: LocalizedText.nullable().default(null),
});

/** Which end of a chairmanship falls on this meeting: the term starts here, or ends here. */
export const HandoverEnd = z.enum(["start", "end"]);
export type HandoverEnd = z.infer<typeof HandoverEnd>;

/**
 * A chairmanship that starts or ends at this meeting (the handover). `at` says which: saving sets only that end's
 * meeting link (`startedAtMeetingId` or `endedAtMeetingId`), so the term keeps its link to the meeting at its other
 * end. A term cannot both start and end at one meeting, so it is listed once.
 */
export const MeetingRecordChairmanship = z.object({
  id: Id.optional(),
  at: HandoverEnd,
  organizationId: Id,
  countryId: Id,
  startDate: PartialDate,
  endDate: PartialDate.nullable().default(null),
  themeI18n: LocalizedText.nullable().default(null),
});
export type MeetingRecordChairmanship = z.infer<typeof MeetingRecordChairmanship>;

export const MeetingRecordSpeech = z.object({
  id: Id.optional(),
  personId: Id,
  kind: SpeechKind,
  textI18n: LocalizedText.nullable().default(null),
});

export const MeetingRecordInput = z.object({
  /** Absent for a new meeting. */
  id: Id.optional(),
  /** The meeting version the edit started from; required with `id`. */
  version: Version.optional(),
  slug: Slug.optional(),
  seriesId: Id.nullable().default(null),
  bodyId: Id.nullable().default(null),
  ordinal: MeetingOrdinal.nullable().default(null),
  titleI18n: LocalizedText,
  classification: MeetingClassification,
  startDate: PartialDate.nullable().default(null),
  endDate: PartialDate.nullable().default(null),
  attendanceMode: AttendanceMode,
  venue: Venue.nullable().default(null),
  hostCountryId: Id.nullable().default(null),
  coChaired: z.boolean().default(false),
  topicIds: z.array(Id).default([]),
  summaryI18n: LocalizedText.nullable().default(null),
  sources: pageFields.sources.default([]),
  identifiers: pageFields.identifiers.default([]),
  participations: z.array(MeetingRecordParticipation).default([]),
  documents: z.array(MeetingRecordDocument).default([]),
  tallies: z.array(MeetingRecordTally).default([]),
  chairmanships: z.array(MeetingRecordChairmanship).default([]),
  speeches: z.array(MeetingRecordSpeech).default([]),
});
export type MeetingRecordInput = z.input<typeof MeetingRecordInput>;
/** The record after defaults: what is stored in revisions and exported. */
export type EditableMeeting = z.output<typeof MeetingRecordInput>;

/**
 * Records written before a term had a link per end (revisions, and exports made then) list their
 * chairmanships without `at`. The single link then stood for whichever end fell on the meeting, so a term whose end
 * date is one of the meeting's days ended here and any other started here. Returns the record with `at` filled in.
 */
export function withHandoverEnds<
  T extends { startDate?: unknown; endDate?: unknown; chairmanships?: unknown },
>(record: T): T {
  if (!Array.isArray(record.chairmanships)) return record;
  const valid = (date: unknown) => (typeof date === "string" && isPartialDate(date) ? date : null);
  const meeting = { startDate: valid(record.startDate), endDate: valid(record.endDate) };
  return {
    ...record,
    chairmanships: record.chairmanships.map((c: unknown) => {
      if (!c || typeof c !== "object" || "at" in c) return c;
      return {
        ...c,
        at: isMeetingDay(valid((c as { endDate?: unknown }).endDate), meeting) ? "end" : "start",
      };
    }),
  };
}
