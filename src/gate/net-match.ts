import { categoryLetters } from './net-table.js';

/** What the net found for a URL: the category that must be granted, and the table entry's index. */
export interface NetFind {
  category: string;
  entry: number;
}

/** Finds the category a script or iframe URL needs; `undefined` when the net lets it through. */
export type NetMatch = (url: string) => NetFind | undefined;

interface Compiled {
  category: string;
  host?: string;
  path?: RegExp;
}

const compile = (entry: string): Compiled => {
  const category = categoryLetters[entry[0]];
  const pattern = entry.slice(1);
  const slash = pattern.indexOf('/');
  const host = slash ? (slash < 0 ? pattern : pattern.slice(0, slash)) : undefined;
  const path =
    slash < 0
      ? undefined
      : new RegExp(
          `^${pattern
            .slice(slash)
            .replace(/[.+?^${}()|[\]\\]/g, '\\$&')
            .replace(/\*/g, '.*')}`,
        );
  return { category, host, path };
};

/**
 * The table's matcher (./net-table.ts): the first entry, most specific first, whose host
 * is the URL's host or a parent of it and whose path pattern starts the URL's path and
 * query. The table is compiled on the first call, not while the parser waits.
 * @example compileNet('aclarity.ms')('https://www.clarity.ms/tag/abc') // { category: 'analytics', entry: 0 }
 */
export function compileNet(table: string): NetMatch {
  let entries: Compiled[] | undefined;
  return (url) => {
    const parts = /^[a-z][\w+.-]*:\/\/(?:[^@/?#]*@)?([^/?#:]*)[^/?#]*([^#]*)/i.exec(url);
    if (!parts) return undefined;
    const host = parts[1].toLowerCase();
    const rest = parts[2] || '/';
    entries ??= table.split(' ').map(compile);
    for (let i = 0; i < entries.length; i++) {
      const e = entries[i];
      if ((!e.host || host === e.host || host.endsWith(`.${e.host}`)) && (!e.path || e.path.test(rest)))
        return e.category ? { category: e.category, entry: i } : undefined;
    }
    return undefined;
  };
}
