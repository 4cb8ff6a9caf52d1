import { fieldLabel } from "@plenary/domain";

/** Lists a record snapshot keys by row id (record-diff): a path segment after one of them names a row, not a field. */
const LISTS = new Set([
  "participations",
  "documents",
  "tallies",
  "chairmanships",
  "speeches",
  "sources",
  "identifiers",
  "actions",
  "texts",
  "relations",
  "otherNames",
]);

/** The kinds of record a field refers to by id, so a diff can show the record's name instead of its id. */
export type NamedKind = "person" | "country" | "organization" | "topic" | "document" | "post";
const REFERENCES: Readonly<Record<string, NamedKind>> = {
  personId: "person",
  countryId: "country",
  hostCountryId: "country",
  representingCountryId: "country",
  venueCountryId: "country",
  organizationId: "organization",
  representingOrganizationId: "organization",
  bodyId: "organization",
  adoptingBodyId: "organization",
  parentId: "organization",
  postId: "post",
  topicIds: "topic",
};

/**
 * A changed field's place in words: ["participations", "cmx67…", "role"] → "Participants › a row › Role",
 * ["participations", "#order"] → "Participants › Order".
 */
export function changePathLabel(path: readonly (string | number)[]): string {
  return path
    .map((part, i) => {
      if (typeof part === "number") return String(part + 1);
      if (part === "#order") return "Order";
      if (i > 0 && LISTS.has(String(path[i - 1]))) return "a row";
      return fieldLabel(part);
    })
    .join(" › ");
}

/** Which kind of record a changed value names, if it is a reference (parentId of a topic is a topic). */
export function referenceKind(path: readonly (string | number)[], entityType: string): NamedKind | null {
  const field = [...path].reverse().find((part): part is string => typeof part === "string");
  if (!field) return null;
  if (field === "parentId")
    return entityType === "topic" ? "topic" : entityType === "organization" ? "organization" : null;
  return REFERENCES[field] ?? null;
}
