import { MEETING_REF_FIELDS, type MeetingRecordPart, type MeetingRefField } from "@plenary/domain";

/** The Prisma model that stores each part of a meeting record. */
export const PART_MODEL = {
  meeting: "meeting",
  participations: "participation",
  documents: "document",
  chairmanships: "chairmanship",
  speeches: "speech",
} as const satisfies Record<MeetingRecordPart, string>;

/** A list of ids is a join table: its relation on the part's model, and the join row's column. */
const LIST_RELATIONS: Readonly<Record<string, { relation: string; column: string }>> = {
  topicIds: { relation: "topics", column: "topicId" },
};

export interface MeetingRefColumn {
  field: MeetingRefField;
  model: (typeof PART_MODEL)[MeetingRecordPart];
  /** The column that holds the id (for a list: the join row's column). */
  column: string;
  /** For a list of ids, the relation to its join rows. */
  listRelation?: string;
}

/**
 * Where the database keeps each of a meeting record's references to a record of `kind`, from the domain's one list
 * of them (`MEETING_REF_FIELDS`): `venue.countryId` is the meeting's `venueCountryId`, `topicIds` its `topics`.
 */
export function meetingRefColumns(kind: string): MeetingRefColumn[] {
  return MEETING_REF_FIELDS.filter((field) => field.kind === kind).map((field) => {
    const model = PART_MODEL[field.part];
    if (field.list) {
      const list = LIST_RELATIONS[field.field.join(".")];
      if (!list) throw new Error(`No join table known for ${field.part}.${field.field.join(".")}.`);
      return { field, model, column: list.column, listRelation: list.relation };
    }
    const [first, ...rest] = field.field;
    return {
      field,
      model,
      column: first! + rest.map((step) => step[0]!.toUpperCase() + step.slice(1)).join(""),
    };
  });
}
