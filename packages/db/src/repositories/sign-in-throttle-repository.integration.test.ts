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

  it("locks a key once its failures within the window reach the maximum, until the lock ends", async () => {
    await throttle.recordFailure("account:a@example.org", policy, at(0));
    await throttle.recordFailure("account:a@example.org", policy, at(10_000));
    expect(await throttle.lockedUntil(["account:a@example.org"], at(10_000))).toBeNull();
    await throttle.recordFailure("account:a@example.org", policy, at(20_000));
    expect(await throttle.lockedUntil(["account:a@example.org", "ip:192.0.2.1"], at(20_000))).toEqual(at(320_000));
    expect(await throttle.lockedUntil(["account:a@example.org"], at(320_001))).toBeNull();
    expect(await throttle.lockedUntil(["account:b@example.org"], at(20_000))).toBeNull();
  });

  it("starts counting afresh once the window has passed", async () => {
    await throttle.recordFailure("ip:192.0.2.2", policy, at(0));
    await throttle.recordFailure("ip:192.0.2.2", policy, at(1_000));
    await throttle.recordFailure("ip:192.0.2.2", policy, at(61_000));
    expect(await throttle.lockedUntil(["ip:192.0.2.2"], at(61_000))).toBeNull();
  });

  it("forgets an account's failures after a successful sign-in", async () => {
    await throttle.recordFailure("account:c@example.org", policy, at(0));
    await throttle.recordFailure("account:c@example.org", policy, at(1_000));
    await throttle.clear("account:c@example.org");
    await throttle.recordFailure("account:c@example.org", policy, at(2_000));
    expect(await throttle.lockedUntil(["account:c@example.org"], at(2_000))).toBeNull();
  });
});
