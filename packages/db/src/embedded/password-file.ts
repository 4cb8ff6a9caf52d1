import fs from "node:fs";

/**
 * The password of an embedded data directory's `postgres` role, kept beside the directory (mode 0600), so that
 * every process of this checkout (web, admin, the CLI) can build the database URL.
 */
export function passwordFile(dataDir: string): string {
  return `${dataDir}.password`;
}

export function readPassword(dataDir: string): string | null {
  try {
    return fs.readFileSync(passwordFile(dataDir), "utf8").trim();
  } catch {
    return null;
  }
}
