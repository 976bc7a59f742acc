import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createTabSync, type SyncMessage } from '../../../src/storage/sync';
import { makeReceipt, trackBroadcastChannels } from '../support/page';

let closeChannels: () => void;

/** A tab's sync and the messages it receives. */
function openTab() {
  const received: SyncMessage[] = [];
  const sync = createTabSync((m) => received.push(m));
  return { sync, received };
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
    first.sync.post({ receipt });
    await vi.waitFor(() => expect(second.received).toEqual([{ receipt }]));
    expect(first.received).toEqual([]);
  });

  it('delivers a reset to the other tab', async () => {
    const first = openTab();
    const second = openTab();
    first.sync.post({ reset: true });
    await vi.waitFor(() => expect(second.received).toEqual([{ reset: true }]));
  });

  it('ignores messages that are not a receipt or a reset', async () => {
    const listener = openTab();
    const stranger = new BroadcastChannel('consentry');
    stranger.postMessage({ receipt: { id: 'forged', choices: { advertising: true } } });
    stranger.postMessage({ reset: 'yes' });
    stranger.postMessage(null);
    // A well-formed message last: once it is in, the ones before it were delivered too.
    stranger.postMessage({ reset: true });
    await vi.waitFor(() => expect(listener.received).toEqual([{ reset: true }]));
  });

  it('does nothing, and throws nothing, without BroadcastChannel', () => {
    vi.stubGlobal('BroadcastChannel', undefined);
    const tab = openTab();
    expect(() => tab.sync.post({ reset: true })).not.toThrow();
  });
});
