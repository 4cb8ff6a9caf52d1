// pnpm db:migrate | db:migrate:new <name> | db:status — Prisma migrations through the wasm schema engine.
import { withDatabaseUrl } from "../embedded/database-url";
import { applyMigrations, createMigration, migrationStatus } from "../migrate/migrations";
import { runCli } from "./run-cli";

const [command, ...args] = process.argv.slice(2);

runCli(async () => {
  switch (command) {
    case "deploy": {
      const applied = await withDatabaseUrl(applyMigrations);
      console.log(
        applied.length
          ? `Applied ${applied.length} migration(s): ${applied.join(", ")}`
          : "No pending migrations.",
      );
      return;
    }
    case "status": {
      const status = await withDatabaseUrl(migrationStatus);
      console.log(`Applied: ${status.applied.length ? status.applied.join(", ") : "none"}`);
      console.log(`Pending: ${status.pending.length ? status.pending.join(", ") : "none"}`);
      if (status.failed.length) console.log(`Failed: ${status.failed.join(", ")}`);
      if (status.unknown.length)
        console.log(`In the database but not in this checkout: ${status.unknown.join(", ")}`);
      if (status.pending.length || status.failed.length) process.exitCode = 1;
      return;
    }
    case "new": {
      const name = args.join(" ");
      if (!name) throw new Error("Usage: pnpm db:migrate:new <name>");
      const dir = await createMigration(name);
      console.log(
        dir
          ? `Wrote ${dir}/migration.sql — review it, then run pnpm db:migrate.`
          : "The schema has no changes: no migration written.",
      );
      return;
    }
    default:
      throw new Error("Usage: migrate.ts deploy | status | new <name>");
  }
});
