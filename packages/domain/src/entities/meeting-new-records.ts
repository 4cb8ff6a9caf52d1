import { z } from "zod";
import { Id } from "../common/id";
import { localize } from "../common/localized-text";
import type { RuleIssue } from "../rules/rule-issue";
import { checkDateOrder } from "../rules/dates";
import { CreateCountryInput } from "./country";
import type { EditableMeeting } from "./meeting-record";
import { meetingRecordRefs, type MeetingRefKind } from "./meeting-record-refs";
import { CreateOccupancyInput } from "./occupancy";
import { CreateOrganizationInput } from "./organization";
import { CreatePersonInput } from "./person";
import { CreatePostInput } from "./post";
import { CreateTopicInput } from "./topic";

/**
 * The records an editor made while editing a meeting ("Create person …" in a picker, a post held added for a
 * participant, a release proposal accepted): kept with the draft and created only by the meeting's save, in the same
 * transaction. Until then the meeting (and the other new records) refer to each by its temporary id.
 */
const withTempId = <Shape extends z.ZodRawShape>(create: z.ZodObject<Shape>) => create.extend({ tempId: Id });

export const NewPersonRecord = withTempId(CreatePersonInput);
export const NewCountryRecord = withTempId(CreateCountryInput);
export const NewOrganizationRecord = withTempId(CreateOrganizationInput);
export const NewTopicRecord = withTempId(CreateTopicInput);
export const NewPostRecord = withTempId(CreatePostInput);
export const NewOccupancyRecord = withTempId(CreateOccupancyInput);

const listOf = <T extends z.ZodType>(item: T) => z.array(item).max(200).default([]);

/** New records by kind, in the order the save creates them (a record refers only to kinds created before it). */
export const MeetingNewRecords = z.object({
  people: listOf(NewPersonRecord),
  countries: listOf(NewCountryRecord),
  organizations: listOf(NewOrganizationRecord),
  topics: listOf(NewTopicRecord),
  posts: listOf(NewPostRecord),
  occupancies: listOf(NewOccupancyRecord),
});
export type MeetingNewRecords = z.infer<typeof MeetingNewRecords>;
export type MeetingNewRecordsInput = z.input<typeof MeetingNewRecords>;

/** The lists of `MeetingNewRecords`, in creation order. */
export type NewRecordList = keyof MeetingNewRecords;
export const NEW_RECORD_LISTS = [
  "people",
  "countries",
  "organizations",
  "topics",
  "posts",
  "occupancies",
] as const satisfies readonly NewRecordList[];

/** The kind of record each list holds, as the meeting record's references name it. */
export const NEW_RECORD_KIND = {
  people: "person",
  countries: "country",
  organizations: "organization",
  topics: "topic",
  posts: "post",
  occupancies: "occupancy",
} as const satisfies Record<NewRecordList, MeetingRefKind | "post">;
export type NewRecordKind = (typeof NEW_RECORD_KIND)[NewRecordList];

/** The list a kind of new record is kept in. */
export const NEW_RECORD_LIST = Object.fromEntries(
  Object.entries(NEW_RECORD_KIND).map(([list, kind]) => [kind, list]),
) as Record<NewRecordKind, NewRecordList>;

/** The fields of a new record that may hold another new record's temporary id, with the kind they refer to. */
export const NEW_RECORD_REF_FIELDS: Readonly<
  Partial<Record<NewRecordList, readonly { field: string; kind: NewRecordKind }[]>>
> = {
  organizations: [{ field: "parentId", kind: "organization" }],
  posts: [
    { field: "organizationId", kind: "organization" },
    { field: "countryId", kind: "country" },
  ],
  occupancies: [
    { field: "personId", kind: "person" },
    { field: "postId", kind: "post" },
  ],
};

/** Empty: no new records. */
export const NO_NEW_RECORDS: MeetingNewRecords = {
  people: [],
  countries: [],
  organizations: [],
  topics: [],
  posts: [],
  occupancies: [],
};

type AnyNewRecord = { tempId: string } & Record<string, unknown>;

/** Every new record with its list and position. */
export function eachNewRecord(
  records: MeetingNewRecords,
): { list: NewRecordList; index: number; record: AnyNewRecord }[] {
  return NEW_RECORD_LISTS.flatMap((list) =>
    (records[list] as AnyNewRecord[]).map((record, index) => ({ list, index, record })),
  );
}

/** What the editor calls a new record: its name or label, or for a post held, what it joins. */
export function newRecordName(list: NewRecordList, record: AnyNewRecord): string {
  const text = (record.nameI18n ?? record.labelI18n) as { en: string } | undefined;
  if (text) return localize(text, "en").text;
  return list === "occupancies" ? "post held" : record.tempId;
}

/** How messages name a new record at the start of a sentence: “The new post “Special Envoy””. */
export function theNewRecord(list: NewRecordList, record: AnyNewRecord): string {
  return `The new ${NEW_RECORD_KIND[list] === "occupancy" ? "post held" : NEW_RECORD_KIND[list]} “${newRecordName(list, record)}”`;
}

/** A field that refers to a record by id: of the meeting, or of a record saved with new records (a post held). */
export interface NewRecordRef {
  kind: string;
  id: string;
  path: (string | number)[];
}

/**
 * Checks the new records against the meeting that creates them: each temporary id is defined once; a reference to
 * one (from the meeting or from another new record) names a record of the kind the field takes; organizations refer
 * only to organizations listed before them; every new record is used by the meeting, directly or through another
 * used new record (one the editor no longer uses is not created by accident); a post held's dates are in order.
 * References to ids that are not new are existing records: the save checks those exist.
 */
export function checkNewRecords(record: EditableMeeting, records: MeetingNewRecords): RuleIssue[] {
  return checkNewRecordRefs(meetingRecordRefs(record), records, "this meeting");
}

/**
 * `checkNewRecords` for any record saved with new records: `refs` are its fields that may name one, `user` what the
 * messages call it ("this post held").
 */
export function checkNewRecordRefs(
  refs: readonly NewRecordRef[],
  records: MeetingNewRecords,
  user: string,
): RuleIssue[] {
  const issues: RuleIssue[] = [];
  const issue = (path: (string | number)[], code: string, message: string) =>
    issues.push({ rule: "new_records", code, severity: "error", path, message });
  const defined = new Map<string, { list: NewRecordList; index: number; record: AnyNewRecord }>();
  for (const entry of eachNewRecord(records)) {
    const { list, index, record: created } = entry;
    if (defined.has(created.tempId))
      issue(
        ["newRecords", list, index, "tempId"],
        "duplicate_temp_id",
        `The temporary id ${created.tempId} is given to two new records.`,
      );
    else defined.set(created.tempId, entry);
  }

  const used = new Set<string>();
  const pending: string[] = [];
  const use = (id: string) => {
    if (used.has(id)) return;
    used.add(id);
    pending.push(id);
  };
  for (const ref of refs) {
    const target = defined.get(ref.id);
    if (!target) continue;
    const kind = NEW_RECORD_KIND[target.list];
    if (kind !== ref.kind)
      issue(
        ref.path,
        "new_record_wrong_kind",
        `This field takes a ${ref.kind}, but the new record “${newRecordName(target.list, target.record)}” is a ${kind}.`,
      );
    else use(ref.id);
  }

  for (const { list, index, record: created } of eachNewRecord(records)) {
    for (const { field, kind } of NEW_RECORD_REF_FIELDS[list] ?? []) {
      const id = created[field];
      if (typeof id !== "string") continue;
      const target = defined.get(id);
      if (!target) continue;
      const path = ["newRecords", list, index, field];
      if (NEW_RECORD_KIND[target.list] !== kind)
        issue(
          path,
          "new_record_wrong_kind",
          `This field takes a ${kind}, but the new record “${newRecordName(target.list, target.record)}” is a ${NEW_RECORD_KIND[target.list]}.`,
        );
      else if (list === "organizations" && target.index >= index)
        issue(
          path,
          "new_record_order",
          `The new organization “${newRecordName(target.list, target.record)}” must be listed before the organizations that belong to it.`,
        );
    }
  }

  // A new record is used when the meeting refers to it, or a used new record does.
  while (pending.length) {
    const entry = defined.get(pending.pop()!)!;
    for (const { field, kind } of NEW_RECORD_REF_FIELDS[entry.list] ?? []) {
      const id = entry.record[field];
      if (typeof id === "string" && defined.get(id) && NEW_RECORD_KIND[defined.get(id)!.list] === kind)
        use(id);
    }
  }
  for (const { list, index, record: created } of eachNewRecord(records)) {
    if (defined.get(created.tempId)?.index !== index || defined.get(created.tempId)?.list !== list) continue;
    if (!used.has(created.tempId))
      issue(
        ["newRecords", list, index],
        "new_record_unused",
        `The new ${NEW_RECORD_KIND[list]} “${newRecordName(list, created)}” is not used by ${user}: use it or leave it out.`,
      );
  }

  records.occupancies.forEach((occupancy, index) =>
    issues.push(
      ...checkDateOrder(occupancy, {
        path: ["newRecords", "occupancies", index],
        subject: "The new post held",
      }),
    ),
  );
  return issues;
}

/**
 * The temporary ids of the new records a meeting record still uses (directly, or through another new record that
 * is used): what the editor sends with a save, leaving out records it made and then stopped using.
 */
export function usedNewRecords(record: EditableMeeting, records: MeetingNewRecords): MeetingNewRecords {
  return usedNewRecordsOf(meetingRecordRefs(record), records);
}

/** `usedNewRecords` for any record saved with new records, by the fields (`refs`) that may name one. */
export function usedNewRecordsOf(
  refs: readonly NewRecordRef[],
  records: MeetingNewRecords,
): MeetingNewRecords {
  const unused = new Set(
    checkNewRecordRefs(refs, records, "")
      .filter((issue) => issue.code === "new_record_unused")
      .map((issue) => `${issue.path[1]}:${issue.path[2]}`),
  );
  return Object.fromEntries(
    NEW_RECORD_LISTS.map((list) => [
      list,
      (records[list] as AnyNewRecord[]).filter((_, index) => !unused.has(`${list}:${index}`)),
    ]),
  ) as MeetingNewRecords;
}
