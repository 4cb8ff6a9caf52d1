import type { z } from "zod";
import { MeetingNewRecords, type NewRecordRef } from "./meeting-new-records";
import { CreateOccupancyInput } from "./occupancy";
import { CreateOrgMembershipInput } from "./org-membership";

/**
 * A post held added on a person's page, with the records made in its form (a post created from its picker, and that
 * post's new organization or country): the post held refers to them by temporary id, and its save creates them
 * first, in the same transaction. Closing the form without saving leaves nothing behind.
 */
export const CreateOccupancyWithNewRecords = CreateOccupancyInput.extend({
  newRecords: MeetingNewRecords.optional(),
});
export type CreateOccupancyWithNewRecords = z.input<typeof CreateOccupancyWithNewRecords>;

/** A membership added on an organization's page, with the records made in its form (a country from its picker). */
export const CreateOrgMembershipWithNewRecords = CreateOrgMembershipInput.extend({
  newRecords: MeetingNewRecords.optional(),
});
export type CreateOrgMembershipWithNewRecords = z.input<typeof CreateOrgMembershipWithNewRecords>;

/** The fields of a post held that may name a new record. */
export function occupancyRecordRefs(occupancy: { personId: string; postId: string }): NewRecordRef[] {
  return [
    { kind: "person", id: occupancy.personId, path: ["personId"] },
    { kind: "post", id: occupancy.postId, path: ["postId"] },
  ];
}

/** The fields of a membership that may name a new record. */
export function membershipRecordRefs(membership: {
  organizationId: string;
  countryId: string;
}): NewRecordRef[] {
  return [
    { kind: "organization", id: membership.organizationId, path: ["organizationId"] },
    { kind: "country", id: membership.countryId, path: ["countryId"] },
  ];
}
