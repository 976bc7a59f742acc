/** Languages written right to left, by primary subtag. */
const rtl = new Set(['ar', 'fa', 'he', 'ur', 'ps', 'yi']);

/** The text direction of a language. */
export const directionOf = (lang: string): 'ltr' | 'rtl' => (rtl.has(lang) ? 'rtl' : 'ltr');

/**
 * Primary subtags whose text is another code's: Norwegian (`no`) is written in Bokmål
 * (`nb`), and a Nynorsk (`nn`) reader gets Bokmål unless the config brings Nynorsk.
 */
const fallbacks: Record<string, string> = { no: 'nb', nn: 'nb' };

/**
 * The interface language: the config's `lang`, else `<html lang>`, else the browser's
 * languages in order; the first one that `known` has, by primary subtag (`de-CH` is `de`,
 * `pt-BR` is `pt`), else English.
 * @example pickLanguage(document, undefined, ['en', 'es']) // 'es' on <html lang="es-MX">
 */
export function pickLanguage(doc: Document, configured: string | undefined, known: readonly string[]): string {
  const candidates = [configured, doc.documentElement.lang, ...(doc.defaultView?.navigator.languages ?? [])];
  for (const tag of candidates) {
    const lang = tag?.trim().toLowerCase().split(/[-_]/)[0];
    if (!lang) continue;
    if (known.includes(lang)) return lang;
    const fallback = fallbacks[lang];
    if (fallback && known.includes(fallback)) return fallback;
  }
  return 'en';
}
