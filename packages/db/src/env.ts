import path from "node:path";
import { fileURLToPath } from "node:url";
import { z } from "zod";
import { readPassword } from "./embedded/password-file";

/** The repository root, so that relative paths mean the same thing from every package and script. */
export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");

const EnvSchema = z.object({
  /** A real PostgreSQL to use unchanged. Without it, Plenary serves its embedded database. */
  DATABASE_URL: z.url().optional(),
  /**
   * Where the embedded PostgreSQL keeps its files (`.plenary/data` held the earlier WASM database's files, which
   * PostgreSQL cannot open, so the directory has a new name).
   */
  PLENARY_DATA_DIR: z.string().min(1).default(".plenary/postgres"),
  /** The loopback port the embedded database is served on, so that web, admin and the CLI share it. */
  PLENARY_DB_PORT: z.coerce.number().int().min(1).max(65535).default(54329),
  /**
   * Whether statements are prepared on each connection and their plans kept (prepared-statements.ts). Off behind a
   * pooler that cannot keep them (PgBouncer in transaction mode before 1.21).
   */
  PLENARY_PREPARED_STATEMENTS: z.enum(["on", "off"]).default("on"),
});

export type DbEnv = z.infer<typeof EnvSchema>;

export function readDbEnv(source: NodeJS.ProcessEnv = process.env): DbEnv {
  const parsed = EnvSchema.safeParse({
    DATABASE_URL: source.DATABASE_URL || undefined,
    PLENARY_DATA_DIR: source.PLENARY_DATA_DIR || undefined,
    PLENARY_DB_PORT: source.PLENARY_DB_PORT || undefined,
    PLENARY_PREPARED_STATEMENTS: source.PLENARY_PREPARED_STATEMENTS || undefined,
  });
  if (!parsed.success) {
    throw new Error(`Invalid database settings:\n${z.prettifyError(parsed.error)}`);
  }
  return parsed.data;
}

export function resolveDataDir(dataDir: string): string {
  return path.resolve(repoRoot, dataDir);
}

/** The URL of the embedded server for these settings (it may or may not be running). */
export function embeddedDatabaseUrl(env: DbEnv): string {
  const password = readPassword(resolveDataDir(env.PLENARY_DATA_DIR)) ?? "postgres";
  return `postgresql://postgres:${encodeURIComponent(password)}@127.0.0.1:${env.PLENARY_DB_PORT}/postgres?sslmode=disable`;
}

/** DATABASE_URL when set; otherwise the embedded server's URL. */
export function databaseUrl(env: DbEnv = readDbEnv()): string {
  return env.DATABASE_URL ?? embeddedDatabaseUrl(env);
}
