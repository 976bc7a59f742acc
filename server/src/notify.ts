import type { RequestStore, StoredRequest } from './store/requests.js';

/** The timers the webhook waits on: Node's by default; tests pass their own, and fire them. */
export interface Timers {
  set(run: () => void, ms: number): unknown;
  clear(handle: unknown): void;
}

/** Node's timers, unreferenced: a retry owed must not keep a process alive that has nothing else to do. */
export const nodeTimers: Timers = {
  set(run, ms) {
    const timer = setTimeout(run, ms);
    // Node's timers have unref; a worker's setTimeout gives a number.
    (timer as { unref?: () => void }).unref?.();
    return timer;
  },
  clear: (handle) => clearTimeout(handle as NodeJS.Timeout),
};

/**
 * How long to wait before the next try, after `failures` failed ones: 1 s, then twice as
 * long each time, at most 60 s (SPEC §9).
 * @example retryDelay(1) // 1000
 */
export const retryDelay = (failures: number) => Math.min(60_000, 1000 * 2 ** Math.max(0, failures - 1));

/** How long one delivery may take, answer included, before it counts as failed. */
export const deliveryTimeoutMs = 10_000;

// Owed requests read and posted at a time.
const batchSize = 20;

/** Posts new privacy requests to `--notify-url`. */
export interface Notifier {
  /** Starts a pass over what is owed (or another one after the pass running); returns at once. */
  wake(): void;
  /** Wakes it and resolves once the passes that follow are over. */
  run(): Promise<void>;
  /** Cancels the retries waiting and resolves once the pass running is over. */
  stop(): Promise<void>;
}

interface NotifierOptions {
  url: string;
  requests: RequestStore;
  timers: Timers;
  now: () => Date;
}

/**
 * Back-off per key: how often each failed, and the timer of its next try, which calls
 * `due`. A failure while a try is already waiting changes nothing.
 */
function createBackoff(timers: Timers, due: () => void) {
  const keys = new Map<string, { failures: number; timer: unknown }>();
  let stopped = false;
  return {
    /** Schedules the next try of `key`; returns how long it waits (0 once stopped). */
    fail(key: string): number {
      const entry = keys.get(key) ?? { failures: 0, timer: null };
      if (entry.timer !== null || stopped) return 0;
      entry.failures++;
      entry.timer = timers.set(() => {
        entry.timer = null;
        due();
      }, retryDelay(entry.failures));
      keys.set(key, entry);
      return retryDelay(entry.failures);
    },
    succeed(key: string) {
      const timer = keys.get(key)?.timer;
      if (timer !== undefined && timer !== null) timers.clear(timer);
      keys.delete(key);
    },
    /** The keys whose next try is not due yet. */
    waiting: () => [...keys].filter(([, e]) => e.timer !== null).map(([key]) => key),
    stop() {
      stopped = true;
      for (const { timer } of keys.values()) if (timer !== null) timers.clear(timer);
    },
  };
}

// The back-off's key for reading the outbox itself (a request id is a UUID, never this).
const outboxKey = 'outbox';

/**
 * The webhook (SPEC §9): every request in the outbox without a delivery is posted to `url`
 * as the admin list gives it, with `Idempotency-Key: <id>`, until the receiver answers
 * 2xx. A failed request waits its own back-off (`retryDelay`); a read of the outbox the
 * database failed is tried again the same way. Delivery is at least once: a receiver that
 * answered 2xx may see the same key again if the database lost the record of it.
 * @example const notifier = createNotifier({ url, requests, timers: nodeTimers, now: () => new Date() }); notifier.wake()
 */
export function createNotifier(options: NotifierOptions): Notifier {
  const { requests, timers } = options;
  let running: Promise<void> | null = null;
  let again = false;
  let stopped = false;
  const wake = () => {
    if (stopped) return;
    if (running) again = true;
    else running = loop();
  };
  const backoff = createBackoff(timers, wake);
  const deliver = (request: StoredRequest) => deliverOne(options, backoff, request);

  async function loop() {
    do {
      again = false;
      try {
        for (;;) {
          const owed = await requests.owed(
            batchSize,
            backoff.waiting().filter((key) => key !== outboxKey),
          );
          if (owed.length === 0 || stopped) break;
          await Promise.all(owed.map(deliver));
        }
        backoff.succeed(outboxKey);
      } catch (error) {
        const delay = backoff.fail(outboxKey);
        if (delay > 0)
          console.error(`consentry-server: reading the webhook's outbox failed; next try in ${delay / 1000} s:`, error);
      }
    } while (again && !stopped);
    running = null;
  }

  return {
    wake,
    async run() {
      wake();
      while (running) await running;
    },
    async stop() {
      stopped = true;
      backoff.stop();
      await running;
    },
  };
}

/**
 * Posts one request and records its delivery on a 2xx; anything else waits its back-off,
 * and is said in the log.
 */
async function deliverOne(
  { url, requests, timers, now }: NotifierOptions,
  backoff: ReturnType<typeof createBackoff>,
  request: StoredRequest,
) {
  const status = await post(url, request, timers);
  let problem: unknown = status === null ? 'no answer in time' : `answered ${status}`;
  if (status !== null && status >= 200 && status < 300) {
    try {
      await requests.delivered(request.id, now(), status);
      backoff.succeed(request.id);
      return;
    } catch (error) {
      // Taken but not recorded: it is posted again, with the same idempotency key.
      problem = error;
    }
  }
  const delay = backoff.fail(request.id);
  const next = delay > 0 ? `; next try in ${delay / 1000} s` : '';
  console.error(`consentry-server: webhook for request ${request.id} failed${next}:`, problem);
}

/**
 * One delivery: the request as JSON to `url` and nowhere else (a redirect is not followed,
 * so it counts as a failure), its id as the idempotency key; the answer's status, or null
 * when none came within `deliveryTimeoutMs`.
 */
async function post(url: string, request: StoredRequest, timers: Timers): Promise<number | null> {
  const abort = new AbortController();
  const timer = timers.set(() => abort.abort(), deliveryTimeoutMs);
  try {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'idempotency-key': request.id },
      body: JSON.stringify(request),
      redirect: 'manual',
      signal: abort.signal,
    });
    // Only the status matters; the body is dropped so the connection goes back to the pool.
    await response.body?.cancel().catch(() => {});
    return response.status;
  } catch {
    return null;
  } finally {
    timers.clear(timer);
  }
}
