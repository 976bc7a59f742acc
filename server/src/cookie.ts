import type { Receipt } from './receipt.js';

/** The cookie the widget reads its choice from (SPEC §7). */
export const choiceCookie = 'consentry';

/** Where and how long the choice cookie lives. */
export interface ChoiceCookieOptions {
  maxAgeSeconds: number;
  secure: boolean;
  domain?: string;
}

/**
 * The `Set-Cookie` value that stores a receipt as the choice, byte for byte as the widget
 * writes it (`encodeURIComponent` of its JSON), but set over HTTP by the site's own server:
 * Safari caps cookies written by script at 7 days, not these.
 * @example choiceCookieHeader(receipt, { maxAgeSeconds: 180 * 86_400, secure: true })
 */
export function choiceCookieHeader(receipt: Receipt, { maxAgeSeconds, secure, domain }: ChoiceCookieOptions): string {
  const value = encodeURIComponent(JSON.stringify(receipt));
  return `${choiceCookie}=${value}; Path=/; Max-Age=${maxAgeSeconds}; SameSite=Lax${secure ? '; Secure' : ''}${domain ? `; Domain=${domain}` : ''}`;
}

/**
 * The `Set-Cookie` value for a receipt just stored, or null when the request's own choice
 * cookie holds a choice made later: a receipt resent from the outbox after the visitor
 * decided again must not put the older choice back.
 * @example const cookie = choiceCookieFor(receipt, c.req.header('cookie'), options); if (cookie) c.header('set-cookie', cookie)
 */
export function choiceCookieFor(
  receipt: Receipt,
  cookieHeader: string | undefined,
  options: ChoiceCookieOptions,
): string | null {
  const current = storedChoiceTime(cookieHeader);
  return current === null || current <= Date.parse(receipt.timestamp) ? choiceCookieHeader(receipt, options) : null;
}

/** When the choice the request's own cookie holds was made, or null. */
function storedChoiceTime(cookieHeader: string | undefined): number | null {
  const raw = cookieHeader
    ?.split(/;\s*/)
    .find((c) => c.startsWith(`${choiceCookie}=`))
    ?.slice(choiceCookie.length + 1);
  if (!raw) return null;
  try {
    const { timestamp } = JSON.parse(decodeURIComponent(raw)) as { timestamp?: unknown };
    const time = typeof timestamp === 'string' ? Date.parse(timestamp) : Number.NaN;
    return Number.isNaN(time) ? null : time;
  } catch {
    return null;
  }
}
