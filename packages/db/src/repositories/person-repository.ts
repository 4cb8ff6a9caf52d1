import type {
  Correction,
  Country,
  CreatePersonInput,
  Occupancy,
  Organization,
  Participation,
  Person,
  Post,
  Speech,
  UpdatePersonInput,
} from "@plenary/domain";
import type { Db } from "../client";
import { Prisma } from "../generated/prisma/client";
import { RecordNotFoundError } from "./errors";
import {
  toCountry,
  toOccupancy,
  toOrganization,
  toParticipation,
  toPerson,
  toPost,
  toSpeech,
} from "./mappers";
import type { Audience, MeetingSummary } from "./meeting-repository";
import { namedRecordExists, ReferenceRepository, type ReferencePageQuery } from "./reference-repository";
import { withoutTrashedLinks, publicPerson, publicPost, publishedMeeting, unlessTrashed } from "./visibility";
import { correctionsOf } from "./public-corrections";

export interface PersonDetail {
  person: Person;
  /** Posts held over time (dates may be unknown). */
  occupancies: { occupancy: Occupancy; post: Post }[];
  /** Every meeting attended, newest first, with the capacity of that day. */
  participations: {
    participation: Participation;
    meeting: Pick<MeetingSummary, "id" | "slug" | "titleI18n" | "startDate" | "endDate" | "status">;
    post: Post | null;
    country: Country | null;
    organization: Organization | null;
  }[];
  /** Speeches, remarks and messages given at meetings, newest meeting first, in the meeting's order. */
  speeches: {
    speech: Speech;
    meeting: Pick<MeetingSummary, "id" | "slug" | "titleI18n" | "startDate" | "endDate" | "status">;
  }[];
  /** When the public record was last corrected, and the corrections the public can see (newest first). */
  lastCorrectedAt: Date | null;
  corrections: Correction[];
}

/**
 * A page of the JSON API's people, by slug. The filters are slugs and all hold for one participation in a public
 * meeting: the meeting attended, the country represented there or whose post the person held that day, the
 * organization likewise.
 */
export interface PersonPageQuery extends ReferencePageQuery {
  meeting?: string;
  country?: string;
  organization?: string;
}

const meetingSummary = {
  select: { id: true, slug: true, titleI18n: true, startDate: true, endDate: true, status: true },
} as const;

export class PersonRepository extends ReferenceRepository<Person, CreatePersonInput, UpdatePersonInput> {
  constructor(db: Db) {
    super(db, {
      entityType: "person",
      table: (client) => client.person,
      toEntity: toPerson,
      publicWhere: publicPerson,
      orderBy: [{ sortName: "asc" }, { slug: "asc" }],
      nameOf: (input) => input.nameI18n as Person["nameI18n"],
    });
  }

  async publicPage({ meeting, country, organization, ...page }: PersonPageQuery) {
    const held = (column: "countryId" | "organizationId", named: Prisma.Sql) => Prisma.sql`EXISTS (
      SELECT 1 FROM "Occupancy" o JOIN "Post" po ON po.id = o."postId"
      WHERE o.id = p."occupancyId" AND po."deletedAt" IS NULL AND po.${Prisma.raw(`"${column}"`)} = (${named}))`;
    const countryId = Prisma.sql`SELECT id FROM "Country" WHERE slug = ${country} AND "deletedAt" IS NULL`;
    const organizationId = Prisma.sql`SELECT id FROM "Organization" WHERE slug = ${organization} AND "deletedAt" IS NULL`;
    const participation: Prisma.Sql[] = [];
    if (meeting) participation.push(Prisma.sql`m.slug = ${meeting}`);
    if (country)
      participation.push(
        Prisma.sql`(p."representingCountryId" = (${countryId}) OR ${held("countryId", countryId)})`,
      );
    if (organization)
      participation.push(
        Prisma.sql`(p."representingOrganizationId" = (${organizationId}) OR ${held("organizationId", organizationId)})`,
      );
    const filter = participation.length
      ? [
          Prisma.sql`EXISTS (SELECT 1 FROM "Participation" p JOIN "Meeting" m ON m.id = p."meetingId"
            WHERE p."personId" = t.id AND m.status = 'published' AND m."deletedAt" IS NULL
            AND ${Prisma.join(participation, " AND ")})`,
        ]
      : [];
    if (meeting) filter.push(namedRecordExists("Meeting", meeting));
    if (country) filter.push(namedRecordExists("Country", country));
    if (organization) filter.push(namedRecordExists("Organization", organization));
    return this.publicPageOf("Person", page, filter);
  }

  async detailBySlug(slug: string, audience: Audience): Promise<PersonDetail> {
    const isPublic = audience === "public";
    const meetingWhere = isPublic ? publishedMeeting : { deletedAt: null };
    // The public sees the posts held that public meetings name, and no trashed post, country or organization.
    const shown = <T extends { deletedAt: Date | null }>(value: T | null): T | null =>
      isPublic ? unlessTrashed(value) : value;
    const row = await this.db.person.findFirst({
      where: { slug, ...this.visibility(audience) },
      include: {
        occupancies: {
          where: isPublic ? { post: publicPost } : {},
          include: { post: true },
          orderBy: [{ startDate: "asc" }, { createdAt: "asc" }],
        },
        participations: {
          where: { meeting: meetingWhere },
          orderBy: { meeting: { startDate: "desc" } },
          include: {
            meeting: meetingSummary,
            occupancy: { include: { post: true } },
            representingCountry: true,
            representingOrganization: true,
          },
        },
        speeches: {
          where: { meeting: meetingWhere },
          orderBy: [{ meeting: { startDate: "desc" } }, { order: "asc" }],
          include: { meeting: meetingSummary },
        },
      },
    });
    if (!row) throw new RecordNotFoundError("person", slug);
    return {
      person: toPerson(row),
      occupancies: row.occupancies.map((o) => ({ occupancy: toOccupancy(o), post: toPost(o.post) })),
      participations: row.participations.map((p) => {
        const [post, country, organization] = [
          shown(p.occupancy?.post ?? null),
          shown(p.representingCountry),
          shown(p.representingOrganization),
        ];
        return {
          participation: toParticipation(
            isPublic
              ? withoutTrashedLinks(p, {
                  representingCountryId: p.representingCountry,
                  representingOrganizationId: p.representingOrganization,
                })
              : p,
          ),
          meeting: { ...p.meeting, titleI18n: p.meeting.titleI18n as Person["nameI18n"] },
          post: post ? toPost(post) : null,
          country: country ? toCountry(country) : null,
          organization: organization ? toOrganization(organization) : null,
        };
      }),
      speeches: row.speeches.map(({ meeting, ...speech }) => ({
        speech: toSpeech(speech),
        meeting: { ...meeting, titleI18n: meeting.titleI18n as Person["nameI18n"] },
      })),
      ...(await correctionsOf(this.db, "person", row.id)),
    };
  }
}
