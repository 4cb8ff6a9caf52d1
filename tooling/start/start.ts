// `pnpm start` (after the build) and `pnpm dev`: one command brings up the whole of Plenary.
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import { createDb, createRepositories, readDbEnv, resolveDataDir } from "@plenary/db";
import { startEmbeddedServer } from "@plenary/db/embedded";
import { applyMigrations } from "@plenary/db/migrate";
import { loadReferenceData } from "@plenary/db/reference";
import { seed } from "@plenary/db/seed";

const mode = process.argv[2] === "dev" ? "dev" : "serve";
const repoRoot = path.resolve(import.meta.dirname, "../..");
const webPort = Number(process.env.PLENARY_WEB_PORT || 3000);
const adminPort = Number(process.env.PLENARY_ADMIN_PORT || 3001);

async function main() {
  const env = readDbEnv();
  let stopDatabase = async () => {};
  let url = env.DATABASE_URL;
  if (url) {
    console.log("Using the PostgreSQL at DATABASE_URL.");
  } else {
    const dataDir = resolveDataDir(env.PLENARY_DATA_DIR);
    const server = await startEmbeddedServer({ dataDir, port: env.PLENARY_DB_PORT });
    url = server.url;
    stopDatabase = server.stop;
    console.log(
      `Embedded PostgreSQL on 127.0.0.1:${server.port} (data in ${path.relative(repoRoot, dataDir) || dataDir}).`,
    );
  }

  const applied = await applyMigrations(url);
  if (applied.length) console.log(`Applied migrations: ${applied.join(", ")}`);
  const db = createDb(url);
  try {
    if ((await db.country.count()) === 0) {
      const { created } = await seed(db);
      const reference = await loadReferenceData(db);
      console.log(
        `First run: loaded the sample data (${created} records) and the reference data (${reference.created} countries, organizations and memberships).`,
      );
    }
    if ((await createRepositories(db).users.countActiveAdmins()) === 0) {
      console.log(
        "\nNo admin can sign in yet: create the first one with\n  pnpm admin:create-user\n(there is no default password).",
      );
    }
  } finally {
    await db.$disconnect();
  }

  const childEnv = {
    ...process.env,
    DATABASE_URL: url,
    NEXT_TELEMETRY_DISABLED: "1",
    // The site's address (for links in feeds, the sitemap and citations) and the secret the admin uses to tell it
    // which cached pages a publish made stale (POST /api/revalidate).
    PUBLIC_SITE_URL: process.env.PUBLIC_SITE_URL || `http://localhost:${webPort}`,
    PLENARY_WEB_URL: process.env.PLENARY_WEB_URL || `http://localhost:${webPort}`,
    PLENARY_REVALIDATE_SECRET:
      process.env.PLENARY_REVALIDATE_SECRET || `${crypto.randomUUID()}${crypto.randomUUID()}`,
    BETTER_AUTH_SECRET: process.env.BETTER_AUTH_SECRET || authSecret(resolveDataDir(env.PLENARY_DATA_DIR)),
  };
  // Each app runs in its own process group, so that stopping Plenary stops Next's server processes too
  // (pnpm does not forward signals to them).
  const run = (app: string, port: number): ChildProcess =>
    spawn("pnpm", ["--filter", `@plenary/${app}`, mode === "dev" ? "dev" : "start"], {
      cwd: repoRoot,
      env: { ...childEnv, PORT: String(port) },
      stdio: "inherit",
      detached: true,
    });
  const children = [run("web", webPort), run("admin", adminPort)];

  console.log(
    `\nPlenary is starting:\n  public site  http://localhost:${webPort}\n  admin        http://localhost:${adminPort}\n`,
  );

  let stopping = false;
  const stop = async (code: number) => {
    if (stopping) return;
    stopping = true;
    for (const child of children) {
      try {
        if (child.pid) process.kill(-child.pid, "SIGTERM");
      } catch {
        // already gone
      }
    }
    await stopDatabase();
    process.exit(code);
  };
  for (const child of children) child.on("exit", (code) => void stop(code ?? 1));
  process.once("SIGINT", () => void stop(0));
  process.once("SIGTERM", () => void stop(0));
}

/**
 * The admin's session-signing and TOTP-encryption key, made once and kept beside the data (sessions and second
 * factors must survive restarts). Set BETTER_AUTH_SECRET to use your own.
 */
function authSecret(dataDir: string): string {
  const file = path.join(path.dirname(dataDir), "auth-secret");
  if (!fs.existsSync(file)) {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, randomBytes(32).toString("base64url"), { mode: 0o600, flag: "wx" });
  }
  return fs.readFileSync(file, "utf8").trim();
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
