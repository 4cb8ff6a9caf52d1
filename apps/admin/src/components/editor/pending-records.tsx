"use client";

import {
  NewCountryRecord,
  NewOccupancyRecord,
  NewOrganizationRecord,
  NewPersonRecord,
  NewPostRecord,
  NewTopicRecord,
  NO_NEW_RECORDS,
  eachNewRecord,
  newRecordName,
  theNewRecord,
  type MeetingNewRecords,
  type NewRecordList,
  type RuleIssue,
} from "@plenary/domain";
import { createContext, useContext, useMemo, useState } from "react";

/** What a picker shows beside a record that exists only in the meeting (or the form) being edited. */
export const PENDING_NOTE = "New — created when you save";

/** The domain's schema of each kind of new record: what a record made in the editor is checked with. */
const SCHEMAS = {
  people: NewPersonRecord,
  countries: NewCountryRecord,
  organizations: NewOrganizationRecord,
  topics: NewTopicRecord,
  posts: NewPostRecord,
  occupancies: NewOccupancyRecord,
} as const;

/** The list a picker's new records are kept in; the kinds a picker does not offer to create have none. */
export const PENDING_LIST: Partial<Record<string, NewRecordList>> = {
  person: "people",
  country: "countries",
  organization: "organizations",
  topic: "topics",
  post: "posts",
};

/**
 * A temporary id: the shape of a record id (so the draft checks as usual), random so that two records made in one
 * session, or kept in this browser from an earlier one, never share one.
 */
export function newTempId(): string {
  const digits = "abcdefghijklmnopqrstuvwxyz0123456789";
  const random = crypto.getRandomValues(new Uint8Array(21));
  return `new${[...random].map((byte) => digits[byte % digits.length]).join("")}`;
}

/** What a document picker inside the meeting editor offers and adds to: the meeting's own documents package. */
export interface PackageDocuments {
  /** Each document of the package by its key (a stored one's id, a new one's temporary id), with its title. */
  list: { key: string; title: string; isNew: boolean }[];
  /**
   * Adds a document made from a picker to the package (checked with the domain's `CreateDocumentInput`, which throws
   * its error); returns its key. The meeting's save creates it, as the meeting's document.
   */
  add(fields: object): string;
}

/**
 * The records made while editing a meeting, or in a post-held or membership form, created by that save; pickers add
 * to them and offer them.
 */
export interface PendingRecords {
  records: MeetingNewRecords;
  /** Checks the fields with the domain's schema (throws its error) and keeps the record; returns its temporary id. */
  add(list: NewRecordList, fields: object): string;
  /** Given by the meeting editor: new documents join the meeting's package rather than a list of their own. */
  documents?: PackageDocuments;
}

/** Records kept until a save: the meeting editor's, or a post-held or membership form's own. */
export function useNewRecordsState() {
  const [records, setRecords] = useState<MeetingNewRecords>(NO_NEW_RECORDS);
  const pending = useMemo<PendingRecords>(
    () => ({
      records,
      add: (list: NewRecordList, fields: object) => {
        const tempId = newTempId();
        const record = checkedRecord(list, fields, tempId);
        setRecords((current) => ({ ...current, [list]: [...current[list], record] }));
        return tempId;
      },
    }),
    [records],
  );
  return { records, setRecords, pending };
}

/**
 * How a picker of `entityType` keeps a record it made until the save: undefined when there is no save to wait for
 * or the kind has no place to be kept.
 */
export function pendingKeeper(
  pending: PendingRecords | null,
  entityType: string,
): ((fields: object) => string) | undefined {
  if (!pending) return undefined;
  if (entityType === "document") return pending.documents?.add;
  const list = PENDING_LIST[entityType];
  return list ? (fields) => pending.add(list, fields) : undefined;
}

/** What the package's documents are called beside a picker's results: they are this meeting's. */
export const PACKAGE_NOTE = "In this meeting";

/**
 * The records a picker of `entityType` offers before the search's: those made here (and, for documents, the
 * meeting's own package), each with the note shown beside it.
 */
export function pendingChoices(
  pending: PendingRecords | null,
  entityType: string,
): { id: string; name: string; note: string; isNew: boolean }[] {
  if (!pending) return [];
  if (entityType === "document")
    return (pending.documents?.list ?? []).map(({ key, title, isNew }) => ({
      id: key,
      name: title,
      note: isNew ? PENDING_NOTE : PACKAGE_NOTE,
      isNew,
    }));
  const list = PENDING_LIST[entityType];
  return (list ? (pending.records[list] as { tempId: string }[]) : []).map((record) => ({
    id: record.tempId,
    name: findPending(pending, record.tempId)!.name,
    note: PENDING_NOTE,
    isNew: true,
  }));
}

/** A new record of a list, checked with the domain's schema (which throws its error when the fields do not pass). */
export function checkedRecord(list: NewRecordList, fields: object, tempId: string) {
  return SCHEMAS[list].parse({ ...fields, tempId });
}

/** A record the editor did not keep, with what is wrong at its fields (read like a refused save's problems). */
export class PendingRecordRefused extends Error {
  readonly data: { issues: RuleIssue[] };
  constructor(issues: RuleIssue[]) {
    super(issues.map((issue) => issue.message).join(" "));
    this.data = { issues };
  }
}

const PendingRecordsContext = createContext<PendingRecords | null>(null);

/** Given by the meeting editor: inside it, pickers keep new records with the draft instead of creating them. */
export const PendingRecordsProvider = PendingRecordsContext.Provider;

export function usePendingRecords(): PendingRecords | null {
  return useContext(PendingRecordsContext);
}

/** A record kept for the save, by its temporary id, with the list it is in. */
export function findPending(
  pending: PendingRecords | null,
  id: string | null | undefined,
): { list: NewRecordList; name: string; record: Record<string, unknown> } | null {
  if (!pending || !id) return null;
  const found = eachNewRecord(pending.records).find(({ record }) => record.tempId === id);
  return found
    ? { list: found.list, name: newRecordName(found.list, found.record), record: found.record }
    : null;
}

/**
 * A problem the server found with a kept record (at `newRecords.<list>.<index>…`) as a sentence that names the record:
 * the form that made it is closed by then, so the field alone would not say which one.
 */
export function namedProblem(
  records: MeetingNewRecords,
  problem: { path: (string | number)[]; message: string },
) {
  const [head, list, index] = problem.path;
  const record =
    head === "newRecords" ? (records[list as NewRecordList]?.[index as number] as object) : undefined;
  if (!record || problem.message.startsWith("The new ")) return problem.message;
  return `${theNewRecord(list as NewRecordList, record as { tempId: string })}: ${problem.message}`;
}
