/**
 * The npm entry: the same engine as the script tag, for bundlers.
 * @example import { createConsentry } from 'consentry'; const consent = createConsentry({ policyUrl: '/privacy' });
 */
import { type ConsentryOptions, createConsentry as create } from './api.js';
import { loadStrings } from './i18n/load.js';
import { sendConsentModeDefault, sendEarlySignals } from './tag/signals.js';
import type { ConsentryApi, ConsentryConfig } from './types.js';

export type { ConsentryOptions } from './api.js';
export type * from './types.js';

/**
 * Starts Consentry with its view, preferences and records loaded on demand (chunks your
 * bundler splits; one per built-in language for the strings).
 * @example createConsentry({ policyUrl: '/privacy', cookiePolicyUrl: '/cookies' })
 */
export function createConsentry(config: ConsentryConfig = {}, options: ConsentryOptions = {}): ConsentryApi {
  // What must come before any other tag, as the script tag sends it (src/tag/).
  sendConsentModeDefault(window);
  const gppQueue = sendEarlySignals(window, config, {});
  return create(config, {
    defaultSent: true,
    gppQueue,
    loadGpp: () => import('./signals/gpp/api.js').then((m) => m.createGppApi),
    loadView: (lang) =>
      Promise.all([import('./ui/first-layer.js'), loadStrings(lang)]).then(([m, t]) => m.mountViewWith(t)),
    loadPreferences: (lang) =>
      Promise.all([import('./ui/mount-preferences.js'), loadStrings(lang)]).then(([m, t]) => m.mountPreferencesWith(t)),
    loadRecords: () => import('./storage/records.js').then((m) => m.createRecords),
    reopenLabel: (lang) => loadStrings(lang).then((t) => t.reopen),
    ...options,
  });
}
