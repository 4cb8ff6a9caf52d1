// pnpm db:seed:reference — applies pending migrations, then loads the reference data (every country, the main
// intergovernmental organizations, their bodies and memberships). Safe to rerun: a second run changes nothing.
import { createDb } from "../client";
import { withDatabaseUrl } from "../embedded/database-url";
import { applyMigrations } from "../migrate/migrations";
import { loadReferenceData } from "../reference/load-reference-data";
import { runCli } from "./run-cli";

runCli(() =>
  withDatabaseUrl(async (url) => {
    await applyMigrations(url);
    const db = createDb(url);
    try {
      const { created, updated } = await loadReferenceData(db);
      console.log(
        created || updated
          ? `Reference data: ${created} record(s) created, ${updated} completed.`
          : "Reference data already loaded: nothing to do.",
      );
    } finally {
      await db.$disconnect();
    }
  }),
);
