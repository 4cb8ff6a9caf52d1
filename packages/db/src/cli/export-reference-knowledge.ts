// pnpm --filter @plenary/db generate:reference-knowledge — writes the reference data (countries, organizations,
// memberships: the lists `pnpm db:seed:reference` loads) as reader knowledge into @plenary/domain, which ships it as
// `@plenary/domain/reference-data.json` and reads releases against it on its command line. The file is committed;
// reference-knowledge-export.test.ts fails when it no longer matches the lists. Rerun after changing them.
import fs from "node:fs";
import { referenceKnowledge } from "../reference/knowledge-export";

const out = new URL("../../../domain/src/cli/generated/reference-data.json", import.meta.url);
const knowledge = referenceKnowledge();
fs.mkdirSync(new URL(".", out), { recursive: true });
fs.writeFileSync(out, `${JSON.stringify(knowledge, null, 1)}\n`);
console.log(
  `${knowledge.countries.length} countries, ${knowledge.organizations.length} organizations and ${knowledge.memberships.length} memberships written to ${out.pathname}`,
);
