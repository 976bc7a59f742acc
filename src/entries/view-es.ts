/** The first layer in Spanish (`dist/consentry-ui.es.js`), as ./view.ts is in English. */
import { esFirstLayer } from '../i18n/es.js';
import { mountViewWith } from '../ui/first-layer.js';
import { registerChunk } from './register.js';

registerChunk('view', mountViewWith(esFirstLayer));
