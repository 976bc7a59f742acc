import type { Receipt } from '../types.js';
import { createConsentLog } from './beacon.js';
import { createHistory } from './history.js';

/** Where a decision is kept beyond the cookie: the visitor's history and the site's consent log. */
export interface Records {
  /** Adds the receipt to the history and the consent log; resolves once the history has it. */
  save(receipt: Receipt): Promise<void>;
  list(): Promise<Receipt[]>;
  /** Puts a stored receipt that never reached the history there (and the log), and resends what waits. */
  recover(receipt: Receipt | null): Promise<void>;
}

export interface RecordsOptions {
  logEndpoint?: string;
  /** Called once the history and the log hold every receipt: the engine clears its pending mark. */
  settled(): void;
}

/**
 * The decision's records: the visitor's history (IndexedDB) and the site's consent log.
 * The engine writes the cookie itself, in the click; this module is a file of its own
 * (`consentry-records.js`), fetched after a decision, so a page view that decides nothing
 * never loads it. The engine's `consentry_pending` cookie says a receipt still has to
 * arrive here; it is cleared once the history has it (or IndexedDB cannot hold it) and
 * nothing waits for the log.
 * @example createRecords({ settled: () => clearPending(document) }).save(receipt)
 */
export function createRecords({ logEndpoint, settled }: RecordsOptions): Records {
  const history = createHistory();
  // Whether the consent log's outbox holds receipts for a later page view.
  let waiting = false;
  const log = logEndpoint ? createConsentLog(logEndpoint, (w) => (waiting = w)) : undefined;
  const settle = (stored: boolean | undefined) => {
    if (stored !== false && !waiting) settled();
  };
  const keep = async (receipt: Receipt) => {
    const [stored] = await Promise.all([history.add(receipt), log?.send(receipt)]);
    return stored;
  };
  return {
    save: (receipt) => keep(receipt).then(settle),
    list: () => history.list(),
    async recover(receipt) {
      // Undefined: IndexedDB cannot tell, so there is nothing to recover into.
      const has = receipt ? await history.has(receipt) : undefined;
      const stored = receipt && has === false ? await keep(receipt) : has;
      await log?.retry();
      settle(stored);
    },
  };
}

/** The module's one export for the loaders. */
export type CreateRecords = typeof createRecords;
