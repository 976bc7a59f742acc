import { createStore, del, set, type UseStore, values } from 'idb-keyval';
import { isReceipt } from '../consent/receipt.js';
import type { Receipt } from '../types.js';

/**
 * Hands a receipt to the site's consent log as JSON. `sendBeacon` survives the page
 * unloading right after a choice, so it goes first and synchronously; `fetch` with
 * `keepalive` is the fallback when the beacon is refused (too large, or the API missing).
 * Resolves whether the receipt was handed over.
 */
function deliver(endpoint: string, receipt: Receipt): Promise<boolean> {
  const body = JSON.stringify(receipt);
  try {
    if (navigator.sendBeacon?.(endpoint, new Blob([body], { type: 'application/json' }))) return Promise.resolve(true);
  } catch {
    // falls back to fetch
  }
  try {
    return fetch(endpoint, {
      method: 'POST',
      body,
      keepalive: true,
      headers: { 'content-type': 'application/json' },
    }).then(
      (r) => r.ok,
      () => false,
    );
  } catch {
    return Promise.resolve(false);
  }
}

/** Receipts on their way to `logEndpoint`. */
export interface ConsentLog {
  /** Resolves once the receipt is handed over, or kept in the outbox. */
  send(receipt: Receipt): Promise<void>;
  /** Sends again what an earlier page view could not. */
  retry(): Promise<void>;
}

/**
 * The consent log's outbox: a receipt the browser would not take (offline, endpoint
 * down, no beacon) waits in IndexedDB and is sent again on a later page view. Receipts
 * carry their own id, so the endpoint can drop one it already has.
 * `onWaiting` hears whether receipts wait, so a page view can skip looking.
 * @example createConsentLog('/consent-log').send(receipt)
 */
export function createConsentLog(endpoint: string, onWaiting: (waiting: boolean) => void = () => {}): ConsentLog {
  let store: UseStore | undefined;
  const outbox = () => {
    store ??= createStore('consentry-outbox', 'receipts');
    return store;
  };
  const keep = (receipt: Receipt) =>
    set(receipt.id, receipt, outbox()).then(
      () => onWaiting(true),
      () => {},
    );
  const forget = (receipt: Receipt) => del(receipt.id, outbox()).catch(() => {});
  return {
    send(receipt) {
      return deliver(endpoint, receipt).then((sent) => (sent ? undefined : keep(receipt)));
    },
    async retry() {
      let waiting: Receipt[] = [];
      try {
        waiting = (await values(outbox())).filter(isReceipt);
      } catch {
        return; // IndexedDB missing: nothing could have waited
      }
      let left = 0;
      for (const receipt of waiting) {
        if (await deliver(endpoint, receipt)) await forget(receipt);
        else left++;
      }
      onWaiting(left > 0);
    },
  };
}
