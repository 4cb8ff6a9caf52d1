import { CreateOrganizationInput, UpdateOrganizationInput } from "@plenary/domain";
import { referenceRouter } from "./reference-router";

export const organizationRouter = referenceRouter((repos) => repos.organizations, {
  create: CreateOrganizationInput,
  update: UpdateOrganizationInput,
});
