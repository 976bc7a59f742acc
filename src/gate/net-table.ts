/**
 * The safety net's table (SPEC §3), made at build time from the catalog: which script and
 * iframe URLs belong to a service of a category that is not `necessary`. The script tag
 * carries it as one string, so it stays small: entries separated by spaces, most specific
 * first, each a category letter and a catalog URL pattern (`aclarity.ms`,
 * `a/gtag/js?id=G-*`, `dconnect.facebook.net`). ./net-match.ts reads it.
 */

/** What the table needs of a catalog entry. */
export interface NetService {
  id: string;
  category: string;
  hosts: readonly string[];
  scripts: readonly string[];
}

/** One pattern of the table, with the service it names. */
export interface NetEntry {
  category: string;
  pattern: string;
  service: string;
}

/** The category letters of the table; `n` marks a pattern that is never held. */
export const categoryLetters: Record<string, string> = {
  n: '',
  p: 'preferences',
  a: 'analytics',
  d: 'advertising',
  s: 'social',
};

/**
 * Services the net never holds, whatever their category: Google Tag Manager's container
 * reads Consent Mode itself (SPEC §3), and holding it would hold every tag it manages.
 */
export const neverHeld: readonly string[] = ['google-tag-manager'];

const hostOf = (pattern: string) => (pattern.startsWith('/') ? undefined : pattern.split('/')[0]);
const within = (host: string, domain: string) => host === domain || host.endsWith(`.${domain}`);

// The catalog's scoring (consentry-catalog's match.ts): a path over a bare host, a host and
// path over a path alone, a longer pattern over a shorter one.
const score = (pattern: string) =>
  pattern.includes('/') ? (pattern.startsWith('/') ? 100 : 200) + pattern.length : pattern.length;

/**
 * The net's entries, most specific first, as the catalog ranks them.
 * @example netEntries(catalog)[0] // { category: 'social', pattern: 'connect.facebook.net/*\/sdk.js*', service: 'facebook-social' }
 */
export function netEntries(services: readonly NetService[]): NetEntry[] {
  const all = services.flatMap((s) =>
    [...s.hosts, ...s.scripts].map((pattern) => ({
      category: neverHeld.includes(s.id) || s.category === 'necessary' ? '' : s.category,
      pattern,
      service: s.id,
    })),
  );
  // A pattern is left out when a bare host of its category covers it (`www.clarity.ms/tag/*`
  // under `clarity.ms`): the same answer in fewer bytes. The unit test checks every catalog
  // pattern's URLs against the catalog's own matcher, so a catalog change that makes this
  // wrong fails it.
  const redundant = (e: NetEntry) => {
    const host = hostOf(e.pattern);
    return (
      host !== undefined &&
      all.some((o) => o !== e && o.category === e.category && !o.pattern.includes('/') && within(host, o.pattern))
    );
  };
  const kept = all.filter((e) => !redundant(e)).sort((a, b) => score(b.pattern) - score(a.pattern));
  // A never-held pattern matters only where a held one that comes after it (less specific)
  // could match the same URLs: `/gtm.js?id=GTM-*` is kept, a CDN's host is not.
  const shadows = (e: NetEntry, o: NetEntry) => {
    if (!o.category || score(o.pattern) >= score(e.pattern)) return false;
    const [h, ho] = [hostOf(e.pattern), hostOf(o.pattern)];
    return ho === undefined || (h !== undefined && (within(h, ho) || within(ho, h)));
  };
  return kept.filter((e) => e.category || kept.some((o) => shadows(e, o)));
}

/**
 * The table as the script tag carries it.
 * @example netTable(catalog) // 'sconnect.facebook.net/*\/sdk.js* … dconnect.facebook.net …'
 */
export function netTable(services: readonly NetService[]): string {
  const letter = Object.fromEntries(Object.entries(categoryLetters).map(([l, c]) => [c, l]));
  return netEntries(services)
    .map((e) => letter[e.category] + e.pattern)
    .join(' ');
}
