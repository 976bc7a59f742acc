import type { Strings } from '../i18n/index.js';
import { createRecords } from '../storage/records.js';
import type { ViewChunk } from '../view.js';
import { mountViewWith } from './mount.js';

/** Registers a view chunk on `window.consentryView`, where the gate picks it up. */
export function registerChunk(base: Strings): void {
  (window as Window & { consentryView?: ViewChunk }).consentryView = { mountView: mountViewWith(base), createRecords };
}
