import type { ConsentryApi, Status } from '../types.js';

type Method = Exclude<keyof ConsentryApi, 'version'>;
type Call = [method: Method, args: unknown[], done?: (result: unknown) => void];

/** `window.Consentry` from the script tag on, and the switch that hands it to the engine. */
export interface Stub {
  api: ConsentryApi;
  /** The engine has started: the calls made so far run on it, in order, and every later one goes to it. */
  start(engine: ConsentryApi): void;
  /** The engine did not load: nothing more will be granted on this page. */
  fail(): void;
}

/**
 * The console API before the engine runs (it starts once the parser yields). Until then
 * nothing but `necessary` is granted, so `get()` and `has()` answer that; decisions,
 * views and subscriptions wait in a queue, and `history()` and `status()` resolve once the
 * engine can answer. The same object forwards to the engine afterwards, so a reference kept by the
 * page stays good.
 * @example createStub('1.0.0').api.on('ready', (choices) => choices.analytics && startChat())
 */
export function createStub(version: string): Stub {
  let engine: ConsentryApi | undefined;
  let calls: Call[] | undefined = [];
  const queue = (method: Method, args: unknown[], done?: Call[2]) => calls?.push([method, args, done]);
  // The methods that only act: each waits in the queue until the engine runs it.
  const later = Object.fromEntries(
    (['acceptAll', 'rejectAll', 'set', 'showBanner', 'showPreferences', 'hide', 'reset', 'destroy'] as const).map(
      (method) => [
        method,
        (...args: unknown[]) =>
          engine ? (engine[method] as (...a: unknown[]) => unknown)(...args) : void queue(method, args),
      ],
    ),
  );
  const api = {
    get: () => engine?.get() ?? { necessary: true },
    has: (id) => (engine ? engine.has(id) : id === 'necessary'),
    ...later,
    on(name, fn) {
      if (engine) return engine.on(name, fn);
      let off: (() => void) | undefined;
      let cancelled = false;
      queue('on', [name, (choices: never) => cancelled || fn(choices)], (result) => (off = result as () => void));
      return () => {
        cancelled = true;
        off?.();
      };
    },
    status: () => engine?.status() ?? new Promise<Status>((resolve) => queue('status', [], resolve as Call[2])),
    history: () => engine?.history() ?? new Promise((resolve) => queue('history', [], resolve as Call[2])),
    version,
  } as ConsentryApi;
  return {
    api,
    start(started) {
      engine = started;
      const waiting = calls ?? [];
      calls = undefined;
      for (const [method, args, done] of waiting) done?.((started[method] as (...a: unknown[]) => unknown)(...args));
    },
    fail() {
      for (const [method, , done] of calls ?? []) {
        if (method === 'history') done?.([]);
        if (method === 'status') done?.(Promise.reject(new Error('Consentry did not start')));
      }
      calls = undefined;
    },
  };
}
