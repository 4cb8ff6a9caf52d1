import { z } from "zod";
import { diffRecords } from "../common/record-diff";

// Corrections the public can see: what changed in a public record after the public could first read it, derived
// from the record's revisions. Which public fields changed and when is said, with the old and new value of those
// that are plain values the page shows (a title, a date, a code) — never the values of fields the site does not
// show, never who made the change (editors' names and emails are not public), and nothing that changed while the
// record was not public (a draft's edits, a record in the trash).

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

/**
 * A value shown on a public record's page whose old and new value a correction states, by the name the page gives
 * it (a field of several parts, such as a meeting's dates, names each part).
 */
export const CorrectedValue = z.enum([
  "title",
  "name",
  "givenName",
  "familyName",
  "officialName",
  "abbreviation",
  "otherNames",
  "demonyms",
  "iso2",
  "iso3",
  "summary",
  "birthDate",
  "type",
  "classification",
  "ordinal",
  "startDate",
  "endDate",
  "foundingDate",
  "dissolutionDate",
  "attendanceMode",
  "coChaired",
  "action",
  "dateAdopted",
  "validFrom",
  "validTo",
  "legalForce",
  "legalStatus",
  "officialLanguages",
]);
export type CorrectedValue = z.infer<typeof CorrectedValue>;

/** A plain value as the record stores it: text, a number, a yes/no, text per language, a list of texts, or none. */
export const CorrectionValue = z.union([
  z.string(),
  z.number(),
  z.boolean(),
  z.null(),
  z.array(z.string()),
  z.record(z.string(), z.string()),
]);
export type CorrectionValue = z.infer<typeof CorrectionValue>;

/** One value a correction changed: its old value and its new one. */
export const ValueChange = z.object({
  field: CorrectedField,
  value: CorrectedValue,
  from: CorrectionValue,
  to: CorrectionValue,
});
export type ValueChange = z.infer<typeof ValueChange>;

/**
 * One correction: when it was made public, which public fields it changed and, for those that are plain values,
 * the old and new value (lists and references — participants, documents, sources, a parent — are named only).
 */
export const Correction = z.object({
  at: z.date(),
  fields: z.array(CorrectedField).min(1),
  changes: z.array(ValueChange),
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

/** The stored fields whose old and new values a correction states, by the name the page gives the value. */
const PUBLIC_VALUES: Record<CorrectableKind, Record<string, CorrectedValue>> = {
  meeting: {
    titleI18n: "title",
    classification: "classification",
    ordinal: "ordinal",
    startDate: "startDate",
    endDate: "endDate",
    attendanceMode: "attendanceMode",
    coChaired: "coChaired",
    summaryI18n: "summary",
  },
  document: {
    titleI18n: "title",
    type: "type",
    action: "action",
    dateAdopted: "dateAdopted",
    validFrom: "validFrom",
    validTo: "validTo",
    legalForce: "legalForce",
    legalStatus: "legalStatus",
  },
  person: {
    nameI18n: "name",
    givenName: "givenName",
    familyName: "familyName",
    birthDate: "birthDate",
    summaryI18n: "summary",
  },
  country: {
    nameI18n: "name",
    officialNameI18n: "officialName",
    iso2: "iso2",
    iso3: "iso3",
    otherNames: "otherNames",
    demonyms: "demonyms",
  },
  organization: {
    nameI18n: "name",
    abbreviationI18n: "abbreviation",
    otherNames: "otherNames",
    classification: "classification",
    foundingDate: "foundingDate",
    dissolutionDate: "dissolutionDate",
    officialLanguages: "officialLanguages",
  },
};

/** The stored fields (top-level snapshot keys) of a kind the public sees: all a correction can be made of. */
export function publicStoredFields(kind: CorrectableKind): string[] {
  return Object.keys(PUBLIC_FIELDS[kind]);
}

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

/** A stored value as a correction states it, or undefined when it is not a plain value (absent counts as none). */
function plainValue(value: unknown): CorrectionValue | undefined {
  const parsed = CorrectionValue.safeParse(value === undefined ? null : value);
  return parsed.success ? parsed.data : undefined;
}

/** The plain public values that differ between two public versions of a record, in CorrectedValue's order. */
export function changedPublicValues(
  kind: CorrectableKind,
  before: Record<string, unknown>,
  after: Record<string, unknown>,
): ValueChange[] {
  const changes: ValueChange[] = [];
  for (const [key, value] of Object.entries(PUBLIC_VALUES[kind])) {
    const from = plainValue(before[key]);
    const to = plainValue(after[key]);
    if (from === undefined || to === undefined) continue;
    if (JSON.stringify(canonical(from)) === JSON.stringify(canonical(to))) continue;
    changes.push({ field: PUBLIC_FIELDS[kind][key]!, value, from, to });
  }
  const order = CorrectedValue.options;
  return changes.sort((a, b) => order.indexOf(a.value) - order.indexOf(b.value));
}

/** A value with its object keys sorted, so that two equal values compare equal as text. */
function canonical(value: CorrectionValue): CorrectionValue {
  if (!value || typeof value !== "object" || Array.isArray(value)) return value;
  return Object.fromEntries(Object.entries(value).sort(([a], [b]) => a.localeCompare(b)));
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
  const changes: PublicChange[] = [];
  let lastPublic: Record<string, unknown> | null = null;
  for (const revision of revisions) {
    const after = revision.after;
    if (!shownToPublic(kind, after)) continue;
    const seen = !context.publicSince || revision.at >= context.publicSince;
    if (lastPublic && seen) changes.push({ at: revision.at, before: lastPublic, after });
    lastPublic = after;
  }
  return correctionsFromChanges(kind, changes.reverse(), context);
}

/** A public version of a record beside the public version before it (their public fields are enough). */
export interface PublicChange {
  at: Date;
  before: Record<string, unknown>;
  after: Record<string, unknown>;
}

/**
 * The corrections the public can see from pairs of consecutive public versions, given newest first (as a database
 * that compares them itself answers them): the pairs that differ in no public field are left out.
 */
export function correctionsFromChanges(
  kind: CorrectableKind,
  changes: readonly PublicChange[],
  context: CorrectionContext = {},
): RecordCorrections {
  const corrections: Correction[] = [];
  for (const { at, before, after } of changes) {
    const fields = changedPublicFields(kind, before, after, context);
    if (fields.length === 0) continue;
    corrections.push({ at, fields, changes: changedPublicValues(kind, before, after) });
  }
  return { lastCorrectedAt: corrections[0]?.at ?? null, corrections };
}
