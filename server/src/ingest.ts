import { setImmediate } from 'node:timers';
import type { Incoming, Outcome, Store } from './store/store.js';

/** Appends receipts as they arrive. */
export type Ingest = (incoming: Incoming) => Promise<Outcome>;

/**
 * Group commit: receipts that arrive while a transaction is being written wait for the
 * next one and go into the database together, so one commit (one fsync, one lock of the
 * chain's head) serves many receipts under load, and a lone receipt is written at once.
 * Every promise resolves only after its receipt's transaction has committed, and rejects
 * when it did not, so an answer of 2xx always means stored.
 * @example const ingest = createIngest(store); await ingest({ receipt, receivedAt: new Date(), ipPrefix: null })
 */
export function createIngest(store: Store, maxBatch = 256): Ingest {
  type Waiting = { incoming: Incoming; resolve: (o: Outcome) => void; reject: (e: unknown) => void };
  let queue: Waiting[] = [];
  let writing = false;

  async function drain() {
    writing = true;
    while (queue.length > 0) {
      // One turn of the event loop first, so that receipts already read from their sockets
      // join this batch. PGlite answers within microtasks: without this turn nothing else
      // arrives while a batch is written, and every batch holds a single receipt.
      await new Promise<void>((resolve) => setImmediate(resolve));
      const batch = queue.slice(0, maxBatch);
      queue = queue.slice(batch.length);
      try {
        const outcomes = await store.append(batch.map((w) => w.incoming));
        for (const [i, w] of batch.entries()) w.resolve(outcomes[i]);
      } catch (error) {
        for (const w of batch) w.reject(error);
      }
    }
    writing = false;
  }

  return (incoming) =>
    new Promise<Outcome>((resolve, reject) => {
      queue.push({ incoming, resolve, reject });
      if (!writing) void drain();
    });
}
