import type { Country, CreateCountryInput, UpdateCountryInput } from "@plenary/domain";
import type { Db } from "../client";
import type { Prisma } from "../generated/prisma/client";
import { toCountry } from "./mappers";
import { ReferenceRepository, type ReferencePageQuery } from "./reference-repository";
import { notTrashed, publicCountry, publishedMeeting } from "./visibility";

/**
 * A page of the JSON API's countries, by slug. Filters (slugs, all must hold): an organization the country has a
 * membership of (any status), a public meeting it was represented at or hosted.
 */
export interface CountryPageQuery extends Omit<ReferencePageQuery, "where"> {
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
    const filters: Prisma.CountryWhereInput[] = [];
    if (organization)
      filters.push({ memberships: { some: { organization: { slug: organization, ...notTrashed } } } });
    if (meeting) {
      const attended = { ...publishedMeeting, slug: meeting };
      filters.push({
        OR: [
          { representedAt: { some: { meeting: attended } } },
          { hostedMeetings: { some: attended } },
          { venueMeetings: { some: attended } },
        ],
      });
    }
    return this.publicPageWhere({ ...page, where: filters.length ? { AND: filters } : undefined });
  }
}
