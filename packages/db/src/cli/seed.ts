// pnpm db:seed — applies pending migrations, then loads the reference data and the first summit record.
import { createDb } from "../client";
import { withDatabaseUrl } from "../embedded/database-url";
import { applyMigrations } from "../migrate/migrations";
import { seed } from "../seed/seed";
import { runCli } from "./run-cli";

runCli(() =>
  withDatabaseUrl(async (url) => {
    await applyMigrations(url);
    const db = createDb(url);
    try {
      const { created } = await seed(db, { referenceOnly: process.argv.includes("--reference-only") });
      console.log(created ? `Seeded ${created} record(s).` : "Seed data already present: nothing to do.");
    } finally {
      await db.$disconnect();
    }
  }),
);
