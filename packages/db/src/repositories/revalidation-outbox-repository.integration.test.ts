import { beforeEach, expect, it } from "vitest";
import { describeEachDatabase } from "../testing";
import { RevalidationOutboxRepository } from "./revalidation-outbox-repository";

// The outbox delivers each refresh twice: at once, and again once the renders begun before the first delivery have
// ended, so that a page rendered from the records as they were before the change cannot stay cached.
describeEachDatabase("the refresh outbox's second delivery", (fixture) => {
  let outbox: RevalidationOutboxRepository;
  beforeEach(async () => {
    await fixture.db.revalidationRequest.deleteMany();
    outbox = new RevalidationOutboxRepository(fixture.db);
  });

  /** Moves a request's first delivery `seconds` into the past, and its lease with it. */
  const deliveredSecondsAgo = (id: string, seconds: number) =>
    fixture.db.revalidationRequest.update({
      where: { id },
      data: { deliveredAt: new Date(Date.now() - seconds * 1000), nextAttemptAt: new Date(0) },
    });

  it("claims a delivered request again only after the settling time, and never a third time", async () => {
    const id = await outbox.enqueue(["person:someone", "people"]);
    expect((await outbox.claimDue()).map((r) => r.id)).toEqual([id]);
    await outbox.markDelivered([id]);
    const first = await fixture.db.revalidationRequest.findUniqueOrThrow({ where: { id } });
    expect(first.deliveredAt).not.toBeNull();
    expect(first.settledAt).toBeNull();

    await deliveredSecondsAgo(id, 2);
    expect(await outbox.claimDue()).toEqual([]);

    await deliveredSecondsAgo(id, 6);
    expect(await outbox.claimDue()).toEqual([{ id, tags: ["person:someone", "people"], attempts: 0 }]);
    await outbox.markDelivered([id]);
    const second = await fixture.db.revalidationRequest.findUniqueOrThrow({ where: { id } });
    expect(second.settledAt).not.toBeNull();
    // The first delivery's time stays what it was.
    expect(second.deliveredAt!.getTime()).toBeLessThan(Date.now() - 5_000);

    await deliveredSecondsAgo(id, 3600);
    expect(await outbox.claimDue()).toEqual([]);
    expect(await outbox.pending()).toEqual({ count: 0, oldest: null });
  });

  it("keeps a failed second delivery for a retry, like a first one", async () => {
    const id = await outbox.enqueue(["meetings"]);
    await outbox.claimDue();
    await outbox.markDelivered([id]);
    await deliveredSecondsAgo(id, 6);
    const [due] = await outbox.claimDue();
    await outbox.markFailed([due!], "answered 503");
    const failed = await fixture.db.revalidationRequest.findUniqueOrThrow({ where: { id } });
    expect(failed).toMatchObject({ settledAt: null, attempts: 1, lastError: "answered 503" });
    await fixture.db.revalidationRequest.update({ where: { id }, data: { nextAttemptAt: new Date(0) } });
    expect((await outbox.claimDue()).map((r) => r.id)).toEqual([id]);
  });

  it("gives first deliveries the room first when both are due", async () => {
    const old = await outbox.enqueue(["old"]);
    await outbox.claimDue();
    await outbox.markDelivered([old]);
    await deliveredSecondsAgo(old, 6);
    const fresh = await Promise.all([outbox.enqueue(["a"]), outbox.enqueue(["b"])]);
    expect((await outbox.claimDue(2)).map((r) => r.id).sort()).toEqual([...fresh].sort());
    expect((await outbox.claimDue(2)).map((r) => r.id)).toEqual([old]);
  });
});
