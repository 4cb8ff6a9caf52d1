import type { AttendanceMode } from "../entities/meeting";
import type { AdoptionAction, DocumentType } from "../entities/document";
import type { ParticipationCategory, ParticipationMode, ParticipationRole } from "../entities/participation";
import type { MeetingProposal } from "./proposal";
import { normalize } from "./segment";

export const FACT_KINDS = [
  "participants",
  "posts",
  "categories",
  "roles",
  "documents",
  "tallies",
  "chairmanship",
  "dates",
] as const;
export type FactKind = (typeof FACT_KINDS)[number];

/** What a fixture's release should yield. People and posts are ids from its knowledge, or "new:<name>" for ones to create. */
export interface ExpectedRecord {
  bodyId: string | null;
  startDate: string | null;
  endDate: string | null;
  publicationDate: string | null;
  attendanceMode: AttendanceMode;
  participants: {
    person: string;
    post: string | null;
    category: ParticipationCategory;
    role: ParticipationRole;
    mode: ParticipationMode;
  }[];
  documents: { type: DocumentType; title: string; action: AdoptionAction }[];
  tallies: { documentType: DocumentType; count: number }[];
  chairmanships: { countryId: string; startDate: string | null; endDate: string | null }[];
  /** Facts a reasonable reader could not settle from the text, with why; keys as `factKeys` makes them. */
  knownMisses: { kind: FactKind; fact: string; reason: string }[];
  /** Facts the reader proposes that are not in the record, with why that is acceptable. */
  knownExtras: { kind: FactKind; fact: string; reason: string }[];
}

/** Titles compared without case, diacritics or dash style ("2021–2025" = "2021-2025"). */
export function titleKey(title: string): string {
  return normalize(title).replace(/-/g, " ").replace(/\s+/g, " ");
}

type Keys = Record<FactKind, string[]>;

function keysOf(record: Omit<ExpectedRecord, "knownMisses" | "knownExtras">): Keys {
  return {
    participants: record.participants.map((p) => p.person),
    posts: record.participants.map((p) => `${p.person} | ${p.post ?? "none"}`),
    categories: record.participants.map((p) => `${p.person} | ${p.category}`),
    roles: record.participants.map((p) => `${p.person} | ${p.role} | ${p.mode}`),
    documents: record.documents.map((d) => `${d.type} | ${titleKey(d.title)} | ${d.action}`),
    tallies: record.tallies.map((t) => `${t.documentType} | ${t.count}`),
    chairmanship: record.chairmanships.map(
      (c) => `${c.countryId} | ${c.startDate ?? "?"} → ${c.endDate ?? "…"}`,
    ),
    dates: [
      `start | ${record.startDate ?? "?"}`,
      `end | ${record.endDate ?? "?"}`,
      `published | ${record.publicationDate ?? "?"}`,
      `attendance | ${record.attendanceMode}`,
      `body | ${record.bodyId ?? "?"}`,
    ],
  };
}

/** The proposal in the same terms as an expected record. */
export function recordOfProposal(
  proposal: MeetingProposal,
): Omit<ExpectedRecord, "knownMisses" | "knownExtras"> {
  return {
    bodyId: proposal.body?.value.status === "matched" ? proposal.body.value.id : null,
    startDate: proposal.startDate?.value ?? null,
    endDate: proposal.endDate?.value ?? null,
    publicationDate: proposal.publicationDate?.value ?? null,
    attendanceMode: proposal.attendanceMode.value,
    participants: proposal.participants.map((participant) => ({
      person:
        participant.person.value.status === "matched"
          ? participant.person.value.id
          : `new:${participant.person.value.proposed.name}`,
      post: !participant.post
        ? null
        : participant.post.value.status === "matched"
          ? participant.post.value.id
          : `new:${participant.post.value.proposed.label}`,
      category: participant.category.value,
      role: participant.role.value,
      mode: participant.mode.value,
    })),
    documents: proposal.documents
      .filter((d) => d.atMeeting)
      .map((d) => ({ type: d.type, title: d.title, action: d.action })),
    tallies: proposal.tallies.map((t) => ({ documentType: t.documentType, count: t.count })),
    chairmanships: proposal.chairmanships.map((c) => ({
      countryId: c.countryId,
      startDate: c.startDate,
      endDate: c.endDate,
    })),
  };
}

export interface KindScore {
  expected: number;
  found: number;
  correct: number;
  precision: number;
  recall: number;
  missed: string[];
  extra: string[];
}

export type Evaluation = Record<FactKind, KindScore>;

function multisetDiff(a: string[], b: string[]): string[] {
  const rest = [...b];
  return a.filter((item) => {
    const index = rest.indexOf(item);
    if (index < 0) return true;
    rest.splice(index, 1);
    return false;
  });
}

/** Precision and recall per kind of fact. */
export function evaluateProposal(proposal: MeetingProposal, expected: ExpectedRecord): Evaluation {
  const want = keysOf(expected);
  const got = keysOf(recordOfProposal(proposal));
  const result = {} as Evaluation;
  for (const kind of FACT_KINDS) {
    const missed = multisetDiff(want[kind], got[kind]);
    const extra = multisetDiff(got[kind], want[kind]);
    const correct = want[kind].length - missed.length;
    result[kind] = {
      expected: want[kind].length,
      found: got[kind].length,
      correct,
      precision: got[kind].length === 0 ? (want[kind].length === 0 ? 1 : 0) : correct / got[kind].length,
      recall: want[kind].length === 0 ? 1 : correct / want[kind].length,
      missed,
      extra,
    };
  }
  return result;
}
