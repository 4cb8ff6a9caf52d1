// Publishes the meetings whose scheduled time has come (EditorialReviewRepository.publishDue), then delivers the
// public site's refresh at once, as a mutation would. The admin server runs it in the background.
import type { Repositories } from "@plenary/db";
import { deliverRevalidations } from "./revalidate";

type Repos = Pick<Repositories, "editorialReview" | "revalidationOutbox">;

/** One round: publish what is due, refresh the site if anything changed. */
export async function publishScheduled(repos: Repos, now: Date = new Date()) {
  const outcome = await repos.editorialReview.publishDue(now);
  if (outcome.published.length || outcome.failed.length) {
    await deliverRevalidations(repos.revalidationOutbox);
    console.log(JSON.stringify({ event: "scheduled_publication", ...outcome, time: now.toISOString() }));
  }
  return outcome;
}

/** Runs a round every `intervalMs` (a scheduled meeting appears within that much of its time); returns a stop function. */
export function startScheduledPublishing(repos: Repos, intervalMs = 15_000): () => void {
  let running = false;
  const timer = setInterval(() => {
    if (running) return;
    running = true;
    publishScheduled(repos)
      .catch((error: unknown) => console.error("Scheduled publishing failed", error))
      .finally(() => (running = false));
  }, intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}
