import { catalog } from './index.js';
import type { CatalogCookie, CatalogService } from './types.js';

/** A catalog pattern as a regular expression: `*` any characters, `#` one or more digits. */
export function patternToRegExp(pattern: string, { prefix = false } = {}): RegExp {
  const body = pattern
    .replace(/[.+?^${}()|[\]\\]/g, '\\$&')
    .replace(/\*/g, '.*')
    .replace(/#/g, '\\d+');
  return new RegExp(`^${body}${prefix ? '' : '$'}`);
}

/** Whether `host` is `domain` or one of its subdomains (a cookie's leading dot ignored). */
export const isWithin = (host: string, domain: string): boolean => {
  const h = host.replace(/^\./, '').toLowerCase();
  return h === domain || h.endsWith(`.${domain}`);
};

interface CompiledCookie {
  service: CatalogService;
  cookie: CatalogCookie;
  test: RegExp;
  score: number;
}
interface CompiledUrl {
  service: CatalogService;
  host?: string;
  path?: RegExp;
  score: number;
}

// Compiled on first use (this module and the catalog's index import each other). A more
// specific pattern wins: an exact name over a pattern, a pattern tied to a domain over one
// that is not, a path over a bare host, a longer one over a shorter.
const compile = () => ({
  cookies: catalog.flatMap((service) =>
    service.cookies.map(
      (cookie): CompiledCookie => ({
        service,
        cookie,
        test: patternToRegExp(cookie.name),
        score: (/[*#]/.test(cookie.name) ? 0 : 1000) + (cookie.domain ? 500 : 0) + cookie.name.length,
      }),
    ),
  ),
  urls: catalog.flatMap((service): CompiledUrl[] => [
    ...service.hosts.map((host) => ({ service, host, score: host.length })),
    ...service.scripts.map((script) => {
      const slash = script.indexOf('/');
      const host = slash > 0 ? script.slice(0, slash) : undefined;
      const path = patternToRegExp(script.slice(Math.max(slash, 0)), { prefix: true });
      return { service, host, path, score: (host ? 200 : 100) + script.length };
    }),
  ]),
  storage: catalog.flatMap((service) =>
    (service.storage ?? []).map((key) => ({ service, test: patternToRegExp(key) })),
  ),
});
let compiled: ReturnType<typeof compile> | undefined;
const patterns = () => {
  compiled ??= compile();
  return compiled;
};

const best = <T extends { score: number }>(items: T[]): T | undefined =>
  items.reduce<T | undefined>((a, b) => (a && a.score >= b.score ? a : b), undefined);

/** The catalog's entry for a cookie, by its name and the domain it was set on. */
export function matchCookie(
  name: string,
  domain: string,
): { service: CatalogService; cookie: CatalogCookie } | undefined {
  const found = best(
    patterns().cookies.filter((p) => p.test.test(name) && (!p.cookie.domain || isWithin(domain, p.cookie.domain))),
  );
  return found && { service: found.service, cookie: found.cookie };
}

/** The catalog's entry for a request URL, by its host and path. */
export function matchUrl(url: string): CatalogService | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  const host = parsed.hostname.toLowerCase();
  const rest = parsed.pathname + parsed.search;
  return best(
    patterns().urls.filter(
      (p) => (!p.host || isWithin(host, p.host)) && (!p.path || p.path.test(rest)) && (p.host || p.path),
    ),
  )?.service;
}

/** The service whose hosts a third-party cookie's domain belongs to, if one does. */
export function matchCookieDomain(domain: string): CatalogService | undefined {
  return best(patterns().urls.filter((p) => p.host && !p.path && isWithin(domain, p.host)))?.service;
}

/** The catalog's entry for a localStorage or sessionStorage key. */
export const matchStorage = (key: string): CatalogService | undefined =>
  patterns().storage.find((p) => p.test.test(key))?.service;
