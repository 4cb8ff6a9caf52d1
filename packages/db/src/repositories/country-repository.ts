import type { Country, CreateCountryInput, UpdateCountryInput } from "@plenary/domain";
import type { Db } from "../client";
import { Prisma } from "../generated/prisma/client";
import { toCountry } from "./mappers";
import { namedRecordExists, ReferenceRepository, type ReferencePageQuery } from "./reference-repository";
import { publicCountry } from "./visibility";

/**
 * A page of the JSON API's countries, by slug. Filters (slugs, all must hold): an organization the country has a
 * membership of (any status), a public meeting it was represented at or hosted.
 */
export interface CountryPageQuery extends ReferencePageQuery {
  organization?: string;
  meeting?: string;
}

export class CountryRepository extends ReferenceRepository<Country, CreateCountryInput, UpdateCountryInput> {
  constructor(db: Db) {
    super(db, {
      entityType: "country",
      table: (client) => client.country,
      toEntity: toCountry,
      publicWhere: publicCountry,
      orderBy: { slug: "asc" },
      nameOf: (input) => input.nameI18n as Country["nameI18n"],
    });
  }

  async publicPage({ organization, meeting, ...page }: CountryPageQuery) {
    const filter: Prisma.Sql[] = [];
    if (organization)
      filter.push(Prisma.sql`EXISTS (SELECT 1 FROM "OrgMembership" om JOIN "Organization" o ON o.id = om."organizationId"
        WHERE om."countryId" = t.id AND o.slug = ${organization} AND o."deletedAt" IS NULL)`);
    if (meeting)
      filter.push(Prisma.sql`EXISTS (SELECT 1 FROM "Meeting" m
        WHERE m.slug = ${meeting} AND m.status = 'published' AND m."deletedAt" IS NULL
        AND (m."hostCountryId" = t.id OR m."venueCountryId" = t.id OR EXISTS (
          SELECT 1 FROM "Participation" p WHERE p."meetingId" = m.id AND p."representingCountryId" = t.id)))`);
    if (organization) filter.push(namedRecordExists("Organization", organization));
    if (meeting) filter.push(namedRecordExists("Meeting", meeting));
    return this.publicPageOf("Country", page, filter);
  }
}
