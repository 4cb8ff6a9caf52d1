import type { Db } from "../client";

export interface DueRevalidation {
  id: string;
  tags: string[];
  attempts: number;
}

/** How long a claimed request is held by the process delivering it before another may try it (a crash, a hang). */
const LEASE_SECONDS = 30;
/** Retries back off exponentially up to this (a site down for hours is tried every five minutes). */
const MAX_BACKOFF_SECONDS = 300;

/**
 * The outbox of cache tags the public site must expire. A request is stored when its change commits and deleted
 * from the due list only when the site has confirmed it, so a refresh is never lost to a site that was down.
 * Claims are leases taken with SKIP LOCKED, so several admin instances deliver each request once.
 */
export class RevalidationOutboxRepository {
  constructor(private readonly db: Db) {}

  async enqueue(tags: string[]): Promise<string> {
    const row = await this.db.revalidationRequest.create({
      data: { tags: [...new Set(tags)] },
      select: { id: true },
    });
    return row.id;
  }

  /** Takes up to `limit` due requests for this process, oldest first. */
  async claimDue(limit = 50): Promise<DueRevalidation[]> {
    return this.db.$queryRaw<DueRevalidation[]>`
      update "RevalidationRequest" set "nextAttemptAt" = now() + make_interval(secs => ${LEASE_SECONDS})
      where id in (
        select id from "RevalidationRequest"
        where "deliveredAt" is null and "nextAttemptAt" <= now()
        order by "createdAt" limit ${limit}
        for update skip locked)
      returning id, tags, attempts`;
  }

  async markDelivered(ids: string[]): Promise<void> {
    await this.db.revalidationRequest.updateMany({
      where: { id: { in: ids } },
      data: { deliveredAt: new Date(), lastError: null },
    });
  }

  async markFailed(requests: DueRevalidation[], error: string): Promise<void> {
    for (const request of requests) {
      const backoff = Math.min(MAX_BACKOFF_SECONDS, 2 ** request.attempts);
      await this.db.revalidationRequest.update({
        where: { id: request.id },
        data: {
          attempts: { increment: 1 },
          lastError: error.slice(0, 500),
          nextAttemptAt: new Date(Date.now() + backoff * 1000),
        },
      });
    }
  }

  /** Requests not yet confirmed by the site (for readiness checks and tests). */
  async pending(): Promise<{ count: number; oldest: Date | null }> {
    const [count, oldest] = await Promise.all([
      this.db.revalidationRequest.count({ where: { deliveredAt: null } }),
      this.db.revalidationRequest.findFirst({
        where: { deliveredAt: null },
        orderBy: { createdAt: "asc" },
        select: { createdAt: true },
      }),
    ]);
    return { count, oldest: oldest?.createdAt ?? null };
  }
}
