import { afterEach, describe, expect, it, vi } from 'vitest';
import { sendReceipt } from '../../../src/storage/beacon';
import { makeReceipt } from '../support/page';

describe('sendReceipt', () => {
  afterEach(() => {
    vi.restoreAllMocks();
    vi.unstubAllGlobals();
  });

  it('sends the receipt as JSON with sendBeacon', async () => {
    const beacon = vi.spyOn(navigator, 'sendBeacon').mockReturnValue(true);
    const fetch = vi.fn();
    vi.stubGlobal('fetch', fetch);
    const receipt = makeReceipt();
    sendReceipt('https://example.com/consent-log', receipt);
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
    sendReceipt('/consent-log', receipt);
    expect(fetch).toHaveBeenCalledWith('/consent-log', {
      method: 'POST',
      body: JSON.stringify(receipt),
      keepalive: true,
      headers: { 'content-type': 'application/json' },
    });
  });

  it('swallows a failed fetch', async () => {
    vi.spyOn(navigator, 'sendBeacon').mockImplementation(() => {
      throw new TypeError('beacon blocked');
    });
    const fetch = vi.fn().mockRejectedValue(new TypeError('offline'));
    vi.stubGlobal('fetch', fetch);
    expect(() => sendReceipt('/consent-log', makeReceipt())).not.toThrow();
    expect(fetch).toHaveBeenCalledOnce();
    await Promise.resolve();
  });
});
