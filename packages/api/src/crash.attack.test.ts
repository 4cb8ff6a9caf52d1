// Attack suite, crashes: kill -9 of the app during saves, during an import, of the seed, of a migration, and of the
// embedded database itself, each on its own embedded PostgreSQL with a data directory under the system's temp directory
// (never the machine's shared servers). What must hold: a restart is clean, nothing is half-written (every
// versioned record has exactly one revision per version, its last one at its version), the work can go on, and a
// second embedded server on the same data directory is refused.
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { createDb, type Db } from "@plenary/db";
import { startEmbeddedServer, type EmbeddedServer } from "@plenary/db/embedded";
import { applyMigrations } from "@plenary/db/migrate";
import { afterAll, describe, expect, it } from "vitest";
import { createContext } from "./context";
import { createCaller } from "./root";
import { createUser } from "./test-callers";

const here = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(here, "../../..");
// The scripts run in node itself with tsx's loader: tsx's own command runs them in a child process, which a
// SIGKILL of the command would leave running, so that "the app" would not really die.
const tsxLoader = pathToFileURL(path.join(repoRoot, "packages/db/node_modules/tsx/dist/loader.mjs")).href;
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
  const child = spawn(process.execPath, ["--import", tsxLoader, ...script], {
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

/** The kinds with a history, by table: each stored row's last revision is at its version. */
const VERSIONED = {
  Meeting: "meeting",
  Document: "document",
  Country: "country",
  Organization: "organization",
  OrgMembership: "org_membership",
  Person: "person",
  Post: "post",
  Occupancy: "occupancy",
  MeetingSeries: "meeting_series",
  Topic: "topic",
} as const;

/** Rows of every kind with a history whose last revision is not at the row's version (or that have none). */
async function withoutTheirRevision(db: Db): Promise<string[]> {
  const problems: string[] = [];
  for (const [table, kind] of Object.entries(VERSIONED)) {
    const rows = await db.$queryRawUnsafe<{ problem: string }[]>(`
      select '${kind} ' || t.id || ' v' || t.version || ' last revision ' || coalesce(max(r.version), 0) as problem
      from "${table}" t left join "Revision" r on r."entityType"::text = '${kind}' and r."entityId" = t.id
      group by t.id, t.version having coalesce(max(r.version), 0) <> t.version`);
    problems.push(...rows.map((row) => row.problem));
  }
  return problems;
}

/** How many rows each table of a meeting's import holds. */
async function importedRows(db: Db): Promise<Record<string, number>> {
  const [row] = await db.$queryRawUnsafe<Record<string, number>[]>(`
    select (select count(*)::int from "Meeting") as meetings, (select count(*)::int from "Document") as documents,
      (select count(*)::int from "Participation") as participations, (select count(*)::int from "Speech") as speeches,
      (select count(*)::int from "Person") as people, (select count(*)::int from "Country") as countries,
      (select count(*)::int from "Organization") as organizations, (select count(*)::int from "Post") as posts,
      (select count(*)::int from "Topic") as topics,
      (select count(*)::int from "Revision" where "entityType"::text <> 'user') as revisions`);
  return row!;
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

  it("kill -9 of the app during an import: all of the meeting or none of it, then the import runs", async () => {
    const { server } = await freshServer();
    const env = { DATABASE_URL: server.url };
    await applyMigrations(server.url);
    const seeding = await run(["packages/db/src/cli/seed.ts"], env, /$^/);
    expect(seeding.child.exitCode, seeding.output()).toBe(0);
    const db = createDb(server.url);
    try {
      // The export of the seed meeting with every record it links to, as the admin downloads it; imported back as
      // a new meeting (its own address, no id), so that the import writes the meeting with its participants,
      // documents, actions, tallies and speeches in one transaction. Its chairmanships are left out: the same
      // terms twice would overlap, which the import refuses.
      const caller = createCaller(createContext({ db, user: await createUser(db, "viewer") }));
      const { id } = await db.meeting.findFirstOrThrow({ select: { id: true } });
      const exported = await caller.transfer.exportMeeting({ id });
      const copy = (n: number) => ({
        ...exported,
        meeting: { ...exported.meeting, id: undefined, slug: `imported-copy-${n}`, chairmanships: [] },
      });
      const file = path.join(dataDirs.at(-1)!, "export.json");

      const { meeting } = exported;
      /** What a whole import of the copy adds to each table. */
      const whole = (before: Record<string, number>) => ({
        ...before,
        meetings: before.meetings! + 1,
        documents: before.documents! + meeting.documents.length,
        participations: before.participations! + meeting.participations.length,
        speeches: before.speeches! + meeting.speeches.length,
        revisions: before.revisions! + 1 + meeting.documents.length,
      });

      // The app is killed as soon as the import's transaction holds its first write lock. Each try must leave all
      // of the import or none of it; a try whose commit was already on its way when the kill came (all of it) is
      // made again under another address, until one is cut off inside its transaction (none of it).
      const outcomes: ("none" | "all")[] = [];
      let killed: { tables: number; slug: string; before: Record<string, number> } | undefined;
      while (!killed && outcomes.length < 8) {
        const n = outcomes.length + 1;
        fs.writeFileSync(file, JSON.stringify(copy(n)));
        const before = await importedRows(db);
        const app = await run(
          ["packages/api/src/attack/import-once.ts"],
          { ...env, IMPORT_FILE: file },
          /importing/,
        );
        let tables = 0;
        const deadline = Date.now() + 120_000;
        while (app.child.exitCode === null && Date.now() < deadline) {
          const [locks] = await db.$queryRawUnsafe<{ tables: number }[]>(`
            select count(distinct c.relname)::int as tables
            from pg_locks l join pg_class c on c.oid = l.relation
            where l.mode = 'RowExclusiveLock' and l.pid <> pg_backend_pid() and c.relkind = 'r'`);
          if (locks!.tables > 0) {
            tables = locks!.tables;
            break;
          }
          await new Promise((resolve) => setTimeout(resolve, 1));
        }
        await killHard(app.child);
        expect(tables, `try ${n}: the import was never seen writing: ${app.output()}`).toBeGreaterThan(0);
        // The killed client's backend rolls its transaction back once it sees the connection gone.
        for (let wait = 0; wait < 300; wait++) {
          const [open] = await db.$queryRawUnsafe<{ n: number }[]>(
            `select count(*)::int as n from pg_stat_activity
             where pid <> pg_backend_pid() and xact_start is not null and datname = current_database()`,
          );
          if (open!.n === 0) break;
          await new Promise((resolve) => setTimeout(resolve, 100));
        }
        const after = await importedRows(db);
        const stored = await db.meeting.count({ where: { slug: `imported-copy-${n}` } });
        if (stored === 0) {
          expect(after, `try ${n}: rows of a killed import left behind`).toEqual(before);
          outcomes.push("none");
          killed = { tables, slug: `imported-copy-${n}`, before };
        } else {
          expect(after, `try ${n}: a committed import is not whole`).toEqual(whole(before));
          outcomes.push("all");
        }
      }
      expect(
        killed,
        `no kill landed inside the import's transaction in ${outcomes.length} tries`,
      ).toBeDefined();

      // The same import, run again by a new app process, finishes and writes all of it.
      fs.writeFileSync(file, JSON.stringify(copy(outcomes.length)));
      const again = await run(
        ["packages/api/src/attack/import-once.ts"],
        { ...env, IMPORT_FILE: file },
        /$^/,
      );
      expect(again.child.exitCode, again.output()).toBe(0);
      expect(again.output()).toMatch(/imported created/);
      expect(await importedRows(db)).toEqual(whole(killed!.before));
      const problems = [...(await halfWritten(db)), ...(await withoutTheirRevision(db))];
      console.log(
        `[attack: crashes] kill -9 of the app importing a meeting export (${meeting.participations.length} participants, ` +
          `${meeting.documents.length} documents, ${meeting.speeches.length} speeches) as soon as its transaction held a ` +
          `write lock (on ${killed!.tables} table(s) when killed), ${outcomes.length} tr${outcomes.length === 1 ? "y" : "ies"} ` +
          `(${outcomes.join(", ")} of it kept); held: every try left all of ` +
          `the import or none of it, the import cut off was run again and wrote all of it, ` +
          `${problems.length} records whose revisions do not match their version`,
      );
      expect(problems).toEqual([]);
    } finally {
      await db.$disconnect();
    }
  });
});
