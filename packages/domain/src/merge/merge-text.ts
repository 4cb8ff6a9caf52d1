import { LABELS, label, type LabelKind } from "../display/labels";
import { countDocuments } from "../display/tally-label";
import type { DocumentType } from "../entities/document";
import type { EditableMeeting } from "../entities/meeting-record";
import { meetingRecordRefs } from "../entities/meeting-record-refs";
import { LIST_SPECS, pathContext } from "./merge-paths";

export type MergeNameKind =
  "person" | "country" | "organization" | "topic" | "document" | "occupancy" | "series";

/** Names of referenced records by id (what the editor has loaded, or `lookup.labels`), for readable conflicts. */
export type MergeNames = Partial<Record<MergeNameKind, Readonly<Record<string, string>>>>;

type Row = Record<string, unknown>;

const FIELD_LABELS: Readonly<Record<string, string>> = {
  titleI18n: "Title",
  summaryI18n: "Summary",
  venue: "Venue",
  city: "City",
  countryId: "Country",
  classification: "Classification",
  startDate: "Start date",
  endDate: "End date",
  attendanceMode: "Attendance",
  ordinal: "Ordinal",
  bodyId: "Body",
  hostCountryId: "Host country",
  coChaired: "Co-chaired",
  seriesId: "Series",
  topicIds: "Topics",
  sources: "Sources",
  identifiers: "Identifiers",
  participations: "Participants",
  documents: "Documents",
  tallies: "Outcome tallies",
  chairmanships: "Chairmanship handover",
  speeches: "Speeches",
  personId: "Person",
  occupancyId: "Post held that day",
  titleAsStated: "Title as stated",
  representingCountryId: "Representing country",
  representingOrganizationId: "Representing organization",
  category: "Category",
  role: "Role",
  mode: "Mode",
  type: "Type",
  adoptingBodyId: "Adopting body",
  action: "Action",
  dateAdopted: "Date adopted",
  validFrom: "Valid from",
  validTo: "Valid to",
  legalForce: "Legal force",
  legalStatus: "Legal status",
  actions: "Actions",
  texts: "Texts",
  relations: "Relations",
  date: "Date",
  planned: "Planned",
  actor: "Actor",
  reference: "Reference",
  lang: "Language",
  title: "Title",
  body: "Text",
  isAuthentic: "Authentic",
  sourceUrl: "Source URL",
  count: "Count",
  noteI18n: "Note",
  documentType: "Document type",
  organizationId: "Organization",
  themeI18n: "Theme",
  kind: "Kind",
  textI18n: "Text",
  url: "URL",
  publishedAt: "Published",
  retrievedAt: "Retrieved",
  publisher: "Publisher",
  language: "Language",
  note: "Note",
  text: "Text",
  archivedAt: "Archived",
  scheme: "Scheme",
  value: "Value",
  to: "Document",
  at: "Starts or ends here",
};

const LANGUAGES: Readonly<Record<string, string>> = { en: "English", ru: "Russian", zh: "Chinese" };

const ENUM_FIELDS: Readonly<Record<string, LabelKind>> = {
  role: "participationRole",
  category: "participationCategory",
  mode: "participationMode",
  kind: "speechKind",
  classification: "meetingClassification",
  attendanceMode: "attendanceMode",
  action: "adoptionAction",
  legalForce: "legalForce",
  legalStatus: "legalStatus",
  documentType: "documentType",
  scheme: "identifierScheme",
};
const TYPE_WITHIN: Readonly<Record<string, LabelKind>> = {
  actions: "documentActionType",
  relations: "documentRelationType",
};

const REFERENCE_FIELDS: Readonly<Record<string, MergeNameKind>> = {
  personId: "person",
  countryId: "country",
  representingCountryId: "country",
  hostCountryId: "country",
  organizationId: "organization",
  representingOrganizationId: "organization",
  bodyId: "organization",
  adoptingBodyId: "organization",
  occupancyId: "occupancy",
  seriesId: "series",
  to: "document",
};

export function fieldLabel(name: string): string {
  return (
    FIELD_LABELS[name] ??
    LANGUAGES[name] ??
    name
      .replace(/I18n$|Id$/, "")
      .replace(/([a-z])([A-Z])/g, "$1 $2")
      .replace(/^./, (c) => c.toUpperCase())
  );
}

function enumLabel(kind: LabelKind, value: unknown): string {
  const set = LABELS[kind] as Readonly<Record<string, unknown>>;
  return typeof value === "string" && value in set ? label(kind, value as never, "en") : String(value);
}

function nameOf(names: MergeNames, kind: MergeNameKind, id: unknown): string {
  if (typeof id !== "string" || id === "") return "(none)";
  return names[kind]?.[id] ?? `${kind} ${id}`;
}

const quoted = (value: unknown) => (typeof value === "string" && value !== "" ? `“${value}”` : null);
const excerpt = (value: string, length = 80) =>
  value.length > length ? `${value.slice(0, length)}…` : value;
const join = (parts: (string | null | undefined | false)[]) =>
  parts.filter((p): p is string => !!p).join(" · ");

function localizedText(value: Row): string {
  return Object.entries(value)
    .filter(([, text]) => typeof text === "string" && text !== "")
    .map(([lang, text]) => `${LANGUAGES[lang] ?? lang}: ${excerpt(text as string, 200)}`)
    .join("; ");
}

/** Short name of a list item, as it heads its fields in a label: "Participant Vladimir Putin". */
export function itemLabel(list: string, item: unknown, names: MergeNames): string {
  const row = (item ?? {}) as Row;
  const english = (value: unknown) => ((value as Row | null)?.en as string | undefined) ?? "";
  switch (list) {
    case "participations":
      return `Participant ${nameOf(names, "person", row.personId)}`;
    case "documents":
      return `Document ${quoted(english(row.titleI18n)) ?? "(untitled)"}`;
    case "actions":
      return `Action: ${enumLabel("documentActionType", row.type)}${row.date ? ` ${String(row.date)}` : ""}`;
    case "texts":
      return `${LANGUAGES[String(row.lang)] ?? String(row.lang)} text`;
    case "relations":
      return `Relation: ${enumLabel("documentRelationType", row.type)} ${nameOf(names, "document", row.to)}`;
    case "tallies":
      return `Tally of ${countDocuments(row.documentType as DocumentType, 2, "en").replace(/^2 /, "")}`;
    case "chairmanships":
      return `Chairmanship of ${nameOf(names, "country", row.countryId)}`;
    case "speeches":
      return `Speech by ${nameOf(names, "person", row.personId)}`;
    case "topicIds":
      return `Topic ${nameOf(names, "topic", item)}`;
    case "sources":
      return `Source ${String(row.url ?? row.title ?? "(text)")}`;
    case "identifiers":
      return `Identifier ${enumLabel("identifierScheme", row.scheme)} ${String(row.value)}`;
    default:
      return fieldLabel(list);
  }
}

/** Everything a reader needs to recognise a whole list item: a participant's name, post, role and mode. */
function itemSummary(list: string, item: unknown, names: MergeNames): string {
  const row = (item ?? {}) as Row;
  switch (list) {
    case "participations":
      return join([
        nameOf(names, "person", row.personId),
        row.occupancyId ? (names.occupancy?.[String(row.occupancyId)] ?? null) : null,
        quoted(row.titleAsStated),
        row.representingCountryId ? nameOf(names, "country", row.representingCountryId) : null,
        row.representingOrganizationId ? nameOf(names, "organization", row.representingOrganizationId) : null,
        enumLabel("participationRole", row.role),
        enumLabel("participationMode", row.mode),
      ]);
    case "documents":
      return join([
        quoted((row.titleI18n as Row | undefined)?.en),
        enumLabel("documentType", row.type),
        enumLabel("adoptionAction", row.action),
        row.dateAdopted as string | null,
      ]);
    case "actions":
      return join([
        enumLabel("documentActionType", row.type),
        row.date as string | null,
        row.planned ? "planned" : null,
        row.actor as string | null,
      ]);
    case "texts":
      return join([
        LANGUAGES[String(row.lang)] ?? String(row.lang),
        quoted(row.title),
        row.isAuthentic ? "authentic" : null,
      ]);
    case "tallies":
      return join([
        countDocuments(row.documentType as DocumentType, Number(row.count), "en"),
        row.noteI18n ? localizedText(row.noteI18n as Row) : null,
      ]);
    case "chairmanships":
      return join([
        nameOf(names, "country", row.countryId),
        nameOf(names, "organization", row.organizationId),
        `${String(row.startDate ?? "?")}–${String(row.endDate ?? "")}`,
      ]);
    case "speeches":
      return join([
        nameOf(names, "person", row.personId),
        enumLabel("speechKind", row.kind),
        row.textI18n ? excerpt(String((row.textI18n as Row).en ?? "")) : null,
      ]);
    case "sources":
      return (
        join([row.url as string | undefined, quoted(row.title), row.text ? "with its text" : null]) ||
        "(empty source)"
      );
    default:
      return itemLabel(list, item, names);
  }
}

function fieldValue(field: string, within: string | null, value: unknown, names: MergeNames): string {
  const enumKind = field === "type" ? (TYPE_WITHIN[within ?? ""] ?? "documentType") : ENUM_FIELDS[field];
  if (enumKind) return enumLabel(enumKind, value);
  const reference = REFERENCE_FIELDS[field];
  if (reference) return nameOf(names, reference, value);
  if (typeof value === "boolean") return value ? "Yes" : "No";
  if (typeof value === "string" || typeof value === "number") return String(value);
  if (Array.isArray(value)) return value.map((item) => itemSummary(field, item, names)).join("; ") || "none";
  const row = value as Row;
  if (typeof row.en === "string") return localizedText(row);
  return (
    join(
      Object.entries(row).map(([key, v]) =>
        v === undefined || v === null ? null : `${fieldLabel(key)}: ${fieldValue(key, within, v, names)}`,
      ),
    ) || "—"
  );
}

/** A value at a merge path described for an editor: names, not ids; labels, not enum values; never raw JSON. */
export function describeMergeValue(
  path: readonly (string | number)[],
  value: unknown,
  names: MergeNames,
): string {
  const context = pathContext(path);
  if (context.order && context.list) {
    return (value as unknown[])
      .map((item, i) => `${i + 1}. ${itemSummary(context.list!, item, names)}`)
      .join("; ");
  }
  if (value === undefined || value === null || value === "") return "—";
  if (context.list) return itemSummary(context.list, value, names);
  return fieldValue(context.field ?? "", context.within, value, names);
}

/** "Participant Vladimir Putin › Role", "Summary › Russian", "Document “Declaration” › Action: Signing › Date". */
export function pathLabel(
  path: readonly (string | number)[],
  itemLabels: ReadonlyMap<string, string>,
): string {
  const parts: string[] = [];
  let list: string | null = null;
  path.forEach((segment, i) => {
    if (list !== null) {
      if (segment === "#order") parts.push("Order");
      else {
        parts.pop();
        parts.push(itemLabels.get(JSON.stringify(path.slice(0, i + 1))) ?? `${fieldLabel(list)} item`);
      }
      list = null;
      return;
    }
    const name = String(segment);
    parts.push(fieldLabel(name));
    if (LIST_SPECS[name]) list = name;
  });
  return parts.join(" › ") || "Meeting";
}

/** Documents of the package are named by their titles, under their keys and ids, for relations between them. */
export function withPackageDocuments(names: MergeNames, records: readonly EditableMeeting[]): MergeNames {
  const documents: Record<string, string> = { ...(names.document ?? {}) };
  for (const record of records) {
    for (const doc of record.documents ?? []) {
      const title = `“${doc.titleI18n.en}”`;
      documents[doc.key] ??= title;
      if (doc.id) documents[doc.id] ??= title;
    }
  }
  return { ...names, document: documents };
}

export type LabelledKind = "person" | "country" | "organization" | "topic" | "document";

/** The ids a set of meeting records refers to, per kind, for fetching their names before describing a merge. */
export function referencedIds(records: readonly EditableMeeting[]): Record<LabelledKind, string[]> {
  const found: Record<LabelledKind, Set<string>> = {
    person: new Set(),
    country: new Set(),
    organization: new Set(),
    topic: new Set(),
    document: new Set(),
  };
  const add = (kind: LabelledKind, id: string | null | undefined) => {
    if (id) found[kind].add(id);
  };
  const labelled = (kind: string): kind is LabelledKind => kind in found;
  for (const record of records) {
    // Every reference of the record from the domain's one list of them; posts held and series are not named here.
    for (const ref of meetingRecordRefs(record)) if (labelled(ref.kind)) add(ref.kind, ref.id);
    const keys = new Set(record.documents.map((d) => d.key));
    for (const d of record.documents)
      d.relations.forEach((r) => (keys.has(r.to) ? undefined : add("document", r.to)));
  }
  return Object.fromEntries(Object.entries(found).map(([kind, ids]) => [kind, [...ids].sort()])) as Record<
    LabelledKind,
    string[]
  >;
}
