import type { Choices } from '../consent/choices.js';

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

/** The property that marks the gtag commands Consentry pushes itself, holding when it pushed them. */
const pushedAt = 'consentryPushedAt';

/**
 * Pushes a gtag command, as the page's own `gtag()` would, without relying on it. The
 * command is marked as Consentry's (`consentryPushTime`), so that the Consent Mode
 * self-check tells it from other scripts' commands.
 * @example gtagCommand(window, 'consent', 'update', { analytics_storage: 'granted' })
 */
export function gtagCommand(win: Window, ...args: unknown[]): void {
  const command = asArguments(...args);
  // Not enumerable: gtag.js and Tag Manager read a command by its indices only.
  Object.defineProperty(command, pushedAt, { value: win.performance?.now() ?? 0 });
  dataLayerOf(win).push(command);
}

/**
 * When Consentry pushed this dataLayer entry (milliseconds on the page's performance
 * clock), or undefined when another script pushed it.
 * @example consentryPushTime(dataLayer[0]) // 12.5
 */
export const consentryPushTime = (entry: unknown): number | undefined =>
  (Object(entry) as Record<string, number | undefined>)[pushedAt];

/**
 * Defines `window.dataLayer` and a standard `gtag` when the page has none. The page's
 * calls through it are the page's, not marked as Consentry's.
 */
export function ensureGtag(win: Window): void {
  const w = win as DataLayerWindow;
  dataLayerOf(win);
  if (typeof w.gtag !== 'function') w.gtag = (...args: unknown[]) => dataLayerOf(win).push(asArguments(...args));
}

/** Pushes a plain object (a Tag Manager event) to the page's dataLayer. */
export function pushEvent(win: Window, event: Record<string, unknown>): void {
  dataLayerOf(win).push(event);
}

/**
 * Consent Mode's default (SPEC §4): every key denied but `security_storage`, waiting 500 ms
 * for the update; `window.dataLayer` and a standard `gtag` when the page has none.
 */
export function sendConsentModeDefault(win: Window): void {
  ensureGtag(win);
  gtagCommand(win, 'consent', 'default', { ...toConsentModeState({}), wait_for_update: 500 });
}
