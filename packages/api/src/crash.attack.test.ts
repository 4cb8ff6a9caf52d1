// Attack suite, crashes: kill -9 of the app during saves, of the seed, of a migration, and of the embedded
// database itself, each on its own embedded PostgreSQL with a data directory under the system's temp directory
// (never the machine's shared servers). What must hold: a restart is clean, nothing is half-written (every
// versioned record has exactly one revision per version, its last one at its version), the work can go on, and a
// second embedded server on the same data directory is refused.
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { createDb, type Db } from "@plenary/db";
import { startEmbeddedServer, type EmbeddedServer } from "@plenary/db/embedded";
import { applyMigrations } from "@plenary/db/migrate";
import { afterAll, describe, expect, it } from "vitest";

const here = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(here, "../../..");
const tsx = path.join(repoRoot, "packages/db/node_modules/.bin/tsx");
const dataDirs: string[] = [];
const servers: EmbeddedServer[] = [];

afterAll(async () => {
  for (const server of servers) await server.stop().catch(() => {});
  for (const dir of dataDirs) fs.rmSync(dir, { recursive: true, force: true });
});

async function freshServer(): Promise<{ server: EmbeddedServer; dataDir: string }> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "plenary-crash-"));
  fs.chmodSync(dataDir, 0o755);
  dataDirs.push(dataDir);
  const server = await startEmbeddedServer({ port: 0, dataDir: path.join(dataDir, "pg") });
  servers.push(server);
  return { server, dataDir: path.join(dataDir, "pg") };
}

/** Starts a script as its own process and resolves once its output matches `ready` (or it exits). */
function run(
  script: string[],
  env: Record<string, string>,
  ready: RegExp,
): Promise<{ child: ChildProcess; output: () => string }> {
  const child = spawn(tsx, script, {
    cwd: repoRoot,
    env: { ...process.env, ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`timed out waiting for ${ready}: ${output}`)), 180_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (ready.test(output)) {
        clearTimeout(timer);
        resolve({ child, output: () => output });
      }
    };
    child.stdout!.on("data", onData);
    child.stderr!.on("data", onData);
    child.on("exit", () => {
      clearTimeout(timer);
      resolve({ child, output: () => output });
    });
  });
}

function killHard(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once("exit", () => resolve());
    child.kill("SIGKILL");
  });
}

/** Every versioned record's revisions are exactly 1..version (nothing half-written, nothing lost). */
async function halfWritten(db: Db): Promise<string[]> {
  const rows = await db.$queryRawUnsafe<{ problem: string }[]>(`
    with latest as (
      select "entityType"::text as kind, "entityId" as id, max(version) as last, count(*) as n
      from "Revision" group by 1, 2
    )
    select 'meeting ' || m.id || ' v' || m.version || ' revisions ' || coalesce(l.n, 0) || ' last ' || coalesce(l.last, 0) as problem
    from "Meeting" m left join latest l on l.kind = 'meeting' and l.id = m.id
    where coalesce(l.last, 0) <> m.version or coalesce(l.n, 0) <> m.version
    union all
    select 'document ' || d.id || ' v' || d.version || ' last ' || coalesce(l.last, 0)
    from "Document" d left join latest l on l.kind = 'document' and l.id = d.id
    where coalesce(l.last, 0) <> d.version`);
  return rows.map((row) => row.problem);
}

describe("attack: crashes", () => {
  it("kill -9 of a migration, then of the seed: the next run finishes and nothing is half-written", async () => {
    const { server } = await freshServer();
    const env = { DATABASE_URL: server.url };
    const migration = await run(["packages/db/src/cli/migrate.ts", "deploy"], env, /./);
    await new Promise((resolve) => setTimeout(resolve, 300));
    await killHard(migration.child);
    await applyMigrations(server.url);

    const seeding = await run(["packages/db/src/cli/seed.ts"], env, /./);
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    await killHard(seeding.child);
    const rerun = await run(["packages/db/src/cli/seed.ts"], env, /$^/);
    expect(rerun.child.exitCode, rerun.output()).toBe(0);

    const db = createDb(server.url);
    try {
      const meetings = await db.meeting.count();
      const problems = await halfWritten(db);
      console.log(
        `[attack: crashes] killed a migration after 0.3 s and the seed after 1.5 s; migrations re-applied, seed re-run: ` +
          `${meetings} meeting(s); held: restart clean, ${problems.length} half-written records`,
      );
      expect(meetings).toBeGreaterThan(0);
      expect(problems).toEqual([]);
    } finally {
      await db.$disconnect();
    }
  });

  it("kill -9 of the app during saves, then of the database: restarts clean, revisions match versions", async () => {
    const { server, dataDir } = await freshServer();
    const env = { DATABASE_URL: server.url };
    await applyMigrations(server.url);
    const seeding = await run(["packages/db/src/cli/seed.ts"], env, /$^/);
    expect(seeding.child.exitCode, seeding.output()).toBe(0);

    // The app, killed in the middle of its saves.
    const app = await run(["packages/api/src/attack/save-loop.ts"], env, /saved \d+\n[\s\S]*saved \d+\n/);
    await new Promise((resolve) => setTimeout(resolve, 200));
    await killHard(app.child);
    const savesBeforeKill = (app.output().match(/saved \d+/g) ?? []).length;

    // The database, killed under the app's saves; its own process, found by its pid file.
    const second = await run(["packages/api/src/attack/save-loop.ts"], env, /saved \d+\n/);
    const postmaster = Number(fs.readFileSync(path.join(dataDir, "postmaster.pid"), "utf8").split("\n")[0]);
    process.kill(postmaster, "SIGKILL");
    // The app may keep retrying its connections: it is killed too, as its supervisor would restart it.
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    await killHard(second.child);
    servers.splice(servers.indexOf(server), 1);

    // Restart on the same data; a second server on it is refused while the first runs.
    let restarted: EmbeddedServer | undefined;
    for (let attempt = 0; attempt < 20 && !restarted; attempt++) {
      restarted = await startEmbeddedServer({ port: 0, dataDir }).catch(async (error: unknown) => {
        // Backends of the killed server may take a moment to notice it is gone.
        if (attempt === 19) throw error;
        await new Promise((resolve) => setTimeout(resolve, 500));
        return undefined;
      });
    }
    servers.push(restarted!);
    const refusal = await startEmbeddedServer({ port: 0, dataDir }).then(
      () => "started",
      (error: unknown) => String(error),
    );
    expect(refusal).not.toBe("started");

    const db = createDb(restarted!.url);
    try {
      const problems = await halfWritten(db);
      const version = (await db.meeting.findFirstOrThrow({ select: { version: true } })).version;
      // Work goes on after the restart.
      const again = await run(
        ["packages/api/src/attack/save-loop.ts"],
        { DATABASE_URL: restarted!.url },
        /saved \d+\n/,
      );
      await killHard(again.child);
      console.log(
        `[attack: crashes] kill -9 of the app after ${savesBeforeKill} saves and of the embedded database under a second ` +
          `app's saves; restarted on the same data (meeting at v${version}), a second server on it refused ("${refusal.slice(0, 80)}…"); ` +
          `held: ${problems.length} half-written records, saves go on after the restart`,
      );
      expect(problems).toEqual([]);
      expect(again.output()).toMatch(/saved \d+/);
    } finally {
      await db.$disconnect();
    }
  });
});
