import type { Country, Organization } from "@plenary/domain";
import type { Db } from "../client";
import { toCountry, toOrganization } from "./mappers";
import { publicCountry, publicOrganization } from "./visibility";

export interface OpenDataReferences {
  /** The organizations asked for and every public organization above them, so that each `parentId` resolves. */
  organizations: Organization[];
  countries: Country[];
}

/**
 * The records an export refers to by id but a meeting page does not load in full: the organizations up the tree
 * from a body or a post, and the countries posts belong to. Only public records come back.
 */
export class OpenDataReferenceRepository {
  constructor(private readonly db: Db) {}

  async load({
    organizationIds,
    countryIds,
  }: {
    organizationIds: readonly string[];
    countryIds: readonly string[];
  }): Promise<OpenDataReferences> {
    const organizations = new Map<string, Organization>();
    let wanted = [...new Set(organizationIds)];
    // One query per level of the tree (a handful at most), each asking only for parents not yet loaded.
    while (wanted.length > 0) {
      const rows = await this.db.organization.findMany({
        where: { id: { in: wanted }, ...publicOrganization },
      });
      for (const row of rows) organizations.set(row.id, toOrganization(row));
      wanted = [
        ...new Set(
          rows.flatMap((row) => (row.parentId && !organizations.has(row.parentId) ? [row.parentId] : [])),
        ),
      ];
    }
    const countries = countryIds.length
      ? await this.db.country.findMany({
          where: { id: { in: [...new Set(countryIds)] }, ...publicCountry },
          orderBy: { iso2: "asc" },
        })
      : [];
    return { organizations: [...organizations.values()], countries: countries.map(toCountry) };
  }
}
