// Runs once when the admin server starts: retries the public site's refreshes that could not be delivered when their
// change committed (the site was down or unreachable), until the site confirms them; and publishes the meetings
// whose scheduled publication time has come.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { createRepositories, getDb } = await import("@plenary/db");
  const { startRevalidationDelivery, startScheduledPublishing } = await import("@plenary/api");
  const repos = createRepositories(getDb());
  startRevalidationDelivery(repos.revalidationOutbox);
  startScheduledPublishing(repos);
}
