import { cookieName, noticeCookie, pendingCookie } from '../config/defaults.js';
import { isReceipt } from '../consent/receipt.js';
import { type CookieOptions, deleteCookies, readCookies, writeCookie } from '../page/jar.js';
import type { Receipt } from '../types.js';

/**
 * What the cookies hold: the stored receipt (or nothing, or something unusable and why),
 * and whether a receipt is pending for the history or the log (see storage/records.ts).
 */
export interface StoredChoice {
  receipt: Receipt | null;
  problem?: string;
  pending: boolean;
  /** The revision whose notice of a policy change the visitor dismissed (SPEC §5). */
  dismissed?: string;
}

/**
 * Reads the `consentry` cookie, trusting nothing beyond the receipt schema, and the
 * pending mark, from one read of the jar.
 * @example readChoice().receipt?.choices.analytics
 */
export function readChoice(): StoredChoice {
  const jar = readCookies();
  const marks = { pending: jar[pendingCookie] !== undefined, dismissed: jar[noticeCookie] };
  const raw = jar[cookieName];
  if (raw === undefined) return { receipt: null, ...marks };
  try {
    const value: unknown = JSON.parse(raw);
    if (isReceipt(value)) return { receipt: value, ...marks };
  } catch {
    // falls through: not JSON
  }
  return { receipt: null, ...marks, problem: `the '${cookieName}' cookie is corrupt and was ignored` };
}

/**
 * Where Consentry's cookies go on this page: for as long as a choice lasts, `Secure` on
 * https, on `cookieDomain` when the config shares them across subdomains.
 */
export const cookieOptions = (win: Window, config: { expiresDays: number; cookieDomain?: string }): CookieOptions => ({
  days: config.expiresDays,
  secure: win.location.protocol === 'https:',
  domain: config.cookieDomain,
});

/**
 * Stores the receipt as the choice, in the same task as the click that made it, with the
 * `consentry_pending` mark that the history and the consent log clear once they have it
 * (storage/records.ts). Returns whether the browser kept the cookie.
 * @example writeChoice(receipt, { days: 180, secure: true })
 */
export const writeChoice = (receipt: Receipt, options: CookieOptions): boolean =>
  writeCookie(pendingCookie, '1', options) && writeCookie(cookieName, JSON.stringify(receipt), options);

/**
 * Remembers that the notice of the change to `revision` was dismissed, for as long as a
 * choice lasts; returns whether the browser kept the cookie.
 */
export const writeDismissed = (revision: string, options: CookieOptions): boolean =>
  writeCookie(noticeCookie, revision, options);

/** Forgets the stored choice (and its pending mark), host-only and on every parent domain. */
export const clearChoice = (hostname: string): void => void deleteCookies(hostname, [cookieName, pendingCookie]);

/** Clears the pending mark: the history and the consent log have every receipt. */
export const clearPending = (hostname: string): void => void deleteCookies(hostname, [pendingCookie]);
