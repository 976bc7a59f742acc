import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createConsentLog } from '../../../src/storage/beacon';
import { makeReceipt, useEmptyIndexedDB } from '../support/page';

const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

describe('createConsentLog', () => {
  beforeEach(() => useEmptyIndexedDB());
  afterEach(() => {
    vi.restoreAllMocks();
    vi.unstubAllGlobals();
  });

  it('sends the receipt as JSON with sendBeacon', async () => {
    const beacon = vi.spyOn(navigator, 'sendBeacon').mockReturnValue(true);
    const fetch = vi.fn();
    vi.stubGlobal('fetch', fetch);
    const receipt = makeReceipt();
    createConsentLog('https://example.com/consent-log').send(receipt);
    expect(beacon).toHaveBeenCalledOnce();
    const [url, body] = beacon.mock.calls[0];
    expect(url).toBe('https://example.com/consent-log');
    expect(body).toBeInstanceOf(Blob);
    expect((body as Blob).type).toBe('application/json');
    expect(JSON.parse(await (body as Blob).text())).toEqual(receipt);
    expect(fetch).not.toHaveBeenCalled();
  });

  it('falls back to a keepalive fetch when the beacon is refused', () => {
    vi.spyOn(navigator, 'sendBeacon').mockReturnValue(false);
    const fetch = vi.fn().mockResolvedValue(new Response(null, { status: 204 }));
    vi.stubGlobal('fetch', fetch);
    const receipt = makeReceipt();
    createConsentLog('/consent-log').send(receipt);
    expect(fetch).toHaveBeenCalledWith('/consent-log', {
      method: 'POST',
      body: JSON.stringify(receipt),
      keepalive: true,
      headers: { 'content-type': 'application/json' },
    });
  });

  it('keeps a receipt the endpoint did not take, and sends it again on retry until it is taken', async () => {
    vi.spyOn(navigator, 'sendBeacon').mockImplementation(() => {
      throw new TypeError('beacon blocked');
    });
    const fetch = vi.fn().mockRejectedValue(new TypeError('offline'));
    vi.stubGlobal('fetch', fetch);
    const receipt = makeReceipt();
    const log = createConsentLog('/consent-log');
    expect(() => log.send(receipt)).not.toThrow();
    await settle();

    // A later page view: still offline, then back online.
    const later = createConsentLog('/consent-log');
    await later.retry();
    expect(fetch).toHaveBeenCalledTimes(2);
    fetch.mockResolvedValue(new Response(null, { status: 204 }));
    await later.retry();
    expect(fetch).toHaveBeenCalledTimes(3);
    expect(JSON.parse(fetch.mock.calls[2][1].body)).toEqual(receipt);
    await later.retry();
    expect(fetch).toHaveBeenCalledTimes(3);
  });

  it('keeps nothing once the beacon took the receipt', async () => {
    const beacon = vi.spyOn(navigator, 'sendBeacon').mockReturnValue(true);
    const log = createConsentLog('/consent-log');
    log.send(makeReceipt());
    await settle();
    await log.retry();
    expect(beacon).toHaveBeenCalledOnce();
  });
});
