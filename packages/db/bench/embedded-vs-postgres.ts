// pnpm bench:db — the mixed concurrent load of mixed-workload.ts on the embedded PostgreSQL and on the machine's
// PostgreSQL, in alternating rounds, printing errors, wrong answers and throughput. A benchmark, not a test:
// it prints numbers and exits 1 only if any request failed or answered wrongly.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { createDb } from "../src/client";
import { startEmbeddedServer } from "../src/embedded/embedded-server";
import { applyMigrations } from "../src/migrate/migrations";
import { runMixedWorkload, seedWorkload, type WorkloadResult } from "../src/testing/mixed-workload";

const TOTAL = Number(process.env.BENCH_REQUESTS ?? 50_000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 16);
const adminUrl = process.env.PLENARY_TEST_POSTGRES_URL || "postgresql://postgres@127.0.0.1:5432/postgres";

async function admin(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

async function main() {
  // A durable data directory (fsync on), as `pnpm start` runs it, so the comparison is fair.
  const dataDir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "plenary-bench-")), "data");
  fs.chmodSync(path.dirname(dataDir), 0o755);
  const embedded = await startEmbeddedServer({ port: 0, dataDir });
  const name = `plenary_bench_${process.pid}`;
  await admin(`CREATE DATABASE "${name}"`);
  const realUrl = Object.assign(new URL(adminUrl), { pathname: `/${name}` }).toString();
  const targets = [
    { name: "embedded", url: embedded.url },
    { name: "postgresql", url: realUrl },
  ];
  const totals = new Map<string, WorkloadResult[]>();
  try {
    for (const target of targets) {
      await applyMigrations(target.url);
      const db = createDb(target.url);
      await seedWorkload(db);
      await db.$disconnect();
    }
    const perRound = Math.ceil(TOTAL / ROUNDS);
    console.log(
      `${TOTAL} requests per database (one in five a write), ${CONCURRENCY} concurrent, ${ROUNDS} alternating rounds\n`,
    );
    for (let round = 0; round < ROUNDS; round++) {
      const order = round % 2 === 0 ? targets : [...targets].reverse();
      for (const target of order) {
        const db = createDb(target.url);
        const result = await runMixedWorkload(db, { requests: perRound, concurrency: CONCURRENCY });
        await db.$disconnect();
        totals.set(target.name, [...(totals.get(target.name) ?? []), result]);
        const rate = (result.requests / result.milliseconds) * 1000;
        console.log(
          `round ${round + 1} ${target.name.padEnd(10)} ${rate.toFixed(0).padStart(6)} req/s  errors ${result.errors.length}  wrong ${result.wrong.length}`,
        );
      }
    }
  } finally {
    await embedded.stop();
    fs.rmSync(path.dirname(dataDir), { recursive: true, force: true });
    await admin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  }

  const summary = [...totals].map(([target, results]) => {
    const requests = results.reduce((sum, r) => sum + r.requests, 0);
    const ms = results.reduce((sum, r) => sum + r.milliseconds, 0);
    const failures = results.reduce((sum, r) => sum + r.errors.length + r.wrong.length, 0);
    return {
      target,
      requests,
      rate: (requests / ms) * 1000,
      failures,
      sample: results.flatMap((r) => [...r.errors, ...r.wrong]).slice(0, 3),
    };
  });
  console.log("");
  for (const s of summary)
    console.log(
      `${s.target.padEnd(10)} ${s.requests} requests  ${s.rate.toFixed(0)} req/s  failures ${s.failures} ${s.sample.join(" | ")}`,
    );
  const [embeddedSummary, realSummary] = summary;
  console.log(
    `\nembedded ÷ postgresql throughput: ${(embeddedSummary!.rate / realSummary!.rate).toFixed(2)} (target ≥ 0.8)`,
  );
  if (summary.some((s) => s.failures > 0)) process.exitCode = 1;
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
