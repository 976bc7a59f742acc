import type { Category } from '../types.js';

/** The cookie names (or `*` prefixes) that the services of `categories` declare. */
export const declaredCookies = (categories: readonly Category[]): string[] =>
  categories.flatMap((c) => c.services.flatMap((s) => (s.cookies ?? []).map((k) => k.name)));

/** Whether a cookie name matches a declared name; a trailing `*` matches a prefix. */
export const matchesCookie = (pattern: string, name: string): boolean =>
  pattern.endsWith('*') ? name.startsWith(pattern.slice(0, -1)) : name === pattern;

/** The names of the cookies this page can see. */
export function cookieNames(doc: Document): string[] {
  try {
    return doc.cookie
      .split(';')
      .map((c) => c.slice(0, c.indexOf('=') >>> 0).trim())
      .filter(Boolean);
  } catch {
    return []; // cookies unreadable (a sandboxed frame): there are none to see or delete
  }
}

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
 * path `/`. Written raw rather than through js-cookie, which would encode the name and
 * miss a third-party cookie whose name it would escape. A Max-Age not above zero expires
 * the cookie at once (RFC 6265 §5.2.2).
 * @example deleteCookies(document, ['_ga', '_ga_*']) // ['_ga', '_ga_X1']
 */
export function deleteCookies(doc: Document, patterns: readonly string[]): string[] {
  const doomed = cookieNames(doc).filter((name) => patterns.some((p) => matchesCookie(p, name)));
  const domains = ['', ...parentDomains(doc.location.hostname).map((d) => `; Domain=${d}`)];
  for (const name of doomed) for (const domain of domains) doc.cookie = `${name}=; Max-Age=-1; Path=/${domain}`;
  return doomed;
}
