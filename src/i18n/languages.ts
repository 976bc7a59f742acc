/**
 * The registry of built-in languages. A language is its strings in `./strings/<code>.ts`
 * (every key of English, ./strings/en.ts, exported as `const <code>`) and one entry here,
 * by its primary subtag (`de` serves `de-CH`; see pickLanguage). The rest follows from it:
 * - the gate's list of codes, with each language's `reopen` label (the one string the gate
 *   carries), is generated from here at build time (vite.config.ts, ./builtin.ts);
 * - the build writes `consentry-ui.<code>.js` and `consentry-prefs.<code>.js` for each
 *   (English has no suffix) from one bundle of the code per kind (vite.config.ts);
 * - the npm module loads `./strings/<code>.ts` as a chunk of its own (./load.ts);
 * - package.json exports those files by pattern, and scripts/size.mjs measures them all.
 * test/unit/languages.test.ts checks that these agree. No browser bundle imports this file.
 */
import type { Strings } from './strings/en.js';
import { en } from './strings/en.js';
import { es } from './strings/es.js';

export const languages: Record<string, Strings> = { en, es };
