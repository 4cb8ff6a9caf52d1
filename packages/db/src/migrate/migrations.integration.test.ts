import pg from "pg";
import { describe, expect, inject, it } from "vitest";
import { applyMigrations, createMigration, migrationStatus, readMigrations } from "./migrations";

describe("migrations through the wasm schema engine", () => {
  const committed = readMigrations().migrationDirectories.map((migration) => migration.path);

  it("has committed migrations to apply", () => {
    expect(committed.length).toBeGreaterThan(0);
  });

  it("has migrations that build exactly schema.prisma (the next migration would be empty)", async () => {
    // Replays every migration on a shadow database and describes it: catches a schema edit without its
    // migration, and proves `pnpm db:migrate:new` works offline against a non-empty history.
    expect(await createMigration("drift check")).toBeNull();
  });

  for (const database of inject("databases")) {
    describe(database.name, () => {
      it("leaves nothing pending, records history in _prisma_migrations, and applies nothing twice", async () => {
        // The global setup already migrated this database: a second run must be a no-op.
        expect(await applyMigrations(database.url)).toEqual([]);
        const status = await migrationStatus(database.url);
        expect(status).toEqual({ applied: committed, pending: [], failed: [], unknown: [] });

        const client = new pg.Client({ connectionString: database.url });
        await client.connect();
        try {
          const { rows } = await client.query<{ migration_name: string; checksum: string }>(
            "select migration_name, checksum from _prisma_migrations where finished_at is not null order by migration_name",
          );
          expect(rows.map((row) => row.migration_name)).toEqual(committed);
          // `prisma migrate deploy` elsewhere compares these checksums with the files: they must be real sha256 sums.
          for (const row of rows) expect(row.checksum).toMatch(/^[0-9a-f]{64}$/);
        } finally {
          await client.end();
        }
      });

      it("leaves a migrated database alone while another process holds the migration lock", async () => {
        // The schema engine waits at most 10 s for this advisory lock, then fails; CLI commands started together (the
        // role walk's three `admin:create-user`) failed on it. Nothing is pending, so nothing should wait for it.
        const holder = new pg.Client({ connectionString: database.url });
        await holder.connect();
        try {
          await holder.query("select pg_advisory_lock(72707369)");
          expect(await applyMigrations(database.url)).toEqual([]);
        } finally {
          await holder.query("select pg_advisory_unlock(72707369)").catch(() => {});
          await holder.end();
        }
      }, 30_000);
    });
  }
});
