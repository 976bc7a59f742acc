/** The view chunk in Spanish (`dist/consentry-ui.es.js`), as ./entry.ts is in English. */
import { es } from '../i18n/es.js';
import { registerChunk } from './register.js';

registerChunk(es);
