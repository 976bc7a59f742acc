/**
 * The registry of built-in languages as a map, by code, of their strings, for the build
 * (vite.config.ts) and the tests; no browser bundle imports it. A language is added in
 * ./registry.ts.
 */
import * as registry from './registry.js';
import type { Strings } from './strings/en.js';

/**
 * Every built-in language's strings, by code.
 * @example languages.de.reopen // 'Cookie-Einstellungen'
 */
export const languages: Readonly<Record<string, Strings>> = { ...registry };
