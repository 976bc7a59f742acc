import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createRecordsLoader } from '../../../src/engine/records';
import { type CreateRecords, createRecords } from '../../../src/storage/records';
import { cleanPage, cookieNamesOnPage, makeReceipt, useEmptyIndexedDB } from '../support/page';

describe('createRecordsLoader', () => {
  beforeEach(() => {
    useEmptyIndexedDB();
  });
  afterEach(async () => {
    vi.unstubAllGlobals();
    await cleanPage();
  });

  it('loads the records module once, however often asked', async () => {
    const load = vi.fn(async () => createRecords);
    const records = createRecordsLoader(window, undefined, load, vi.fn());
    const [first, second] = await Promise.all([records.get(), records.get()]);
    expect(first).toBeDefined();
    expect(second).toBe(first);
    expect(await records.get()).toBe(first);
    expect(load).toHaveBeenCalledOnce();
  });

  it('logs a module that failed to load, and tries again at the next call', async () => {
    const log = vi.fn();
    const load = vi
      .fn<() => Promise<CreateRecords>>()
      .mockRejectedValueOnce(new Error('consentry-records.js did not load'))
      .mockResolvedValue(createRecords);
    const records = createRecordsLoader(window, undefined, load, log);
    expect(await records.get()).toBeUndefined();
    expect(log).toHaveBeenCalledExactlyOnceWith(
      'no consent history or log (Error: consentry-records.js did not load); the cookie still holds the choice.',
    );
    const kept = await records.get();
    expect(await kept?.list()).toEqual([]);
    expect(load).toHaveBeenCalledTimes(2);
  });

  it('resolves to nothing, and says so, without a records module', async () => {
    const log = vi.fn();
    expect(await createRecordsLoader(window, undefined, undefined, log).get()).toBeUndefined();
    expect(log).toHaveBeenCalledWith(expect.stringContaining('no records module'));
  });

  it('clears the pending mark once the history holds the receipt', async () => {
    document.cookie = 'consentry_pending=1; Path=/';
    const records = await createRecordsLoader(window, undefined, async () => createRecords, vi.fn()).get();
    const receipt = makeReceipt();
    await records?.save(receipt);
    expect(await records?.list()).toEqual([receipt]);
    expect(cookieNamesOnPage()).not.toContain('consentry_pending');
  });
});
