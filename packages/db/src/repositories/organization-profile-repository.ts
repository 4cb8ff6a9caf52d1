import type {
  Correction,
  Chairmanship,
  Country,
  DocumentType,
  OrgMembership,
  Organization,
} from "@plenary/domain";
import type { Db } from "../client";
import { Prisma } from "../generated/prisma/client";
import { RecordNotFoundError } from "./errors";
import { toChairmanship, toCountry, toOrgMembership, toOrganization } from "./mappers";
import type { MeetingSummary } from "./meeting-repository";
import { meetingSummarySelect, newestMeetingsFirst, toMeetingSummary } from "./public-summaries";
import {
  isPublicMeeting,
  notTrashed,
  PUBLIC_SQL,
  publicMeetingId,
  publicOrganization,
  publishedMeeting,
} from "./visibility";
import { correctionsOf } from "./public-corrections";

export interface OrganizationProfile {
  organization: Organization;
  parent: Organization | null;
  /** Its public bodies (organs, secretariat, permanent bodies), by English name. */
  bodies: Organization[];
  /** Every membership over time; the page picks the ones in force on a chosen date. */
  memberships: { membership: OrgMembership; country: Country }[];
  /** Every term, with the published meetings where it started and where it ended (null when not public). */
  chairmanships: {
    chairmanship: Chairmanship;
    country: Country;
    startedAtMeeting: { slug: string } | null;
    endedAtMeeting: { slug: string } | null;
  }[];
  /** Published meetings of it and of its bodies, newest first. */
  meetings: MeetingSummary[];
  /**
   * How many published documents it and its bodies adopted in each year, by type (the year of the date adopted;
   * undated documents left out), by year, then type.
   */
  documentsPerYear: { year: string; type: DocumentType; count: number }[];
  /** When the public record was last corrected, and the corrections the public can see (newest first). */
  lastCorrectedAt: Date | null;
  corrections: Correction[];
}

const meetingLink = { slug: true, status: true, deletedAt: true } as const;
const publicLink = (meeting: { slug: string; status: string; deletedAt: Date | null } | null) =>
  isPublicMeeting(meeting) ? { slug: meeting.slug } : null;

/** A public organization page: reads only, in a fixed number of queries. */
export class OrganizationProfileRepository {
  constructor(private readonly db: Db) {}

  async bySlug(slug: string): Promise<OrganizationProfile> {
    const row = await this.db.organization.findFirst({
      where: { slug, ...publicOrganization },
      include: {
        bodies: { where: publicOrganization, orderBy: { slug: "asc" } },
        memberships: {
          where: { country: notTrashed },
          include: { country: true },
          orderBy: [{ startDate: "asc" }],
        },
        chairmanships: {
          where: { country: notTrashed },
          include: {
            country: true,
            startedAtMeeting: { select: meetingLink },
            endedAtMeeting: { select: meetingLink },
          },
          orderBy: [{ startDate: "asc" }],
        },
      },
    });
    if (!row) throw new RecordNotFoundError("organization", slug);
    const [parent, meetings, documentsPerYear] = await Promise.all([
      row.parentId
        ? this.db.organization.findFirst({ where: { id: row.parentId, ...publicOrganization } })
        : null,
      this.db.meeting.findMany({
        where: { ...publishedMeeting, OR: [{ bodyId: row.id }, { body: { parentId: row.id } }] },
        select: meetingSummarySelect,
        orderBy: newestMeetingsFirst,
      }),
      this.documentsPerYear(row.id),
    ]);
    return {
      organization: toOrganization(row),
      parent: parent ? toOrganization(parent) : null,
      bodies: row.bodies.map(toOrganization),
      memberships: row.memberships.map((m) => ({
        membership: toOrgMembership(m),
        country: toCountry(m.country),
      })),
      chairmanships: row.chairmanships.map((c) => ({
        chairmanship: toChairmanship({
          ...c,
          startedAtMeetingId: publicMeetingId(c.startedAtMeetingId, c.startedAtMeeting),
          endedAtMeetingId: publicMeetingId(c.endedAtMeetingId, c.endedAtMeeting),
        }),
        country: toCountry(c.country),
        startedAtMeeting: publicLink(c.startedAtMeeting),
        endedAtMeeting: publicLink(c.endedAtMeeting),
      })),
      meetings: meetings.map(toMeetingSummary),
      documentsPerYear,
      ...(await correctionsOf(this.db, "organization", row.id)),
    };
  }

  /**
   * The documents adopted by the organization or one of its bodies not in the trash (as its meetings are counted; a
   * public document makes its adopting body public), public by the documents' own rule (PUBLIC_SQL, alias `t`),
   * counted per year and type in one statement, through the index of the adopting body.
   */
  private documentsPerYear(organizationId: string): Promise<OrganizationProfile["documentsPerYear"]> {
    return this.db.$queryRaw<OrganizationProfile["documentsPerYear"]>(Prisma.sql`
      SELECT left(t."dateAdopted", 4) AS year, t.type::text AS type, count(*)::int AS count
      FROM "Document" t
      WHERE t."adoptingBodyId" IN (SELECT o.id FROM "Organization" o
          WHERE o.id = ${organizationId} OR (o."parentId" = ${organizationId} AND o."deletedAt" IS NULL))
        AND left(t."dateAdopted", 4) ~ '^[0-9]{4}$' AND ${Prisma.raw(PUBLIC_SQL.Document)}
      GROUP BY 1, 2 ORDER BY 1, 2`);
  }
}
