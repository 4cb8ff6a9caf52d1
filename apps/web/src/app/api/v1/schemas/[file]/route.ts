import { JSON_SCHEMA_NAMES, jsonSchema, type JsonSchemaName } from "@plenary/domain";

const HEADERS = { "access-control-allow-origin": "*", "cache-control": "public, max-age=3600" };

const nameOf = (file: string) => JSON_SCHEMA_NAMES.find((name) => `${name}.json` === file);

/** The JSON Schemas of the meeting record and of every JSON API answer, the same files @plenary/domain ships. */
export function generateStaticParams(): { file: string }[] {
  return JSON_SCHEMA_NAMES.map((name: JsonSchemaName) => ({ file: `${name}.json` }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const name = nameOf((await params).file);
  if (!name) {
    const known = JSON_SCHEMA_NAMES.map((n) => `${n}.json`).join(", ");
    return Response.json(
      { error: { code: "NOT_FOUND", message: `No such schema; there are ${known}.` } },
      { status: 404, headers: HEADERS },
    );
  }
  return new Response(`${JSON.stringify(jsonSchema(name), null, 2)}\n`, {
    headers: { ...HEADERS, "content-type": "application/schema+json; charset=utf-8" },
  });
}
