// Runs after tsup: writes the data files the package ships beside its code — the JSON Schemas (dist/schemas/*.json,
// for projects in other languages) and the reference-data snapshot the command line reads releases against (the
// committed export of the reference data, src/cli/generated/reference-data.json, written by
// `pnpm --filter @plenary/db generate:reference-knowledge` from the lists `pnpm db:seed:reference` loads).
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { KnowledgeFile } from "../src/cli/knowledge-file";
import { JSON_SCHEMA_NAMES, jsonSchema } from "../src/index";

const referenceData: unknown = JSON.parse(
  readFileSync(new URL("../src/cli/generated/reference-data.json", import.meta.url), "utf8"),
);

const dist = new URL("../dist/", import.meta.url);
mkdirSync(new URL("schemas/", dist), { recursive: true });
for (const name of JSON_SCHEMA_NAMES) {
  writeFileSync(new URL(`schemas/${name}.json`, dist), `${JSON.stringify(jsonSchema(name), null, 2)}\n`);
}
// Parsed, so a snapshot that drifts from the shape `read --knowledge` accepts fails the build instead of the user.
writeFileSync(
  new URL("reference-data.json", dist),
  `${JSON.stringify(KnowledgeFile.parse(referenceData), null, 2)}\n`,
);
console.log(`wrote ${JSON_SCHEMA_NAMES.length} JSON Schemas and the reference-data snapshot to dist/`);
