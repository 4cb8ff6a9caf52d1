import { connection } from "next/server";
import { readManifest } from "~/lib/bulk-exports";
import { exportSettings, exportsSettled } from "~/server/bulk-exports";
import { exportsNotReady, jsonData } from "~/server/open-data";

/** The bulk files of the whole dataset: the current version first, then the earlier ones still kept. */
export async function GET() {
  await connection();
  await exportsSettled();
  const { dir, retentionDays } = exportSettings();
  const manifest = await readManifest(dir, retentionDays);
  if (!manifest.current) return exportsNotReady();
  return jsonData(manifest, { cacheControl: "public, max-age=60" });
}
