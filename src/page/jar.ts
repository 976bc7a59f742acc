import Cookies from 'js-cookie';

/**
 * The page's cookie jar: every cookie Consentry reads, writes or deletes goes through
 * js-cookie here. Values are written with `encodeURIComponent`, byte for byte as the
 * records server's `Set-Cookie` writes the choice (server/src/cookie.ts); js-cookie reads
 * back any percent-encoding. A jar that cannot be read (a sandboxed frame throws) is empty.
 */
const jar = Cookies.withConverter({ write: (value) => encodeURIComponent(value) });

/** Where a cookie is written: `domain` shares it across subdomains. */
export interface CookieOptions {
  domain?: string;
  days: number;
  secure: boolean;
}

/**
 * Every cookie this page can see, by name, in one read of `document.cookie` (in Chromium
 * a synchronous round trip to the network process).
 * @example readCookies().consentry // '{"id":…}'
 */
export function readCookies(): Record<string, string> {
  try {
    return jar.get();
  } catch {
    return {};
  }
}

/**
 * Writes a first-party cookie, path `/`, SameSite=Lax; returns whether the browser kept it.
 * @example writeCookie('consentry_pending', '1', { days: 180, secure: true })
 */
export function writeCookie(name: string, value: string, { domain, days, secure }: CookieOptions): boolean {
  try {
    jar.set(name, value, { path: '/', expires: days, sameSite: 'lax', secure, domain });
    return jar.get(name) !== undefined;
  } catch {
    return false;
  }
}

/** Whether a cookie name matches a declared name; a trailing `*` matches a prefix. */
export const matchesCookie = (pattern: string, name: string): boolean =>
  pattern.endsWith('*') ? name.startsWith(pattern.slice(0, -1)) : name === pattern;

/**
 * The host and each parent domain a cookie may have been set on: `a.shop.example.com`
 * gives itself, `shop.example.com` and `example.com`. The browser refuses a write to a
 * public suffix such as `co.uk`, so trying one is harmless and no suffix list is needed.
 */
export function parentDomains(hostname: string): string[] {
  if (!hostname.includes('.') || /^[\d.]+$|:/.test(hostname)) return [hostname];
  const parts = hostname.split('.');
  return parts.slice(0, -1).map((_, i) => parts.slice(i).join('.'));
}

/**
 * Deletes every cookie matching one of `patterns`, host-only and on each parent domain,
 * path `/`, and returns the names it found.
 * @example deleteCookies(location.hostname, ['_ga', '_ga_*']) // ['_ga', '_ga_X1']
 */
export function deleteCookies(hostname: string, patterns: readonly string[]): string[] {
  const doomed = Object.keys(readCookies()).filter((name) => patterns.some((p) => matchesCookie(p, name)));
  const domains = [undefined, ...parentDomains(hostname)];
  for (const name of doomed) for (const domain of domains) jar.remove(name, { path: '/', domain });
  return doomed;
}
