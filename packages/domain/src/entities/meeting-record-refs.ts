import type { EditableMeeting } from "./meeting-record";

/** The kinds of record a meeting record refers to by id. */
export type MeetingRefKind = "person" | "country" | "organization" | "occupancy" | "topic" | "series";

/** One reference of a meeting record: which kind, which id, and the field that holds it. */
export interface MeetingRecordRef {
  kind: MeetingRefKind;
  id: string;
  path: (string | number)[];
}

/** Where a reference field lives: on the meeting itself, or on each row of one of its lists. */
export type MeetingRecordPart = "meeting" | "participations" | "documents" | "chairmanships" | "speeches";

/** One field of a meeting record that holds ids of one kind of record. */
export interface MeetingRefField {
  kind: MeetingRefKind;
  part: MeetingRecordPart;
  /** The field within the meeting or within each row of the part (`venue.countryId` is two steps). */
  field: readonly string[];
  /** The field holds a list of ids rather than one. */
  list?: boolean;
}

/**
 * Every field of a meeting record that refers to another record, in the record's order: the one list that checking
 * references, exporting and importing a meeting with what it links to, and merging records rely on.
 */
export const MEETING_REF_FIELDS: readonly MeetingRefField[] = [
  { kind: "series", part: "meeting", field: ["seriesId"] },
  { kind: "organization", part: "meeting", field: ["bodyId"] },
  { kind: "country", part: "meeting", field: ["hostCountryId"] },
  { kind: "country", part: "meeting", field: ["venue", "countryId"] },
  { kind: "topic", part: "meeting", field: ["topicIds"], list: true },
  { kind: "person", part: "participations", field: ["personId"] },
  { kind: "occupancy", part: "participations", field: ["occupancyId"] },
  { kind: "country", part: "participations", field: ["representingCountryId"] },
  { kind: "organization", part: "participations", field: ["representingOrganizationId"] },
  { kind: "organization", part: "documents", field: ["adoptingBodyId"] },
  { kind: "topic", part: "documents", field: ["topicIds"], list: true },
  { kind: "organization", part: "chairmanships", field: ["organizationId"] },
  { kind: "country", part: "chairmanships", field: ["countryId"] },
  { kind: "person", part: "speeches", field: ["personId"] },
];

const PARTS: readonly MeetingRecordPart[] = [
  "meeting",
  "participations",
  "documents",
  "chairmanships",
  "speeches",
];

type Row = Record<string, unknown>;

/** The meeting itself or the rows of a part, each with the path that leads to it. */
function rowsOf(record: EditableMeeting, part: MeetingRecordPart): [Row, (string | number)[]][] {
  if (part === "meeting") return [[record as unknown as Row, []]];
  return ((record[part] ?? []) as unknown as Row[]).map((row, i) => [row, [part, i]]);
}

function read(row: Row, field: readonly string[]): unknown {
  let value: unknown = row;
  for (const step of field) value = value && typeof value === "object" ? (value as Row)[step] : undefined;
  return value;
}

/** Every id a meeting record refers to, with the field that holds it. Empty links are left out. */
export function meetingRecordRefs(record: EditableMeeting): MeetingRecordRef[] {
  const refs: MeetingRecordRef[] = [];
  for (const part of PARTS) {
    const fields = MEETING_REF_FIELDS.filter((f) => f.part === part);
    for (const [row, at] of rowsOf(record, part)) {
      for (const { kind, field, list } of fields) {
        const value = read(row, field);
        if (list)
          (value as string[] | undefined)?.forEach((id, j) => {
            if (id) refs.push({ kind, id, path: [...at, ...field, j] });
          });
        else if (typeof value === "string" && value) refs.push({ kind, id: value, path: [...at, ...field] });
      }
    }
  }
  return refs;
}

/** The distinct ids of one kind a meeting record refers to. */
export function meetingRecordIds(record: EditableMeeting, kind: MeetingRefKind): string[] {
  return [...new Set(meetingRecordRefs(record).flatMap((r) => (r.kind === kind ? [r.id] : [])))];
}

/**
 * The record with every reference replaced by what `to` gives for it (an import mapping another store's ids to
 * this one's). Empty links stay empty; the record given is not changed.
 */
export function mapMeetingRecordRefs(
  record: EditableMeeting,
  to: (ref: MeetingRecordRef) => string,
): EditableMeeting {
  let mapped = record as unknown;
  for (const ref of meetingRecordRefs(record)) mapped = setAt(mapped, ref.path, to(ref));
  return mapped as EditableMeeting;
}

/** `value` with the value at `path` replaced, copying only what leads there. */
function setAt(value: unknown, path: readonly (string | number)[], replacement: unknown): unknown {
  if (path.length === 0) return replacement;
  const [step, ...rest] = path;
  if (Array.isArray(value)) {
    const copy = [...(value as unknown[])];
    copy[step as number] = setAt(copy[step as number], rest, replacement);
    return copy;
  }
  const row = value as Row;
  return { ...row, [step!]: setAt(row[step!], rest, replacement) };
}
