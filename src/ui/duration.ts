import type { Duration } from '../config/catalog.js';
import type { Strings } from '../i18n/index.js';

/**
 * A cookie's duration in the visitor's language: a config's text as written, the catalog's
 * data through `Intl.NumberFormat` (`13 Monate`, `2 years`), a session in the language's
 * own word. A language tag `Intl` refuses falls back to English.
 * @example durationText({ value: 13, unit: 'month' }, 'de', de) // '13 Monate'
 */
export function durationText(duration: string | Duration | undefined, lang: string, t: Strings): string {
  if (duration === undefined) return '';
  if (duration === 'session') return t.session;
  if (typeof duration === 'string') return duration;
  const format = (locale: string) =>
    new Intl.NumberFormat(locale, { style: 'unit', unit: duration.unit, unitDisplay: 'long' }).format(duration.value);
  try {
    return format(lang);
  } catch {
    return format('en');
  }
}
