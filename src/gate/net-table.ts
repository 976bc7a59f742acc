/**
 * The safety net's table (SPEC §3), made at build time from the catalog: which script and
 * iframe URLs belong to a service of a category that is not `necessary`. The script tag
 * carries it as one string, so it stays small: one group of patterns per category in the
 * order of `netCategories` (the last group never held), groups separated by `|`, patterns
 * by spaces, sorted for the compressor (the matcher ranks them itself), `com` left out
 * where `netPattern` puts it back (`criteo.`, `analytics.google.`). ./net-match.ts reads it.
 */
import { netCategories, netPattern, netScore } from './net-match.js';

/** What the table needs of a catalog entry. */
export interface NetService {
  id: string;
  category: string;
  hosts: readonly string[];
  scripts: readonly string[];
}

/** One pattern of the table, with the service it names; category `''` is never held. */
export interface NetEntry {
  category: string;
  pattern: string;
  service: string;
}

/**
 * Services the net never holds, whatever their category: Google Tag Manager's container
 * reads Consent Mode itself (SPEC §3), and holding it would hold every tag it manages.
 */
export const neverHeld: readonly string[] = ['google-tag-manager'];

const hostOf = (pattern: string) => (pattern[0] === '/' ? undefined : pattern.split('/')[0]);
const pathOf = (pattern: string) => (pattern.includes('/') ? pattern.slice(pattern.indexOf('/')) : undefined);
const within = (host: string, domain: string) => host === domain || host.endsWith(`.${domain}`);
/** A path pattern's text before its first `*`: every path it matches starts with it. */
const literal = (path: string) => path.split('*')[0];

/** Whether some URL may match both patterns (it may say yes where none does, never no where one does). */
function overlap(a: string, b: string): boolean {
  const [ha, hb, pa, pb] = [hostOf(a), hostOf(b), pathOf(a), pathOf(b)];
  const hosts = !ha || !hb || within(ha, hb) || within(hb, ha);
  return hosts && (!pa || !pb || literal(pa).startsWith(literal(pb)) || literal(pb).startsWith(literal(pa)));
}

/** Whether every URL `inner` matches, `outer` matches too (it may say no where it does). */
function covers(outer: string, inner: string): boolean {
  const [ho, hi, po, pi] = [hostOf(outer), hostOf(inner), pathOf(outer), pathOf(inner)];
  if (ho && !(hi && within(hi, ho))) return false;
  // A path pattern matches a prefix: `/tr/*` and `/tr/` match the same paths.
  const stem = po?.replace(/\*+$/, '');
  return stem === undefined || (pi !== undefined && !stem.includes('*') && literal(pi).startsWith(stem));
}

/**
 * What the net answers for an entry's URLs: its category and its service, which the config
 * may place in another category (`categories.necessary.services`); for a pattern never held,
 * only that.
 */
const answer = (e: NetEntry) => (e.category ? `${e.category} ${e.service}` : '');

/**
 * Whether `e` can go without changing any answer: where it is the most specific match, the
 * next one down answers the same (or, for a never-held pattern, nothing else answers).
 */
function redundant(e: NetEntry, others: readonly NetEntry[]): boolean {
  const same = others.filter((o) => answer(o) === answer(e) && covers(o.pattern, e.pattern));
  const floor = same.length ? Math.max(...same.map((o) => netScore(o.pattern))) : e.category ? Infinity : -1;
  const top = netScore(e.pattern);
  return (
    floor !== Infinity &&
    !others.some((x) => {
      const s = netScore(x.pattern);
      return answer(x) !== answer(e) && s >= floor && s <= top && overlap(x.pattern, e.pattern);
    })
  );
}

/** The table's spelling of a pattern: `com` left out after the host's last dot, where netPattern puts it back. */
const written = (pattern: string) => pattern.replace(/^([^/]*\.)com(?=\/|$)/, '$1');

/**
 * The net's entries, in the table's order (by category, then by spelling), the catalog's
 * patterns less those that cannot change an answer (a category, and the service it names).
 * @example netEntries(catalog)[0] // { category: 'preferences', pattern: 'acsbap.com', service: 'accessibe' }
 */
export function netEntries(services: readonly NetService[]): NetEntry[] {
  let kept = services.flatMap((s) =>
    [...s.hosts, ...s.scripts].map((pattern) => ({
      category: neverHeld.includes(s.id) || s.category === 'necessary' ? '' : s.category,
      pattern,
      service: s.id,
    })),
  );
  // One at a time, each against what is left: every step keeps every answer.
  for (const e of [...kept]) {
    const others = kept.filter((o) => o !== e);
    if (redundant(e, others)) kept = others;
  }
  for (const e of kept) {
    if (!(netCategories as readonly string[]).includes(e.category))
      throw new Error(`net table: ${e.service} has category ${e.category}, which the table has no group for`);
    if (netPattern(written(e.pattern)) !== e.pattern || /[\s|#]/.test(e.pattern))
      throw new Error(`net table: ${e.service}'s pattern ${e.pattern} cannot be written in the table`);
    // The matcher takes the first of equals, the catalog its own first: never let it matter.
    const tie = kept.find(
      (o) => answer(o) !== answer(e) && netScore(o.pattern) === netScore(e.pattern) && overlap(o.pattern, e.pattern),
    );
    if (tie) throw new Error(`net table: ${e.pattern} and ${tie.pattern} rank equal and answer differently`);
  }
  const order = (e: NetEntry) => netCategories.indexOf(e.category as (typeof netCategories)[number]);
  return kept.sort(
    (a, b) =>
      order(a) - order(b) ||
      (written(a.pattern) < written(b.pattern) ? -1 : written(a.pattern) > written(b.pattern) ? 1 : 0),
  );
}

/**
 * The table as the script tag carries it.
 * @example netTable(catalog) // 'acsbap. acsbapp. … tawk.to|… clarity.ms …|…|…|/cdn-cgi/challenge-platform/* /gtm.js?id=GTM-*'
 */
export function netTable(services: readonly NetService[]): string {
  const entries = netEntries(services);
  return netCategories
    .map((category) =>
      entries
        .filter((e) => e.category === category)
        .map((e) => written(e.pattern))
        .join(' '),
    )
    .join('|');
}
