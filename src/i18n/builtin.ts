/**
 * What the gate knows of the built-in languages: their codes and their reopen button's
 * label, generated at build time from the registry (./languages.ts; see vite.config.ts),
 * so that the gate carries no other string. Imported by the gate only: a first layer or
 * preferences file never needs it.
 */
declare const __CONSENTRY_LANGUAGES__: Record<string, string>;

/** The reopen button's label per built-in language, by code. */
export const reopenLabels: Record<string, string> = __CONSENTRY_LANGUAGES__;

/** Whether `lang` has files of its own (`consentry-ui.<lang>.js`); English is the base for any other. */
export const isBuiltIn = (lang: string): boolean => Object.hasOwn(reopenLabels, lang);
