import { spawnSync } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { expect, it } from "vitest";
import { describeOneDatabase } from "./testing";

const here = path.dirname(fileURLToPath(import.meta.url));

// The pool keeps a quiet connection (and the plans PostgreSQL keeps for its prepared statements) longer than
// node-postgres's default 10 s (client.ts, IDLE_CONNECTION_MS), and idle connections still let a process end.
describeOneDatabase("the client's connection pool", (fixture) => {
  it("keeps a connection that sat idle past node-postgres's default ten seconds", async () => {
    const backend = async () =>
      (await fixture.db.$queryRaw<{ pid: number }[]>`select pg_backend_pid() as pid`)[0]!.pid;
    const before = await backend();
    await new Promise((resolve) => setTimeout(resolve, 10_500));
    expect(await backend()).toBe(before);
  }, 30_000);

  it("lets a script end when its work is done, though its connections are idle and not closed", () => {
    const script = `
      import { createDb } from ${JSON.stringify(path.join(here, "client.ts"))};
      const db = createDb(process.env.DATABASE_URL);
      await Promise.all([1, 2, 3].map(() => db.$queryRaw\`select 1\`));
      console.log("done");
    `;
    const started = Date.now();
    const run = spawnSync(process.execPath, ["--import", "tsx", "--input-type=module", "-e", script], {
      cwd: path.join(here, ".."),
      env: { ...process.env, DATABASE_URL: fixture.database.url },
      encoding: "utf8",
      timeout: 60_000,
    });
    expect(run.stderr).toBe("");
    expect(run.stdout.trim()).toBe("done");
    // Not held open for the idle timeout (ten minutes), nor for node-postgres's ten seconds.
    expect(Date.now() - started).toBeLessThan(9_000);
  }, 60_000);
});
