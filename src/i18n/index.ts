import { en, type Strings } from './en.js';
import { es } from './es.js';
import { directionOf, pickLanguage } from './language.js';

export type { StringKey, Strings } from './en.js';
export { directionOf, pickLanguage };

/** The built-in languages. */
export const builtInStrings: Readonly<Record<string, Strings>> = { en, es };

/**
 * The strings for the interface language, with the config's overrides on top; a key
 * the config leaves out falls back to the built-in language, then to English.
 * @example stringsFor(document, { lang: 'es', translations: {} }).t.acceptAll // 'Aceptar todo'
 */
export function stringsFor(
  doc: Document,
  config: { lang?: string; translations: Record<string, Record<string, string>> },
): { lang: string; dir: 'ltr' | 'rtl'; t: Strings } {
  const known = [...new Set([...Object.keys(builtInStrings), ...Object.keys(config.translations)])];
  const lang = pickLanguage(doc, config.lang, known);
  return { lang, dir: directionOf(lang), t: { ...en, ...builtInStrings[lang], ...config.translations[lang] } };
}

/** Fills `{name}` slots in a string with text (never markup). */
export const fill = (template: string, values: Record<string, string>): string =>
  template.replace(/\{(\w+)\}/g, (slot, name: string) => values[name] ?? slot);
