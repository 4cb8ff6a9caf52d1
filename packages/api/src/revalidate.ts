// The one place that tells the public site which cached pages a publish, unpublish or trash made stale.
import { z } from "zod";

// Read here rather than in an env.ts because both variables are optional and read per call: tests and the launcher
// set them after start-up, and without them the admin simply does not call the site.
const RevalidateEnv = z.object({
  PLENARY_WEB_URL: z.url().optional(),
  PLENARY_REVALIDATE_SECRET: z.string().min(1).optional(),
});

export interface RevalidateOutcome {
  called: boolean;
  ok: boolean;
}

/**
 * POSTs `{ tags }` to `${PLENARY_WEB_URL}/api/revalidate` with the shared secret. The write has already been
 * committed when this runs, so a failure is logged, not thrown: the page will refresh on its next revalidation.
 */
export async function revalidatePublicSite(tags: string[], environment: Record<string, string | undefined> = process.env): Promise<RevalidateOutcome> {
  const parsed = RevalidateEnv.safeParse({
    PLENARY_WEB_URL: environment.PLENARY_WEB_URL || undefined,
    PLENARY_REVALIDATE_SECRET: environment.PLENARY_REVALIDATE_SECRET || undefined,
  });
  if (!parsed.success || !parsed.data.PLENARY_WEB_URL || !parsed.data.PLENARY_REVALIDATE_SECRET || tags.length === 0) {
    return { called: false, ok: true };
  }
  const url = new URL("/api/revalidate", parsed.data.PLENARY_WEB_URL);
  try {
    const response = await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${parsed.data.PLENARY_REVALIDATE_SECRET}` },
      body: JSON.stringify({ tags: [...new Set(tags)] }),
      signal: AbortSignal.timeout(5000),
    });
    if (!response.ok) console.error(`Revalidating the public site (${url.href}) answered ${response.status}`, { tags });
    return { called: true, ok: response.ok };
  } catch (error) {
    console.error(`Revalidating the public site (${url.href}) failed`, { tags, error });
    return { called: true, ok: false };
  }
}
