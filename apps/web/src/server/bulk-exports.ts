import "server-only";
import fs from "node:fs";
import path from "node:path";
import { createCaller, createContext } from "@plenary/api";
import { getDb } from "@plenary/db";
import { env } from "~/env";
import { regenerateExports, type BulkExportSettings } from "~/lib/bulk-exports";
import { siteUrl } from "./site-url";

/** The checkout's root (where pnpm-workspace.yaml is), or the working directory outside one. */
function checkoutRoot(): string {
  for (let dir = process.cwd(); ; dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(/*turbopackIgnore: true*/ dir, "pnpm-workspace.yaml"))) return dir;
    if (path.dirname(dir) === dir) return process.cwd();
  }
}

export function exportSettings(): BulkExportSettings {
  return {
    dir: path.resolve(
      /*turbopackIgnore: true*/ env.PLENARY_EXPORTS_DIR ?? path.join(checkoutRoot(), ".plenary/exports"),
    ),
    retentionDays: env.PLENARY_EXPORTS_RETENTION_DAYS,
    urlOf: siteUrl,
  };
}

interface Job {
  running: Promise<void> | null;
  again: boolean;
}
// One per process, whichever route bundle asks.
const job: Job = ((globalThis as { plenaryExportJob?: Job }).plenaryExportJob ??= {
  running: null,
  again: false,
});

/**
 * Regenerates the bulk exports in the background; called after every revalidation (a publication, an unpublication,
 * a correction) and when the site starts. Requests made while one runs make it run once more when it ends, so the
 * last change is always in the files. A failure is logged and leaves the previous version current.
 */
export function requestExportRegeneration(): Promise<void> {
  if (job.running) {
    job.again = true;
    return job.running;
  }
  job.running = (async () => {
    do {
      job.again = false;
      const started = Date.now();
      try {
        const api = createCaller(createContext({ db: getDb(), user: null }));
        const manifest = await regenerateExports(api, exportSettings());
        console.log(
          JSON.stringify({
            event: "exports-regenerated",
            version: manifest.current,
            ms: Date.now() - started,
          }),
        );
      } catch (error) {
        console.error("Regenerating the bulk exports failed; the previous version stays current", error);
      }
    } while (job.again);
  })().finally(() => {
    job.running = null;
  });
  return job.running;
}

/** Waits (at most `ms`) for a regeneration this process is running, so that a reader right after a publication
 * gets the new files; it never starts one. */
export async function exportsSettled(ms = 10_000): Promise<void> {
  if (!job.running) return;
  await Promise.race([job.running, new Promise((resolve) => setTimeout(resolve, ms).unref())]);
}
