/**
 * The script-tag entry (`dist/consentry.js`, the gate): reads the config, starts the
 * engine and exposes `window.Consentry`. Everything else is a file of its own, loaded from
 * this script's directory only when needed: the first layer (`consentry-ui.js`) when the
 * banner or a placeholder shows, the preferences (`consentry-prefs.js`) when they open,
 * the records (`consentry-records.js`) after a decision.
 */
import { createConsentry } from './api.js';
import { readAttributes } from './config/attributes.js';
import { isPlainObject } from './config/validate.js';
import { isBuiltIn } from './i18n/builtin.js';
import { trusted } from './trusted.js';
import type { ConsentryApi } from './types.js';
import type { Chunks } from './view.js';

type ConsentryWindow = Window & {
  Consentry?: ConsentryApi;
  consentryConfig?: unknown;
  consentryChunks?: Chunks;
};

function loadScript(src: string, nonce: string | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    const s = document.createElement('script');
    s.src = trusted(window).url(src);
    if (nonce) s.nonce = nonce;
    s.onload = () => resolve();
    s.onerror = () => reject(new Error(`${src} did not load`));
    document.head.append(s);
  });
}

function start() {
  const win = window as ConsentryWindow;
  if (win.Consentry) {
    console.warn('[Consentry] the script is included twice; the second copy does nothing.');
    return;
  }
  // A tag manager may insert the script without `currentScript`; find it by name instead.
  const script = (document.currentScript ??
    document.querySelector('script[src*="consentry"]')) as HTMLScriptElement | null;
  const base = script?.src || location.href;
  const nonce = script?.nonce || undefined;
  const fromWindow = win.consentryConfig;
  const config =
    fromWindow === undefined || isPlainObject(fromWindow) ? { ...fromWindow, ...readAttributes(script) } : fromWindow;
  // Each file is fetched once (a failed one may be tried again) and registers itself on
  // window.consentryChunks. The first layer and the preferences come one file per built-in
  // language (consentry-ui.de.js in German; English, with no suffix, is the base for any other).
  win.consentryChunks ??= {};
  const chunks = win.consentryChunks;
  const loading: Partial<Record<keyof Chunks, Promise<unknown>>> = {};
  const load = <K extends keyof Chunks>(key: K, name: string, lang?: string): Promise<NonNullable<Chunks[K]>> => {
    const file = `consentry-${name}${lang && lang !== 'en' && isBuiltIn(lang) ? `.${lang}` : ''}.js`;
    loading[key] ??= (chunks[key] ? Promise.resolve() : loadScript(new URL(file, base).href, nonce))
      .then(() => chunks[key] ?? Promise.reject(new Error(`${file} did not register itself`)))
      .catch((error) => {
        loading[key] = undefined;
        throw error;
      });
    return loading[key] as Promise<NonNullable<Chunks[K]>>;
  };
  win.Consentry = createConsentry(config as object, {
    nonce,
    loadView: (lang) => load('view', 'ui', lang),
    loadPreferences: (lang) => load('preferences', 'prefs', lang),
    loadRecords: () => load('records', 'records'),
  });
}

try {
  start();
} catch (error) {
  // Fail closed: nothing held was released, and nothing will be.
  console.error('[Consentry] failed to start; every held tag stays blocked.', error);
}
