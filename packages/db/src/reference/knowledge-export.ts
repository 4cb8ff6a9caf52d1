import type { ReaderKnowledge } from "@plenary/domain";
import { countryData } from "./countries";
import { referenceMemberships, referenceOrganizations } from "./organizations";

/**
 * The reference data as reader knowledge (countries, organizations, memberships), from the same lists
 * `pnpm db:seed:reference` loads: the snapshot `@plenary/domain` ships for its command line and for projects without
 * a database (`@plenary/domain/reference-data.json`). Ids are the natural keys — a country's ISO 3166 alpha-2
 * code, an organization's slug — since a snapshot has no database ids; the file holds no people, posts or topics.
 */
export function referenceKnowledge(): ReaderKnowledge {
  return {
    countries: countryData.countries.map((country) => ({
      id: country.iso2,
      iso2: country.iso2,
      nameI18n: country.name,
      officialNameI18n: country.official.en ? { ...country.official, en: country.official.en } : null,
      otherNames: country.otherNames,
      demonyms: country.demonyms,
    })),
    organizations: referenceOrganizations.map((organization) => ({
      id: organization.slug,
      nameI18n: organization.name,
      abbreviationI18n: organization.abbreviation,
      otherNames: [...organization.otherNames],
      classification: organization.classification,
      parentId: organization.parent,
    })),
    memberships: referenceMemberships.map((membership) => ({
      id: `${membership.organization}/${membership.country}/${membership.status}/${membership.startDate ?? "-"}`,
      organizationId: membership.organization,
      countryId: membership.country,
      status: membership.status,
      startDate: membership.startDate,
      endDate: membership.endDate,
    })),
    people: [],
    posts: [],
    occupancies: [],
    topics: [],
  };
}
