/**
 * The preferences for the script tag (`dist/consentry-prefs.js` in English,
 * `dist/consentry-prefs.<lang>.js` in each built-in language): the Preact dialog and the
 * cookie declaration, fetched the first time either is needed. Bundled once; the build
 * writes one file per language with its strings in place of `__CONSENTRY_STRINGS__`.
 */
import type { Strings } from '../i18n/index.js';
import { mountPreferencesWith } from '../ui/mount-preferences.js';
import { registerChunk } from './register.js';

declare const __CONSENTRY_STRINGS__: Strings;

registerChunk('preferences', mountPreferencesWith(__CONSENTRY_STRINGS__));
