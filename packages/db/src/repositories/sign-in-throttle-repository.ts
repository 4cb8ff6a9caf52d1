import type { Db } from "../client";

export interface ThrottlePolicy {
  /** Failed sign-ins allowed within `windowMs` before the key is locked. */
  maxFailures: number;
  windowMs: number;
  /** How long a locked key stays locked. */
  lockMs: number;
}

/**
 * Counts failed sign-ins per key ("account:<email>", "ip:<address>") in the database, so every app process
 * shares the count and a restart does not reset it.
 */
export class SignInThrottleRepository {
  constructor(private readonly db: Db) {}

  /** When the first locked key unlocks, or null when none of them is locked. */
  async lockedUntil(keys: string[], now = new Date()): Promise<Date | null> {
    const locked = await this.db.signInThrottle.findMany({
      where: { key: { in: keys }, lockedUntil: { gt: now } },
      select: { lockedUntil: true },
      orderBy: { lockedUntil: "desc" },
    });
    return locked[0]?.lockedUntil ?? null;
  }

  /** Records one failure against `key`; locks it once the failures in the current window reach the maximum. */
  async recordFailure(key: string, policy: ThrottlePolicy, now = new Date()): Promise<void> {
    await this.db.$transaction(async (tx) => {
      const row = await tx.signInThrottle.findUnique({ where: { key } });
      const windowOpen = row && now.getTime() - row.windowStartedAt.getTime() < policy.windowMs;
      const failures = windowOpen ? row.failures + 1 : 1;
      const lockedUntil = failures >= policy.maxFailures ? new Date(now.getTime() + policy.lockMs) : null;
      await tx.signInThrottle.upsert({
        where: { key },
        create: { key, failures, windowStartedAt: now, lockedUntil },
        update: { failures, lockedUntil, ...(windowOpen ? {} : { windowStartedAt: now }) },
      });
    });
  }

  /** A successful sign-in forgives the account's earlier failures. */
  async clear(key: string): Promise<void> {
    await this.db.signInThrottle.deleteMany({ where: { key } });
  }
}
