import type { PartialDate } from "../common/partial-date";
import type { SourceTimestamp } from "../common/source";
import type { AdoptionAction, DocumentType } from "../entities/document";
import type { DocumentActionType } from "../entities/document-action";
import type { DocumentRelationType } from "../entities/document-relation";
import type { AttendanceMode, MeetingClassification } from "../entities/meeting";
import type { ParticipationCategory, ParticipationMode, ParticipationRole } from "../entities/participation";
import type { PostRole } from "../entities/post";
import type { SpeechKind } from "../entities/speech";

/** Character offsets into the original text: `text.slice(start, end)` is the phrase a fact came from. */
export interface Evidence {
  start: number;
  end: number;
}

/** Every proposed fact: its value, where the text says it, and how sure the reader is (0–1). */
export interface Fact<T> {
  value: T;
  evidence: Evidence;
  confidence: number;
}

/** A record the reader considered for a mention, best first. */
export interface Candidate {
  id: string;
  label: string;
  score: number;
  /** Why it was considered: "exact name", "other name", "transliteration", "similar name", "post", … */
  reason: string;
}

/** A mention reconciled with the database: an existing record, or a proposal to create one. */
export type Reconciled<New> =
  | { status: "matched"; id: string; label: string; candidates: Candidate[] }
  | { status: "new"; proposed: New; candidates: Candidate[] };

export interface NewPerson {
  /** As the text spells it; the editor may correct it before creating the person. */
  name: string;
  givenName: string | null;
  familyName: string | null;
}

export interface NewPost {
  label: string;
  role: PostRole;
  countryId: string | null;
  organizationId: string | null;
}

/** A post's label as proposed: the stored post's, or the one proposed to create. */
export function postLabelOf(post: Reconciled<NewPost>): string {
  return post.status === "matched" ? post.label : post.proposed.label;
}

/** A country named in the release, linked or not to a participant or the host (so a selection can name it). */
export interface CountryMention {
  countryId: string;
  /** Exactly as the text has it ("Kyrgyz Republic", "Kazakh"). */
  asStated: string;
  evidence: Evidence;
}

export interface OrganizationMention {
  organizationId: string;
  /** Exactly as the text has it ("SGG", "rats Executive Committee"). */
  asStated: string;
  evidence: Evidence;
}

export interface ParticipantProposal {
  /** Position in the text's order of first mention, from 1. */
  protocolOrder: number;
  /** Title and name exactly as the text gives them. */
  titleAsStated: string;
  nameAsStated: string;
  person: Fact<Reconciled<NewPerson>>;
  /** Null when the text gives no title. */
  post: Fact<Reconciled<NewPost>> | null;
  /** The occupancy linking the person to the post, when the database has one. */
  occupancyId: string | null;
  country: Fact<{ countryId: string; asStated: string }> | null;
  organization: Fact<{ organizationId: string; asStated: string }> | null;
  category: Fact<ParticipationCategory>;
  role: Fact<ParticipationRole>;
  mode: Fact<ParticipationMode>;
  evidence: Evidence;
  confidence: number;
}

/**
 * A person the release names with a title, or by a known person's full name, who did not become a participant:
 * shown to the editor, who may add them.
 * Never one of the participants.
 */
export interface PersonMention {
  /** The name exactly as the text gives it. */
  nameAsStated: string;
  /** Title and name exactly as the text gives them. */
  titleAsStated: string;
  /** The title, post or honorific alone, as stated; null when the text gives none. */
  postAsStated: string | null;
  country: { countryId: string; asStated: string } | null;
  /** The name's span and the known people it may be, as a participant carries them. */
  person: Fact<Reconciled<NewPerson>>;
  /** Title and name. */
  evidence: Evidence;
  /** The sentence naming them. */
  sentence: Evidence;
  /** Why the reader left them out, when it can say ("named as merely mentioned: talks with", "an earlier meeting"). */
  reason: string | null;
}

export interface DocumentProposal {
  /** Stable within one proposal; relations and actions refer to documents by it. */
  key: string;
  /** The title the reader composes from the text (slips kept as the text has them). */
  title: string;
  /** The phrase the title came from, exactly as stated. */
  asStated: string;
  type: DocumentType;
  action: AdoptionAction;
  /** False for a document the text only refers to (a strategy that an adopted plan implements). */
  atMeeting: boolean;
  validFrom: PartialDate | null;
  validTo: PartialDate | null;
  topicIds: string[];
  /** Position in the text's order, from 1. */
  listOrder: number;
  evidence: Evidence;
  confidence: number;
}

export interface TallyProposal {
  documentType: DocumentType;
  count: number;
  /** How the text describes the group ("of the heads of state"), for the editor; not a note of the tally. */
  describedAs: string | null;
  evidence: Evidence;
  confidence: number;
}

export interface RelationProposal {
  fromKey: string;
  toKey: string;
  type: DocumentRelationType;
  evidence: Evidence;
  confidence: number;
}

export interface DocumentActionProposal {
  documentKey: string;
  type: DocumentActionType;
  planned: boolean;
  date: PartialDate | null;
  actor: string | null;
  reference: string | null;
  evidence: Evidence;
  confidence: number;
}

export interface ChairmanshipProposal {
  /**
   * The organization whose office passes, at the top of its tree; null when the knowledge does not hold the body that
   * met (nor the one the sentence names): the editor picks it on the review screen, and the term is saved only then.
   */
  organizationId: string | null;
  countryId: string;
  /** The country's name for the review screen: the knowledge's English name, or the words an editor selected. */
  countryLabel: string;
  startDate: PartialDate | null;
  endDate: PartialDate | null;
  /** The stored term this closes, when the database has the outgoing one. */
  existingId: string | null;
  /** True when the term starts or ends at this meeting. */
  handoverAtMeeting: boolean;
  evidence: Evidence;
  confidence: number;
}

export interface SpeechProposal {
  /** Protocol order of the speaker among the participants. */
  speakerOrder: number;
  kind: SpeechKind;
  /** The reported sentences, as stated; null when the text gives no content (a video message). */
  text: string | null;
  evidence: Evidence;
  confidence: number;
}

export interface TopicProposal {
  topicId: string;
  label: string;
  /** How often the text mentions it (label or synonyms). */
  mentions: number;
  evidence: Evidence;
  confidence: number;
}

export interface SourceProposal {
  title: string | null;
  publishedAt: SourceTimestamp | null;
  text: string;
}

export interface MeetingProposal {
  language: "en";
  title: Fact<string>;
  body: Fact<Reconciled<{ name: string }>> | null;
  /** The body's IGO (memberships and chairmanships belong to it). */
  organizationId: string | null;
  seriesId: string | null;
  classification: Fact<MeetingClassification>;
  startDate: Fact<PartialDate> | null;
  endDate: Fact<PartialDate> | null;
  publicationDate: Fact<SourceTimestamp> | null;
  attendanceMode: Fact<AttendanceMode>;
  venue: Fact<{ city: string | null; countryId: string | null }> | null;
  hostCountry: Fact<{ countryId: string }> | null;
  chair: Fact<{ protocolOrder: number }> | null;
  participants: ParticipantProposal[];
  /** People named in the text who are not participants, in text order, for the editor to add or pass over. */
  personMentions: PersonMention[];
  documents: DocumentProposal[];
  tallies: TallyProposal[];
  relations: RelationProposal[];
  actions: DocumentActionProposal[];
  chairmanships: ChairmanshipProposal[];
  speeches: SpeechProposal[];
  topics: TopicProposal[];
  countryMentions: CountryMention[];
  organizationMentions: OrganizationMention[];
  source: SourceProposal;
  /** What the reader noticed but could not settle, for the editor. */
  warnings: string[];
}
