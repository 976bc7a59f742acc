import { createStore, del, set, type UseStore, values } from 'idb-keyval';
import { isReceipt } from '../consent/receipt.js';
import type { Receipt } from '../types.js';

/**
 * Hands a receipt to the site's consent log as JSON, by a same-origin `fetch` with
 * `keepalive`: it outlives the page, and the browser applies the cookie the records
 * server sets in its answer (SPEC §9). `sendBeacon` is the fallback where `fetch` throws
 * (missing, or the keepalive quota spent). Resolves whether the receipt is done with:
 * taken (2xx), or refused for good (a 4xx other than 408 and 429: sending it again cannot help).
 */
function deliver(endpoint: string, receipt: Receipt): Promise<boolean> {
  const body = JSON.stringify(receipt);
  try {
    return fetch(endpoint, {
      method: 'POST',
      body,
      keepalive: true,
      credentials: 'same-origin',
      headers: { 'content-type': 'application/json' },
    }).then(
      ({ ok, status }) => ok || (status > 399 && status < 500 && status !== 408 && status !== 429),
      () => false,
    );
  } catch {
    try {
      return Promise.resolve(!!navigator.sendBeacon(endpoint, new Blob([body], { type: 'application/json' })));
    } catch {
      return Promise.resolve(false);
    }
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
 * The consent log's outbox: every receipt goes into IndexedDB as it is sent and leaves it
 * once the endpoint has it, so one that did not arrive (offline, endpoint down, the page
 * closed mid-request) is sent again on a later page view. Receipts carry their own id, and
 * the records server answers a repeat with 200, so sending twice stores once.
 * `onWaiting` hears whether receipts wait, so a page view can skip looking.
 * @example createConsentLog('/consent/receipts').send(receipt)
 */
export function createConsentLog(endpoint: string, onWaiting: (waiting: boolean) => void = () => {}): ConsentLog {
  let store: UseStore | undefined;
  // Receipts this page view knows to be in the outbox.
  let waiting = 0;
  const outbox = () => {
    store ??= createStore('consentry-outbox', 'receipts');
    return store;
  };
  const forget = (receipt: Receipt) =>
    del(receipt.id, outbox()).then(
      () => onWaiting(--waiting > 0),
      () => {},
    );
  return {
    async send(receipt) {
      // Sent at once, kept meanwhile: the request must not wait for IndexedDB.
      const done = deliver(endpoint, receipt);
      try {
        await set(receipt.id, receipt, outbox());
        onWaiting(++waiting > 0);
      } catch {
        return void (await done); // IndexedDB missing: nothing can wait for a later page view
      }
      if (await done) await forget(receipt);
    },
    async retry() {
      let kept: Receipt[] = [];
      try {
        kept = (await values(outbox())).filter(isReceipt);
      } catch {
        return; // IndexedDB missing: nothing could have waited
      }
      waiting = kept.length;
      for (const receipt of kept) if (await deliver(endpoint, receipt)) await forget(receipt);
      onWaiting(waiting > 0);
    },
  };
}
