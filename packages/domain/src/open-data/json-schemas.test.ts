import { readFileSync } from "node:fs";
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { describe, expect, it } from "vitest";
import { JSON_SCHEMA_NAMES, jsonSchema } from "./json-schemas";

const validator = () => {
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  addFormats.default(ajv);
  return ajv;
};

/** Every place a subschema may sit, so that an empty `{}` (which accepts anything) is caught wherever it hides. */
function subschemas(schema: unknown, at = "#"): [string, Record<string, unknown>][] {
  if (typeof schema !== "object" || schema === null) return [];
  const node = schema as Record<string, unknown>;
  const children: [string, unknown][] = [];
  for (const key of ["items", "additionalProperties", "not"])
    if (typeof node[key] === "object") children.push([`${at}/${key}`, node[key]]);
  for (const key of ["properties", "$defs"])
    for (const [name, child] of Object.entries((node[key] as object) ?? {}))
      children.push([`${at}/${key}/${name}`, child]);
  for (const key of ["anyOf", "oneOf", "allOf", "prefixItems"])
    ((node[key] as unknown[]) ?? []).forEach((child, i) => children.push([`${at}/${key}/${i}`, child]));
  return [[at, node], ...children.flatMap(([path, child]) => subschemas(child, path))];
}

const record = () =>
  JSON.parse(readFileSync(new URL("../../examples/sco-summit-2020.meeting.json", import.meta.url), "utf8"))
    .meeting;

// Compiling the larger schemas takes ajv a few seconds on a busy machine.
describe("JSON Schemas of the open data", { timeout: 30_000 }, () => {
  it.each(JSON_SCHEMA_NAMES)("%s compiles under strict draft 2020-12 and constrains every value", (name) => {
    const schema = jsonSchema(name);
    expect(() => validator().compile(schema)).not.toThrow();
    const loose = subschemas(schema).filter(
      ([, node]) => !["type", "$ref", "anyOf", "oneOf", "allOf", "enum", "const"].some((key) => key in node),
    );
    expect(loose.map(([path]) => path)).toEqual([]);
  });

  it("writes timestamps as date-time strings and partial dates as patterned strings", () => {
    const meeting = JSON.stringify(jsonSchema("meeting"));
    expect(meeting).toContain('"createdAt":{"type":"string","format":"date-time"}');
    const validate = validator().compile(jsonSchema("meeting-record"));
    expect(validate(record())).toBe(true);
    expect(validate({ ...record(), startDate: "2020-11" })).toBe(true);
    expect(validate({ ...record(), startDate: "10 November 2020" })).toBe(false);
    expect(validate.errors?.[0]?.instancePath).toBe("/startDate");
  });

  it("lets a record leave defaulted fields out, but not an answer", () => {
    const validate = validator().compile(jsonSchema("meeting-record"));
    expect(
      validate({ titleI18n: { en: "A meeting" }, classification: "summit", attendanceMode: "online" }),
    ).toBe(true);
    expect(jsonSchema("meetings")).toMatchObject({ required: ["licence", "data"] });
  });
});
