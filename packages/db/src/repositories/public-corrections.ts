import {
  publicCorrections,
  type CorrectableKind,
  type CorrectionContext,
  type RecordCorrections,
} from "@plenary/domain";
import type { Db } from "../client";
import { publishedDocument, publishedMeeting } from "./visibility";

/**
 * The corrections the public can see on a record's page (and in its JSON), derived from its revisions: see
 * `publicCorrections` in the domain. Only each revision's time and its "after" snapshot are read — never the author.
 */
export async function correctionsOf(
  db: Db,
  kind: CorrectableKind,
  id: string,
  /** What the caller already knows (a meeting's public documents); read here when not given. */
  known?: CorrectionContext,
): Promise<RecordCorrections> {
  const [revisions, context] = await Promise.all([
    db.revision.findMany({
      where: { entityType: kind, entityId: id },
      orderBy: { version: "asc" },
      select: { at: true, after: true },
    }),
    known ?? correctionContext(db, kind, id),
  ]);
  return publicCorrections(kind, revisions, context);
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
