import { execFileSync } from "node:child_process";

export interface ServiceUser {
  uid: number;
  gid: number;
}

function lookup(): ServiceUser | null {
  try {
    const uid = Number(execFileSync("id", ["-u", "postgres"], { encoding: "utf8" }).trim());
    const gid = Number(execFileSync("id", ["-g", "postgres"], { encoding: "utf8" }).trim());
    return { uid, gid };
  } catch {
    return null;
  }
}

/**
 * PostgreSQL refuses to run as root. Run as root (containers, CI), the embedded server runs as the system user
 * `postgres`, created the first time if the machine has none; otherwise it runs as the current user (null).
 */
export function runAsPostgresUser(): ServiceUser | null {
  if (process.getuid?.() !== 0) return null;
  const existing = lookup();
  if (existing) return existing;
  execFileSync("useradd", [
    "--system",
    "--user-group",
    "--no-create-home",
    "--shell",
    "/usr/sbin/nologin",
    "postgres",
  ]);
  const created = lookup();
  if (!created)
    throw new Error('Could not create the system user "postgres" the embedded PostgreSQL runs as.');
  return created;
}
