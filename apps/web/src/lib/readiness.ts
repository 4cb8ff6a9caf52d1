/** How long each dependency may take to answer before it counts as down. */
export const TIMEOUT_MS = 2000;
export type CheckResult = "ok" | "down" | "not-configured";

export interface Readiness {
  ready: boolean;
  checks: { database: CheckResult; cache: CheckResult };
}

/**
 * Whether this instance can serve readers: its database must answer. The shared page cache is reported but does not
 * decide: without Redis the site still serves, rendering every page (see cache-handler.mjs), so a load balancer
 * should keep sending it traffic.
 */
export async function readiness(probes: {
  database: () => Promise<unknown>;
  cache: (() => Promise<unknown>) | null;
}): Promise<Readiness> {
  const [database, cache] = await Promise.all([
    check(probes.database),
    probes.cache ? check(probes.cache) : ("not-configured" as const),
  ]);
  return { ready: database === "ok", checks: { database, cache } };
}

export async function check(probe: () => Promise<unknown>): Promise<CheckResult> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error("timed out")), TIMEOUT_MS);
  });
  try {
    await Promise.race([probe(), timeout]);
    return "ok";
  } catch {
    return "down";
  } finally {
    clearTimeout(timer);
  }
}
