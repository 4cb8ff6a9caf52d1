// Test support: checks a Popolo file the way an outside consumer would, with the JSON Schemas in this folder
// (written from the Popolo specification, https://www.popoloproject.com/specs/) and ajv in strict mode, then checks
// what a schema cannot say: that every id a record refers to names a record of the same file.
import { readdirSync, readFileSync } from "node:fs";
import { Ajv2020, type ErrorObject } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";

const folder = new URL(".", import.meta.url);
const schemas = readdirSync(folder)
  .filter((file) => file.endsWith(".json"))
  .map((file) => JSON.parse(readFileSync(new URL(file, folder), "utf8")) as { $id: string });

const ajv = new Ajv2020({ strict: true, allowUnionTypes: true, allErrors: true, schemas });
addFormats.default(ajv);

/** Schema errors of a whole export (`urn:plenary:schema:popolo-export`) or of one Popolo record type. */
export function popoloSchemaErrors(
  data: unknown,
  schemaId = "urn:plenary:schema:popolo-export",
): ErrorObject[] {
  const validate = ajv.getSchema(schemaId);
  if (!validate) throw new Error(`No schema ${schemaId}`);
  return validate(data) ? [] : (validate.errors ?? []);
}

interface Records {
  persons: { id: string }[];
  organizations: { id: string; parent_id?: string | null }[];
  posts: { id: string; organization_id?: string | null }[];
  memberships: {
    id: string;
    person_id?: string | null;
    organization_id?: string | null;
    post_id?: string | null;
  }[];
  events: {
    id: string;
    organization_id?: string | null;
    plenary?: { host_country_id?: string | null; venue_country_id?: string | null };
  }[];
  plenary: {
    participations: {
      event_id: string;
      person_id: string;
      post_id: string | null;
      membership_id: string | null;
      on_behalf_of_id: string | null;
    }[];
    documents: { event_id: string; adopting_organization_id: string | null }[];
    chairmanships: {
      organization_id: string | null;
      country_id: string;
      started_at_event_id: string | null;
      ended_at_event_id: string | null;
    }[];
  };
}

/** Every reference in the file that names no record of the file, as "where → id". */
export function danglingReferences(data: Records): string[] {
  const ids = (records: { id: string }[]) => new Set(records.map((r) => r.id));
  const known = {
    person: ids(data.persons),
    organization: ids(data.organizations),
    post: ids(data.posts),
    membership: ids(data.memberships),
    event: ids(data.events),
  };
  const dangling: string[] = [];
  const check = (where: string, kind: keyof typeof known, id: string | null | undefined) => {
    if (id != null && !known[kind].has(id)) dangling.push(`${where} → ${id}`);
  };
  for (const o of data.organizations) check(`organization ${o.id} parent_id`, "organization", o.parent_id);
  for (const p of data.posts) check(`post ${p.id} organization_id`, "organization", p.organization_id);
  for (const m of data.memberships) {
    check(`membership ${m.id} person_id`, "person", m.person_id);
    check(`membership ${m.id} organization_id`, "organization", m.organization_id);
    check(`membership ${m.id} post_id`, "post", m.post_id);
  }
  for (const e of data.events) {
    check(`event ${e.id} organization_id`, "organization", e.organization_id);
    check(`event ${e.id} host_country_id`, "organization", e.plenary?.host_country_id);
    check(`event ${e.id} venue_country_id`, "organization", e.plenary?.venue_country_id);
  }
  for (const p of data.plenary.participations) {
    check("participation event_id", "event", p.event_id);
    check("participation person_id", "person", p.person_id);
    check("participation post_id", "post", p.post_id);
    check("participation membership_id", "membership", p.membership_id);
    check("participation on_behalf_of_id", "organization", p.on_behalf_of_id);
  }
  for (const d of data.plenary.documents) {
    check("document event_id", "event", d.event_id);
    check("document adopting_organization_id", "organization", d.adopting_organization_id);
  }
  for (const c of data.plenary.chairmanships) {
    check("chairmanship organization_id", "organization", c.organization_id);
    check("chairmanship country_id", "organization", c.country_id);
    check("chairmanship started_at_event_id", "event", c.started_at_event_id);
    check("chairmanship ended_at_event_id", "event", c.ended_at_event_id);
  }
  return dangling;
}
