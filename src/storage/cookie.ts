import { cookieName, pendingCookie } from '../config/defaults.js';
import { isReceipt } from '../consent/receipt.js';
import { deleteCookies } from '../gate/cookies.js';
import type { Receipt } from '../types.js';

/**
 * What the cookies hold: the stored receipt (or nothing, or something unusable and why),
 * and whether a receipt is pending for the history or the log (see storage/records.ts).
 */
export interface StoredChoice {
  receipt: Receipt | null;
  problem?: string;
  pending: boolean;
}

/** Where the cookie is written: `domain` shares it across subdomains. */
export interface CookieOptions {
  domain?: string;
  days: number;
  secure: boolean;
}

/**
 * Reads the `consentry` cookie, trusting nothing beyond the receipt schema, and the
 * pending mark. One read of `document.cookie`, which in Chromium is a synchronous round
 * trip to the network process, for both.
 * @example readChoice(document).receipt?.choices.analytics
 */
export function readChoice(doc: Document): StoredChoice {
  let jar: string;
  try {
    jar = doc.cookie;
  } catch {
    return { receipt: null, pending: false }; // cookies unreadable (a sandboxed frame): nothing was stored
  }
  const pending = cookieValue(jar, pendingCookie) !== undefined;
  const raw = cookieValue(jar, cookieName);
  if (raw === undefined) return { receipt: null, pending };
  try {
    const value: unknown = JSON.parse(decodeURIComponent(raw));
    if (isReceipt(value)) return { receipt: value, pending };
  } catch {
    // falls through: not URI-encoded, or not JSON
  }
  return { receipt: null, pending, problem: `the '${cookieName}' cookie is corrupt and was ignored` };
}

const cookieValue = (jar: string, name: string) =>
  jar
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
    // Anywhere in the jar: a host-only copy from before `cookieDomain` was set may come first.
    return doc.cookie.includes(`${cookieName}=${value}`);
  } catch {
    return false; // cookies blocked (a sandboxed frame throws)
  }
}

/** Forgets the stored choice (and its pending mark), host-only and on every parent domain. */
export const clearChoice = (doc: Document): void => void deleteCookies(doc, [cookieName, pendingCookie]);

/** Clears the pending mark: the history and the consent log have every receipt. */
export const clearPending = (doc: Document): void => void deleteCookies(doc, [pendingCookie]);
