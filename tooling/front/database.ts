// The database the front and the benchmark serve, found as `pnpm start` finds it (tooling/start/start.ts):
// DATABASE_URL, else the embedded server on .plenary/postgres; migrations applied, the sample data on a first run.
import fs from "node:fs";
import path from "node:path";
import { randomBytes } from "node:crypto";
import { createDb, readDbEnv, resolveDataDir } from "@plenary/db";
import { startEmbeddedServer } from "@plenary/db/embedded";
import { applyMigrations } from "@plenary/db/migrate";
import { seed } from "@plenary/db/seed";

export interface OpenDatabase {
  url: string;
  /** Stops the embedded server, if this process started one. */
  stop(): Promise<void>;
  /** The admin's session key, kept beside the embedded data as `pnpm start` keeps it. */
  authSecret(): string;
}

export async function openDatabase(): Promise<OpenDatabase> {
  const env = readDbEnv();
  const dataDir = resolveDataDir(env.PLENARY_DATA_DIR);
  let url = env.DATABASE_URL;
  let stop = async () => {};
  if (!url) {
    const server = await startEmbeddedServer({ dataDir, port: env.PLENARY_DB_PORT });
    url = server.url;
    stop = server.stop;
  }
  await applyMigrations(url);
  const db = createDb(url);
  try {
    if ((await db.country.count()) === 0) await seed(db);
  } finally {
    await db.$disconnect();
  }
  return { url, stop, authSecret: () => authSecret(dataDir) };
}

function authSecret(dataDir: string): string {
  const file = path.join(path.dirname(dataDir), "auth-secret");
  if (!fs.existsSync(file)) {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, randomBytes(32).toString("base64url"), { mode: 0o600, flag: "wx" });
  }
  return fs.readFileSync(file, "utf8").trim();
}
