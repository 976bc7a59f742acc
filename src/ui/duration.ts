import type { Duration, DurationUnit } from '../config/catalog.js';
import type { Strings } from '../i18n/index.js';
import { daysIn, type Span, spanText } from './intl.js';

/**
 * A cookie's duration in the visitor's language: a config's text as written, the catalog's
 * data as a {@link spanText}, a session in the language's own word.
 * @example durationText({ value: 13, unit: 'month' }, 'de', de) // '13 Monate'
 */
export function durationText(duration: string | Duration | undefined, lang: string, t: Strings): string {
  if (duration === undefined) return '';
  if (duration === 'session') return t.session;
  return typeof duration === 'string' ? duration : spanText(duration, lang, t);
}

/**
 * A duration as a span: the catalog's data, or a config's text when it reads as one in
 * English (`'13 months'`, `'1 year'`); a session, or other text, is none.
 * @example asSpan('13 months') // { value: 13, unit: 'month' }
 */
export function asSpan(duration: string | Duration | undefined): Span | undefined {
  if (typeof duration === 'object') return duration;
  const m = /^\s*(\d+)\s*(minute|hour|day|week|month|year)s?\s*$/i.exec(duration ?? '');
  return m ? { value: Number(m[1]), unit: m[2].toLowerCase() as DurationUnit } : undefined;
}

/** The longest of some spans, or undefined for none. */
export const longest = (spans: readonly Span[]): Span | undefined =>
  spans.reduce<Span | undefined>(
    (a, b) => (a && a.value * daysIn[a.unit] >= b.value * daysIn[b.unit] ? a : b),
    undefined,
  );
