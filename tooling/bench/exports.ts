// E1: the bulk exports written once from the database, as the site does after a publication (the same function,
// over the public api's repository calls), into a directory of their own: how long, how big, and how much memory
// the process took meanwhile. Run alone: `DATABASE_URL=… pnpm --filter @plenary/bench exec tsx exports.ts`.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { createCaller, createContext } from "@plenary/api";
import { createDb } from "@plenary/db";
import { regenerateExports } from "../../apps/web/src/lib/bulk-exports";
import { printTable } from "./table";

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** The highest resident set size and V8 heap in use, sampled every 100 ms until `stop`. */
function sampleMemory() {
  const peak = { rss: 0, heapUsed: 0 };
  const sample = () => {
    const { rss, heapUsed } = process.memoryUsage();
    peak.rss = Math.max(peak.rss, rss);
    peak.heapUsed = Math.max(peak.heapUsed, heapUsed);
  };
  sample();
  const timer = setInterval(sample, 100);
  return {
    stop() {
      clearInterval(timer);
      sample();
      return peak;
    },
  };
}

export async function exportRows(databaseUrl: string): Promise<string[][]> {
  const db = createDb(databaseUrl);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "plenary-bench-e1-"));
  try {
    const api = createCaller(createContext({ db, user: null }));
    const before = process.memoryUsage();
    const memory = sampleMemory();
    const start = performance.now();
    const manifest = await regenerateExports(api, {
      dir,
      retentionDays: 7,
      urlOf: (p) => `https://plenary.example${p}`,
    });
    const ms = performance.now() - start;
    const peak = memory.stop();
    const files = manifest.versions[0]!.files;
    const meetings = `${files.find((f) => f.kind === "popolo")!.records} meetings`;
    return [
      [
        "E1 bulk exports, written once",
        "repository calls (public api) → files on disk",
        meetings,
        `${(ms / 1000).toFixed(1)} s`,
        files.map((f) => `${f.kind} ${megabytes(f.bytes)} (${f.records})`).join(", "),
        "",
        "never per request",
      ],
      [
        "E1 bulk exports, peak memory",
        "the process, sampled every 100 ms",
        meetings,
        `RSS ${megabytes(peak.rss)}, heap used ${megabytes(peak.heapUsed)}`,
        `before: RSS ${megabytes(before.rss)}, heap used ${megabytes(before.heapUsed)}`,
        "",
        "bounded by a page of meetings",
      ],
      ["E1 files", "name (sha256 prefix)", "", files.map((f) => f.name).join(" "), "", "", ""],
    ];
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
    await db.$disconnect();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL: the database to export");
  printTable(["measure", "layer", "size", "A", "B (baseline)", "A ÷ B", "target"], await exportRows(url));
}
