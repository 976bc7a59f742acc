import { isReceipt } from '../consent/receipt.js';
import type { Receipt } from '../types.js';

/** A message between tabs of the same site: a new decision, or a reset. */
export type SyncMessage = { receipt: Receipt } | { reset: true };

/** Tells the site's other open tabs about a change; a no-op without BroadcastChannel. */
export interface TabSync {
  post(message: SyncMessage): void;
  /** Leaves the channel: no message comes in or goes out any more. */
  close(): void;
}

/**
 * Joins the site's `consentry` channel; `onMessage` receives only well-formed messages.
 * @example createTabSync((m) => apply(m)).post({ reset: true })
 */
export function createTabSync(onMessage: (m: SyncMessage) => void): TabSync {
  let channel: BroadcastChannel | undefined;
  try {
    channel = new BroadcastChannel('consentry');
    channel.onmessage = (e: MessageEvent) => {
      const data = e.data as Record<string, unknown> | null;
      if (data?.reset === true) onMessage({ reset: true });
      else if (isReceipt(data?.receipt)) onMessage({ receipt: data.receipt });
    };
  } catch {
    // BroadcastChannel missing: each tab reads the cookie on its next page view
  }
  return {
    post(message) {
      try {
        channel?.postMessage(message);
      } catch {
        // as above
      }
    },
    close: () => channel?.close(),
  };
}
