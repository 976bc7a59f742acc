/**
 * The first layer for the script tag, in English (`dist/consentry-ui.js`; also the base for
 * languages without built-in strings): the banner and embed placeholders, in plain DOM.
 */
import { enFirstLayer } from '../i18n/en.js';
import { mountViewWith } from '../ui/first-layer.js';
import { registerChunk } from './register.js';

registerChunk('view', mountViewWith(enFirstLayer));
