import { createStore, get, set, type UseStore, values } from 'idb-keyval';
import { isReceipt } from '../consent/receipt.js';
import type { Receipt } from '../types.js';

/** The visitor's consent history: IndexedDB when it works, this page's memory when not. */
export interface History {
  /** Resolves whether IndexedDB took it (it stays in this page's memory either way). */
  add(receipt: Receipt): Promise<boolean>;
  list(): Promise<Receipt[]>;
  /** Whether the stored history holds the receipt; undefined when IndexedDB cannot tell. */
  has(receipt: Receipt): Promise<boolean | undefined>;
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
  // Keys sort as ISO timestamps do, so the store reads back oldest first.
  const keyOf = (r: Receipt) => `${r.timestamp}|${r.id}`;
  return {
    async add(receipt) {
      memory.push(receipt);
      try {
        await set(keyOf(receipt), receipt, db());
        return true;
      } catch {
        // IndexedDB missing or blocked: the receipt stays in memory for this page view.
        return false;
      }
    },
    async has(receipt) {
      try {
        return (await get(keyOf(receipt), db())) !== undefined;
      } catch {
        return undefined;
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
