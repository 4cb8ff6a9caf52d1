import { beforeAll, expect, it } from "vitest";
import { describeEachDatabase } from "../testing";
import { SignInThrottleRepository } from "./sign-in-throttle-repository";

const policy = { maxFailures: 3, windowMs: 60_000, lockMs: 300_000 };

describeEachDatabase("sign-in throttle", (fixture) => {
  let throttle: SignInThrottleRepository;
  const t0 = new Date("2026-01-01T10:00:00Z");
  const at = (ms: number) => new Date(t0.getTime() + ms);

  beforeAll(() => {
    throttle = new SignInThrottleRepository(fixture.db);
  });

  it("lets the allowed attempts through, then locks the key until the lock ends", async () => {
    expect(await throttle.recordAttempt("account:a@example.org", policy, at(0))).toBeNull();
    expect(await throttle.recordAttempt("account:a@example.org", policy, at(10_000))).toBeNull();
    expect(await throttle.recordAttempt("account:a@example.org", policy, at(20_000))).toBeNull();
    // The fourth attempt within the window is one over the limit: refused, and the key locked from now.
    expect(await throttle.recordAttempt("account:a@example.org", policy, at(30_000))).toEqual(at(330_000));
    // Still locked later on; attempts while locked do not extend the lock.
    expect(await throttle.recordAttempt("account:a@example.org", policy, at(100_000))).toEqual(at(330_000));
    expect(await throttle.recordAttempt("account:b@example.org", policy, at(100_000))).toBeNull();
    // Once the lock has ended, counting starts afresh.
    expect(await throttle.recordAttempt("account:a@example.org", policy, at(330_001))).toBeNull();
  });

  it("starts counting afresh once the window has passed", async () => {
    await throttle.recordAttempt("ip:192.0.2.2", policy, at(0));
    await throttle.recordAttempt("ip:192.0.2.2", policy, at(1_000));
    await throttle.recordAttempt("ip:192.0.2.2", policy, at(2_000));
    expect(await throttle.recordAttempt("ip:192.0.2.2", policy, at(61_000))).toBeNull();
    expect(await throttle.recordAttempt("ip:192.0.2.2", policy, at(62_000))).toBeNull();
  });

  it("forgets an account's attempts after a successful sign-in, and forgives a single attempt", async () => {
    await throttle.recordAttempt("account:c@example.org", policy, at(0));
    await throttle.recordAttempt("account:c@example.org", policy, at(1_000));
    await throttle.clear("account:c@example.org");
    await throttle.recordAttempt("account:c@example.org", policy, at(2_000));
    await throttle.recordAttempt("account:c@example.org", policy, at(3_000));
    await throttle.forgiveAttempt("account:c@example.org", at(3_000));
    // Two counted, one forgiven: two more fit under the limit of three.
    expect(await throttle.recordAttempt("account:c@example.org", policy, at(4_000))).toBeNull();
    expect(await throttle.recordAttempt("account:c@example.org", policy, at(5_000))).toBeNull();
    expect(await throttle.recordAttempt("account:c@example.org", policy, at(6_000))).not.toBeNull();
  });

  it("lets exactly the allowed number of 40 parallel attempts through", async () => {
    const results = await Promise.all(
      Array.from({ length: 40 }, () => throttle.recordAttempt("ip:192.0.2.40", policy, at(0))),
    );
    const allowed = results.filter((lockedUntil) => lockedUntil === null).length;
    console.log(
      `40 parallel attempts, limit ${policy.maxFailures}: ${allowed} allowed, ${40 - allowed} refused`,
    );
    expect(allowed).toBe(policy.maxFailures);
    const row = await fixture.db.signInThrottle.findUniqueOrThrow({ where: { key: "ip:192.0.2.40" } });
    expect(row.failures).toBe(policy.maxFailures + 1);
  });
});
