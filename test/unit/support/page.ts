/**
 * Factories and clean-up for unit tests that touch the page. Nothing here holds state
 * between tests: every helper builds a fresh value or resets the page to a blank one.
 */
import nodeConsole from 'node:console';
import { IDBFactory } from 'fake-indexeddb';
import { vi } from 'vitest';
import type { Choices, Receipt } from '../../../src/types';

const dayMs = 86_400_000;

/** The built-in categories with only `necessary` granted, plus `overrides`. */
export const makeChoices = (overrides: Partial<Choices> = {}): Choices =>
  ({
    necessary: true,
    preferences: false,
    analytics: false,
    advertising: false,
    social: false,
    ...overrides,
  }) as Choices;

/** Every built-in category granted. */
export const allGranted = (): Choices =>
  makeChoices({ preferences: true, analytics: true, advertising: true, social: true });

/** Consent Mode's state as the widget sets it: `security_storage` always granted, every other key `value`. */
const consentModeState = (value: 'granted' | 'denied') => ({
  security_storage: 'granted',
  functionality_storage: value,
  personalization_storage: value,
  analytics_storage: value,
  ad_storage: value,
  ad_user_data: value,
  ad_personalization: value,
});

/** Consent Mode's state when nothing but `necessary` is granted. */
export const deniedState = () => consentModeState('denied');

/** Consent Mode's state when every category is granted. */
export const grantedState = () => consentModeState('granted');

/** A well-formed receipt decided now (or `daysAgo` days ago) on revision '1'. */
export function makeReceipt(overrides: Partial<Receipt> & { daysAgo?: number } = {}): Receipt {
  const { daysAgo = 0, ...rest } = overrides;
  return {
    id: crypto.randomUUID(),
    timestamp: new Date(Date.now() - daysAgo * dayMs).toISOString(),
    revision: '1',
    choices: makeChoices(),
    method: 'banner',
    gpc: false,
    ...rest,
  };
}

/** Stores `value` as the `consentry` cookie, URI-encoded as a server would write it. */
export function storeCookie(value: unknown): void {
  const raw = typeof value === 'string' ? value : JSON.stringify(value);
  document.cookie = `consentry=${encodeURIComponent(raw)}; Path=/`;
}

/**
 * The `consentry` cookie as a server would read it: URI-decoded JSON, or null when the page
 * has none. Independent of the widget's own cookie code, so a test can check what it wrote.
 */
export function choiceCookie(): unknown {
  const pair = document.cookie.split('; ').find((c) => c.startsWith('consentry='));
  return pair ? JSON.parse(decodeURIComponent(pair.slice('consentry='.length))) : null;
}

/** The names of the cookies the page can see now. */
export const cookieNamesOnPage = (): string[] =>
  document.cookie
    .split(';')
    .map((c) => c.split('=')[0].trim())
    .filter(Boolean);

/** Expires every cookie the page can see, path `/`, host-only and on each parent domain of the host. */
export function expireAllCookies(): void {
  const labels = location.hostname.split('.');
  const domains = labels.slice(0, -1).map((_, i) => labels.slice(i).join('.'));
  for (const name of cookieNamesOnPage()) {
    const expired = `${name}=; Expires=Thu, 01 Jan 1970 00:00:00 GMT; Path=/`;
    document.cookie = expired;
    for (const domain of domains) document.cookie = `${expired}; Domain=${domain}`;
  }
}

/** The page's dataLayer, as Consentry and gtag.js see it. */
export const dataLayer = (): unknown[] => (window as Window & { dataLayer?: unknown[] }).dataLayer ?? [];

/** The dataLayer's gtag commands (Arguments objects) as plain arrays, e.g. ['consent', 'update', {...}]. */
export const gtagCommands = (): unknown[][] =>
  dataLayer()
    .filter((item) => Object.prototype.toString.call(item) === '[object Arguments]')
    .map((item) => Array.from(item as IArguments));

/** The `gtag('consent', 'update', …)` commands on the dataLayer, in order. */
export const consentUpdates = () => gtagCommands().filter((c) => c[0] === 'consent' && c[1] === 'update');

interface HappyDOMSettings {
  enableJavaScriptEvaluation: boolean;
  disableJavaScriptFileLoading: boolean;
  handleDisabledFileLoadingAsSuccess: boolean;
  suppressInsecureJavaScriptEnvironmentWarning: boolean;
}

const happyDOMSettings = () => (window as unknown as { happyDOM: { settings: HappyDOMSettings } }).happyDOM.settings;

/**
 * Lets happy-dom run inline scripts, and treats external ones as loaded without any
 * network request, so a test can see whether a released script actually ran.
 * Returns the function that puts the previous settings back.
 */
export function runInlineScripts(): () => void {
  const settings = happyDOMSettings();
  const before = { ...settings };
  settings.enableJavaScriptEvaluation = true;
  settings.disableJavaScriptFileLoading = true;
  settings.handleDisabledFileLoadingAsSuccess = true;
  settings.suppressInsecureJavaScriptEnvironmentWarning = true;
  return () => Object.assign(settings, before);
}

/** Parses `html` into the body and returns the body. */
export function setBody(html: string): HTMLElement {
  document.body.innerHTML = html;
  return document.body;
}

const pageGlobals = ['dataLayer', 'gtag', 'Consentry', 'consentryConfig', 'consentryChunks', 'ran'];

/**
 * Leaves the page blank: no cookies, no storage, no Consentry or gtag globals, path `/`,
 * and a new `<html>` element, so that MutationObservers an earlier test left on the old
 * one see nothing of the next test. Lets the test's timers (the 'ready' event) fire first.
 */
export async function cleanPage(): Promise<void> {
  // One macrotask, so that timers this test started (the 'ready' event) fire now.
  await new Promise((resolve) => setTimeout(resolve, 0));
  resetPage();
}

/**
 * {@link cleanPage} at once, for tests on fake timers, which run or drop their own timers
 * (`vi.runOnlyPendingTimersAsync()`, `vi.useRealTimers()`) before it.
 */
export function resetPage(): void {
  expireAllCookies();
  localStorage.clear();
  sessionStorage.clear();
  const html = document.createElement('html');
  html.append(document.createElement('head'), document.createElement('body'));
  document.documentElement.remove();
  document.append(html);
  const win = window as unknown as Record<string, unknown>;
  for (const key of pageGlobals) delete win[key];
  history.replaceState(null, '', '/');
}

/** Gives the test an empty IndexedDB of its own; `vi.unstubAllGlobals()` puts the shared one back. */
export function useEmptyIndexedDB(): void {
  vi.stubGlobal('indexedDB', new IDBFactory());
}

/**
 * Swaps in a BroadcastChannel that is real but remembered, so that the test can close
 * every channel it opened: an instance left listening would hear the next test's tabs.
 * Returns the function that closes them; `vi.unstubAllGlobals()` restores the original.
 */
export function trackBroadcastChannels(): () => void {
  const opened: BroadcastChannel[] = [];
  const Real = globalThis.BroadcastChannel;
  vi.stubGlobal(
    'BroadcastChannel',
    class extends Real {
      constructor(name: string) {
        super(name);
        opened.push(this);
      }
    },
  );
  return () => {
    for (const channel of opened.splice(0)) channel.close();
  };
}

/**
 * Silences what happy-dom itself logs for resources it will not load (every iframe it
 * is asked to load, for one). It logs to Node's own console, not the test's, so a spy
 * on `console.error` does not reach it. `vi.restoreAllMocks()` lets it speak again.
 */
export const quietHappyDOM = () => vi.spyOn(nodeConsole, 'error').mockImplementation(() => {});
