import { createStore, set, type UseStore, values } from 'idb-keyval';
import { isReceipt } from '../consent/receipt.js';
import type { Receipt } from '../types.js';

/** The visitor's consent history: IndexedDB when it works, this page's memory when not. */
export interface History {
  add(receipt: Receipt): Promise<void>;
  list(): Promise<Receipt[]>;
}

const byTime = (a: Receipt, b: Receipt) => a.timestamp.localeCompare(b.timestamp);

/**
 * Opens Consentry's own database lazily, on the first write or read, so a page view
 * that decides nothing never touches IndexedDB.
 * @example await createHistory().list() // oldest first
 */
export function createHistory(): History {
  const memory: Receipt[] = [];
  let store: UseStore | undefined;
  const db = () => {
    store ??= createStore('consentry', 'receipts');
    return store;
  };
  return {
    async add(receipt) {
      memory.push(receipt);
      try {
        // Keys sort as ISO timestamps do, so the store reads back oldest first.
        await set(`${receipt.timestamp}|${receipt.id}`, receipt, db());
      } catch {
        // IndexedDB missing or blocked: the receipt stays in memory for this page view.
      }
    },
    async list() {
      let stored: Receipt[] = [];
      try {
        stored = (await values(db())).filter(isReceipt);
      } catch {
        // as above
      }
      const ids = new Set(stored.map((r) => r.id));
      return [...stored, ...memory.filter((r) => !ids.has(r.id))].sort(byTime);
    },
  };
}
