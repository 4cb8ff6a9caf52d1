// An editor's review of a proposal (issue 5): what was rejected, chosen or corrected, applied before the proposal
// becomes a draft. Pure, so the admin's review screen stays a view of this.
import { proposalToDraft, type ReleaseDraft } from "./draft";
import type { DocumentType } from "../entities/document";
import { splitName } from "./names";
import type {
  ChairmanshipProposal,
  DocumentProposal,
  MeetingProposal,
  ParticipantProposal,
  PersonMention,
} from "./proposal";

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
  /** The organization the editor picked for a proposed term, by the term's index: for a body the reader did not know. */
  handoverBodies: Record<number, string>;
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
    handoverBodies: {},
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
    chairmanships: proposal.chairmanships
      .map((term, index) => ({ ...term, organizationId: edits.handoverBodies[index] ?? term.organizationId }))
      .filter((_, index) => keep(`chairmanship:${index}`)),
    speeches: proposal.speeches.filter(
      (speech, index) => keep(`speech:${index}`) && speakerOrders.has(speech.speakerOrder),
    ),
    topics: proposal.topics.filter((topic) => keep(`topic:${topic.topicId}`)),
  };
}

/**
 * The editor's pick of the organization for term `index` (null to clear it). Both sides of one handover belong to one
 * body: the pick also sets every other term the reader left without a body and the editor has not set yet.
 */
export function pickHandoverBody(
  proposal: MeetingProposal,
  edits: ReviewEdits,
  index: number,
  organizationId: string | null,
): ReviewEdits["handoverBodies"] {
  const handoverBodies = { ...edits.handoverBodies };
  proposal.chairmanships.forEach((term, k) => {
    const unset = term.organizationId === null && handoverBodies[k] === undefined;
    if (k !== index && !unset) return;
    if (organizationId) handoverBodies[k] = organizationId;
    else delete handoverBodies[k];
  });
  return handoverBodies;
}

/**
 * The accepted terms whose organization nobody has set (the reader did not know the body that met): the draft would
 * leave them out, so the review screen asks for the body, or for the term to be rejected, before it creates the draft.
 */
export function handoverBodiesMissing(proposal: MeetingProposal, edits: ReviewEdits): ChairmanshipProposal[] {
  return applyEdits(proposal, edits).chairmanships.filter((term) => term.organizationId === null);
}

export function reviewedDraft(proposal: MeetingProposal, edits: ReviewEdits): ReleaseDraft {
  return proposalToDraft(applyEdits(proposal, edits));
}

/** One fact of a proposal as the review lists it: the key `rejected` and the screen's rows use, and its span. */
export interface ReviewFact {
  /** `participant:3`, `document:doc-2`, `tally:0`, `chairmanship:1`, `speech:0`, `topic:<id>`, or `body`/`date`. */
  key: string;
  kind: "participant" | "document" | "tally" | "chairmanship" | "speech" | "topic" | "body" | "date";
  /** What the fact says, in the release's words. */
  label: string;
  evidence: { start: number; end: number };
  confidence: number;
}

/**
 * Every fact of a proposal, least certain first (equal confidence: in text order), so an editor checks the doubtful
 * ones before the rest.
 */
export function factsToCheck(proposal: MeetingProposal): ReviewFact[] {
  const quote = (evidence: { start: number; end: number }) =>
    proposal.source.text.slice(evidence.start, evidence.end);
  const facts: ReviewFact[] = [
    ...(proposal.body
      ? [
          {
            key: "body",
            kind: "body" as const,
            label:
              proposal.body.value.status === "matched"
                ? proposal.body.value.label
                : quote(proposal.body.evidence),
            evidence: proposal.body.evidence,
            confidence: proposal.body.confidence,
          },
        ]
      : []),
    ...(proposal.startDate
      ? [
          {
            key: "date",
            kind: "date" as const,
            label: proposal.startDate.value,
            evidence: proposal.startDate.evidence,
            confidence: proposal.startDate.confidence,
          },
        ]
      : []),
    ...proposal.participants.map((participant) => ({
      key: `participant:${participant.protocolOrder}`,
      kind: "participant" as const,
      label: participant.titleAsStated,
      evidence: participant.evidence,
      confidence: participant.confidence,
    })),
    ...proposal.documents.map((document) => ({
      key: `document:${document.key}`,
      kind: "document" as const,
      label: document.title,
      evidence: document.evidence,
      confidence: document.confidence,
    })),
    ...proposal.tallies.map((tally, index) => ({
      key: `tally:${index}`,
      kind: "tally" as const,
      label: quote(tally.evidence),
      evidence: tally.evidence,
      confidence: tally.confidence,
    })),
    ...proposal.chairmanships.map((chairmanship, index) => ({
      key: `chairmanship:${index}`,
      kind: "chairmanship" as const,
      label: quote(chairmanship.evidence),
      evidence: chairmanship.evidence,
      confidence: chairmanship.confidence,
    })),
    ...proposal.speeches.map((speech, index) => ({
      key: `speech:${index}`,
      kind: "speech" as const,
      label: quote(speech.evidence),
      evidence: speech.evidence,
      confidence: speech.confidence,
    })),
    ...proposal.topics.map((topic) => ({
      key: `topic:${topic.topicId}`,
      kind: "topic" as const,
      label: topic.label,
      evidence: topic.evidence,
      confidence: topic.confidence,
    })),
  ];
  return facts.sort((a, b) => a.confidence - b.confidence || a.evidence.start - b.evidence.start);
}

/** What an editor can make of text selected in the release. */
export type SelectedFactKind = "participant" | "document" | "handover";

// The type a selected title names, longest noun first ("action plan" before "plan").
const DOCUMENT_NOUNS: [RegExp, DocumentType][] = [
  [/\baction\s+plan\b/i, "action_plan"],
  [/\broad\s?map\b/i, "roadmap"],
  [/\bdeclaration\b/i, "declaration"],
  [/\bcommuniqu[eé]\b/i, "communique"],
  [/\bstatement\b/i, "statement"],
  [/\bdecision\b/i, "decision"],
  [/\bagreement\b/i, "agreement"],
  [/\btreaty\b/i, "treaty"],
  [/\bprotocol\b/i, "protocol"],
  [/\bmemorandum\b/i, "memorandum"],
  [/\bstrateg/i, "strategy"],
  [/\bprogram/i, "programme"],
  [/\bconcept\b/i, "concept"],
  [/\bplan\b/i, "plan"],
  [/\breport\b/i, "report"],
  [/\bmessage\b/i, "message"],
];

/**
 * The country named inside the selection: one the proposal links to a participant or the host first, else any country
 * the release names there (a handover to a country that sent no participant, or one the reader did not link).
 */
function countryInSelection(
  proposal: MeetingProposal,
  start: number,
  end: number,
): { countryId: string; asStated: string } | null {
  const inside = (evidence: { start: number; end: number }) => evidence.start >= start && evidence.end <= end;
  const selected = proposal.source.text.slice(start, end).toLowerCase();
  for (const participant of proposal.participants) {
    const country = participant.country;
    if (country && (inside(country.evidence) || selected.includes(country.value.asStated.toLowerCase())))
      return country.value;
  }
  if (proposal.hostCountry && inside(proposal.hostCountry.evidence))
    return {
      countryId: proposal.hostCountry.value.countryId,
      asStated: proposal.source.text.slice(
        proposal.hostCountry.evidence.start,
        proposal.hostCountry.evidence.end,
      ),
    };
  const mentioned = proposal.countryMentions.find((mention) => inside(mention.evidence));
  return mentioned ? { countryId: mentioned.countryId, asStated: mentioned.asStated } : null;
}

/**
 * The proposal with a fact the editor made from text selected in the release (`start`–`end`): a participant (a new
 * person of that name; the country named in it; category and mode to check), a document
 * (that title; its type from the noun in it; adopted at the meeting) or the presidency handover (the body's
 * organization passes to the country named in it from this meeting). The fact's evidence is the selection; what the
 * editor stated is certain, what the selection does not say (a participant's category and mode) is not. An error
 * instead when the selection cannot make that fact.
 */
export function addSelectedFact(
  proposal: MeetingProposal,
  kind: SelectedFactKind,
  start: number,
  end: number,
): { proposal: MeetingProposal } | { error: string } {
  const raw = proposal.source.text.slice(start, end);
  const lead = raw.length - raw.trimStart().length;
  const text = raw.trim().replace(/\s+/g, " ");
  if (!text) return { error: "Select some text of the release first." };
  const evidence = { start: start + lead, end: start + lead + raw.trim().length };
  const certain = <T>(value: T) => ({ value, evidence, confidence: 1 });
  if (kind === "participant") {
    const country = countryInSelection(proposal, start, end);
    const sameCountry = country
      ? proposal.participants.find(
          (participant) => participant.country?.value.countryId === country.countryId,
        )
      : undefined;
    const participant: ParticipantProposal = {
      protocolOrder: Math.max(0, ...proposal.participants.map((p) => p.protocolOrder)) + 1,
      titleAsStated: text,
      nameAsStated: text,
      person: certain({ status: "new", proposed: { name: text, ...splitName(text) }, candidates: [] }),
      post: null,
      occupancyId: null,
      country: country ? certain(country) : null,
      organization: null,
      // Not stated by the selection: proposed with little confidence, for the editor to set.
      category: { value: sameCountry?.category.value ?? "guest_state", evidence, confidence: 0.3 },
      role: certain("participant"),
      mode: { value: "in_person", evidence, confidence: 0.3 },
      evidence,
      // As certain as its least certain part: it comes first among the facts to check until the editor sets them.
      confidence: 0.3,
    };
    return { proposal: { ...proposal, participants: [...proposal.participants, participant] } };
  }
  if (kind === "document") {
    const keys = new Set(proposal.documents.map((document) => document.key));
    let n = 1;
    while (keys.has(`selected-${n}`)) n++;
    const document: DocumentProposal = {
      key: `selected-${n}`,
      title: text,
      asStated: text,
      type: DOCUMENT_NOUNS.find(([noun]) => noun.test(text))?.[1] ?? "other",
      action: "adopted",
      atMeeting: true,
      validFrom: null,
      validTo: null,
      topicIds: [],
      listOrder: Math.max(0, ...proposal.documents.map((d) => d.listOrder)) + 1,
      evidence,
      confidence: 1,
    };
    return { proposal: { ...proposal, documents: [...proposal.documents, document] } };
  }
  const country = countryInSelection(proposal, start, end);
  if (!country)
    return {
      error: `No country is named in "${text}": select the incoming chair's country.`,
    };
  const handover: ChairmanshipProposal = {
    organizationId: proposal.organizationId,
    countryId: country.countryId,
    countryLabel: country.asStated,
    startDate: proposal.startDate?.value ?? null,
    endDate: null,
    existingId: null,
    handoverAtMeeting: true,
    evidence,
    confidence: 1,
  };
  // One incoming presidency: the selection replaces an incoming term the reader proposed.
  return {
    proposal: {
      ...proposal,
      chairmanships: [...proposal.chairmanships.filter((term) => term.endDate !== null), handover],
    },
  };
}

/**
 * The people named in the release but not proposed that are still left out: once the editor adds one as a participant
 * (a participant's span covering the name), it leaves the list.
 */
export function mentionsLeftOut(proposal: MeetingProposal): PersonMention[] {
  return proposal.personMentions.filter(
    (mention) =>
      !proposal.participants.some(
        (participant) =>
          participant.evidence.start < mention.person.evidence.end &&
          mention.person.evidence.start < participant.evidence.end,
      ),
  );
}

/**
 * Adds a person named but not proposed as a participant, as a selection of their name would, with what the reader
 * already knows of the mention carried over: the known person it is or may be (not a new person of that name), the
 * country its title names, and the title as stated. Category and mode stay for the editor to check.
 */
export function addMentionAsParticipant(
  proposal: MeetingProposal,
  mention: PersonMention,
): { proposal: MeetingProposal } | { error: string } {
  const added = addSelectedFact(
    proposal,
    "participant",
    mention.person.evidence.start,
    mention.person.evidence.end,
  );
  if ("error" in added) return added;
  const selected = added.proposal.participants.at(-1)!;
  const country = mention.country
    ? { value: mention.country, evidence: mention.evidence, confidence: 0.6 }
    : selected.country;
  const sameCountry = country
    ? proposal.participants.find(
        (participant) => participant.country?.value.countryId === country.value.countryId,
      )
    : undefined;
  const participant: ParticipantProposal = {
    ...selected,
    titleAsStated: mention.titleAsStated,
    nameAsStated: mention.nameAsStated,
    person: mention.person,
    country,
    category: { ...selected.category, value: sameCountry?.category.value ?? selected.category.value },
    evidence: mention.evidence,
  };
  return { proposal: { ...added.proposal, participants: [...proposal.participants, participant] } };
}
