// pnpm db:generate [--meetings N --people N --documents N --organizations N --years N --seed N] [--force]
// pnpm db:generate --remove — a made-up archive at the size of a real one, for measuring; see README.
import { parseArgs } from "node:util";
import { createDb } from "../client";
import { withDatabaseUrl } from "../embedded/database-url";
import {
  DEFAULT_ARCHIVE_OPTIONS,
  generateArchive,
  removeGeneratedArchive,
  type ArchiveOptions,
} from "../generate";
import { applyMigrations } from "../migrate/migrations";
import { runCli } from "./run-cli";

const { values } = parseArgs({
  options: {
    meetings: { type: "string" },
    people: { type: "string" },
    documents: { type: "string" },
    organizations: { type: "string" },
    years: { type: "string" },
    seed: { type: "string" },
    remove: { type: "boolean", default: false },
    force: { type: "boolean", default: false },
  },
});

function count(name: keyof ArchiveOptions, min: number): number {
  const text = values[name];
  if (text === undefined) return DEFAULT_ARCHIVE_OPTIONS[name];
  const n = Number(text);
  if (!Number.isInteger(n) || n < min)
    throw new Error(`--${name} must be a whole number of at least ${min}.`);
  return n;
}

const log = (step: string, ms: number, rows?: number) =>
  console.log(
    `  ${step.padEnd(24)} ${(ms / 1000).toFixed(2).padStart(7)} s${rows === undefined ? "" : `  ${rows} rows`}`,
  );

runCli(() =>
  withDatabaseUrl(async (url) => {
    await applyMigrations(url);
    const db = createDb(url);
    const started = performance.now();
    try {
      if (values.remove) {
        const removed = await removeGeneratedArchive(db, { log });
        console.log(removed ? "Removed the generated archive." : "No generated archive: nothing to remove.");
      } else {
        const options: ArchiveOptions = {
          seed: count("seed", 0),
          meetings: count("meetings", 1),
          people: count("people", 8),
          documents: count("documents", 0),
          organizations: count("organizations", 1),
          years: count("years", 1),
        };
        console.log(`Generating an archive: ${JSON.stringify(options)}`);
        const { rows } = await generateArchive(db, options, { force: values.force, log });
        const total = Object.values(rows).reduce((a, b) => a + b, 0);
        console.log(`Generated ${total} rows. Remove them with: pnpm db:generate --remove`);
      }
      console.log(`Total ${((performance.now() - started) / 1000).toFixed(1)} s`);
    } finally {
      await db.$disconnect();
    }
  }),
);
