import { z } from "zod";
import { Id } from "../common/id";
import { LocalizedText } from "../common/localized-text";
import { createShape, recordFields, updateFields } from "../common/record";

export const SpeechKind = z.enum(["speech", "remarks", "video_message", "statement_to_press", "paraphrase"]);
export type SpeechKind = z.infer<typeof SpeechKind>;

const fields = {
  meetingId: Id,
  personId: Id,
  kind: SpeechKind,
  /** Null when the source gives no text (Guterres's video message). */
  textI18n: LocalizedText.nullable(),
  /** Position among the meeting's speeches, in the order the source reports them. */
  order: z.int().min(0),
};

export const Speech = z.object({ ...recordFields, ...fields });
export type Speech = z.infer<typeof Speech>;

export const CreateSpeechInput = z.object({ ...createShape(fields), order: fields.order.default(0) });
export type CreateSpeechInput = z.infer<typeof CreateSpeechInput>;

export const UpdateSpeechInput = z.object(fields).partial().extend(updateFields);
export type UpdateSpeechInput = z.infer<typeof UpdateSpeechInput>;
