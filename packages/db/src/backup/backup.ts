import { execFile } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);

/** The client tools used: PostgreSQL's own pg_dump / pg_restore from PATH (Debian: postgresql-client-15). */
const PG_DUMP = process.env.PLENARY_PG_DUMP || "pg_dump";
const PG_RESTORE = process.env.PLENARY_PG_RESTORE || "pg_restore";

export class BackupError extends Error {}

function explain(tool: string, error: unknown): BackupError {
  const e = error as NodeJS.ErrnoException & { stderr?: string };
  if (e.code === "ENOENT") {
    return new BackupError(
      `${tool} is not installed. Install PostgreSQL's client tools (Debian: apt-get install postgresql-client-15).`,
    );
  }
  const stderr = e.stderr?.trim() ?? "";
  if (/server version mismatch/.test(stderr)) {
    return new BackupError(
      `${stderr}\nUse a ${tool} of the server's major version or newer (set PLENARY_${tool === "pg_dump" ? "PG_DUMP" : "PG_RESTORE"}).`,
    );
  }
  return new BackupError(`${tool} failed: ${stderr || e.message}`);
}

/**
 * Writes the whole database to `file` in pg_dump's custom format (compressed, restorable table by table). The file
 * is written beside its final name and renamed, so a failed backup never leaves a truncated file under that name.
 */
export async function backupDatabase(url: string, file: string): Promise<{ file: string; bytes: number }> {
  fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const partial = `${file}.partial`;
  try {
    await run(
      PG_DUMP,
      ["--format=custom", "--no-owner", "--no-privileges", `--file=${partial}`, `--dbname=${url}`],
      { maxBuffer: 64 * 1024 * 1024 },
    );
  } catch (error) {
    fs.rmSync(partial, { force: true });
    throw explain("pg_dump", error);
  }
  fs.renameSync(partial, file);
  return { file, bytes: fs.statSync(file).size };
}

/**
 * Replaces the database's contents with a backup, in one transaction: if anything fails, the database is left as
 * it was. Objects not in the backup (tables added by newer migrations) are kept.
 */
export async function restoreDatabase(url: string, file: string): Promise<void> {
  if (!fs.existsSync(file)) throw new BackupError(`No backup file at ${file}.`);
  try {
    await run(
      PG_RESTORE,
      [
        "--clean",
        "--if-exists",
        "--no-owner",
        "--no-privileges",
        "--single-transaction",
        "--exit-on-error",
        `--dbname=${url}`,
        file,
      ],
      { maxBuffer: 64 * 1024 * 1024 },
    );
  } catch (error) {
    throw explain("pg_restore", error);
  }
}
