import type { ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { createDb } from "@plenary/db";
import { seed } from "@plenary/db/seed";
import { startTestDatabases } from "@plenary/db/testing";
import type { TestProject } from "vitest/node";
import type {} from "./apps";
import { freePort, startNext, stopServer, waitUntilServing } from "./next-server";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
/** Shared by the admin and the site for POST /api/revalidate; the site's address is handed to the admin. */
const REVALIDATE_SECRET = `${crypto.randomUUID()}${crypto.randomUUID()}`;
const published: { webUrl?: string } = {};
const EXPORTS_DIR = fs.mkdtempSync(path.join(os.tmpdir(), "plenary-e2e-exports-"));

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
    fs.rmSync(EXPORTS_DIR, { recursive: true, force: true });
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
      await waitUntilServing(`apps/${app.name}`, child, url);
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
  return startNext(
    app.dir,
    port,
    {
      DATABASE_URL: databaseUrl,
      PLENARY_REVALIDATE_SECRET: REVALIDATE_SECRET,
      ...(app.name === "admin" && published.webUrl ? { PLENARY_WEB_URL: published.webUrl } : {}),
      // The site's bulk exports, written for this run only, and again 2 s after the last run at the soonest
      // rather than a minute: the suite's publications follow each other closely (the throttle's own tests are
      // apps/web/src/lib/throttled-job.test.ts).
      ...(app.name === "web"
        ? { PLENARY_EXPORTS_DIR: EXPORTS_DIR, PLENARY_EXPORTS_MIN_INTERVAL_SECONDS: "2" }
        : {}),
      // Signs the admin's session cookies; a fresh one per run.
      BETTER_AUTH_SECRET: randomBytes(32).toString("base64url"),
      // The tests play the reverse proxy on this machine: each browser context says which client it is
      // (X-Forwarded-For, see users.ts), so that one test's address lock-out does not hit another.
      PLENARY_TRUSTED_PROXIES: "loopback",
    },
    app.name === "admin" ? { serverScript: "server.ts" } : {},
  );
}
