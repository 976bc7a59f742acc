import { type ConsentryOptions, startEngine } from './engine/index.js';
import type { ConsentryApi, ConsentryConfig } from './types.js';

export type { ConsentryOptions } from './engine/index.js';

declare const __CONSENTRY_VERSION__: string;

/**
 * Starts Consentry on a page and returns the public API (SPEC §8): pushes the Consent
 * Mode default, applies the stored choice, holds and releases tagged elements.
 * @example const consent = createConsentry({ policyUrl: '/privacy' }); consent.has('analytics')
 */
export function createConsentry(input: ConsentryConfig = {}, options: ConsentryOptions = {}): ConsentryApi {
  const { store, decisions, view, events, records, status, destroy } = startEngine(input, options);
  return {
    get: store.granted,
    has: (id) => store.granted()[id] === true,
    acceptAll: () => decisions.acceptAll('api'),
    rejectAll: () => decisions.rejectAll('api'),
    set: (partial) => decisions.set(partial, 'api'),
    showBanner: () => view.show('showBanner'),
    showPreferences: () => view.show('showPreferences'),
    hide: () => view.show('hide'),
    reset: decisions.reset,
    on: events.on,
    status,
    history: () => records.get().then((r) => r?.list() ?? []),
    destroy,
    version: __CONSENTRY_VERSION__,
  };
}
