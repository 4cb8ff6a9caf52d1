// Test support: the schema.org types and properties the site uses, written from the vocabulary
// (https://schema.org), each type with its parent and the properties schema.org defines on it. A property used on
// a type that neither defines nor inherits it is reported, as the structured-data validators do.

const TYPES: Record<string, { parent?: string; properties: string[] }> = {
  Thing: {
    properties: [
      "name",
      "url",
      "description",
      "alternateName",
      "identifier",
      "sameAs",
      "image",
      "subjectOf",
      "mainEntityOfPage",
      "potentialAction",
    ],
  },
  CreativeWork: {
    parent: "Thing",
    properties: [
      "license",
      "inLanguage",
      "isPartOf",
      "about",
      "mainEntity",
      "dateModified",
      "datePublished",
      "temporalCoverage",
      "publisher",
      "author",
      "citation",
    ],
  },
  WebPage: { parent: "CreativeWork", properties: ["breadcrumb", "lastReviewed", "reviewedBy"] },
  WebSite: { parent: "CreativeWork", properties: ["issn"] },
  Dataset: {
    parent: "CreativeWork",
    properties: ["distribution", "includedInDataCatalog", "variableMeasured"],
  },
  Legislation: {
    parent: "CreativeWork",
    properties: [
      "legislationType",
      "legislationDate",
      "legislationPassedBy",
      "legislationIdentifier",
      "legislationJurisdiction",
      "legislationLegalForce",
    ],
  },
  Event: {
    parent: "Thing",
    properties: [
      "startDate",
      "endDate",
      "eventAttendanceMode",
      "eventStatus",
      "location",
      "organizer",
      "attendee",
      "performer",
      "about",
      "inLanguage",
      "superEvent",
      "subEvent",
    ],
  },
  Person: {
    parent: "Thing",
    properties: [
      "givenName",
      "familyName",
      "additionalName",
      "jobTitle",
      "memberOf",
      "affiliation",
      "nationality",
      "birthDate",
      "hasOccupation",
    ],
  },
  Organization: {
    parent: "Thing",
    properties: [
      "foundingDate",
      "dissolutionDate",
      "parentOrganization",
      "subOrganization",
      "member",
      "memberOf",
      "address",
      "legalName",
      "areaServed",
    ],
  },
  Place: { parent: "Thing", properties: ["address", "containedInPlace", "geo"] },
  AdministrativeArea: { parent: "Place", properties: [] },
  Country: { parent: "AdministrativeArea", properties: [] },
  Intangible: { parent: "Thing", properties: [] },
  VirtualLocation: { parent: "Intangible", properties: [] },
  StructuredValue: { parent: "Intangible", properties: [] },
  ContactPoint: { parent: "StructuredValue", properties: ["email", "telephone"] },
  PostalAddress: {
    parent: "ContactPoint",
    properties: ["addressLocality", "addressCountry", "addressRegion", "streetAddress", "postalCode"],
  },
  DefinedTerm: { parent: "Intangible", properties: ["termCode", "inDefinedTermSet"] },
  Action: { parent: "Thing", properties: ["target", "agent", "object"] },
  SearchAction: { parent: "Action", properties: ["query", "query-input"] },
};

function properties(type: string): Set<string> | null {
  const found = new Set<string>();
  for (let current: string | undefined = type; current; current = TYPES[current]?.parent) {
    const definition = TYPES[current];
    if (!definition) return null;
    for (const property of definition.properties) found.add(property);
  }
  return found;
}

/** Each use of an unknown type, an object without a type, or a property its type does not have, as "path: problem". */
export function schemaOrgViolations(node: unknown, path = "$"): string[] {
  if (Array.isArray(node))
    return node.flatMap((item, index) => schemaOrgViolations(item, `${path}[${index}]`));
  if (!node || typeof node !== "object") return [];
  const object = node as Record<string, unknown>;
  const types = ([] as unknown[]).concat(object["@type"] ?? []).map(String);
  if (types.length === 0) return [`${path}: an object without @type`];
  const known = types.map((type) => [type, properties(type)] as const);
  const violations = known.filter(([, props]) => !props).map(([type]) => `${path}: unknown type ${type}`);
  for (const [key, value] of Object.entries(object)) {
    if (key.startsWith("@") || value === undefined) continue;
    if (!known.some(([, props]) => props?.has(key)))
      violations.push(`${path}: ${types.join("/")} has no property ${key}`);
    if (typeof value === "object") violations.push(...schemaOrgViolations(value, `${path}.${key}`));
  }
  return violations;
}
