import type { AttendanceMode } from "../entities/meeting";
import { eurasiaKnowledge } from "./fixtures/eurasia-knowledge";
import type { ReaderKnowledge } from "./knowledge";
import type { ParticipantProposal } from "./proposal";
import { readParticipants } from "./participants";
import { readPressRelease } from "./read-press-release";
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

/** Each participant of the release read whole (readPressRelease), by name as stated, with what `pick` reads of them. */
export const participantsByName = <T>(
  text: string,
  knowledge: ReaderKnowledge,
  pick: (participant: ParticipantProposal) => T,
): Record<string, T> =>
  Object.fromEntries(
    readPressRelease(text, knowledge).participants.map((participant) => [
      participant.nameAsStated,
      pick(participant),
    ]),
  );

/** The participants readParticipants finds in the text. */
export const participantsOn = (text: string, meeting: MeetingOfTest) =>
  readParticipantsOf(text, meeting).participants;

/**
 * The names read from a release of the Caspian summit (a meeting of no body the knowledge holds, so no member's leader
 * is taken for granted) whose list names two leaders, followed by `sentence`: for the rules on someone named only
 * there (a speaker by turn, the host thanked, a signer, a leader in the family photo).
 */
export const namesAfterTwoLeaders = (sentence: string) =>
  readPressRelease(
    `TEHRAN, 16 October 2007 — The Summit of the Caspian States was held today. Taking part were President of Azerbaijan Arif Gulamov and President of Russia Pavel Sedov. ${sentence}`,
    eurasiaKnowledge,
  ).participants.map((participant) => participant.nameAsStated);

/** Each participant read from a release by name and post label (as matched, or as proposed when new), in order. */
export const namesAndPosts = (text: string, knowledge: ReaderKnowledge = eurasiaKnowledge) =>
  readPressRelease(text, knowledge).participants.map((participant) => {
    const person = participant.person.value;
    return {
      name: person.status === "matched" ? person.label : person.proposed.name,
      post: postLabelOf(participant),
    };
  });

/** Each participant read from a release as [name as stated, post label (as matched, or as proposed when new)]. */
export const statedNamesAndPosts = (text: string, knowledge: ReaderKnowledge = eurasiaKnowledge) =>
  readPressRelease(text, knowledge).participants.map((participant) => [
    participant.nameAsStated,
    postLabelOf(participant),
  ]);

/**
 * Each participant read after the first two from `opening` (a release's first lines, naming two leaders) followed by
 * `sentence`, as [name as stated, post label (as matched, or as proposed when new), category]: for the rules on
 * someone named only in that sentence.
 */
export const participantsAfterTwoLeaders = (opening: string, sentence: string) =>
  readPressRelease(`${opening} ${sentence}`, eurasiaKnowledge)
    .participants.slice(2)
    .map((participant) => [participant.nameAsStated, postLabelOf(participant), participant.category.value]);

/**
 * Each participant read after the first (the chair `opening` names) from `opening` followed by `sentence`, as [name as
 * stated, post label (as matched, or as proposed when new)]: for the rules on someone named only in that sentence.
 */
export const statedNamesAndPostsAfterTheChair = (
  opening: string,
  sentence: string,
  knowledge: ReaderKnowledge,
) =>
  readPressRelease(`${opening} ${sentence}`, knowledge)
    .participants.slice(1)
    .map((participant) => [participant.nameAsStated, postLabelOf(participant)]);

/** The name of each participant read as chair (the known person's label, or the proposed name when new). */
export const chairNames = (text: string, knowledge: ReaderKnowledge) =>
  readPressRelease(text, knowledge)
    .participants.filter((participant) => participant.role.value === "chair")
    .map((participant) => nameOf(participant));

/** Each participant read as "name | role" (the known person's label, or the proposed name when new). */
export const namesAndRoles = (text: string, knowledge: ReaderKnowledge) =>
  readPressRelease(text, knowledge).participants.map(
    (participant) => `${nameOf(participant)} | ${participant.role.value}`,
  );

/**
 * After a CIS meeting in Minsk chaired by Belarus's president, each other participant read from `sentence` as its name
 * as stated and its post: the known post's id when matched, the proposed label when new, null without one.
 */
export const namesAndPostsAfterAChair = (sentence: string) =>
  readPressRelease(
    `Minsk, 12 March 2019\n\nThe Council of Heads of State of the CIS met in Minsk on 12 March 2019. President Ivan Petrov of Belarus chaired the meeting.\n\n${sentence}`,
    eurasiaKnowledge,
  )
    .participants.slice(1)
    .map((participant) => {
      const post = participant.post?.value;
      return [
        participant.nameAsStated,
        post ? (post.status === "matched" ? post.id : post.proposed.label) : null,
      ];
    });

/** A participant's post label, as matched or as proposed when new; null without a post. */
function postLabelOf(participant: ReturnType<typeof readPressRelease>["participants"][number]) {
  const post = participant.post?.value;
  return post ? (post.status === "matched" ? post.label : post.proposed.label) : null;
}

/** A participant's name: the known person's label, or the proposed name when new. */
function nameOf(participant: ReturnType<typeof readPressRelease>["participants"][number]) {
  const person = participant.person.value;
  return person.status === "matched" ? person.label : person.proposed.name;
}
