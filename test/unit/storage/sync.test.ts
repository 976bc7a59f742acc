import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createTabSync, type SyncMessage } from '../../../src/storage/sync';
import { makeReceipt, trackBroadcastChannels } from '../support/page';

let closeChannels: () => void;

/**
 * A tab's sync, the messages it receives, and `delivery()`: a promise of the next one to
 * come in, so a test awaits the message itself rather than a length of time.
 */
function openTab() {
  const received: SyncMessage[] = [];
  let delivered = () => {};
  const sync = createTabSync((m) => {
    received.push(m);
    delivered();
  });
  const delivery = () => new Promise<void>((resolve) => (delivered = resolve));
  return { sync, received, delivery };
}

describe('createTabSync', () => {
  beforeEach(() => {
    closeChannels = trackBroadcastChannels();
  });
  afterEach(() => {
    closeChannels();
    vi.unstubAllGlobals();
  });

  it('delivers a new receipt to the other tab', async () => {
    const first = openTab();
    const second = openTab();
    const receipt = makeReceipt();
    const delivered = second.delivery();
    first.sync.post({ receipt });
    await delivered;
    expect(second.received).toEqual([{ receipt }]);
    expect(first.received).toEqual([]);
  });

  it('delivers a reset to the other tab', async () => {
    const first = openTab();
    const second = openTab();
    const delivered = second.delivery();
    first.sync.post({ reset: true });
    await delivered;
    expect(second.received).toEqual([{ reset: true }]);
  });

  it('ignores messages that are not a receipt or a reset', async () => {
    const listener = openTab();
    const delivered = listener.delivery();
    const stranger = new BroadcastChannel('consentry');
    stranger.postMessage({ receipt: { id: 'forged', choices: { advertising: true } } });
    stranger.postMessage({ reset: 'yes' });
    stranger.postMessage(null);
    // A well-formed message last: once it is in, the ones before it were delivered too.
    stranger.postMessage({ reset: true });
    await delivered;
    expect(listener.received).toEqual([{ reset: true }]);
  });

  it('does nothing, and throws nothing, without BroadcastChannel', () => {
    vi.stubGlobal('BroadcastChannel', undefined);
    const tab = openTab();
    expect(() => tab.sync.post({ reset: true })).not.toThrow();
  });
});
