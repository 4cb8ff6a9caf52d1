// An editor's review of a proposal (issue 5): what was rejected, chosen or corrected, applied before the proposal
// becomes a draft. Pure, so the admin's review screen stays a view of this.
import { proposalToDraft, type ReleaseDraft } from "./draft";
import type { MeetingProposal, ParticipantProposal } from "./proposal";

/** For a participant: an existing person by id, or a new person with this name. */
export type PersonChoice = { kind: "existing"; id: string; label: string } | { kind: "new"; name: string };

export interface ReviewEdits {
  title: string;
  startDate: string;
  endDate: string;
  /** Keys of rejected facts: `participant:3`, `document:doc-2`, `tally:0`, `chairmanship:1`, `speech:0`, `topic:<id>`. */
  rejected: Set<string>;
  people: Record<number, PersonChoice>;
  documentTitles: Record<string, string>;
  categories: Record<number, ParticipantProposal["category"]["value"]>;
  roles: Record<number, ParticipantProposal["role"]["value"]>;
  modes: Record<number, ParticipantProposal["mode"]["value"]>;
}

export function initialEdits(proposal: MeetingProposal): ReviewEdits {
  return {
    title: proposal.title.value,
    startDate: proposal.startDate?.value ?? "",
    endDate: proposal.endDate?.value ?? "",
    rejected: new Set(),
    people: {},
    documentTitles: {},
    categories: {},
    roles: {},
    modes: {},
  };
}

/** The proposal as the editor reviewed it: rejected facts removed, choices and corrections applied. */
export function applyEdits(proposal: MeetingProposal, edits: ReviewEdits): MeetingProposal {
  const keep = (key: string) => !edits.rejected.has(key);
  const documents = proposal.documents
    .filter((document) => keep(`document:${document.key}`))
    .map((document) => ({
      ...document,
      title: edits.documentTitles[document.key]?.trim() || document.title,
    }));
  const documentKeys = new Set(documents.map((document) => document.key));
  const participants = proposal.participants
    .filter((participant) => keep(`participant:${participant.protocolOrder}`))
    .map((participant): ParticipantProposal => {
      const choice = edits.people[participant.protocolOrder];
      const candidates = participant.person.value.candidates;
      const person: ParticipantProposal["person"] = !choice
        ? participant.person
        : {
            ...participant.person,
            value:
              choice.kind === "existing"
                ? { status: "matched", id: choice.id, label: choice.label, candidates }
                : {
                    status: "new",
                    proposed: { name: choice.name.trim(), givenName: null, familyName: null },
                    candidates,
                  },
          };
      const override = <T>(
        fact: { value: T; evidence: { start: number; end: number }; confidence: number },
        value: T | undefined,
      ) => (value === undefined ? fact : { ...fact, value, confidence: 1 });
      return {
        ...participant,
        person,
        // A different person than the matched one has no known occupancy: the editor links the post later.
        occupancyId: choice ? null : participant.occupancyId,
        category: override(participant.category, edits.categories[participant.protocolOrder]),
        role: override(participant.role, edits.roles[participant.protocolOrder]),
        mode: override(participant.mode, edits.modes[participant.protocolOrder]),
      };
    });
  const speakerOrders = new Set(participants.map((participant) => participant.protocolOrder));
  const withDate = <T extends { value: string }>(fact: T | null, value: string): T | null =>
    value.trim()
      ? ({ ...(fact ?? { evidence: { start: 0, end: 0 }, confidence: 1 }), value: value.trim() } as T)
      : null;
  return {
    ...proposal,
    title: { ...proposal.title, value: edits.title.trim() || proposal.title.value },
    startDate: withDate(proposal.startDate, edits.startDate),
    endDate: withDate(proposal.endDate, edits.endDate),
    participants,
    documents,
    relations: proposal.relations.filter(
      (relation) => documentKeys.has(relation.fromKey) && documentKeys.has(relation.toKey),
    ),
    actions: proposal.actions.filter((action) => documentKeys.has(action.documentKey)),
    tallies: proposal.tallies.filter((_, index) => keep(`tally:${index}`)),
    chairmanships: proposal.chairmanships.filter((_, index) => keep(`chairmanship:${index}`)),
    speeches: proposal.speeches.filter(
      (speech, index) => keep(`speech:${index}`) && speakerOrders.has(speech.speakerOrder),
    ),
    topics: proposal.topics.filter((topic) => keep(`topic:${topic.topicId}`)),
  };
}

export function reviewedDraft(proposal: MeetingProposal, edits: ReviewEdits): ReleaseDraft {
  return proposalToDraft(applyEdits(proposal, edits));
}
