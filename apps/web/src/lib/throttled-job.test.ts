import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { throttledJob } from "./throttled-job";

/** A job whose runs take `ms` of (fake) time each, recording when each started. */
function slowRun(ms: number) {
  const starts: number[] = [];
  const run = () => {
    starts.push(Date.now());
    return new Promise<void>((resolve) => setTimeout(resolve, ms));
  };
  return { starts, run };
}

describe("throttledJob", () => {
  beforeEach(() => {
    vi.useFakeTimers({ now: 0 });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it("runs at once on a quiet site", async () => {
    const { starts, run } = slowRun(1_000);
    throttledJob(run, 60_000).request();
    expect(starts).toEqual([0]);
  });

  it("folds the requests of a busy minute into one more run, a minute after the last one ended", async () => {
    const { starts, run } = slowRun(10_000);
    const job = throttledJob(run, 60_000);
    job.request();
    for (let t = 1_000; t < 120_000; t += 1_000) {
      await vi.advanceTimersByTimeAsync(1_000);
      job.request(); // a save every second
    }
    await vi.advanceTimersByTimeAsync(200_000);
    // Runs of 10 s at 0, 70 s and 140 s: the last request (at 119 s) is followed by a run that started after it.
    expect(starts).toEqual([0, 70_000, 140_000]);
  });

  it("never runs twice at a time, and pauses after a run that took longer than the interval", async () => {
    const { starts, run } = slowRun(300_000);
    const job = throttledJob(run, 60_000);
    job.request();
    await vi.advanceTimersByTimeAsync(5_000);
    job.request();
    expect(job.running()).not.toBeNull();
    await vi.advanceTimersByTimeAsync(500_000);
    expect(starts).toEqual([0, 360_000]);
  });

  it("keeps going after a failed run", async () => {
    let calls = 0;
    const job = throttledJob(async () => {
      calls++;
      if (calls === 1) throw new Error("the database went away");
    }, 1_000);
    job.request();
    await vi.advanceTimersByTimeAsync(10);
    job.request();
    await vi.advanceTimersByTimeAsync(2_000);
    expect(calls).toBe(2);
  });

  it("does nothing without a request", async () => {
    const { starts, run } = slowRun(1);
    throttledJob(run, 1_000);
    await vi.advanceTimersByTimeAsync(10_000);
    expect(starts).toEqual([]);
  });
});
