import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import net from "node:net";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { createDb } from "@plenary/db";
import { seed } from "@plenary/db/seed";
import { startTestDatabases } from "@plenary/db/testing";
import type { TestProject } from "vitest/node";
import type {} from "./apps";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const START_TIMEOUT_MS = 60_000;
/** Shared by the admin and the site for POST /api/revalidate; the site's address is handed to the admin. */
const REVALIDATE_SECRET = `${crypto.randomUUID()}${crypto.randomUUID()}`;
const published: { webUrl?: string } = {};
/** The last lines each server printed, shown when it fails to start. */
const outputs = new WeakMap<ChildProcess, string[]>();

interface App {
  name: "web" | "admin";
  dir: string;
}

const apps: App[] = [
  { name: "web", dir: path.join(repoRoot, "apps/web") },
  { name: "admin", dir: path.join(repoRoot, "apps/admin") },
];

/**
 * Serves the built web and admin apps (`next start`) over a throwaway database holding the seed, for the browser
 * tests; stops both and the database afterwards. The apps are not built here: `pnpm test` builds them first.
 * The database is on the real PostgreSQL at 127.0.0.1:5432 (created and dropped here, like the integration tests'
 * one); only without a reachable PostgreSQL, and never in CI, does it fall back to the embedded one.
 */
export default async function setup(project: TestProject) {
  const missing = apps.filter((app) => !fs.existsSync(path.join(app.dir, ".next/BUILD_ID")));
  if (missing.length) {
    throw new Error(
      `No production build of ${missing.map((app) => `apps/${app.name}`).join(" and ")}: run pnpm build first ` +
        `(or pnpm --filter @plenary/${missing[0]!.name} build).`,
    );
  }

  const databases = await startTestDatabases();
  if (databases.notice) console.warn(databases.notice);
  const database =
    databases.databases.find((candidate) => candidate.name === "postgresql") ?? databases.databases[0]!;
  const servers: ChildProcess[] = [];
  const teardown = async () => {
    await Promise.all(servers.map(stopServer));
    await databases.stop();
  };
  project.provide("databaseUrl", database.url);

  try {
    const db = createDb(database.url);
    try {
      await seed(db);
    } finally {
      await db.$disconnect();
    }

    for (const app of apps) {
      const port = await freePort();
      const url = `http://127.0.0.1:${port}`;
      if (app.name === "web") published.webUrl = url;
      const child = startServer(app, port, database.url);
      servers.push(child);
      await waitUntilServing(app, child, url);
      project.provide(app.name === "web" ? "webUrl" : "adminUrl", url);
      project.provide("revalidateSecret", REVALIDATE_SECRET);
    }
  } catch (error) {
    await teardown();
    throw error;
  }
  return teardown;
}

function startServer(app: App, port: number, databaseUrl: string): ChildProcess {
  const listen = ["--port", String(port), "--hostname", "127.0.0.1"];
  // The admin runs behind its own server (server.ts), which works out the client's address from the socket.
  const [command, args] =
    app.name === "admin"
      ? [path.join(app.dir, "node_modules/.bin/tsx"), ["server.ts", ...listen]]
      : [path.join(app.dir, "node_modules/.bin/next"), ["start", ...listen]];
  const child = spawn(command, args, {
    cwd: app.dir,
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      NEXT_TELEMETRY_DISABLED: "1",
      NODE_ENV: "production",
      PORT: String(port),
      PLENARY_REVALIDATE_SECRET: REVALIDATE_SECRET,
      ...(app.name === "admin" && published.webUrl ? { PLENARY_WEB_URL: published.webUrl } : {}),
      // Signs the admin's session cookies; a fresh one per run.
      BETTER_AUTH_SECRET: randomBytes(32).toString("base64url"),
      // The tests play the reverse proxy on this machine: each browser context says which client it is
      // (X-Forwarded-For, see users.ts), so that one test's address lock-out does not hit another.
      PLENARY_TRUSTED_PROXIES: "loopback",
    },
    // Its own process group, so that teardown stops next and every worker it forks.
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
  });
  const output: string[] = [];
  const keep = (chunk: Buffer) => {
    output.push(chunk.toString());
    if (output.length > 200) output.shift();
  };
  child.stdout?.on("data", keep);
  child.stderr?.on("data", keep);
  outputs.set(child, output);
  return child;
}

async function waitUntilServing(app: App, child: ChildProcess, url: string): Promise<void> {
  const deadline = Date.now() + START_TIMEOUT_MS;
  let lastError = "";
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(
        `apps/${app.name} exited (${child.exitCode ?? child.signalCode}) before serving ${url}:\n${outputOf(child)}`,
      );
    }
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(5_000), redirect: "manual" });
      await response.arrayBuffer();
      if (response.status < 500) return;
      lastError = `HTTP ${response.status}`;
    } catch (error) {
      lastError = (error as Error).message;
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(
    `apps/${app.name} did not answer at ${url} within ${START_TIMEOUT_MS / 1000} s (${lastError}):\n${outputOf(child)}`,
  );
}

function outputOf(child: ChildProcess): string {
  return (outputs.get(child) ?? []).join("").trim() || "(no output)";
}

async function stopServer(child: ChildProcess): Promise<void> {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const signalGroup = (signal: NodeJS.Signals) => {
    try {
      process.kill(-child.pid!, signal);
    } catch {
      // the group is already gone
    }
  };
  signalGroup("SIGTERM");
  const timer = setTimeout(() => signalGroup("SIGKILL"), 5_000);
  await exited;
  clearTimeout(timer);
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === "object" && address ? resolve(address.port) : reject(new Error("No free port")),
      );
    });
  });
}
