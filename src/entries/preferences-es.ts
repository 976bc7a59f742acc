/** The preferences in Spanish (`dist/consentry-prefs.es.js`), as ./preferences.ts is in English. */
import { es } from '../i18n/es.js';
import { mountPreferencesWith } from '../ui/mount-preferences.js';
import { registerChunk } from './register.js';

registerChunk('preferences', mountPreferencesWith(es));
