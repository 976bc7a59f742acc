/** What the net found for a URL: the category that must be granted, and the table entry's index. */
export interface NetFind {
  category: string;
  entry: number;
}

/** Finds the category a script or iframe URL needs; `undefined` when the net lets it through. */
export type NetMatch = (url: string) => NetFind | undefined;

/** The table's groups, in order (./net-table.ts): one per category, the last one never held. */
export const netCategories = ['preferences', 'analytics', 'advertising', 'social', ''] as const;

/**
 * How specific a catalog URL pattern is, as the catalog ranks them (consentry-catalog's
 * match.ts): a host and path over a path alone over a bare host, a longer one over a shorter.
 * @example netScore('clarity.ms') // 10
 */
export const netScore = (pattern: string, slash = pattern.indexOf('/')): number =>
  (slash < 0 ? 0 : slash ? 200 : 100) + pattern.length;

/**
 * A pattern as written in the table, back to the catalog's: a host that ends with a dot
 * ends in `com` (`criteo.`, `analytics.google.`): a size trick, most of the hosts are `.com`.
 * @example netPattern('google./ads/*') // 'google.com/ads/*'
 */
export const netPattern = (written: string): string => written.replace(/^[^/]*\.(?=\/|$)/, '$&com');

interface Compiled {
  category: string;
  score: number;
  host?: string;
  path?: RegExp;
}

const compile = (written: string, category: string): Compiled => {
  const pattern = netPattern(written);
  const slash = pattern.indexOf('/');
  return {
    category,
    score: netScore(pattern, slash),
    host: slash ? (slash < 0 ? pattern : pattern.slice(0, slash)) : undefined,
    path:
      slash < 0
        ? undefined
        : new RegExp(
            `^${pattern
              .slice(slash)
              .replace(/[.+?^${}()|[\]\\]/g, '\\$&')
              .replace(/\*/g, '.*')}`,
          ),
  };
};

/**
 * The table's matcher (./net-table.ts): of the entries whose host is the URL's host or a
 * parent of it and whose path pattern starts the URL's path and query, the most specific
 * (the first of equals). The table is compiled on the first call, not while the parser waits.
 * @example compileNet('|clarity.ms')('https://www.clarity.ms/tag/abc') // { category: 'analytics', entry: 0 }
 */
export function compileNet(table: string): NetMatch {
  let entries: Compiled[] | undefined;
  return (url) => {
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      return undefined;
    }
    // As the catalog reads a URL: its host name, and its path with the query.
    const host = parsed.hostname;
    const rest = parsed.pathname + parsed.search;
    entries ??= table
      .split('|')
      .flatMap((group, i) => (group.match(/\S+/g) ?? []).map((p) => compile(p, netCategories[i])));
    let best: Compiled | undefined;
    for (const e of entries)
      if (
        (!best || e.score > best.score) &&
        (!e.host || host === e.host || host.endsWith(`.${e.host}`)) &&
        (!e.path || e.path.test(rest))
      )
        best = e;
    return best?.category ? { category: best.category, entry: entries.indexOf(best) } : undefined;
  };
}
