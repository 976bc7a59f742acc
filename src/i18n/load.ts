/// <reference types="vite/types/importMeta.d.ts" />
import type { Strings } from './strings/en.js';

// Each language's file is a chunk of its own in the npm build; a bundler fetches the one asked for.
const files = import.meta.glob<Record<string, Strings>>('./strings/*.ts');

/**
 * A built-in language's strings for the npm module (English for any other), loaded on demand.
 * @example await loadStrings('de') // the German strings, from their own chunk
 */
export function loadStrings(lang: string): Promise<Strings> {
  const code = files[`./strings/${lang}.ts`] ? lang : 'en';
  return (files[`./strings/${code}.ts`] as () => Promise<Record<string, Strings>>)().then((m) => m[code] as Strings);
}
