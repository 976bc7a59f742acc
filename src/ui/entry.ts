/**
 * The view chunk for the script tag, in English (`dist/consentry-ui.js`; also the base
 * for languages without built-in strings): the banner and preferences, and the records
 * module that stores decisions, registered for the gate to pick up.
 */
import { en } from '../i18n/en.js';
import { registerChunk } from './register.js';

registerChunk(en);
