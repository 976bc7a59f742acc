import { en, type Strings } from './en';
import { es } from './es';

export type { StringKey, Strings } from './en';

const builtIn: Record<string, Strings> = { en, es };

/**
 * The interface language: the config's `lang`, else `<html lang>`, else the browser's;
 * a language without strings falls back to English.
 * @example pickLanguage(document, undefined) // 'es' on <html lang="es-MX">
 */
export function pickLanguage(doc: Document, configured: string | undefined, known: string[]): string {
  const candidates = [configured, doc.documentElement.lang, ...(doc.defaultView?.navigator.languages ?? [])];
  for (const tag of candidates) {
    const lang = tag?.toLowerCase().split('-')[0];
    if (lang && known.includes(lang)) return lang;
  }
  return 'en';
}

/**
 * The strings for a language, with the config's overrides on top.
 * @example stringsFor(document, { lang: 'es', translations: {} }).acceptAll // 'Aceptar todo'
 */
export function stringsFor(
  doc: Document,
  config: { lang?: string; translations: Record<string, Record<string, string>> },
): { lang: string; t: Strings } {
  const known = [...new Set([...Object.keys(builtIn), ...Object.keys(config.translations)])];
  const lang = pickLanguage(doc, config.lang, known);
  return { lang, t: { ...en, ...builtIn[lang], ...config.translations[lang] } as Strings };
}
