import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createHistory } from '../../../src/storage/history';
import { makeReceipt, useEmptyIndexedDB } from '../support/page';

const store = globalThis as { indexedDB?: IDBFactory };

describe('createHistory', () => {
  beforeEach(useEmptyIndexedDB);
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('is empty before any decision', async () => {
    expect(await createHistory().list()).toEqual([]);
  });

  it('lists receipts oldest first, whatever order they were added in', async () => {
    const history = createHistory();
    const middle = makeReceipt({ daysAgo: 5 });
    const newest = makeReceipt({ daysAgo: 0 });
    const oldest = makeReceipt({ daysAgo: 30 });
    for (const r of [middle, newest, oldest]) await history.add(r);
    expect(await history.list()).toEqual([oldest, middle, newest]);
  });

  it('keeps receipts in IndexedDB for the next page view', async () => {
    const receipt = makeReceipt();
    await createHistory().add(receipt);
    expect(await createHistory().list()).toEqual([receipt]);
  });

  it('does not list a receipt twice', async () => {
    const history = createHistory();
    const receipt = makeReceipt();
    await history.add(receipt);
    expect(await history.list()).toHaveLength(1);
  });

  it('keeps receipts in memory when IndexedDB is missing', async () => {
    const saved = store.indexedDB;
    delete store.indexedDB;
    try {
      expect(typeof indexedDB).toBe('undefined');
      const history = createHistory();
      const first = makeReceipt({ daysAgo: 1 });
      const second = makeReceipt();
      await expect(history.add(second)).resolves.toBe(false);
      await history.add(first);
      expect(await history.list()).toEqual([first, second]);
    } finally {
      store.indexedDB = saved;
    }
  });

  it('keeps receipts in memory when IndexedDB refuses to open', async () => {
    vi.stubGlobal('indexedDB', {
      open: () => {
        throw new DOMException('blocked', 'SecurityError');
      },
    });
    const history = createHistory();
    const receipt = makeReceipt();
    await history.add(receipt);
    expect(await history.list()).toEqual([receipt]);
  });
});
