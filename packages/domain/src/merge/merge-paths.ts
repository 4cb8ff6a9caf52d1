/**
 * How the lists of a meeting record are merged: what identifies an item across versions, what makes a new item
 * the same as one the other side added (a uniqueness rule), and whether the order carries meaning.
 */
export interface ListSpec {
  /** The item's identity; undefined for a row not saved yet. */
  identity: (item: unknown) => string | undefined;
  /** Two new rows with the same natural key are one row: a rule forbids them twice. */
  natural?: (item: unknown) => string | undefined;
  /** Protocol, list and speech order matter; sets (topics, sources) do not. */
  ordered: boolean;
}

type Row = Record<string, unknown>;
const field = (item: unknown, name: string) => (item as Row | null)?.[name];
const text = (value: unknown) => (typeof value === "string" && value !== "" ? value : undefined);
const byId = (item: unknown) => text(field(item, "id"));

export const LIST_SPECS: Readonly<Record<string, ListSpec>> = {
  // Rule 9: no person twice in one meeting, so two new rows for one person are the same participation.
  participations: { identity: byId, natural: (p) => text(field(p, "personId")), ordered: true },
  documents: { identity: byId, ordered: true },
  actions: { identity: byId, ordered: true },
  // One text per language, one tally per document type (the writer refuses repeats).
  texts: { identity: (t) => text(field(t, "lang")), ordered: false },
  tallies: { identity: (t) => text(field(t, "documentType")), ordered: false },
  relations: { identity: (r) => `${String(field(r, "type"))} ${String(field(r, "to"))}`, ordered: false },
  // Rule 5: one organization's terms do not overlap, so one start for one country is one chairmanship.
  chairmanships: {
    identity: byId,
    natural: (c) =>
      text(field(c, "organizationId")) && text(field(c, "countryId"))
        ? `${String(field(c, "organizationId"))} ${String(field(c, "countryId"))} ${String(field(c, "startDate"))}`
        : undefined,
    ordered: true,
  },
  speeches: { identity: byId, ordered: true },
  topicIds: { identity: (id) => text(id), ordered: false },
  sources: { identity: (s) => text(field(s, "url")) ?? JSON.stringify(s), ordered: false },
  identifiers: {
    identity: (i) => `${String(field(i, "scheme"))}:${String(field(i, "value"))}`,
    ordered: false,
  },
};

const BOOKKEEPING = new Set([
  "id",
  "key",
  "version",
  "slug",
  "status",
  "deletedAt",
  "createdAt",
  "updatedAt",
]);

/** Fields saves assign: never the editor's choice, always taken from the stored (their) side. */
export const isBookkeeping = (name: string) => BOOKKEEPING.has(name);

export interface PathContext {
  /** The field the path ends at; null when it ends at a list item or a list's order. */
  field: string | null;
  /** The list whose item (or order, with `order`) the path ends at. */
  list: string | null;
  order: boolean;
  /** The nearest list the value sits in: a `type` means a document type in documents, an action type in actions. */
  within: string | null;
}

/** Reads a merge path: a list field is followed by an item key, anything else by a field. */
export function pathContext(path: readonly (string | number)[]): PathContext {
  let context: PathContext = { field: null, list: null, order: false, within: null };
  let openList: string | null = null;
  for (const segment of path) {
    if (openList !== null) {
      context = { field: null, list: openList, order: segment === "#order", within: openList };
      openList = null;
      continue;
    }
    const name = String(segment);
    context = { field: name, list: null, order: false, within: context.within };
    if (LIST_SPECS[name]) openList = name;
  }
  return context;
}
