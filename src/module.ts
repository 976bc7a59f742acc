/**
 * The npm entry: the same engine as the script tag, for bundlers.
 * @example import { createConsentry } from 'consentry'; const consent = createConsentry({ policyUrl: '/privacy' });
 */
import { type ConsentryOptions, createConsentry as create } from './api.js';
import type { ConsentryApi, ConsentryConfig } from './types.js';

export type { ConsentryOptions } from './api.js';
export type * from './types.js';

/**
 * Starts Consentry with its view, preferences and records loaded on demand (chunks your bundler splits).
 * @example createConsentry({ policyUrl: '/privacy', cookiePolicyUrl: '/cookies' })
 */
export function createConsentry(config: ConsentryConfig = {}, options: ConsentryOptions = {}): ConsentryApi {
  return create(config, {
    loadView: (lang) =>
      Promise.all([
        import('./ui/first-layer.js'),
        lang === 'es'
          ? import('./i18n/es.js').then((m) => m.esFirstLayer)
          : import('./i18n/en.js').then((m) => m.enFirstLayer),
      ]).then(([m, base]) => m.mountViewWith(base)),
    loadPreferences: (lang) =>
      Promise.all([
        import('./ui/mount-preferences.js'),
        lang === 'es' ? import('./i18n/es.js').then((m) => m.es) : import('./i18n/en.js').then((m) => m.en),
      ]).then(([m, base]) => m.mountPreferencesWith(base)),
    loadRecords: () => import('./storage/records.js').then((m) => m.createRecords),
    ...options,
  });
}
