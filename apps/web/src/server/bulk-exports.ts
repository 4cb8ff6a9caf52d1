import "server-only";
import fs from "node:fs";
import path from "node:path";
import { createCaller, createContext } from "@plenary/api";
import { getDb } from "@plenary/db";
import { env } from "~/env";
import { regenerateExports, type BulkExportSettings } from "~/lib/bulk-exports";
import { throttledJob, type ThrottledJob } from "~/lib/throttled-job";
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

async function regenerate(): Promise<void> {
  const started = Date.now();
  try {
    const api = createCaller(createContext({ db: getDb(), user: null }));
    const manifest = await regenerateExports(api, exportSettings());
    console.log(
      JSON.stringify({ event: "exports-regenerated", version: manifest.current, ms: Date.now() - started }),
    );
  } catch (error) {
    console.error("Regenerating the bulk exports failed; the previous version stays current", error);
  }
}

// One per process, whichever route bundle asks.
const job: ThrottledJob = ((globalThis as { plenaryExportJob?: ThrottledJob }).plenaryExportJob ??=
  throttledJob(regenerate, env.PLENARY_EXPORTS_MIN_INTERVAL_SECONDS * 1000));

/**
 * Regenerates the bulk exports in the background; called after every revalidation (a publication, an unpublication,
 * a correction) and when the site starts. At once on a quiet site; on a busy one PLENARY_EXPORTS_MIN_INTERVAL_SECONDS
 * after the previous run ended, and always once more after the last change (lib/throttled-job.ts). A failure is
 * logged and leaves the previous version current.
 */
export function requestExportRegeneration(): void {
  job.request();
}

/** Waits (at most `ms`) for a regeneration this process is running, so that a reader right after a publication
 * gets the new files; it never starts one. */
export async function exportsSettled(ms = 10_000): Promise<void> {
  const running = job.running();
  if (!running) return;
  await Promise.race([running, new Promise((resolve) => setTimeout(resolve, ms).unref())]);
}
