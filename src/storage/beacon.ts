import type { Receipt } from '../types.js';

/**
 * Sends a receipt to the site's consent log as JSON. `sendBeacon` survives the page
 * unloading right after a choice; `fetch` with `keepalive` is the fallback when the
 * beacon is refused (too large, or the API missing).
 */
export function sendReceipt(endpoint: string, receipt: Receipt): void {
  const body = JSON.stringify(receipt);
  try {
    if (navigator.sendBeacon?.(endpoint, new Blob([body], { type: 'application/json' }))) return;
  } catch {
    // falls back to fetch
  }
  try {
    fetch(endpoint, { method: 'POST', body, keepalive: true, headers: { 'content-type': 'application/json' } }).catch(
      () => {},
    );
  } catch {
    // no network API at all: the receipt stays in the local history
  }
}
