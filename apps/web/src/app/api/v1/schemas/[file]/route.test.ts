import { JSON_SCHEMA_NAMES, jsonSchema } from "@plenary/domain";
import { describe, expect, it } from "vitest";
import { GET, generateStaticParams } from "./route";

const get = (file: string) =>
  GET(new Request(`http://localhost/api/v1/schemas/${file}`), { params: Promise.resolve({ file }) });

describe("GET /api/v1/schemas/{name}.json", () => {
  it("serves every schema the domain package ships, readable from any origin", async () => {
    expect(generateStaticParams().map((p) => p.file)).toEqual(
      JSON_SCHEMA_NAMES.map((name) => `${name}.json`),
    );
    const response = await get("meeting.json");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/schema+json; charset=utf-8");
    expect(response.headers.get("access-control-allow-origin")).toBe("*");
    expect(await response.json()).toEqual(jsonSchema("meeting"));
  });

  it("answers 404 with the list of schemas for an unknown name", async () => {
    const response = await get("popolo.json");
    expect(response.status).toBe(404);
    expect((await response.json()).error.message).toContain("meeting-record.json");
  });
});
