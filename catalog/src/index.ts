import { advertising } from './advertising.js';
import { analytics } from './analytics.js';
import { functional } from './functional.js';
import { necessary } from './necessary.js';
import { social } from './social.js';
import type { CatalogService } from './types.js';

export { type CatalogCategory, categories } from './categories.js';
export { durationText, parseDuration } from './duration.js';
export { isWithin, matchCookie, matchCookieDomain, matchStorage, matchUrl, patternToRegExp } from './match.js';
export type { CatalogCookie, CatalogService, CategoryId, Duration, DurationUnit } from './types.js';

/**
 * The service catalog: the services sites embed most, what they set and where they load
 * from. The scanner classifies by it, the widget's build takes what each file needs from
 * it; anything it does not know stays unknown.
 * @example catalog.find((s) => s.id === 'google-analytics')?.category // 'analytics'
 */
export const catalog: readonly CatalogService[] = [
  ...necessary,
  ...functional,
  ...analytics,
  ...advertising,
  ...social,
];

const byId = new Map(catalog.map((s) => [s.id, s]));

/**
 * The catalog entry with this id, if any.
 * @example serviceById('youtube')?.category // 'social'
 */
export const serviceById = (id: string): CatalogService | undefined => byId.get(id);
