import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createConsentLog } from '../../../src/storage/beacon';
import { makeReceipt, useEmptyIndexedDB } from '../support/page';

const answer = (status: number) => vi.fn().mockResolvedValue(new Response(null, { status }));

describe('createConsentLog', () => {
  beforeEach(() => useEmptyIndexedDB());
  afterEach(() => {
    vi.restoreAllMocks();
    vi.unstubAllGlobals();
  });

  it('sends the receipt as JSON by a same-origin keepalive fetch, so the server can set the cookie', async () => {
    const fetch = answer(201);
    vi.stubGlobal('fetch', fetch);
    const beacon = vi.spyOn(navigator, 'sendBeacon');
    const receipt = makeReceipt();
    await createConsentLog('/consent/receipts').send(receipt);
    expect(fetch).toHaveBeenCalledWith('/consent/receipts', {
      method: 'POST',
      body: JSON.stringify(receipt),
      keepalive: true,
      credentials: 'same-origin',
      headers: { 'content-type': 'application/json' },
    });
    expect(beacon).not.toHaveBeenCalled();
  });

  it('starts the request in the same task, before the outbox has the receipt', () => {
    const fetch = answer(201);
    vi.stubGlobal('fetch', fetch);
    void createConsentLog('/consent/receipts').send(makeReceipt());
    expect(fetch).toHaveBeenCalledOnce();
  });

  it('falls back to sendBeacon when fetch throws', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(() => {
        throw new TypeError('keepalive quota exceeded');
      }),
    );
    const beacon = vi.spyOn(navigator, 'sendBeacon').mockReturnValue(true);
    const receipt = makeReceipt();
    const log = createConsentLog('https://example.com/consent/receipts');
    await log.send(receipt);
    const [url, body] = beacon.mock.calls[0];
    expect(url).toBe('https://example.com/consent/receipts');
    expect((body as Blob).type).toBe('application/json');
    expect(JSON.parse(await (body as Blob).text())).toEqual(receipt);
    await log.retry();
    expect(beacon).toHaveBeenCalledOnce();
  });

  it('keeps a receipt the endpoint did not take, and sends it again on retry until it is taken', async () => {
    const fetch = vi.fn().mockRejectedValue(new TypeError('offline'));
    vi.stubGlobal('fetch', fetch);
    const receipt = makeReceipt();
    const waiting: boolean[] = [];
    await createConsentLog('/consent/receipts', (w) => waiting.push(w)).send(receipt);
    expect(waiting).toEqual([true]);

    // A later page view: the server answers 503, then takes it.
    const later = createConsentLog('/consent/receipts');
    fetch.mockResolvedValue(new Response(null, { status: 503 }));
    await later.retry();
    expect(fetch).toHaveBeenCalledTimes(2);
    fetch.mockResolvedValue(new Response(null, { status: 201 }));
    await later.retry();
    expect(fetch).toHaveBeenCalledTimes(3);
    expect(JSON.parse(fetch.mock.calls[2][1].body)).toEqual(receipt);
    await later.retry();
    expect(fetch).toHaveBeenCalledTimes(3);
  });

  it('keeps nothing once the server has the receipt', async () => {
    const fetch = answer(200);
    vi.stubGlobal('fetch', fetch);
    const waiting: boolean[] = [];
    const log = createConsentLog('/consent/receipts', (w) => waiting.push(w));
    await log.send(makeReceipt());
    expect(waiting).toEqual([true, false]);
    await log.retry();
    expect(fetch).toHaveBeenCalledOnce();
  });

  it('drops a receipt the server refuses for good (409, 400), but keeps one it could take later (429)', async () => {
    const fetch = answer(409);
    vi.stubGlobal('fetch', fetch);
    const log = createConsentLog('/consent/receipts');
    await log.send(makeReceipt());
    fetch.mockResolvedValue(new Response(null, { status: 429 }));
    await log.send(makeReceipt());
    fetch.mockClear();
    await log.retry();
    expect(fetch).toHaveBeenCalledOnce();
  });

  it('still sends when IndexedDB is missing', async () => {
    vi.stubGlobal('indexedDB', undefined);
    const fetch = answer(201);
    vi.stubGlobal('fetch', fetch);
    await createConsentLog('/consent/receipts').send(makeReceipt());
    expect(fetch).toHaveBeenCalledOnce();
  });
});
