import { z } from "zod";
import { Id } from "../common/id";
import { NonEmptyString } from "../common/localized-text";
import { createShape, recordFields, updateFields } from "../common/record";

export const ParticipationCategory = z.enum([
  "member_state",
  "observer_state",
  "dialogue_partner",
  "igo_official",
  "guest_state",
  "guest_organization",
]);
export type ParticipationCategory = z.infer<typeof ParticipationCategory>;

export const ParticipationRole = z.enum(["chair", "head_of_delegation", "participant", "speaker"]);
export type ParticipationRole = z.infer<typeof ParticipationRole>;

export const ParticipationMode = z.enum([
  "in_person",
  "videoconference",
  "video_message",
  "written_message",
  "represented",
]);
export type ParticipationMode = z.infer<typeof ParticipationMode>;

export const ProtocolOrder = z
  .int({ error: "Protocol order must be a whole number" })
  .min(1, { error: "Protocol order starts at 1" });

const fields = {
  meetingId: Id,
  personId: Id,
  /** The post held that day; null until an editor links one. */
  occupancyId: Id.nullable(),
  /** The title and name exactly as the source gives them, slips included ("… Jumakhon Gijesov"). */
  titleAsStated: NonEmptyString,
  representingCountryId: Id.nullable(),
  representingOrganizationId: Id.nullable(),
  category: ParticipationCategory,
  role: ParticipationRole,
  mode: ParticipationMode,
  protocolOrder: ProtocolOrder,
};

export const Participation = z.object({ ...recordFields, ...fields });
export type Participation = z.infer<typeof Participation>;

export const CreateParticipationInput = z.object(createShape(fields));
export type CreateParticipationInput = z.infer<typeof CreateParticipationInput>;

export const UpdateParticipationInput = z.object(fields).partial().extend(updateFields);
export type UpdateParticipationInput = z.infer<typeof UpdateParticipationInput>;
