import type { Timers } from '../../src/notify.js';

/**
 * Timers that run only when the test fires them: the webhook's retries and timeouts
 * without a real wait. `delays()` says what is waiting, in the order it was set.
 * @example const timers = manualTimers(); createRecordsServer({ timers }); timers.fire(1000)
 */
export function manualTimers() {
  const waiting = new Map<number, { run: () => void; ms: number }>();
  let next = 0;
  const timers: Timers = {
    set(run, ms) {
      waiting.set(next, { run, ms });
      return next++;
    },
    clear: (handle) => void waiting.delete(handle as number),
  };
  return {
    timers,
    delays: () => [...waiting.values()].map((t) => t.ms),
    /** Runs every timer waiting for `ms` (every one, without `ms`); returns how many ran. */
    fire(ms?: number) {
      const due = [...waiting].filter(([, t]) => ms === undefined || t.ms === ms);
      for (const [handle, t] of due) {
        waiting.delete(handle);
        t.run();
      }
      return due.length;
    },
  };
}
