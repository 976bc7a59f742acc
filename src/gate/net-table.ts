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
 * The net's entries, most specific first. A host-and-path pattern is left out when a
 * bare host of the same category covers it and nothing of another category competes for
 * that host (`www.clarity.ms/tag/*` under `clarity.ms`): same answer, fewer bytes.
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
  const related = (a: string, b: string) => within(a, b) || within(b, a);
  const pathOf = (pattern: string) => pattern.slice(pattern.indexOf('/'));
  // Two path patterns can match one URL when the text before the first `*` of one starts the other's.
  const overlap = (a: string, b: string) => {
    const [x, y] = [a.split('*')[0], b.split('*')[0]];
    return x.startsWith(y) || y.startsWith(x);
  };
  const couldMatchSame = (e: NetEntry, o: NetEntry) => {
    const [h, ho] = [hostOf(e.pattern), hostOf(o.pattern)];
    if (h !== undefined && ho !== undefined && !related(h, ho)) return false;
    const [withPath, withPathO] = [e.pattern.includes('/'), o.pattern.includes('/')];
    return !withPath || !withPathO || overlap(pathOf(e.pattern), pathOf(o.pattern));
  };
  // An entry is left out when a bare host of its category covers it and no entry of another
  // category ranks between the two for the same URLs: the answer is the same, in fewer bytes.
  const redundant = (e: NetEntry) => {
    const host = hostOf(e.pattern);
    if (!host) return false;
    const cover = all.find(
      (o) => o !== e && o.category === e.category && !o.pattern.includes('/') && within(host, o.pattern),
    );
    if (!cover) return false;
    const [low, high] = [score(cover.pattern), score(e.pattern)];
    return !all.some(
      (o) => o.category !== e.category && score(o.pattern) > low && score(o.pattern) <= high && couldMatchSame(e, o),
    );
  };
  const kept = all.filter((e) => !redundant(e)).sort((a, b) => score(b.pattern) - score(a.pattern));
  // A never-held pattern matters only where a held one that comes after it (less specific)
  // would otherwise match the same URLs: `googletagmanager.com` under nothing, `gtm.js` kept.
  const shadows = (e: NetEntry, o: NetEntry) =>
    o.category !== '' && score(o.pattern) < score(e.pattern) && couldMatchSame(e, o);
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
