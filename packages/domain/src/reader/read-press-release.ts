import { readDocumentActions } from "./actions";
import { headlineChair, headlineChairFamilyName, headlineSubjectUnnamed } from "./chair";
import { readChairmanships } from "./chairmanship";
import { findPublicationDate, headerParagraphs, yearlessDatelinePublication } from "./dates";
import { readDocuments } from "./documents";
import { impliedChair } from "./implied-chairs";
import { readJointSummit } from "./joint-summits";
import { organizationById, rootOrganization, type ReaderKnowledge } from "./knowledge";
import {
  mentionsAMeeting,
  readAttendanceMode,
  readBody,
  readClassification,
  readMeetingDates,
  readVenue,
} from "./meeting";
import { countryMentions, forgetMentions, organizationMentions } from "./mentions";
import { hostLeaderChair, readParticipants } from "./participants";
import { chairAmongPromoted, mentionsTakingPart } from "./mentions-taking-part";
import type { Evidence, MeetingProposal, ParticipantProposal } from "./proposal";
import { assertReadableRelease, ReaderError } from "./reader-error";
import { forgetNormalized, segment } from "./segment";
import { readSpeeches } from "./speeches";
import { readTopics } from "./topics";

export interface ReadOptions {
  /** Topics mentioned fewer times than this are left out (default 1: every mention counts). */
  minTopicMentions?: number;
}

/**
 * Reads an English press release about a meeting and proposes the structured record: pure and deterministic
 * (no network, no model), every fact with the span of text it came from and a confidence. Throws a ReaderError
 * for input it cannot read (empty, over 1 MB, binary, not English, not about a meeting).
 */
export function readPressRelease(
  text: string,
  knowledge: ReaderKnowledge,
  options: ReadOptions = {},
): MeetingProposal {
  assertReadableRelease(text);
  forgetMentions(knowledge);
  forgetNormalized();
  const paragraphs = segment(text);
  const header = headerParagraphs(paragraphs);
  const body = paragraphs.slice(header.length);
  const bodySentences = body.flatMap((paragraph) => paragraph.sentences);
  const bodyStart = body[0]?.start ?? 0;
  const warnings: string[] = [];

  const headlineLine = header[0] ? (header[0].sentences[0] ?? null) : null;
  const stated = findPublicationDate(text, paragraphs);
  const dates = readMeetingDates(text, bodySentences, stated?.value ?? null, stated?.evidence ?? null);
  const published = stated ?? yearlessDatelinePublication(text, paragraphs, dates?.start.value ?? null);
  if (!dates) warnings.push("No meeting date found; set it by hand.");

  const joint = readJointSummit(text, bodySentences, knowledge, headlineLine);
  // A joint summit of two organizations is no organ's meeting: the body is left to the editor.
  const bodyMention = joint ? null : readBody(text, bodySentences, knowledge, headlineLine);
  const bodyOrganization = organizationById(knowledge, bodyMention?.id);
  const root = bodyOrganization ? rootOrganization(knowledge, bodyOrganization.id) : undefined;
  const organizationId = root?.id ?? null;
  const attendanceMode = readAttendanceMode(text, bodyStart, text.length);
  const venue = attendanceMode.value === "online" ? null : readVenue(text, bodySentences, knowledge);
  const classification = readClassification(text, bodyStart, text.length, bodyOrganization);
  const date = dates?.start.value ?? null;

  const meeting = {
    text,
    knowledge,
    date,
    attendanceMode: attendanceMode.value,
    // At a joint summit, memberships are read first in the party the knowledge holds.
    organizationId: organizationId ?? joint?.knownPartyIds[0] ?? null,
    venueCity: venue?.value.city ?? null,
    joint,
  };
  // "Kassym-Jomart Tokayev chaired the Sixth Consultative Meeting …" over "The Head of State chaired …": the headline
  // is the one line that names its subject, so it is read as the body's first.
  const headline =
    headlineLine && headlineSubjectUnnamed(headlineLine, text.slice(bodyStart))
      ? [{ ...header[0]!, start: headlineLine.start, end: headlineLine.end, sentences: [headlineLine] }]
      : [];
  const participantsContext = { ...meeting, paragraphs: [...headline, ...body] };
  const { participants, chair: bodyChair, membersDropped } = readParticipants(participantsContext);
  // People the text names with no word of taking part, whom the words around them and the reference data say took part.
  // The mentions list is read with them: everyone else the text names, none of the participants.
  const takingPart = mentionsTakingPart({
    participants: participantsContext,
    sentences: participantsContext.paragraphs.flatMap((paragraph) => paragraph.sentences),
    read: participants,
    membersDropped: membersDropped ?? [],
    headlineChair: headlineChairFamilyName(headlineLine),
  });
  participants.push(...takingPart.participants);
  if (participants.length === 0 && (!dates || !mentionsAMeeting(text))) {
    throw new ReaderError(
      "not_a_meeting",
      "This text does not read like a report of a meeting: it names no meeting date and no participants. Check that it is the right press release.",
    );
  }
  if (participants.length === 0) warnings.push("No participants found; add them by hand.");
  // No chair in the body: the one the headline names ("Prime Minister X chairs the fourth BRICS summit").
  let chair = bodyChair;
  const byHeadline = chair ? null : headlineChair(text, headlineLine, participants, knowledge);
  if (byHeadline) chair = madeChair(byHeadline.participant, byHeadline.evidence, 0.6);
  // Still none: the chair the meeting's shape implies ("The meeting, which X led", the host who opened it or welcomed
  // the leaders), at a confidence below a stated chair's.
  const implied = chair
    ? null
    : impliedChair({
        text,
        paragraphs: body,
        participants,
        knowledge,
        organizationId,
        date,
        venueCity: venue?.value.city ?? null,
        venueCountryId: venue?.value.countryId ?? null,
      });
  if (implied) chair = madeChair(implied.participant, implied.evidence, implied.confidence);
  // No chair among the participants read: the leader of the chairing country among those the mentions added.
  const chairPromoted = chair ? null : chairAmongPromoted(participantsContext, takingPart.participants);
  if (chairPromoted)
    chair = {
      value: { protocolOrder: chairPromoted.protocolOrder },
      evidence: chairPromoted.role.evidence,
      confidence: 0.5,
    };

  const bodyNames = [bodyOrganization, root].flatMap((organization) =>
    organization
      ? [
          ...Object.values(organization.nameI18n),
          ...Object.values(organization.abbreviationI18n ?? {}),
          ...organization.otherNames,
        ].filter((name): name is string => typeof name === "string")
      : [],
  );
  const read = readDocuments({
    text,
    paragraphs: body,
    date,
    endDate: dates?.end.value ?? null,
    bodyNames,
    venueCity: venue?.value.city ?? null,
  });
  const actions = readDocumentActions({ text, paragraphs: body, knowledge, date, read });
  const chairParticipant = chair
    ? (participants.find((participant) => participant.protocolOrder === chair.value.protocolOrder) ?? null)
    : null;
  hostLeaderChair(
    chairParticipant,
    participants,
    text,
    knowledge,
    participantsContext.paragraphs,
    participantsContext.organizationId,
  );
  const chairmanships = readChairmanships({
    text,
    paragraphs: body,
    knowledge,
    date,
    endDate: dates?.end.value ?? null,
    publishedAt: published?.value ?? null,
    organizationId,
    chair: chairParticipant,
    participants,
    headline: headlineLine,
  });
  const speeches = readSpeeches(text, body, participants, knowledge);
  const topics = readTopics(text, knowledge, bodyStart).filter(
    (topic) => topic.mentions >= (options.minTopicMentions ?? 1),
  );
  for (const document of read.documents) {
    document.topicIds = readTopics(text, knowledge, document.evidence.start, document.evidence.end).map(
      (topic) => topic.topicId,
    );
  }

  const personMentions = takingPart.mentions;

  const hostCountryId = venue?.value.countryId ?? chairParticipant?.country?.value.countryId ?? null;
  const hostCountry = hostCountryId
    ? {
        value: { countryId: hostCountryId },
        evidence: venue?.value.countryId ? venue.evidence : chair!.evidence,
        confidence: venue?.value.countryId ? 0.7 : 0.6,
      }
    : null;

  const bodyName = bodyOrganization?.nameI18n.en;
  const title = !bodyOrganization
    ? "Meeting"
    : classification.value === "summit" && bodyOrganization.classification === "igo"
      ? `${bodyOrganization.abbreviationI18n?.en ?? bodyName} Summit`
      : /\b(?:summit|meeting|session)\b/i.test(bodyName!)
        ? bodyName!
        : `Meeting of the ${bodyName}`;

  return {
    language: "en",
    title: {
      value: title,
      evidence: bodyMention ? { start: bodyMention.start, end: bodyMention.end } : { start: 0, end: 0 },
      confidence: bodyMention ? 0.7 : 0.2,
    },
    body: bodyMention
      ? {
          value: {
            status: "matched",
            id: bodyMention.id,
            label: bodyName!,
            candidates: [{ id: bodyMention.id, label: bodyName!, score: 1, reason: bodyMention.via }],
          },
          evidence: { start: bodyMention.start, end: bodyMention.end },
          confidence: bodyMention.via === "other name" || bodyMention.via === "name" ? 0.9 : 0.75,
        }
      : null,
    organizationId,
    seriesId: bodyOrganization
      ? (knowledge.series?.find((series) => series.organizationId === bodyOrganization.id)?.id ?? null)
      : null,
    classification,
    startDate: dates?.start ?? null,
    endDate: dates?.end ?? null,
    publicationDate: published
      ? { value: published.value, evidence: published.evidence, confidence: stated ? 0.9 : 0.5 }
      : null,
    attendanceMode,
    venue,
    hostCountry,
    chair,
    participants,
    personMentions,
    documents: read.documents.map(
      ({ subject: _subject, generic: _generic, sentence: _sentence, ...document }) => document,
    ),
    tallies: read.tallies.map(({ sentence: _sentence, ...tally }) => tally),
    relations: read.relations,
    actions,
    chairmanships,
    speeches,
    topics,
    countryMentions: countryMentions(text, knowledge).map((mention) => ({
      countryId: mention.id,
      asStated: mention.asStated,
      evidence: { start: mention.start, end: mention.end },
    })),
    organizationMentions: organizationMentions(text, knowledge).map((mention) => ({
      organizationId: mention.id,
      asStated: mention.asStated,
      evidence: { start: mention.start, end: mention.end },
    })),
    source: {
      title: headlineLine ? headlineLine.text.replace(/\s+\d{1,2}\.\d{1,2}\.\d{4}.*$/, "").trim() : null,
      publishedAt: published?.value ?? null,
      text,
    },
    warnings,
  };
}

/** Makes `participant` the meeting's chair on `evidence`: its role, and the proposal's chair fact. */
function madeChair(participant: ParticipantProposal, evidence: Evidence, confidence: number) {
  participant.role = { value: "chair", evidence, confidence };
  return { value: { protocolOrder: participant.protocolOrder }, evidence, confidence };
}
