import type { z } from "zod";
import { MeetingNewRecords, type NewRecordKind, type NewRecordRef } from "./meeting-new-records";
import { UpdateOrganizationInput } from "./organization";
import { UpdatePostInput } from "./post";
import { UpdateTopicInput } from "./topic";

const withNewRecords = <Shape extends z.ZodRawShape>(update: z.ZodObject<Shape>) =>
  update.extend({ newRecords: MeetingNewRecords.optional() });

/**
 * A post, an organization or a topic saved from its own form, with the records made in the form's pickers (a post's
 * new organization or country, a new parent organization, a new broader topic): the record refers to them by
 * temporary id, and its save creates them first, in the same transaction. Closing the form leaves nothing behind.
 */
export const UpdatePostWithNewRecords = withNewRecords(UpdatePostInput);
export type UpdatePostWithNewRecords = z.input<typeof UpdatePostWithNewRecords>;
export const UpdateOrganizationWithNewRecords = withNewRecords(UpdateOrganizationInput);
export type UpdateOrganizationWithNewRecords = z.input<typeof UpdateOrganizationWithNewRecords>;
export const UpdateTopicWithNewRecords = withNewRecords(UpdateTopicInput);
export type UpdateTopicWithNewRecords = z.input<typeof UpdateTopicWithNewRecords>;

const refsAt =
  (fields: readonly { field: string; kind: NewRecordKind }[]) =>
  (record: Record<string, unknown>): NewRecordRef[] =>
    fields.flatMap(({ field, kind }) => {
      const id = record[field];
      return typeof id === "string" ? [{ kind, id, path: [field] }] : [];
    });

/** The fields of a post, an organization or a topic that may name a new record, by the kind of record saved. */
export const referenceRecordRefs = {
  post: refsAt([
    { field: "organizationId", kind: "organization" },
    { field: "countryId", kind: "country" },
  ]),
  organization: refsAt([{ field: "parentId", kind: "organization" }]),
  topic: refsAt([{ field: "parentId", kind: "topic" }]),
};
