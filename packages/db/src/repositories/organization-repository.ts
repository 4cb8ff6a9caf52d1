import {
  referenceRecordRefs,
  type CreateOrganizationInput,
  type Organization,
  type OrganizationClassification,
  type UpdateOrganizationInput,
} from "@plenary/domain";
import type { Db } from "../client";
import { Prisma } from "../generated/prisma/client";
import { toOrganization } from "./mappers";
import type { NewRecordsWriter } from "./new-records-writer";
import { namedRecordExists, ReferenceRepository, type ReferencePageQuery } from "./reference-repository";
import { publicOrganization } from "./visibility";

/**
 * A page of the JSON API's organizations, by slug. Filters (all must hold): the parent organization's slug (its
 * bodies one level down), the classification.
 */
export interface OrganizationPageQuery extends ReferencePageQuery {
  parent?: string;
  classification?: OrganizationClassification;
}

export class OrganizationRepository extends ReferenceRepository<
  Organization,
  CreateOrganizationInput,
  UpdateOrganizationInput
> {
  constructor(db: Db, newRecords?: NewRecordsWriter) {
    super(
      db,
      {
        entityType: "organization",
        table: (client) => client.organization,
        toEntity: toOrganization,
        publicWhere: publicOrganization,
        orderBy: { slug: "asc" },
        nameOf: (input) => input.nameI18n as Organization["nameI18n"],
        recordRefs: referenceRecordRefs.organization,
      },
      newRecords,
    );
  }

  async publicPage({ parent, classification, ...page }: OrganizationPageQuery) {
    const filter: Prisma.Sql[] = [];
    if (parent)
      filter.push(
        Prisma.sql`t."parentId" = (SELECT id FROM "Organization" WHERE slug = ${parent} AND "deletedAt" IS NULL)`,
      );
    if (classification) filter.push(Prisma.sql`t.classification::text = ${classification}`);
    if (parent) filter.push(namedRecordExists("Organization", parent));
    return this.publicPageOf("Organization", page, filter);
  }
}
