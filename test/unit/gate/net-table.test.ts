import { catalog, matchUrl } from 'consentry-catalog';
import { describe, expect, it } from 'vitest';
import { compileNet } from '../../../src/gate/net-match';
import { netEntries, netTable, neverHeld } from '../../../src/gate/net-table';

/** URLs a catalog pattern stands for: its host and a subdomain, its path with `*` filled in. */
const examples = (pattern: string): string[] => {
  const filled = pattern.replace(/\*/g, 'x1');
  if (pattern.startsWith('/')) return [`https://www.example.org${filled}`];
  if (!pattern.includes('/')) return [`https://${pattern}/tag.js`, `https://cdn.${pattern}/a/b.js?v=1`];
  return [`https://${filled}`, `https://sub.${filled}`];
};

/**
 * What the catalog itself says a URL needs: its service's category and the service (the
 * config may place it in another category), nothing for what is never held.
 */
const expected = (url: string) => {
  const service = matchUrl(url);
  if (!service || service.category === 'necessary' || neverHeld.includes(service.id)) return undefined;
  return `${service.category} ${service.id}`;
};

describe('the safety net table', () => {
  const compiled = compileNet(netTable(catalog));
  const entries = netEntries(catalog);
  /** What the net says, as `expected` words it: the category, and the service its entry names. */
  const net = (url: string) => {
    const found = compiled(url);
    return found && `${found.category} ${entries[found.entry]?.service}`;
  };
  const match = compiled;
  const urls = catalog.flatMap((s) => [...s.hosts, ...s.scripts].flatMap(examples));

  it('gives every URL of every catalog pattern the category and the service the catalog gives it', () => {
    const differing = urls
      .map((url) => ({ url, net: net(url), catalog: expected(url) }))
      .filter((r) => r.net !== r.catalog);
    expect(differing).toEqual([]);
    expect(urls.length).toBeGreaterThan(200);
  });

  it("gives the catalog's category and service to every host of the catalog with every path of the catalog", () => {
    // Where patterns cross: a host of one service with another's path, and paths one after
    // another (`…/fbevents.js/sdk.js` matches both Meta's patterns), so that a pattern the
    // table leaves out never changes an answer.
    const patterns = catalog.flatMap((s) => [...s.hosts, ...s.scripts]);
    const hostsOf = patterns.filter((p) => !p.startsWith('/')).map((p) => p.split('/')[0]);
    const paths = [
      '/tag.js',
      ...patterns.filter((p) => p.includes('/')).map((p) => p.slice(p.indexOf('/')).replace(/\*/g, 'x1')),
    ];
    const pathHosts = new Set(patterns.filter((p) => /^[^/]+\//.test(p)).map((p) => p.split('/')[0]));
    const urls = [...new Set(hostsOf)].flatMap((host) => [
      ...paths.flatMap((path) => [`https://${host}${path}`, `https://www.${host}${path}`]),
      ...(pathHosts.has(host) ? paths.flatMap((a) => paths.map((b) => `https://${host}${a}${b}`)) : []),
    ]);
    const differing = urls
      .map((url) => ({ url, net: net(url), catalog: expected(url) }))
      .filter((r) => r.net !== r.catalog);
    expect(differing).toEqual([]);
  }, 30_000);

  it("never holds Google Tag Manager's container, and holds gtag.js for GA4 and for Ads", () => {
    expect(match('https://www.googletagmanager.com/gtm.js?id=GTM-ABC123')).toBeUndefined();
    expect(match('https://www.googletagmanager.com/gtag/js?id=G-ABC123')?.category).toBe('analytics');
    expect(match('https://www.googletagmanager.com/gtag/js?id=AW-123')?.category).toBe('advertising');
    expect(match('https://shop.example/gtag/js?id=G-ABC123')?.category).toBe('analytics');
  });

  it('lets through what the catalog does not know, the site itself and necessary services', () => {
    for (const url of ['https://example.org/app.js', 'https://js.stripe.com/v3/', '/consentry-engine.js', 'data:,x'])
      expect(match(url)).toBeUndefined();
  });

  it('reads hosts case-insensitively, past a port or user info', () => {
    expect(match('HTTPS://WWW.CLARITY.MS:443/tag/abc')?.category).toBe('analytics');
    expect(match('https://user@connect.facebook.net/en_US/fbevents.js')?.category).toBe('advertising');
  });

  it('names the entry, so a catch can name its service', () => {
    const entries = netEntries(catalog);
    const found = match('https://www.clarity.ms/tag/abc');
    expect(entries[found?.entry ?? -1]?.service).toBe('microsoft-clarity');
  });

  it('carries patterns the matcher understands, and no service marked necessary', () => {
    const table = netTable(catalog);
    expect(table).not.toMatch(/[#\s]{2}|#/);
    const necessary = new Set(catalog.filter((s) => s.category === 'necessary').map((s) => s.id));
    expect(netEntries(catalog).filter((e) => e.category && necessary.has(e.service))).toEqual([]);
  });
});
