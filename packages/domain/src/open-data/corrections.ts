import { z } from "zod";
import { diffRecords } from "../common/record-diff";

// Corrections the public can see: what changed in a public record after the public could first read it, derived
// from the record's revisions. Only which public fields changed and when is said — never the values of fields the
// site does not show, never who made the change (editors' names and emails are not public), and nothing that
// changed while the record was not public (a draft's edits, a record in the trash).

/** A field of a public record as its page names it. */
export const CorrectedField = z.enum([
  "title",
  "name",
  "officialName",
  "abbreviation",
  "otherNames",
  "demonyms",
  "codes",
  "summary",
  "birthDate",
  "type",
  "classification",
  "series",
  "body",
  "parent",
  "dates",
  "attendanceMode",
  "venue",
  "hostCountry",
  "coChaired",
  "topics",
  "participants",
  "documents",
  "tallies",
  "chairmanships",
  "speeches",
  "meeting",
  "adoptingBody",
  "adoption",
  "validity",
  "legalStatus",
  "officialLanguages",
  "sources",
  "identifiers",
]);
export type CorrectedField = z.infer<typeof CorrectedField>;

/** One correction: when it was made public and which public fields it changed. */
export const Correction = z.object({
  at: z.date(),
  fields: z.array(CorrectedField).min(1),
});
export type Correction = z.infer<typeof Correction>;

/** What a public record answers about its corrections (newest first; null and [] when it has none). */
export const RecordCorrections = z.object({
  lastCorrectedAt: z.date().nullable(),
  corrections: z.array(Correction),
});
export type RecordCorrections = z.infer<typeof RecordCorrections>;

export type CorrectableKind = "meeting" | "document" | "person" | "country" | "organization";

/**
 * The stored fields (top-level keys of a revision's snapshot) the public sees, by the name the page gives them.
 * Anything not listed — ids, slugs, versions, timestamps, status, the trash, sort keys, a person's sort name — is
 * never reported.
 */
const PUBLIC_FIELDS: Record<CorrectableKind, Record<string, CorrectedField>> = {
  meeting: {
    titleI18n: "title",
    classification: "classification",
    seriesId: "series",
    ordinal: "series",
    bodyId: "body",
    startDate: "dates",
    endDate: "dates",
    attendanceMode: "attendanceMode",
    venue: "venue",
    hostCountryId: "hostCountry",
    coChaired: "coChaired",
    topicIds: "topics",
    summaryI18n: "summary",
    participations: "participants",
    documents: "documents",
    tallies: "tallies",
    chairmanships: "chairmanships",
    speeches: "speeches",
    sources: "sources",
    identifiers: "identifiers",
  },
  document: {
    titleI18n: "title",
    type: "type",
    adoptingBodyId: "adoptingBody",
    meetingId: "meeting",
    action: "adoption",
    dateAdopted: "adoption",
    validFrom: "validity",
    validTo: "validity",
    legalForce: "legalStatus",
    legalStatus: "legalStatus",
    sources: "sources",
    identifiers: "identifiers",
  },
  person: {
    nameI18n: "name",
    givenName: "name",
    familyName: "name",
    otherNames: "otherNames",
    birthDate: "birthDate",
    summaryI18n: "summary",
    sources: "sources",
    identifiers: "identifiers",
  },
  country: {
    nameI18n: "name",
    officialNameI18n: "officialName",
    iso2: "codes",
    iso3: "codes",
    otherNames: "otherNames",
    demonyms: "demonyms",
    sources: "sources",
    identifiers: "identifiers",
  },
  organization: {
    nameI18n: "name",
    abbreviationI18n: "abbreviation",
    otherNames: "otherNames",
    classification: "classification",
    parentId: "parent",
    foundingDate: "dates",
    dissolutionDate: "dates",
    officialLanguages: "officialLanguages",
    sources: "sources",
    identifiers: "identifiers",
  },
};

/** Keys inside a meeting's listed parts that are bookkeeping, not what the page shows. */
const NESTED_BOOKKEEPING = new Set(["version", "slug", "id", "key"]);

/** One stored revision: when it was written and the record after it (null when the write removed the record). */
export interface RevisionSnapshot {
  at: Date;
  after: unknown;
}

export interface CorrectionContext {
  /**
   * For records without a status of their own (person, country, organization): when the public could first read
   * the record (the first publication of a public record referring to it). Changes before it are not corrections
   * the public saw. Null: public since it was created.
   */
  publicSince?: Date | null;
  /**
   * For a meeting: the ids of its documents that are public. A change to a document of the meeting that the public
   * cannot see (a draft) is not reported on the meeting.
   */
  publicDocumentIds?: ReadonlySet<string>;
}

function shownToPublic(kind: CorrectableKind, snapshot: unknown): snapshot is Record<string, unknown> {
  if (!snapshot || typeof snapshot !== "object") return false;
  const record = snapshot as Record<string, unknown>;
  if (record.deletedAt) return false;
  return kind === "meeting" || kind === "document" ? record.status === "published" : true;
}

/** The public fields that differ between two public versions of a record, in CorrectedField's order. */
export function changedPublicFields(
  kind: CorrectableKind,
  before: Record<string, unknown>,
  after: Record<string, unknown>,
  context: CorrectionContext = {},
): CorrectedField[] {
  const fields = new Set<CorrectedField>();
  for (const change of diffRecords(before, after)) {
    const [key, item, ...rest] = change.path;
    const field = typeof key === "string" ? PUBLIC_FIELDS[kind][key] : undefined;
    if (!field) continue;
    if (rest.some((part) => typeof part === "string" && NESTED_BOOKKEEPING.has(part))) continue;
    if (kind === "meeting" && key === "documents") {
      // The order of the outcome list, or a document the public cannot see: not a public change of the meeting.
      if (typeof item !== "string" || !context.publicDocumentIds?.has(item)) continue;
    }
    fields.add(field);
  }
  return CorrectedField.options.filter((field) => fields.has(field));
}

/**
 * The corrections the public can see, newest first, from a record's revisions in version order: each public
 * version compared with the public version before it (changes made while it was not public show as one correction
 * when it is public again), counting only public fields, and only once the public could read the record.
 */
export function publicCorrections(
  kind: CorrectableKind,
  revisions: readonly RevisionSnapshot[],
  context: CorrectionContext = {},
): RecordCorrections {
  const corrections: Correction[] = [];
  let lastPublic: Record<string, unknown> | null = null;
  for (const revision of revisions) {
    const after = revision.after;
    if (!shownToPublic(kind, after)) continue;
    const seen = !context.publicSince || revision.at >= context.publicSince;
    if (lastPublic && seen) {
      const fields = changedPublicFields(kind, lastPublic, after, context);
      if (fields.length > 0) corrections.push({ at: revision.at, fields });
    }
    lastPublic = after;
  }
  corrections.reverse();
  return { lastCorrectedAt: corrections[0]?.at ?? null, corrections };
}
