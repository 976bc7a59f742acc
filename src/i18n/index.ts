import { directionOf } from './pick.js';

export { directionOf, pickLanguage } from './pick.js';
export type { FirstLayerStrings, StringKey, Strings } from './strings/en.js';

/**
 * The strings for `lang`: a built-in language's (`base`, the ones its chunk carries,
 * English for any other language), with the config's overrides for `lang` on top.
 * @example localize(es, 'es', {}).t.acceptAll // 'Aceptar todo'
 */
export function localize<T extends Record<string, string>>(
  base: T,
  lang: string,
  translations: Record<string, Record<string, string>>,
): { lang: string; dir: 'ltr' | 'rtl'; t: T } {
  return { lang, dir: directionOf(lang), t: { ...base, ...translations[lang] } };
}

/** Fills `{name}` slots in a string with text (never markup). */
export const fill = (template: string, values: Record<string, string>): string =>
  template.replace(/\{(\w+)\}/g, (slot, name: string) => values[name] ?? slot);
