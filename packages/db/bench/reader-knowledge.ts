// pnpm bench:reader-knowledge — the press-release reader's knowledge lookups at archive scale. A benchmark, not a test:
// it creates a throwaway database on the PostgreSQL at 127.0.0.1:5432 (PLENARY_TEST_POSTGRES_URL to use another),
// fills it as `pnpm db:generate` and `pnpm db:seed:reference` do (the default generated archive, then the reference
// data), reads every reader fixture (open and sealed) through DatabaseKnowledge, prints p50/p95 per read (the
// lookups and the read, database round trips included) and the SQL statements per read, and drops the database.
import fs from "node:fs";
import os from "node:os";
import { knowledgeQueryOf, readPressReleaseFrom } from "@plenary/domain";
import pg from "pg";
import { createDb } from "../src/client";
import { DEFAULT_ARCHIVE_OPTIONS, generateArchive } from "../src/generate";
import { applyMigrations } from "../src/migrate/migrations";
import { loadReferenceData } from "../src/reference/load-reference-data";
import { DatabaseKnowledge, loadReaderKnowledge } from "../src/repositories/reader-knowledge";

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const TARGET_MS = 300;
const adminUrl = process.env.PLENARY_TEST_POSTGRES_URL || "postgresql://postgres@127.0.0.1:5432/postgres";

const fixturesDir = new URL("../../domain/src/reader/fixtures/", import.meta.url);
const releases = [
  ...fs.readdirSync(fixturesDir),
  ...fs.readdirSync(new URL("sealed/", fixturesDir)).map((file) => `sealed/${file}`),
]
  .filter((file) => file.endsWith(".txt"))
  .map((file) => ({ name: file, text: fs.readFileSync(new URL(file, fixturesDir), "utf8").trim() }));

async function admin(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
const ms = (value: number) => `${value.toFixed(1).padStart(7)} ms`;
const load = () =>
  os
    .loadavg()
    .map((value) => value.toFixed(2))
    .join(", ");

async function main() {
  const name = `plenary_bench_reader_${process.pid}_${Date.now().toString(36)}`;
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  console.log(`Load average (1, 5, 15 min) at start: ${load()}; ${os.cpus().length} CPUs.`);
  await admin(`CREATE DATABASE "${name}"`);
  let statements = 0;
  const db = createDb(url.toString(), { onQuery: () => statements++ });
  try {
    let started = performance.now();
    await applyMigrations(url.toString());
    await generateArchive(db, DEFAULT_ARCHIVE_OPTIONS);
    await loadReferenceData(db);
    const counts = {
      people: await db.person.count(),
      countries: await db.country.count(),
      organizations: await db.organization.count(),
      posts: await db.post.count(),
      occupancies: await db.occupancy.count(),
      memberships: await db.orgMembership.count(),
    };
    console.log(
      `Throwaway database ${name}: generated archive and reference data in ${((performance.now() - started) / 1000).toFixed(0)} s`,
    );
    console.log(`Rows: ${JSON.stringify(counts)}`);
    await db.$executeRawUnsafe("analyze");

    const knowledge = new DatabaseKnowledge(db);
    // Warm-up; with BENCH_DUMP=file, every fixture's proposal (or error) is written there, to compare two versions.
    const dump: Record<string, unknown> = {};
    for (const release of releases)
      dump[release.name] = await readPressReleaseFrom(release.text, knowledge).catch((error: unknown) => ({
        error: String(error),
      }));
    if (process.env.BENCH_DUMP) fs.writeFileSync(process.env.BENCH_DUMP, JSON.stringify(dump, null, 1));
    const reads: number[] = [];
    const lookups: number[] = [];
    const perRead: number[] = [];
    const selected = { people: 0, countries: 0, organizations: 0, posts: 0 };
    for (let run = 0; run < RUNS; run++) {
      for (const release of releases) {
        statements = 0;
        started = performance.now();
        const candidates = await knowledge.candidates(knowledgeQueryOf(release.text));
        lookups.push(performance.now() - started);
        perRead.push(statements);
        if (run === 0)
          for (const table of Object.keys(selected) as (keyof typeof selected)[])
            selected[table] += candidates[table].length;
        started = performance.now();
        await readPressReleaseFrom(release.text, knowledge).catch(() => {}); // "not a meeting" is a read too
        reads.push(performance.now() - started);
      }
    }
    // For comparison: loadReaderKnowledge, every table whole (before issue 12 every read did this, and until the
    // reference lookups every read still loaded countries, organizations, posts and memberships whole).
    const wholeLoads: number[] = [];
    let wholeStatements = 0;
    for (let run = 0; run < RUNS; run++) {
      statements = 0;
      started = performance.now();
      await loadReaderKnowledge(db);
      wholeLoads.push(performance.now() - started);
      wholeStatements = statements;
    }
    for (const list of [reads, lookups, perRead, wholeLoads]) list.sort((a, b) => a - b);
    console.log(`${releases.length} fixtures × ${RUNS} runs, one read at a time:`);
    console.log(
      `  whole read (lookups + reader)  p50 ${ms(percentile(reads, 50))}   p95 ${ms(percentile(reads, 95))}`,
    );
    console.log(
      `  lookups alone                  p50 ${ms(percentile(lookups, 50))}   p95 ${ms(percentile(lookups, 95))}`,
    );
    console.log(
      `  full load of every table      p50 ${ms(percentile(wholeLoads, 50))}   p95 ${ms(percentile(wholeLoads, 95))}   (${wholeStatements} statements)`,
    );
    console.log(`  SQL statements per read        min ${perRead[0]}   max ${perRead.at(-1)}`);
    const mean = (total: number) => (total / releases.length).toFixed(1);
    console.log(
      `  rows selected per read (mean)  people ${mean(selected.people)} of ${counts.people}, countries ${mean(selected.countries)} of ${counts.countries}, organizations ${mean(selected.organizations)} of ${counts.organizations}, posts ${mean(selected.posts)} of ${counts.posts}`,
    );
    console.log(
      `p95 whole read ${percentile(reads, 95) <= TARGET_MS ? "within" : "OVER"} the ${TARGET_MS} ms target. Load average at end: ${load()}.`,
    );
  } finally {
    await db.$disconnect();
    await admin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
