import { getDomain } from 'tldts';

/**
 * The site a host belongs to (its registrable domain: `www.example.co.uk` → `example.co.uk`),
 * as browsers draw the first/third-party line. An IP address or a single-label host is
 * its own site, so `localhost` and `127.0.0.1` are two sites.
 */
export function siteOf(host: string): string {
  const h = host.replace(/^\./, '').toLowerCase();
  return getDomain(h, { allowPrivateDomains: true }) ?? h;
}

/** The site of a URL, or null for URLs without a host (`data:`, `blob:`, `about:`). */
export function siteOfUrl(url: string): string | null {
  try {
    const { protocol, hostname } = new URL(url);
    return protocol === 'http:' || protocol === 'https:' ? siteOf(hostname) : null;
  } catch {
    return null;
  }
}

/** A URL as a short, readable name: the path on the page's own origin, else host and path, never the query. */
export function shortUrl(url: string, pageOrigin?: string): string {
  try {
    const u = new URL(url);
    return u.origin === pageOrigin ? u.pathname : `${u.host}${u.pathname}`;
  } catch {
    return url;
  }
}
