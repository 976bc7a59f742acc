import Cookies from 'js-cookie';
import { cookieName } from '../config/defaults.js';
import { isReceipt } from '../consent/receipt.js';
import type { Receipt } from '../types.js';

/** Where the cookie is written: `domain` shares it across subdomains. */
export interface CookieOptions {
  domain?: string;
  days: number;
  secure: boolean;
}

/** What the stored cookie held: a receipt, nothing, or something unusable and why. */
export type StoredChoice = { receipt: Receipt } | { receipt: null; problem?: string };

/**
 * Reads the `consentry` cookie, trusting nothing beyond the receipt schema.
 * @example readChoice().receipt?.choices.analytics
 */
export function readChoice(): StoredChoice {
  let raw: string | undefined;
  try {
    raw = Cookies.get(cookieName);
  } catch {
    return { receipt: null, problem: 'cookies cannot be read here' };
  }
  if (raw === undefined) return { receipt: null };
  try {
    const value: unknown = JSON.parse(raw);
    if (isReceipt(value)) return { receipt: value };
  } catch {
    // falls through: not JSON
  }
  return { receipt: null, problem: `the '${cookieName}' cookie is corrupt and was ignored` };
}

/** Writes the receipt as the stored choice; returns whether the browser kept it. */
export function writeChoice(receipt: Receipt, options: CookieOptions): boolean {
  try {
    Cookies.set(cookieName, JSON.stringify(receipt), {
      expires: options.days,
      path: '/',
      sameSite: 'Lax',
      secure: options.secure,
      domain: options.domain,
    });
    return Cookies.get(cookieName) !== undefined;
  } catch {
    return false;
  }
}

/** Forgets the stored choice, on the host and on the shared domain. */
export function clearChoice(options: Pick<CookieOptions, 'domain'>): void {
  try {
    Cookies.remove(cookieName, { path: '/' });
    if (options.domain) Cookies.remove(cookieName, { path: '/', domain: options.domain });
  } catch {
    // cookies blocked: nothing was stored either
  }
}
