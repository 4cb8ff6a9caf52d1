import {
  correctionsFromChanges,
  publicStoredFields,
  type CorrectableKind,
  type CorrectionContext,
  type PublicChange,
  type RecordCorrections,
} from "@plenary/domain";
import { Prisma } from "../generated/prisma/client";
import type { Db } from "../client";
import { publishedDocument, publishedMeeting } from "./visibility";

/** The most corrections a record's page lists (newest first); older ones stay in the revisions. */
export const MAX_LISTED_CORRECTIONS = 50;

/**
 * The corrections the public can see on a record's page (and in its JSON), derived from its revisions: see
 * `publicCorrections` in the domain. The database compares consecutive public versions itself and answers only
 * the pairs whose public fields differ, and of those only the public fields — never the author, never a draft.
 */
export async function correctionsOf(
  db: Db,
  kind: CorrectableKind,
  id: string,
  /** What the caller already knows (a meeting's public documents); read here when not given. */
  known?: CorrectionContext,
): Promise<RecordCorrections> {
  const context = await (known ?? correctionContext(db, kind, id));
  const changes = await publicChanges(db, kind, id, context.publicSince ?? null);
  return correctionsFromChanges(kind, changes, context);
}

/**
 * A record's public versions whose public fields differ from the public version before it, newest first, at most
 * MAX_LISTED_CORRECTIONS + 1 (a pair that differs only in bookkeeping inside a list is left out by the domain), in
 * one statement. A version is public when the record is not in the trash and, for meetings and documents, is
 * published; only versions from `since` on are answered (the ones before it still serve as "before").
 */
export async function publicChanges(
  db: Db,
  kind: CorrectableKind,
  id: string,
  since: Date | null,
): Promise<PublicChange[]> {
  const published =
    kind === "meeting" || kind === "document"
      ? Prisma.sql`AND r.after->>'status' = 'published'`
      : Prisma.empty;
  // Revision times are stored as UTC without a zone.
  const sinceText = since?.toISOString() ?? null;
  const rows = await db.$queryRaw<
    { at: Date; before: Record<string, unknown>; after: Record<string, unknown> }[]
  >`
    WITH public_versions AS (
      SELECT r.version, r.at,
        (SELECT coalesce(jsonb_object_agg(f.key, f.value), '{}'::jsonb)
           FROM jsonb_each(r.after) f WHERE f.key = ANY(${publicStoredFields(kind)}::text[])) AS shown
      FROM "Revision" r
      WHERE r."entityType" = ${kind}::"EntityType" AND r."entityId" = ${id}
        AND jsonb_typeof(r.after) = 'object'
        AND coalesce(r.after->>'deletedAt', '') = ''
        ${published}
    ), paired AS (
      SELECT version, at, shown AS after, lag(shown) OVER (ORDER BY version) AS before FROM public_versions
    )
    SELECT at, before, after FROM paired
    WHERE before IS NOT NULL AND before IS DISTINCT FROM after
      AND (${sinceText}::text IS NULL OR at >= (${sinceText}::timestamptz AT TIME ZONE 'UTC'))
    ORDER BY version DESC
    LIMIT ${MAX_LISTED_CORRECTIONS + 1}`;
  return rows.map((row) => ({ at: row.at, before: row.before, after: row.after }));
}

async function correctionContext(db: Db, kind: CorrectableKind, id: string): Promise<CorrectionContext> {
  if (kind === "meeting") {
    const documents = await db.document.findMany({
      where: { ...publishedDocument, meetingId: id },
      select: { id: true },
    });
    return { publicDocumentIds: new Set(documents.map((document) => document.id)) };
  }
  if (kind === "document") return {};
  return { publicSince: await publicSince(db, kind, id) };
}

/**
 * When a reference record became public: the first publication of a public meeting that refers to it directly (a
 * participant, speaker, host, venue or body). Null when none does (it is public through another record, e.g. as an
 * organization's parent): then every change since it was created is listed.
 */
async function publicSince(
  db: Db,
  kind: "person" | "country" | "organization",
  id: string,
): Promise<Date | null> {
  const refersTo = {
    person: {
      OR: [{ participations: { some: { personId: id } } }, { speeches: { some: { personId: id } } }],
    },
    country: {
      OR: [
        { hostCountryId: id },
        { venueCountryId: id },
        { participations: { some: { representingCountryId: id } } },
      ],
    },
    organization: {
      OR: [{ bodyId: id }, { participations: { some: { representingOrganizationId: id } } }],
    },
  }[kind];
  const meetings = await db.meeting.findMany({
    where: { ...publishedMeeting, ...refersTo },
    select: { id: true },
  });
  if (meetings.length === 0) return null;
  const first = await db.revision.findFirst({
    where: {
      entityType: "meeting",
      entityId: { in: meetings.map((meeting) => meeting.id) },
      after: { path: ["status"], equals: "published" },
    },
    orderBy: { at: "asc" },
    select: { at: true },
  });
  return first?.at ?? null;
}
