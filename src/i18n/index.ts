import type { Strings } from './en.js';
import { directionOf } from './language.js';

export type { StringKey, Strings } from './en.js';
export { builtInLanguages, directionOf, pickLanguage } from './language.js';

/**
 * The strings for `lang`: a built-in language's (`base`, the one its view chunk carries,
 * English for any other language), with the config's overrides for `lang` on top.
 * @example localize(es, 'es', {}).t.acceptAll // 'Aceptar todo'
 */
export function localize(
  base: Strings,
  lang: string,
  translations: Record<string, Record<string, string>>,
): { lang: string; dir: 'ltr' | 'rtl'; t: Strings } {
  return { lang, dir: directionOf(lang), t: { ...base, ...translations[lang] } };
}

/** Fills `{name}` slots in a string with text (never markup). */
export const fill = (template: string, values: Record<string, string>): string =>
  template.replace(/\{(\w+)\}/g, (slot, name: string) => values[name] ?? slot);
