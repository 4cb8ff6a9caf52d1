import {
  MeetingNewRecords,
  NEW_RECORD_KIND,
  NEW_RECORD_REF_FIELDS,
  checkNewRecordRefs,
  eachNewRecord,
  errorsOf,
  theNewRecord,
  type MeetingNewRecordsInput,
  type NewRecordKind,
  type NewRecordRef,
  type RuleIssue,
} from "@plenary/domain";
import { isUniqueViolation, RuleViolationError } from "./errors";
import type { Tx, WriteOptions } from "./versioned-write";

/** What creates one kind of new record inside another record's transaction, returning its id. */
interface Creator {
  createIn(tx: Tx, input: never, options: WriteOptions): Promise<string>;
}

/** The repositories that create each kind of record a save may create first (a kind left out is refused). */
export type NewRecordCreators = Partial<Record<NewRecordKind, Creator>>;

/** The stored records a new record's field may name, by the kind the field takes. */
const TABLES: Record<Exclude<NewRecordKind, "topic" | "occupancy">, (tx: Tx) => ExistingTable> = {
  person: (tx) => tx.person,
  country: (tx) => tx.country,
  organization: (tx) => tx.organization,
  post: (tx) => tx.post,
};
interface ExistingTable {
  findMany(args: {
    where: { id: { in: string[] }; deletedAt: null };
    select: { id: true };
  }): Promise<{ id: string }[]>;
}

/**
 * Creates the records an editor made on the way (a "Create …" in a picker, a post held added for a participant), in
 * the transaction of the save that uses them: a meeting's, or a post held's or a membership's. They are checked
 * first — each used by that record (its `refs`), of the kind its field takes, naming records that exist — and an
 * error names the new record; a refused save creates none of them. Returns the real id of each temporary id.
 */
export class NewRecordsWriter {
  constructor(private readonly creators: NewRecordCreators) {}

  async createIn(
    tx: Tx,
    refs: readonly NewRecordRef[],
    newRecords: MeetingNewRecordsInput | undefined,
    user: string,
    options: WriteOptions,
  ): Promise<(id: string) => string> {
    const records = MeetingNewRecords.parse(newRecords ?? {});
    const all = eachNewRecord(records);
    const realIds = new Map<string, string>();
    const real = (id: string) => realIds.get(id) ?? id;
    if (all.length === 0) return real;
    const errors = errorsOf([
      ...checkNewRecordRefs(refs, records, user),
      ...(await missingTargets(tx, records)),
    ]);
    if (errors.length) throw new RuleViolationError(errors);

    for (const { list, index, record: created } of all) {
      const { tempId, ...fields } = created;
      for (const { field } of NEW_RECORD_REF_FIELDS[list] ?? []) {
        if (typeof fields[field] === "string") fields[field] = real(fields[field]);
      }
      const creator = this.creators[NEW_RECORD_KIND[list]];
      if (!creator)
        throw new RuleViolationError([
          {
            rule: "new_records",
            code: "new_record_kind_refused",
            severity: "error",
            path: ["newRecords", list, index],
            message: `${theNewRecord(list, created)} cannot be created with ${user}: create it on its own first.`,
          },
        ]);
      try {
        realIds.set(tempId, await creator.createIn(tx, fields as never, options));
      } catch (error) {
        // A new country with a code another country has, a slug taken: said at the new record's field.
        const unique = isUniqueViolation(error);
        if (!unique) throw error;
        throw new RuleViolationError(
          unique.fields.map((field) => ({
            rule: "unique",
            code: "unique_violation",
            severity: "error",
            path: ["newRecords", list, index, field],
            message: `${theNewRecord(list, created)}: another ${NEW_RECORD_KIND[list]} already uses this ${field}.`,
          })),
        );
      }
    }
    return real;
  }
}

/**
 * Creates the records made in a form (a term's, or a post's, organization's or topic's own) before the record it
 * saves; returns the real id of each temporary one. Without a writer, a save that brings new records is refused.
 */
export async function createdFirst(
  writer: NewRecordsWriter | undefined,
  ...[tx, refs, newRecords, user, options]: Parameters<NewRecordsWriter["createIn"]>
): Promise<(id: string) => string> {
  if (writer) return writer.createIn(tx, refs, newRecords, user, options);
  if (newRecords && Object.values(newRecords).some((list) => list?.length))
    throw new Error(`This repository cannot create records with ${user}'s save.`);
  return (id) => id;
}

/**
 * A new record's field that names a stored record (not another new one) must name one that exists and is not in the
 * trash; otherwise an error at that field, naming the new record.
 */
async function missingTargets(tx: Tx, records: MeetingNewRecords): Promise<RuleIssue[]> {
  const all = eachNewRecord(records);
  const temporary = new Set(all.map(({ record }) => record.tempId));
  const wanted = all.flatMap(({ list, index, record }) =>
    (NEW_RECORD_REF_FIELDS[list] ?? []).flatMap(({ field, kind }) => {
      const id = record[field];
      return typeof id === "string" && !temporary.has(id)
        ? [
            {
              kind: kind as keyof typeof TABLES,
              id,
              path: ["newRecords", list, index, field],
              owner: theNewRecord(list, record),
            },
          ]
        : [];
    }),
  );
  const found = new Set<string>();
  for (const kind of Object.keys(TABLES) as (keyof typeof TABLES)[]) {
    const ids = [...new Set(wanted.filter((w) => w.kind === kind).map((w) => w.id))];
    if (ids.length === 0) continue;
    const rows = await TABLES[kind](tx).findMany({
      where: { id: { in: ids }, deletedAt: null },
      select: { id: true },
    });
    for (const row of rows) found.add(`${kind}:${row.id}`);
  }
  return wanted
    .filter(({ kind, id }) => !found.has(`${kind}:${id}`))
    .map(({ kind, id, path, owner }) => ({
      rule: "new_records",
      code: "missing_reference",
      severity: "error" as const,
      path,
      message: `${owner}: no ${kind} ${id} exists (or it is in the trash): pick one from the list.`,
    }));
}
