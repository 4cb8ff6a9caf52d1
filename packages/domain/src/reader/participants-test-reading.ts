import type { AttendanceMode } from "../entities/meeting";
import { eurasiaKnowledge } from "./fixtures/eurasia-knowledge";
import type { ReaderKnowledge } from "./knowledge";
import { readParticipants } from "./participants";
import { segment } from "./segment";

// How the participants tests read a text: readParticipants on the text's own paragraphs, for a meeting of the
// organization on the date, in person unless told otherwise, against the Eurasian fixtures' knowledge unless another is
// given.

export interface MeetingOfTest {
  date: string;
  organizationId: string | null;
  attendanceMode?: AttendanceMode;
  knowledge?: ReaderKnowledge;
}

/** What readParticipants finds in the text (the participants and the chair). */
export const readParticipantsOf = (text: string, meeting: MeetingOfTest) =>
  readParticipants({
    text,
    paragraphs: segment(text),
    knowledge: meeting.knowledge ?? eurasiaKnowledge,
    date: meeting.date,
    attendanceMode: meeting.attendanceMode ?? "in_person",
    organizationId: meeting.organizationId,
  });

/** The participants readParticipants finds in the text. */
export const participantsOn = (text: string, meeting: MeetingOfTest) =>
  readParticipantsOf(text, meeting).participants;
