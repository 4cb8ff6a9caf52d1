// Delivers to the public site the cache tags that committed changes made stale. Every write stores its request in the
// database's outbox (RevalidationRequest) inside its own transaction (packages/db stale-pages.ts); here they are
// sent after the transaction commits (each successful mutation, see trpc.ts) and retried with backoff until the site
// confirms them — so a site that is down when a change commits is refreshed when it is back. Each is sent once more
// 5–10 s later by the background delivery, for pages that renders in flight stored after the first
// (RevalidationOutboxRepository.claimDue).
import type { Repositories } from "@plenary/db";
import { apiSettings } from "./env";

type Outbox = Repositories["revalidationOutbox"];

/** The most tags the site's POST /api/revalidate accepts in one request (apps/web route.ts). */
export const MAX_TAGS_PER_POST = 500;

type Environment = Record<string, string | undefined>;

export interface RevalidateOutcome {
  called: boolean;
  ok: boolean;
}

function siteOf(environment: Environment): { url: URL; secret: string } | null {
  const { webUrl, sharedSecret } = apiSettings(environment);
  if (!webUrl || !sharedSecret) return null;
  return { url: new URL("/api/revalidate", webUrl), secret: sharedSecret };
}

async function post(site: { url: URL; secret: string }, tags: string[]): Promise<string | null> {
  try {
    const response = await fetch(site.url, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${site.secret}` },
      body: JSON.stringify({ tags }),
      signal: AbortSignal.timeout(5000),
    });
    return response.ok ? null : `answered ${response.status}`;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

/**
 * Delivers every due request (the ones just committed, and earlier ones whose delivery failed), a batch of tags per
 * POST, until none is due. Failures are recorded for a later retry, never thrown: the changes themselves are
 * committed.
 */
export async function deliverRevalidations(
  outbox: Outbox,
  environment: Environment = process.env,
): Promise<RevalidateOutcome> {
  const site = siteOf(environment);
  if (!site) return { called: false, ok: true };
  let called = false;
  for (;;) {
    const due = await outbox.claimDue();
    if (due.length === 0) return { called, ok: true };
    called = true;
    const tags = [...new Set(due.flatMap((request) => request.tags))];
    let failure: string | null = null;
    // A change names every page that shows what it changed, which for a large meeting or organization is more
    // tags than the site takes in one request (MAX_TAGS_PER_POST): they go in batches.
    for (let start = 0; start < tags.length && !failure; start += MAX_TAGS_PER_POST)
      failure = await post(site, tags.slice(start, start + MAX_TAGS_PER_POST));
    if (failure) {
      console.error(`Revalidating the public site (${site.url.href}) failed: ${failure}; will retry`, {
        tags,
      });
      await outbox.markFailed(due, failure);
      return { called, ok: false };
    }
    await outbox.markDelivered(due.map((request) => request.id));
  }
}

/**
 * Retries pending requests every `intervalMs` in the background (the admin server starts it once); returns a
 * function that stops it.
 */
export function startRevalidationDelivery(
  outbox: Outbox,
  intervalMs = 5000,
  environment: Environment = process.env,
): () => void {
  let running = false;
  const timer = setInterval(() => {
    if (running) return;
    running = true;
    deliverRevalidations(outbox, environment)
      .catch((error: unknown) => console.error("Revalidation delivery failed", error))
      .finally(() => (running = false));
  }, intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}
