import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { repoRoot } from "../env";
import { startEmbeddedServer } from "./embedded-server";

const tempDirs: string[] = [];
function tempDataDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "plenary-embedded-"));
  tempDirs.push(dir);
  return dir;
}
afterAll(() => {
  for (const dir of tempDirs) fs.rmSync(dir, { recursive: true, force: true });
});

describe("embedded PostgreSQL server", () => {
  it("serves PostgreSQL on loopback to several clients, with pg_trgm and unaccent available", async () => {
    const server = await startEmbeddedServer({ port: 0, dataDir: tempDataDir() });
    try {
      const clients = [new pg.Client(server.url), new pg.Client(server.url)];
      await Promise.all(clients.map((client) => client.connect()));
      await clients[0]!.query("create extension if not exists pg_trgm");
      await clients[0]!.query("create extension if not exists unaccent");
      const { rows } = await clients[1]!.query<{ score: number; folded: string; lower: string }>(
        "select similarity('Gijesov', 'Giyosov') as score, unaccent('Türkiye') as folded, lower('МОСКВА') as lower",
      );
      expect(rows[0]!.score).toBeGreaterThan(0.3);
      expect(rows[0]!.folded).toBe("Turkiye");
      // The cluster's ctype is Unicode-aware, so case-insensitive search works beyond ASCII.
      expect(rows[0]!.lower).toBe("москва");
      await Promise.all(clients.map((client) => client.end()));
    } finally {
      await server.stop();
    }
  });

  it("keeps data in its directory across restarts", async () => {
    const dataDir = tempDataDir();
    const first = await startEmbeddedServer({ port: 0, dataDir });
    const writer = new pg.Client(first.url);
    await writer.connect();
    await writer.query("create table kept (value text)");
    await writer.query("insert into kept values ('still here')");
    await writer.end();
    await first.stop();

    const second = await startEmbeddedServer({ port: 0, dataDir });
    const reader = new pg.Client(second.url);
    await reader.connect();
    const { rows } = await reader.query("select value from kept");
    await reader.end();
    await second.stop();
    expect(rows).toEqual([{ value: "still here" }]);
  });

  it("refuses a second server on a data directory another process serves, with a message that says what to do", async () => {
    const dataDir = tempDataDir();
    const probe = await startEmbeddedServer({ port: 0 });
    const port = probe.port;
    await probe.stop();
    // A real second process, as when `pnpm start` runs and someone starts `pnpm db:serve` on the same data.
    const child = spawn(
      path.join(repoRoot, "packages/db/node_modules/.bin/tsx"),
      [path.join(repoRoot, "packages/db/src/cli/serve.ts")],
      {
        env: { ...process.env, DATABASE_URL: "", PLENARY_DATA_DIR: dataDir, PLENARY_DB_PORT: String(port) },
        stdio: ["ignore", "pipe", "pipe"],
      },
    );
    try {
      await new Promise<void>((resolve, reject) => {
        let output = "";
        const timer = setTimeout(() => reject(new Error(`server did not start: ${output}`)), 60_000);
        const onData = (chunk: Buffer) => {
          output += chunk.toString();
          if (output.includes("ready")) {
            clearTimeout(timer);
            resolve();
          }
        };
        child.stdout.on("data", onData);
        child.stderr.on("data", onData);
        child.once("exit", (code) => reject(new Error(`server exited with ${code}: ${output}`)));
      });

      await expect(startEmbeddedServer({ port: 0, dataDir })).rejects.toThrow(
        new RegExp(`already served by process \\d+ on port ${port}.*PLENARY_DATA_DIR`),
      );
    } finally {
      child.kill("SIGTERM");
      await new Promise((resolve) => child.once("exit", resolve));
    }
    // Once the owner has stopped, the directory can be served again.
    const again = await startEmbeddedServer({ port: 0, dataDir });
    await again.stop();
  });

  it("says which port is taken instead of failing obscurely", async () => {
    const first = await startEmbeddedServer({ port: 0 });
    try {
      await expect(startEmbeddedServer({ port: first.port })).rejects.toThrow(
        /Port \d+ .* already in use.*PLENARY_DB_PORT/,
      );
    } finally {
      await first.stop();
    }
  });
});
