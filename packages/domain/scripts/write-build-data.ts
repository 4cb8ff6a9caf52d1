// Runs after tsup: writes the data files the package ships beside its code — the JSON Schemas (dist/schemas/*.json,
// for projects in other languages) and the reference-data snapshot the command line reads releases against.
import { mkdirSync, writeFileSync } from "node:fs";
import { KnowledgeFile } from "../src/cli/knowledge-file";
import { JSON_SCHEMA_NAMES, jsonSchema } from "../src/index";
import { worldKnowledge } from "../src/reader/fixtures/world-knowledge";

const dist = new URL("../dist/", import.meta.url);
mkdirSync(new URL("schemas/", dist), { recursive: true });
for (const name of JSON_SCHEMA_NAMES) {
  writeFileSync(new URL(`schemas/${name}.json`, dist), `${JSON.stringify(jsonSchema(name), null, 2)}\n`);
}
// Parsed, so a snapshot that drifts from the shape `read --knowledge` accepts fails the build instead of the user.
writeFileSync(
  new URL("reference-data.json", dist),
  `${JSON.stringify(KnowledgeFile.parse(worldKnowledge), null, 2)}\n`,
);
console.log(`wrote ${JSON_SCHEMA_NAMES.length} JSON Schemas and the reference-data snapshot to dist/`);
