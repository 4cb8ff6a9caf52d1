import { z } from "zod";
import { Id } from "../common/id";
import { PartialDate } from "../common/partial-date";
import { createShape, recordFields, updateFields } from "../common/record";

export const MembershipStatus = z.enum([
  "member",
  "founding_member",
  "observer",
  "dialogue_partner",
  "candidate",
  "suspended",
]);
export type MembershipStatus = z.infer<typeof MembershipStatus>;

/** A country's status in an organization over a half-open date range; one status per date (rule 5). */
const fields = {
  organizationId: Id,
  countryId: Id,
  status: MembershipStatus,
  startDate: PartialDate.nullable(),
  endDate: PartialDate.nullable(),
};

export const OrgMembership = z.object({ ...recordFields, ...fields });
export type OrgMembership = z.infer<typeof OrgMembership>;

export const CreateOrgMembershipInput = z.object(createShape(fields));
export type CreateOrgMembershipInput = z.infer<typeof CreateOrgMembershipInput>;

export const UpdateOrgMembershipInput = z.object(fields).partial().extend(updateFields);
export type UpdateOrgMembershipInput = z.infer<typeof UpdateOrgMembershipInput>;
