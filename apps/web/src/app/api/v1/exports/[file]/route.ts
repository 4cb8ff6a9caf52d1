import { connection } from "next/server";
import { exportFilePath, readManifest } from "~/lib/bulk-exports";
import { exportSettings } from "~/server/bulk-exports";
import { bulkFile, jsonNotFound } from "~/server/open-data";

/** One bulk file of a kept version, by the name the manifest gives it; its content never changes. */
export async function GET(request: Request, { params }: { params: Promise<{ file: string }> }) {
  await connection();
  const { file: name } = await params;
  const { dir, retentionDays } = exportSettings();
  const filePath = exportFilePath(dir, name);
  const file = filePath
    ? (await readManifest(dir, retentionDays)).versions.flatMap((v) => v.files).find((f) => f.name === name)
    : undefined;
  if (!filePath || !file) return jsonNotFound("export file");
  return bulkFile(request, file, filePath, true);
}
