/**
 * The first layer for the script tag (`dist/consentry-ui.js` in English, also the base for
 * languages without built-in strings; `dist/consentry-ui.<lang>.js` in each built-in
 * language): the banner and embed placeholders, in plain DOM. The code is bundled once;
 * the build writes one file per language with that language's first-layer strings in
 * place of `__CONSENTRY_STRINGS__` (vite.config.ts).
 */
import type { FirstLayerStrings } from '../i18n/index.js';
import { mountViewWith } from '../ui/first-layer.js';
import { registerChunk } from './register.js';

declare const __CONSENTRY_STRINGS__: FirstLayerStrings;

registerChunk('firstLayer', mountViewWith(__CONSENTRY_STRINGS__));
