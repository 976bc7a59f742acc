/**
 * The scope of a running engine: what it leaves on the page (listeners, timers) and the one switch that
 * stops it all: `destroy()`.
 */
export interface Scope {
  /** Aborted by `stop()`: pass it to every `addEventListener` and wait. */
  readonly signal: AbortSignal;
  /** `setTimeout` that `stop()` clears. */
  later(fn: () => void, ms?: number): void;
  /** Runs `fn` at `stop()` (an observer's disconnect, a channel's close). */
  onStop(fn: () => void): void;
  stop(): void;
}

/** @example const scope = createScope(); scope.later(tick, 1000); scope.stop(); */
export function createScope(): Scope {
  const controller = new AbortController();
  const timers = new Set<ReturnType<typeof setTimeout>>();
  const stops: (() => void)[] = [];
  return {
    signal: controller.signal,
    later(fn, ms) {
      if (controller.signal.aborted) return;
      const id = setTimeout(() => {
        timers.delete(id);
        fn();
      }, ms);
      timers.add(id);
    },
    onStop: (fn) => void stops.push(fn),
    stop() {
      if (controller.signal.aborted) return;
      controller.abort();
      for (const id of timers) clearTimeout(id);
      for (const fn of stops) fn();
    },
  };
}
