/**
 * What the script tag and the engine know of the built-in languages: their codes,
 * generated at build time from the registry (./registry.ts; see vite.config.ts), so that
 * they carry no string of any language.
 */
declare const __CONSENTRY_LANGUAGES__: readonly string[];

/** The codes of the built-in languages. */
export const builtInCodes: readonly string[] = __CONSENTRY_LANGUAGES__;

/** Whether `lang` has files of its own (`consentry-ui.<lang>.js`); English is the base for any other. */
export const isBuiltIn = (lang: string): boolean => builtInCodes.includes(lang);
