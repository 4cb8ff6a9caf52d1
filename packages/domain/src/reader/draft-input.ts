import { z } from "zod";
import { Id } from "../common/id";
import { LocalizedText, NonEmptyString } from "../common/localized-text";
import { PartialDate } from "../common/partial-date";
import { PublicationStatus } from "../common/record";
import { Source } from "../common/source";
import { AdoptionAction, DocumentType } from "../entities/document";
import { DocumentActionType } from "../entities/document-action";
import { DocumentRelationType } from "../entities/document-relation";
import { AttendanceMode, MeetingClassification, Venue } from "../entities/meeting";
import { ParticipationCategory, ParticipationMode, ParticipationRole } from "../entities/participation";
import { PostRole } from "../entities/post";
import { SpeechKind } from "../entities/speech";
import type { ReleaseDraft } from "./draft";

const Key = z.string().trim().min(1).max(100);
/** An existing record by id, or one created by the same save, by its key. */
const DraftRef = z.union([z.object({ id: Id }), z.object({ key: Key })]);
const Evidence = z
  .object({ start: z.int().min(0), end: z.int().min(0) })
  .refine((span) => span.end >= span.start, { error: "Evidence must end after it starts", path: ["end"] });

/**
 * A reviewed press-release draft as the admin sends it to be saved: the same shape proposalToDraft returns, with
 * every field checked, so the server trusts nothing the browser edited.
 */
export const ReleaseDraftInput = z.object({
  meeting: z.object({
    titleI18n: LocalizedText,
    classification: MeetingClassification,
    bodyId: Id.nullable(),
    seriesId: Id.nullable(),
    startDate: PartialDate.nullable(),
    endDate: PartialDate.nullable(),
    attendanceMode: AttendanceMode,
    venue: Venue.nullable(),
    hostCountryId: Id.nullable(),
    coChaired: z.boolean(),
    topicIds: z.array(Id),
    sources: z.array(Source).min(1, { error: "Keep the release as the meeting's source" }),
    status: PublicationStatus.extract(["draft"]),
  }),
  newPeople: z.array(
    z.object({
      key: Key,
      nameI18n: LocalizedText,
      givenName: NonEmptyString.nullable(),
      familyName: NonEmptyString.nullable(),
      otherNames: z.array(z.object({ name: NonEmptyString, note: NonEmptyString })),
    }),
  ),
  newPosts: z.array(
    z.object({
      key: Key,
      labelI18n: LocalizedText,
      role: PostRole,
      countryId: Id.nullable(),
      organizationId: Id.nullable(),
    }),
  ),
  newOccupancies: z.array(z.object({ key: Key, person: DraftRef, post: DraftRef })),
  participations: z.array(
    z.object({
      person: DraftRef,
      occupancy: DraftRef.nullable(),
      titleAsStated: NonEmptyString,
      representingCountryId: Id.nullable(),
      representingOrganizationId: Id.nullable(),
      category: ParticipationCategory,
      role: ParticipationRole,
      mode: ParticipationMode,
      protocolOrder: z.int().min(1),
      evidence: Evidence,
    }),
  ),
  documents: z.array(
    z.object({
      key: Key,
      titleI18n: LocalizedText,
      type: DocumentType,
      adoptingBodyId: Id.nullable(),
      atMeeting: z.boolean(),
      action: AdoptionAction,
      dateAdopted: PartialDate.nullable(),
      validFrom: PartialDate.nullable(),
      validTo: PartialDate.nullable(),
      topicIds: z.array(Id),
      listOrder: z.int().min(0),
      actions: z.array(
        z.object({
          type: DocumentActionType,
          planned: z.boolean(),
          date: PartialDate.nullable(),
          actor: NonEmptyString.nullable(),
          reference: NonEmptyString.nullable(),
        }),
      ),
      evidence: Evidence,
    }),
  ),
  relations: z.array(z.object({ fromKey: Key, toKey: Key, type: DocumentRelationType })),
  tallies: z.array(
    z.object({ documentType: DocumentType, count: z.int().min(0), noteI18n: LocalizedText.nullable() }),
  ),
  chairmanships: z.array(
    z.object({
      organizationId: Id,
      countryId: Id,
      startDate: PartialDate.nullable(),
      endDate: PartialDate.nullable(),
      existingId: Id.nullable(),
      handoverAtMeeting: z.boolean(),
    }),
  ),
  speeches: z.array(
    z.object({
      person: DraftRef,
      kind: SpeechKind,
      textI18n: LocalizedText.nullable(),
      order: z.int().min(0),
    }),
  ),
});

// The schema and the reader's type must describe the same thing.
type Assert<T extends true> = T;
export type _DraftInputMatchesReleaseDraft = Assert<
  ReleaseDraft extends z.input<typeof ReleaseDraftInput> ? true : false
>;
