import type { Category } from '../types.js';

/**
 * The cookie names (or `*` prefixes) that the services of `categories` declare.
 * @example declaredCookies(config.categories.filter((c) => c.id === 'analytics')) // ['_ga', '_ga_*', …]
 */
export const declaredCookies = (categories: readonly Category[]): string[] =>
  categories.flatMap((c) => c.services.flatMap((s) => (s.cookies ?? []).map((k) => k.name)));
