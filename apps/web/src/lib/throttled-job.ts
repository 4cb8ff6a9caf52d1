/**
 * Background work that must reflect the latest request but may not run back to back: a request starts it at once
 * when the last run ended at least `minIntervalMs` ago, and otherwise once that much time has passed since it ended
 * (a run that takes minutes under load is still followed by a pause). Requests made meanwhile, or while it runs,
 * make it run once more (never twice at a time), so the last request is always followed by a run that started
 * after it.
 */
export interface ThrottledJob {
  /** Asks for a run. */
  request(): void;
  /** The run in progress, if any (resolves when it ends; a failure is the run's own to report). */
  running(): Promise<void> | null;
}

export function throttledJob(
  run: () => Promise<void>,
  minIntervalMs: number,
  now: () => number = Date.now,
): ThrottledJob {
  let wanted = false;
  let current: Promise<void> | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let lastEnd = Number.NEGATIVE_INFINITY;

  function next(): void {
    if (!wanted || current || timer) return;
    const wait = lastEnd + minIntervalMs - now();
    if (wait > 0) {
      timer = setTimeout(() => {
        timer = null;
        next();
      }, wait);
      // Never what keeps a process alive.
      (timer as { unref?: () => void }).unref?.();
      return;
    }
    wanted = false;
    current = run()
      .catch(() => {})
      .finally(() => {
        current = null;
        lastEnd = now();
        next();
      });
  }

  return {
    request() {
      wanted = true;
      next();
    },
    running: () => current,
  };
}
