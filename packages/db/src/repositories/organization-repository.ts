import type { CreateOrganizationInput, Organization, UpdateOrganizationInput } from "@plenary/domain";
import type { Db } from "../client";
import { toOrganization } from "./mappers";
import { ReferenceRepository } from "./reference-repository";
import { publicOrganization } from "./visibility";

export class OrganizationRepository extends ReferenceRepository<
  Organization,
  CreateOrganizationInput,
  UpdateOrganizationInput
> {
  constructor(db: Db) {
    super(db, {
      entityType: "organization",
      table: (client) => client.organization,
      toEntity: toOrganization,
      publicWhere: publicOrganization,
      orderBy: { slug: "asc" },
      nameOf: (input) => input.nameI18n as Organization["nameI18n"],
    });
  }
}
