import type { PartialDate } from "../common/partial-date";
import type { Source } from "../common/source";
import type { AdoptionAction, DocumentType } from "../entities/document";
import type { DocumentActionType } from "../entities/document-action";
import type { DocumentRelationType } from "../entities/document-relation";
import type { AttendanceMode, MeetingClassification, Venue } from "../entities/meeting";
import type { ParticipationCategory, ParticipationMode, ParticipationRole } from "../entities/participation";
import type { PostRole } from "../entities/post";
import type { SpeechKind } from "../entities/speech";
import type { LocalizedText } from "../common/localized-text";
import type { Evidence, MeetingProposal } from "./proposal";

/** An existing record, or one the same save creates (referred to by its key in the draft). */
export type DraftRef = { id: string } | { key: string };

export interface ReleaseDraft {
  meeting: {
    titleI18n: LocalizedText;
    classification: MeetingClassification;
    bodyId: string | null;
    seriesId: string | null;
    startDate: PartialDate | null;
    endDate: PartialDate | null;
    attendanceMode: AttendanceMode;
    venue: Venue | null;
    hostCountryId: string | null;
    coChaired: boolean;
    topicIds: string[];
    sources: Source[];
    status: "draft";
  };
  newPeople: {
    key: string;
    nameI18n: LocalizedText;
    givenName: string | null;
    familyName: string | null;
    otherNames: { name: string; note: string }[];
  }[];
  newPosts: {
    key: string;
    labelI18n: LocalizedText;
    role: PostRole;
    countryId: string | null;
    organizationId: string | null;
  }[];
  /** Occupancies to create where the person and post are known but not linked (dates unknown: null). */
  newOccupancies: { key: string; person: DraftRef; post: DraftRef }[];
  participations: {
    person: DraftRef;
    occupancy: DraftRef | null;
    titleAsStated: string;
    representingCountryId: string | null;
    representingOrganizationId: string | null;
    category: ParticipationCategory;
    role: ParticipationRole;
    mode: ParticipationMode;
    protocolOrder: number;
    evidence: Evidence;
  }[];
  documents: {
    key: string;
    titleI18n: LocalizedText;
    type: DocumentType;
    adoptingBodyId: string | null;
    atMeeting: boolean;
    action: AdoptionAction;
    dateAdopted: PartialDate | null;
    validFrom: PartialDate | null;
    validTo: PartialDate | null;
    topicIds: string[];
    listOrder: number;
    actions: {
      type: DocumentActionType;
      planned: boolean;
      date: PartialDate | null;
      actor: string | null;
      reference: string | null;
    }[];
    evidence: Evidence;
  }[];
  relations: { fromKey: string; toKey: string; type: DocumentRelationType }[];
  tallies: { documentType: DocumentType; count: number; noteI18n: LocalizedText | null }[];
  chairmanships: {
    organizationId: string;
    countryId: string;
    startDate: PartialDate | null;
    endDate: PartialDate | null;
    existingId: string | null;
    handoverAtMeeting: boolean;
  }[];
  speeches: { person: DraftRef; kind: SpeechKind; textI18n: LocalizedText | null; order: number }[];
}

/**
 * A post the reader matched, or a new one whose label it read whole: "Prime Minister of" (the country's name not
 * read, "Prime Minister of Rocklandia …") is half a title, and is not created — the editor links the post later.
 */
function wellFormedPost(
  post: NonNullable<MeetingProposal["participants"][number]["post"]>["value"],
): boolean {
  if (post.status === "matched") return true;
  const label = post.proposed.label.trim();
  return label !== "" && !/\b(of|the|and|to|for|at|in|de)$/i.test(label);
}

/**
 * The proposal accepted as it stands, as plain create inputs: the admin saves them in one transaction (new
 * people and posts first, then the meeting and everything that refers to it). Spellings from the text are kept
 * as other names of new people, never silently as canonical names of existing ones.
 */
export function proposalToDraft(proposal: MeetingProposal): ReleaseDraft {
  const newPeople: ReleaseDraft["newPeople"] = [];
  const newPosts: ReleaseDraft["newPosts"] = [];
  const newOccupancies: ReleaseDraft["newOccupancies"] = [];
  const personOf = new Map<number, DraftRef>();

  const participations = proposal.participants.map((participant) => {
    const person: DraftRef =
      participant.person.value.status === "matched"
        ? { id: participant.person.value.id }
        : (() => {
            const key = `person-${participant.protocolOrder}`;
            const proposed = participant.person.value.proposed;
            newPeople.push({
              key,
              nameI18n: { en: proposed.name },
              givenName: proposed.givenName,
              familyName: proposed.familyName,
              otherNames: [],
            });
            return { key };
          })();
    personOf.set(participant.protocolOrder, person);
    let occupancy: DraftRef | null = participant.occupancyId ? { id: participant.occupancyId } : null;
    if (!occupancy && participant.post && wellFormedPost(participant.post.value)) {
      const postValue = participant.post.value;
      const post: DraftRef =
        postValue.status === "matched"
          ? { id: postValue.id }
          : (() => {
              const existing = newPosts.find(
                (candidate) => candidate.labelI18n.en === postValue.proposed.label,
              );
              if (existing) return { key: existing.key };
              const key = `post-${participant.protocolOrder}`;
              newPosts.push({ key, labelI18n: { en: postValue.proposed.label }, ...postValue.proposed });
              return { key };
            })();
      const key = `occupancy-${participant.protocolOrder}`;
      newOccupancies.push({ key, person, post });
      occupancy = { key };
    }
    return {
      person,
      occupancy,
      titleAsStated: participant.titleAsStated,
      representingCountryId: participant.country?.value.countryId ?? null,
      representingOrganizationId: participant.organization?.value.organizationId ?? null,
      category: participant.category.value,
      role: participant.role.value,
      mode: participant.mode.value,
      protocolOrder: participant.protocolOrder,
      evidence: participant.evidence,
    };
  });

  const startDate = proposal.startDate?.value ?? null;
  const bodyId = proposal.body?.value.status === "matched" ? proposal.body.value.id : null;
  const documents: ReleaseDraft["documents"] = proposal.documents.map((document) => ({
    key: document.key,
    titleI18n: { en: document.title },
    type: document.type,
    adoptingBodyId: document.atMeeting ? bodyId : null,
    atMeeting: document.atMeeting,
    action: document.action,
    dateAdopted: document.atMeeting ? startDate : null,
    validFrom: document.validFrom,
    validTo: document.validTo,
    topicIds: document.topicIds,
    listOrder: document.listOrder,
    actions: proposal.actions
      .filter((action) => action.documentKey === document.key)
      .map(({ type, planned, date, actor, reference }) => ({ type, planned, date, actor, reference })),
    evidence: document.evidence,
  }));

  const source: Source = {
    ...(proposal.source.title ? { title: proposal.source.title } : {}),
    ...(proposal.source.publishedAt ? { publishedAt: proposal.source.publishedAt } : {}),
    language: proposal.language,
    text: proposal.source.text,
  };

  return {
    meeting: {
      titleI18n: { en: proposal.title.value },
      classification: proposal.classification.value,
      bodyId,
      seriesId: proposal.seriesId,
      startDate,
      endDate: proposal.endDate?.value ?? null,
      attendanceMode: proposal.attendanceMode.value,
      venue: proposal.venue
        ? {
            ...(proposal.venue.value.city ? { city: { en: proposal.venue.value.city } } : {}),
            ...(proposal.venue.value.countryId ? { countryId: proposal.venue.value.countryId } : {}),
          }
        : null,
      hostCountryId: proposal.hostCountry?.value.countryId ?? null,
      coChaired: proposal.participants.filter((participant) => participant.role.value === "chair").length > 1,
      topicIds: proposal.topics.map((topic) => topic.topicId),
      sources: [source],
      status: "draft",
    },
    newPeople,
    newPosts,
    newOccupancies,
    participations,
    documents,
    relations: proposal.relations.map(({ fromKey, toKey, type }) => ({ fromKey, toKey, type })),
    tallies: proposal.tallies.map((tally) => ({
      documentType: tally.documentType,
      count: tally.count,
      noteI18n: null,
    })),
    // A term whose body nobody has set (the reader did not recognise it) is not saved: the review screen asks the
    // editor for the body, or to reject the term, before it creates the draft (`handoverBodiesMissing`).
    chairmanships: proposal.chairmanships.flatMap(
      ({ organizationId, countryId, startDate: start, endDate, existingId, handoverAtMeeting }) =>
        organizationId
          ? [{ organizationId, countryId, startDate: start, endDate, existingId, handoverAtMeeting }]
          : [],
    ),
    speeches: proposal.speeches.flatMap((speech, index) => {
      const person = personOf.get(speech.speakerOrder);
      return person
        ? [
            {
              person,
              kind: speech.kind,
              textI18n: speech.text ? { en: speech.text } : null,
              order: index + 1,
            },
          ]
        : [];
    }),
  };
}
