/**
 * The preferences for the script tag, in English (`dist/consentry-prefs.js`): the Preact
 * dialog and the cookie declaration, fetched the first time either is needed.
 */
import { en } from '../i18n/en.js';
import { mountPreferencesWith } from '../ui/mount-preferences.js';
import { registerChunk } from './register.js';

registerChunk('preferences', mountPreferencesWith(en));
