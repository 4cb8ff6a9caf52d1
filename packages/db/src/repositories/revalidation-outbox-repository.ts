import type { Db } from "../client";
import { Prisma } from "../generated/prisma/client";

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
 * How long after its first delivery a request is delivered again. A reader's render that read the records just
 * before a change committed, and stored its page just after the site expired the tags, leaves that page cached as
 * fresh with the old text (its cache entry is newer than the expiry). Renders take well under a second; the second
 * delivery, once every render begun before the first has ended, expires such pages too. The admin's background
 * delivery runs every 5 s, so such a page is gone within 10 s of the change; the shorter this, the sooner, and the
 * fewer slow renders (under overload) it covers.
 */
const SETTLE_SECONDS = 5;

/**
 * The outbox of cache tags the public site must expire. A request is stored when its change commits and deleted
 * from the due list only when the site has confirmed it, so a refresh is never lost to a site that was down.
 * Claims are leases taken with SKIP LOCKED, so several admin instances deliver each request once — and once more,
 * SETTLE_SECONDS later, for the renders that were in flight (settledAt).
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

  /**
   * Takes up to `limit` due requests for this process, oldest first: the undelivered ones, then the delivered ones
   * due for their second delivery. Two statements, one per index, rather than one whose `or` would read every row.
   */
  async claimDue(limit = 50): Promise<DueRevalidation[]> {
    const claim = (due: Prisma.Sql, room: number) => this.db.$queryRaw<DueRevalidation[]>`
      update "RevalidationRequest" set "nextAttemptAt" = now() + make_interval(secs => ${LEASE_SECONDS})
      where id in (
        select id from "RevalidationRequest"
        where ${due} and "nextAttemptAt" <= now()
        order by "createdAt" limit ${room}
        for update skip locked)
      returning id, tags, attempts`;
    const first = await claim(Prisma.sql`"deliveredAt" is null`, limit);
    if (first.length === limit) return first;
    const again = await claim(
      Prisma.sql`"settledAt" is null and "deliveredAt" <= now() - make_interval(secs => ${SETTLE_SECONDS})`,
      limit - first.length,
    );
    return [...first, ...again];
  }

  /** Records the site's confirmation: of the first delivery (deliveredAt), or of the second (settledAt). */
  async markDelivered(ids: string[]): Promise<void> {
    if (ids.length === 0) return;
    await this.db.$executeRaw`
      update "RevalidationRequest"
      set "settledAt" = case when "deliveredAt" is null then null else now() end,
          "deliveredAt" = coalesce("deliveredAt", now()),
          "lastError" = null
      where id in (${Prisma.join(ids)})`;
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
