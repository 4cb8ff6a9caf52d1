// Runs once when a server of the site starts: the bulk exports are written from the database as it is now (a
// restore or a publication while the site was down may have changed it). Identical records give the same files.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  const { env } = await import("./env");
  if (env.PLENARY_EXPORTS_ON_START === "0") return;
  const { requestExportRegeneration } = await import("./server/bulk-exports");
  requestExportRegeneration();
}
