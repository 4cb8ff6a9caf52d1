import type { Db } from "../client";

export interface ThrottlePolicy {
  /** Sign-in attempts allowed within `windowMs` (at least 1); the next one locks the key. */
  maxFailures: number;
  windowMs: number;
  /** How long a locked key stays locked. */
  lockMs: number;
}

/**
 * Counts sign-in attempts per key ("account:<email>", "ip:<address>") in the database, so every app process
 * shares the count and a restart does not reset it. An attempt is counted before its password is checked, in one
 * statement, so parallel attempts cannot all slip in under the limit; a successful sign-in forgives it afterwards.
 */
export class SignInThrottleRepository {
  constructor(private readonly db: Db) {}

  /**
   * Counts one attempt against `key` and answers when the key unlocks if this attempt may not go ahead (the key was
   * locked, or this attempt is one over the limit and locks it), else null. One upsert: concurrent attempts on one
   * key queue on its row, and each sees the count the one before it left.
   */
  async recordAttempt(key: string, policy: ThrottlePolicy, now = new Date()): Promise<Date | null> {
    const windowFloor = new Date(now.getTime() - policy.windowMs);
    const lockEnd = new Date(now.getTime() + policy.lockMs);
    const rows = await this.db.$queryRaw<{ lockedUntil: Date | null }[]>`
      INSERT INTO "SignInThrottle" AS t ("key", "failures", "windowStartedAt", "lockedUntil")
      VALUES (${key}, 1, ${now}, NULL)
      ON CONFLICT ("key") DO UPDATE SET
        "failures" = CASE
          WHEN t."lockedUntil" > ${now} THEN t."failures"
          WHEN t."windowStartedAt" > ${windowFloor} THEN t."failures" + 1
          ELSE 1 END,
        "windowStartedAt" = CASE
          WHEN t."lockedUntil" > ${now} OR t."windowStartedAt" > ${windowFloor} THEN t."windowStartedAt"
          ELSE ${now} END,
        "lockedUntil" = CASE
          WHEN t."lockedUntil" > ${now} THEN t."lockedUntil"
          WHEN t."windowStartedAt" > ${windowFloor} AND t."failures" + 1 > ${policy.maxFailures} THEN ${lockEnd}
          ELSE NULL END
      RETURNING "lockedUntil"`;
    const lockedUntil = rows[0]?.lockedUntil ?? null;
    return lockedUntil && lockedUntil > now ? lockedUntil : null;
  }

  /** Takes back one counted attempt that turned out not to be a failure (unless the key is locked already). */
  async forgiveAttempt(key: string, now = new Date()): Promise<void> {
    await this.db.signInThrottle.updateMany({
      where: { key, failures: { gt: 0 }, OR: [{ lockedUntil: null }, { lockedUntil: { lte: now } }] },
      data: { failures: { decrement: 1 } },
    });
  }

  /** A successful sign-in forgives the account's earlier failures. */
  async clear(key: string): Promise<void> {
    await this.db.signInThrottle.deleteMany({ where: { key } });
  }
}
