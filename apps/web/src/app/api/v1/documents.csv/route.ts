import { connection } from "next/server";
import { currentExportFile } from "~/lib/bulk-exports";
import { exportSettings, exportsSettled } from "~/server/bulk-exports";
import { bulkFile, exportsNotReady } from "~/server/open-data";

/** Every published document, one row each: the current bulk file (see /api/v1/exports). */
export async function GET(request: Request) {
  await connection();
  await exportsSettled();
  const current = await currentExportFile(exportSettings().dir, "documents-csv");
  return current ? bulkFile(request, current.file, current.path, false) : exportsNotReady();
}
