/** The languages with built-in strings; each has its own view chunk. */
export const builtInLanguages = ['en', 'es'];

/** Languages written right to left, by primary subtag. */
const rtl = new Set(['ar', 'fa', 'he', 'ur', 'ps', 'yi']);

/** The text direction of a language. */
export const directionOf = (lang: string): 'ltr' | 'rtl' => (rtl.has(lang) ? 'rtl' : 'ltr');

/**
 * The interface language: the config's `lang`, else `<html lang>`, else the browser's
 * languages in order; the first one that `known` has, by primary subtag, else English.
 * @example pickLanguage(document, undefined, ['en', 'es']) // 'es' on <html lang="es-MX">
 */
export function pickLanguage(doc: Document, configured: string | undefined, known: readonly string[]): string {
  const candidates = [configured, doc.documentElement.lang, ...(doc.defaultView?.navigator.languages ?? [])];
  for (const tag of candidates) {
    const lang = tag?.toLowerCase().split('-')[0];
    if (lang && known.includes(lang)) return lang;
  }
  return 'en';
}
