import { cookieName, pendingCookie } from '../config/defaults.js';
import { isReceipt } from '../consent/receipt.js';
import type { Receipt } from '../types.js';

/** What the stored cookie held: a receipt, nothing, or something unusable and why. */
export type StoredChoice = { receipt: Receipt } | { receipt: null; problem?: string };

/**
 * Reads the `consentry` cookie, trusting nothing beyond the receipt schema. Read by hand
 * rather than through js-cookie (which writes it, in the records chunk): every page view
 * runs this, and the value is URI-encoded JSON, which needs no more than this.
 * @example readChoice(document).receipt?.choices.analytics
 */
export function readChoice(doc: Document): StoredChoice {
  try {
    const raw = cookieValue(doc, cookieName);
    if (raw === undefined) return { receipt: null };
    const value: unknown = JSON.parse(decodeURIComponent(raw));
    if (isReceipt(value)) return { receipt: value };
  } catch {
    // falls through: cookies unreadable, not URI-encoded, or not JSON
  }
  return { receipt: null, problem: `the '${cookieName}' cookie is corrupt and was ignored` };
}

const cookieValue = (doc: Document, name: string) =>
  doc.cookie
    .split('; ')
    .find((c) => c.startsWith(`${name}=`))
    ?.slice(name.length + 1);

/** Whether a receipt has yet to reach the history or the consent log (see storage/records.ts). */
export function isPending(doc: Document): boolean {
  try {
    return cookieValue(doc, pendingCookie) !== undefined;
  } catch {
    return false; // cookies unreadable: nothing was stored to recover either
  }
}
