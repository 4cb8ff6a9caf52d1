// E1: the bulk exports written once from the database, as the site does after a publication (the same function,
// over the public api's repository calls), into a directory of their own: how long, how big.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { createCaller, createContext } from "@plenary/api";
import { createDb } from "@plenary/db";
import { regenerateExports } from "../../apps/web/src/lib/bulk-exports";

export async function exportRows(databaseUrl: string): Promise<string[][]> {
  const db = createDb(databaseUrl);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "plenary-bench-e1-"));
  try {
    const api = createCaller(createContext({ db, user: null }));
    const start = performance.now();
    const manifest = await regenerateExports(api, {
      dir,
      retentionDays: 7,
      urlOf: (p) => `https://plenary.example${p}`,
    });
    const ms = performance.now() - start;
    const files = manifest.versions[0]!.files;
    const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
    return [
      [
        "E1 bulk exports, written once",
        "repository calls (public api) → files on disk",
        `${files.find((f) => f.kind === "popolo")!.records} meetings`,
        `${(ms / 1000).toFixed(1)} s`,
        files.map((f) => `${f.kind} ${megabytes(f.bytes)} (${f.records})`).join(", "),
        "",
        "never per request",
      ],
    ];
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
    await db.$disconnect();
  }
}
