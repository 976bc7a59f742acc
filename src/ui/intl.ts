/**
 * Numbers, lists and dates in the visitor's language through `Intl`, with the language's
 * own words where this browser's `Intl` does not know it: Chromium ships no data for cy,
 * eu, ga, gd, gl, is, mt and rm and would write English ("2 years", "A, B, and C") into
 * a Welsh sentence.
 */
import type { Duration, DurationUnit } from '../config/catalog.js';
import type { FirstLayerStrings } from '../i18n/index.js';

/** A number of units as a cookie's life: the catalog's duration other than a session. */
export type Span = Exclude<Duration, 'session'>;

/** The strings the fallbacks use. */
type Words = Pick<FirstLayerStrings, 'and' | 'days' | 'months' | 'years'>;

/** Days in each unit, a month and a year on average: to compare spans, and to write one in days. */
export const daysIn: Record<DurationUnit, number> = {
  minute: 1 / 1440,
  hour: 1 / 24,
  day: 1,
  week: 7,
  month: 30.44,
  year: 365.25,
};

const knows = (api: { supportedLocalesOf(locales: string[]): string[] }, lang: string): boolean => {
  try {
    return api.supportedLocalesOf([lang]).length > 0;
  } catch {
    return false; // a language tag Intl refuses
  }
};

const unitFormat = (lang: string, unit: DurationUnit, unitDisplay: 'long' | 'short') =>
  new Intl.NumberFormat(lang, { style: 'unit', unit, unitDisplay });

/**
 * A span in the visitor's language (`13 Monate`, `2 years`); where `Intl` lacks the
 * language, or has only abbreviations for it, in days, months or years with the
 * language's own words, rounded up.
 * @example spanText({ value: 180, unit: 'day' }, 'de', de) // '180 Tage'
 */
export function spanText({ value, unit }: Span, lang: string, t: Words): string {
  if (knows(Intl.NumberFormat, lang)) {
    const long = unitFormat(lang, unit, 'long').format(value);
    if (long !== unitFormat(lang, unit, 'short').format(value)) return long;
  }
  if (unit === 'year') return `${value} ${t.years}`;
  if (unit === 'month') return `${value} ${t.months}`;
  return `${Math.ceil(value * daysIn[unit])} ${t.days}`;
}

/**
 * Items as the language lists them ("A, B and C").
 * @example listText(['Google', 'Meta'], 'de', de) // 'Google und Meta'
 */
export function listText(items: string[], lang: string, t: Words): string {
  if (knows(Intl.ListFormat, lang)) return new Intl.ListFormat(lang, { type: 'conjunction' }).format(items);
  const last = items.pop();
  return items.length ? `${items.join(', ')} ${t.and} ${last}` : (last ?? '');
}

/**
 * A day (00:00 UTC, in milliseconds) as the language writes it ("1. Februar 2027"); where
 * `Intl` lacks the language, as ISO 8601 (2027-02-01), which reads the same everywhere.
 */
export const dayText = (day: number, lang: string): string =>
  knows(Intl.DateTimeFormat, lang)
    ? new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' }).format(day)
    : new Date(day).toISOString().slice(0, 10);
