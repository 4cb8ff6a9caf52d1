import { z } from "zod";

// The only place in @plenary/api that reads the environment. Read per call, not once at import: both settings are
// optional (without them the admin does not call the site, and previews are unavailable), and tests and the launcher
// set them after start-up. An invalid value counts as unset, each on its own.
const ApiEnv = z.object({
  /** The public site's address: where the admin sends refreshes and opens previews. */
  PLENARY_WEB_URL: z.url().optional().catch(undefined),
  /**
   * Shared with the site: authenticates POST /api/revalidate and signs preview links. At least 16 characters, as
   * the site requires (apps/web/src/env.ts), so the admin never sends what the site would refuse.
   */
  PLENARY_REVALIDATE_SECRET: z.string().min(16).optional().catch(undefined),
});

export interface ApiSettings {
  webUrl: string | null;
  sharedSecret: string | null;
}

export function apiSettings(environment: Record<string, string | undefined> = process.env): ApiSettings {
  const parsed = ApiEnv.parse({
    PLENARY_WEB_URL: environment.PLENARY_WEB_URL || undefined,
    PLENARY_REVALIDATE_SECRET: environment.PLENARY_REVALIDATE_SECRET || undefined,
  });
  return { webUrl: parsed.PLENARY_WEB_URL ?? null, sharedSecret: parsed.PLENARY_REVALIDATE_SECRET ?? null };
}
