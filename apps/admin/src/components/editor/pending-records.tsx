"use client";

import {
  NewCountryRecord,
  NewOccupancyRecord,
  NewOrganizationRecord,
  NewPersonRecord,
  NewPostRecord,
  NewTopicRecord,
  eachNewRecord,
  newRecordName,
  type MeetingNewRecords,
  type NewRecordList,
  type RuleIssue,
} from "@plenary/domain";
import { createContext, useContext } from "react";

/** What a picker shows beside a record that exists only in the meeting being edited. */
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

/** The records made while editing a meeting, created by its save; pickers add to them and offer them. */
export interface PendingRecords {
  records: MeetingNewRecords;
  /** Checks the fields with the domain's schema (throws its error) and keeps the record; returns its temporary id. */
  add(list: NewRecordList, fields: object): string;
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
