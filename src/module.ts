/**
 * The npm entry: the same engine as the script tag, for bundlers.
 * @example import { createConsentry } from 'consentry'; const consent = createConsentry({ policyUrl: '/privacy' });
 */
import { type ConsentryOptions, createConsentry as create } from './api.js';
import { catalogServices } from './config/services-data.js';
import { armNet } from './gate/net.js';
import { compileNet } from './gate/net-match.js';
import { loadStrings } from './i18n/load.js';
import { sendConsentModeDefault } from './signals/consent-mode.js';
import { sendEarlySignals } from './signals/early.js';
import type { ConsentryApi, ConsentryConfig } from './types.js';

declare const __CONSENTRY_NET__: string;

export type { ConsentryOptions } from './api.js';
export type * from './types.js';

/**
 * Starts Consentry with its view, preferences, records and status report loaded on demand (chunks your
 * bundler splits; one per built-in language for the strings).
 * @example createConsentry({ policyUrl: '/privacy', cookiePolicyUrl: '/cookies' })
 */
export function createConsentry(config: ConsentryConfig = {}, options: ConsentryOptions = {}): ConsentryApi {
  // What must come before any other tag, as the script tag sends it (src/tag/).
  sendConsentModeDefault(window);
  const gppQueue = sendEarlySignals(window, config, {});
  // The safety net from here on: what the page inserted before this call is not caught.
  const net = config.autoHold === false ? undefined : armNet(window, compileNet(__CONSENTRY_NET__));
  return create(config, {
    defaultSent: true,
    gppQueue,
    // Services by name (SPEC §2), checked and filled in from the bundled catalog.
    catalog: catalogServices,
    net,
    loadGpp: () => import('./signals/gpp/api.js').then((m) => m.createGppApi),
    loadView: (lang) =>
      Promise.all([import('./ui/first-layer.js'), loadStrings(lang)]).then(([m, t]) => m.mountViewWith(t)),
    loadPreferences: (lang) =>
      Promise.all([import('./ui/mount-preferences.js'), loadStrings(lang)]).then(([m, t]) => m.mountPreferencesWith(t)),
    loadRecords: () => import('./storage/records.js').then((m) => m.createRecords),
    loadStatus: () => import('./status.js').then((m) => m.buildStatus),
    reopenLabel: (lang) => loadStrings(lang).then((t) => t.reopen),
    ...options,
  });
}
