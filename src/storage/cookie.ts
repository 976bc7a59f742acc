import { cookieName, pendingCookie } from '../config/defaults.js';
import { isReceipt } from '../consent/receipt.js';
import { deleteCookies } from '../gate/cookies.js';
import type { Receipt } from '../types.js';

/** What the stored cookie held: a receipt, nothing, or something unusable and why. */
export type StoredChoice = { receipt: Receipt } | { receipt: null; problem?: string };

/** Where the cookie is written: `domain` shares it across subdomains. */
export interface CookieOptions {
  domain?: string;
  days: number;
  secure: boolean;
}

/**
 * Reads the `consentry` cookie, trusting nothing beyond the receipt schema.
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

// Size trick: written by hand, not through js-cookie, because every page view carries this
// and the value needs no more than encodeURIComponent (RFC 6265 cookie-octets).
const setCookie = (doc: Document, name: string, value: string, { domain, days, secure }: CookieOptions) => {
  doc.cookie = `${name}=${value};path=/;max-age=${days * 86_400};samesite=lax${secure ? ';secure' : ''}${domain ? `;domain=${domain}` : ''}`;
};

/**
 * Stores the receipt as the choice, in the same task as the click that made it, with the
 * `consentry_pending` mark that the history and the consent log clear once they have it
 * (storage/records.ts). Returns whether the browser kept the cookie.
 * @example writeChoice(document, receipt, { days: 180, secure: true })
 */
export function writeChoice(doc: Document, receipt: Receipt, options: CookieOptions): boolean {
  try {
    setCookie(doc, pendingCookie, '1', options);
    const value = encodeURIComponent(JSON.stringify(receipt));
    setCookie(doc, cookieName, value, options);
    return cookieValue(doc, cookieName) === value;
  } catch {
    return false; // cookies blocked (a sandboxed frame throws)
  }
}

/** Forgets the stored choice (and its pending mark), host-only and on every parent domain. */
export const clearChoice = (doc: Document): void => void deleteCookies(doc, [cookieName, pendingCookie]);

/** Clears the pending mark: the history and the consent log have every receipt. */
export const clearPending = (doc: Document): void => void deleteCookies(doc, [pendingCookie]);

/** Whether a receipt has yet to reach the history or the consent log (see storage/records.ts). */
export function isPending(doc: Document): boolean {
  try {
    return cookieValue(doc, pendingCookie) !== undefined;
  } catch {
    return false; // cookies unreadable: nothing was stored to recover either
  }
}
