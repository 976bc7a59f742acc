/**
 * The script-tag entry (`dist/consentry.js`): reads the config, starts the engine and
 * exposes `window.Consentry`. The view is a separate file loaded from this script's own
 * directory only when a banner or the preferences must show.
 */
import { createConsentry } from './api.js';
import { readAttributes } from './config/attributes.js';
import { builtInLanguages } from './i18n/language.js';
import { trusted } from './trusted.js';
import type { ConsentryApi } from './types.js';
import type { ViewChunk } from './view.js';

type ConsentryWindow = Window & {
  Consentry?: ConsentryApi;
  consentryConfig?: unknown;
  consentryView?: ViewChunk;
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
    fromWindow === undefined || (typeof fromWindow === 'object' && fromWindow !== null && !Array.isArray(fromWindow))
      ? { ...(fromWindow as object), ...readAttributes(script) }
      : fromWindow;
  // One file, loaded once, brings the view and the records module: consentry-ui.es.js in
  // Spanish, or consentry-ui.js (English, the base for languages without built-in strings).
  let chunk: Promise<ViewChunk> | undefined;
  const loadChunk = (lang: string): Promise<ViewChunk> => {
    const file = `consentry-ui${lang === 'en' || !builtInLanguages.includes(lang) ? '' : `.${lang}`}.js`;
    chunk ??= (win.consentryView ? Promise.resolve() : loadScript(new URL(file, base).href, nonce))
      .then(() => win.consentryView ?? Promise.reject(new Error(`${file} did not register itself`)))
      .catch((error) => {
        chunk = undefined; // a later call may try again
        throw error;
      });
    return chunk;
  };
  win.Consentry = createConsentry(config as object, {
    nonce,
    loadView: (lang) => loadChunk(lang).then((c) => c.mountView),
    loadRecords: (lang) => loadChunk(lang).then((c) => c.createRecords),
  });
}

try {
  start();
} catch (error) {
  // Fail closed: nothing held was released, and nothing will be.
  console.error('[Consentry] failed to start; every held tag stays blocked.', error);
}
