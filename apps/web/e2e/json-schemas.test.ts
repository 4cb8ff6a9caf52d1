import { Ajv2020 } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { describe, expect, it } from "vitest";
import { webUrl } from "../../../tooling/testing/apps";

const MEETING = "meeting-of-the-sco-council-of-heads-of-state-2020-11-10";

async function fetchJson(path: string): Promise<{ status: number; body: unknown }> {
  const response = await fetch(`${webUrl()}${path}`);
  return { status: response.status, body: await response.json() };
}

/** Validates the site's answer at `path` against the schema the site serves under /api/v1/schemas. */
async function expectValid(schemaName: string, path: string, status = 200) {
  const schema = await fetchJson(`/api/v1/schemas/${schemaName}.json`);
  expect(schema.status, schemaName).toBe(200);
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  addFormats.default(ajv);
  const validate = ajv.compile(schema.body as object);
  const answer = await fetchJson(path);
  expect(answer.status, path).toBe(status);
  expect(validate(answer.body) ? [] : validate.errors, `${path} against ${schemaName}.json`).toEqual([]);
  return answer.body as { data: unknown };
}

describe("the JSON API's answers match the JSON Schemas the site publishes", () => {
  it("lists and records of every kind", async () => {
    await expectValid("meetings", "/api/v1/meetings");
    await expectValid("meeting", `/api/v1/meetings/${MEETING}`);
    await expectValid("people", "/api/v1/people");
    await expectValid("person", "/api/v1/people/jumakhon-giyosov");
    await expectValid("countries", "/api/v1/countries");
    await expectValid("country", "/api/v1/countries/russia");
    await expectValid("organizations", "/api/v1/organizations");
    await expectValid("organization", "/api/v1/organizations/shanghai-cooperation-organisation");
    const registry = await expectValid("documents", "/api/v1/documents?type=decision");
    const first = (registry.data as { items: { document: { slug: string } }[] }).items[0];
    expect(first).toBeDefined();
    await expectValid("document", `/api/v1/documents/${first!.document.slug}`);
    await expectValid("exports", "/api/v1/exports");
    await expectValid("error", "/api/v1/meetings/no-such-meeting", 404);
    await expectValid("error", "/api/v1/people?limit=0", 400);
    await expectValid("people", "/api/v1/people?limit=2&country=india");
  });

  it("is listed on /data", async () => {
    const html = await (await fetch(`${webUrl()}/en/data`)).text();
    expect(html).toContain("/api/v1/schemas/{name}.json");
    expect(html).toContain("meeting-record, meetings, meeting");
  });
});
