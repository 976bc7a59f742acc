import type { Method } from '../../receipt.js';
import { count } from '../svg.js';
import { categoryNames } from './categories.js';

// Values as the page writes them; a number is written by `count`, as on the charts.

const percentFormat = new Intl.NumberFormat('en-US', { style: 'percent', maximumFractionDigits: 0 });

/** `part` as a share of `whole`, `73%`; a dash when there is nothing to share. */
export const share = (part: number, whole: number) => (whole > 0 ? percentFormat.format(part / whole) : '–');

/** A count and its noun: `1 receipt`, `2 receipts`. */
export const plural = (n: number, one: string, many: string) => `${count(n)} ${n === 1 ? one : many}`;

/** A category as people read it: the catalog's name for a built-in one (`Analytics`), the id for the site's own. */
export const categoryLabel = (id: string) => categoryNames.get(id) ?? id;

/** The period the select offers, in words: `the last 30 days`, `the last 12 months`. */
export const periodName = (days: number) => (days === 365 ? 'the last 12 months' : `the last ${days} days`);

/** `2026-06-01T14:03:22.000Z` as `2026-06-01 14:03:22` and `zone`; another offset is kept as written. */
export const readableTime = (iso: unknown, zone = '') =>
  typeof iso === 'string'
    ? iso
        .replace('T', ' ')
        .replace(/\.\d+/, '')
        .replace(/(Z|\+00:00)$/, zone)
    : '';

// How the dashboard names each way of deciding; the compiler checks it names every one of receipt.ts.
const methodNames = new Map<string, string>(
  Object.entries({
    banner: 'Banner',
    preferences: 'Preferences',
    api: 'Site script (API)',
    signal: 'Privacy signal',
  } satisfies Record<Method, string>),
);

/** How a receipt was decided, in words: `Site script (API)`. */
export const methodName = (method: string) => methodNames.get(method) ?? String(method);
