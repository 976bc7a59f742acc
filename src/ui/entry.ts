/**
 * The view chunk for the script tag (`dist/consentry-ui.js`): the banner and preferences,
 * and the records module that stores decisions, registered for the gate to pick up.
 */
import { createRecords } from '../storage/records.js';
import type { ViewChunk } from '../view.js';
import { mountView } from './mount.js';

(window as Window & { consentryView?: ViewChunk }).consentryView = { mountView, createRecords };
