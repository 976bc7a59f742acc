import type { Choices } from '../types.js';

/** Google Consent Mode v2 keys each built-in category grants (SPEC §2). */
export const consentModeKeys: Readonly<Record<string, readonly string[]>> = {
  necessary: ['security_storage'],
  preferences: ['functionality_storage', 'personalization_storage'],
  analytics: ['analytics_storage'],
  advertising: ['ad_storage', 'ad_user_data', 'ad_personalization'],
};

export type ConsentModeState = Record<string, 'granted' | 'denied'>;

/**
 * The Consent Mode state for the granted categories; every key is present.
 * @example toConsentModeState({ analytics: true }).analytics_storage // 'granted'
 */
export function toConsentModeState(granted: Choices): ConsentModeState {
  const state: ConsentModeState = {};
  for (const [category, keys] of Object.entries(consentModeKeys)) {
    for (const key of keys) state[key] = granted[category] || category === 'necessary' ? 'granted' : 'denied';
  }
  return state;
}

type DataLayerWindow = Window & { dataLayer?: unknown[]; gtag?: (...args: unknown[]) => void };

/** The page's dataLayer as it is now (the page may have replaced it), created when missing. */
function dataLayerOf(win: Window): unknown[] {
  const w = win as DataLayerWindow;
  if (!Array.isArray(w.dataLayer)) w.dataLayer = [];
  return w.dataLayer;
}

// gtag.js reads only Arguments objects from the dataLayer and ignores arrays.
function asArguments(..._args: unknown[]): IArguments {
  // biome-ignore lint/complexity/noArguments: the Arguments object is the point
  return arguments;
}

/**
 * Pushes a gtag command, as the page's own `gtag()` would, without relying on it.
 * @example gtagCommand(window, 'consent', 'update', { analytics_storage: 'granted' })
 */
export function gtagCommand(win: Window, ...args: unknown[]): void {
  dataLayerOf(win).push(asArguments(...args));
}

/** Defines `window.dataLayer` and a standard `gtag` when the page has none. */
export function ensureGtag(win: Window): void {
  const w = win as DataLayerWindow;
  dataLayerOf(win);
  if (typeof w.gtag !== 'function') w.gtag = (...args: unknown[]) => gtagCommand(win, ...args);
}

/** Pushes a plain object (a Tag Manager event) to the page's dataLayer. */
export function pushEvent(win: Window, event: Record<string, unknown>): void {
  dataLayerOf(win).push(event);
}
