/**
 * The script tag (`dist/consentry.js`): what runs while the parser waits, kept to the
 * least that must happen before any other tag can: Consent Mode's default, the config as
 * written, `window.Consentry` (a stub that queues), and the start of the engine's download
 * (`consentry-engine.js`, with the banner's file too on a first visit). The engine checks
 * the config, reads the stored choice and releases what it grants once the parser yields;
 * until then every held tag stays held (SPEC §3: held tags are inert by their markup).
 */
import { type Attributes, readAttributes } from '../config/attributes.js';
import { isPlainObject } from '../config/validate.js';
import { builtInCodes, isBuiltIn } from '../i18n/builtin.js';
import { pickLanguage } from '../i18n/language.js';
import { createFileLoader } from '../page/files.js';
import type { ConsentryApi } from '../types.js';
import { sendConsentModeDefault, sendEarlySignals } from './signals.js';
import { createStub, type Stub } from './stub.js';

declare const __CONSENTRY_VERSION__: string;

type TagWindow = Window & { Consentry?: ConsentryApi; consentryConfig?: unknown };

/** The interface language, from the config as written (see i18n/language.ts). */
function languageOf(config: unknown, attributes: Attributes): string {
  try {
    const { lang, translations } = (config ?? {}) as { lang?: unknown; translations?: unknown };
    const own = isPlainObject(translations) ? Object.keys(translations) : [];
    const chosen = attributes.lang ?? (typeof lang === 'string' ? lang : undefined);
    return pickLanguage(document, chosen, [...builtInCodes, ...own]);
  } catch {
    return 'en';
  }
}

/** Whether a choice may be stored: the banner's file is fetched with the engine when not. */
function hasStoredChoice(): boolean {
  try {
    return /(?:^|;\s*)consentry=/.test(document.cookie);
  } catch {
    return false; // cookies unreadable (a sandboxed frame): nothing was stored
  }
}

function start() {
  const win = window as TagWindow;
  if (win.Consentry) {
    console.warn('[Consentry] the script is included twice; the second copy does nothing.');
    return;
  }
  // Consent Mode's default first, before any tag can run (SPEC §4).
  sendConsentModeDefault(win);
  const stub = createStub(__CONSENTRY_VERSION__);
  win.Consentry = stub.api;
  // A tag manager may insert the script without `currentScript`; find it by name instead.
  const script = (document.currentScript ??
    document.querySelector('script[src*="consentry"]')) as HTMLScriptElement | null;
  const nonce = script?.nonce || undefined;
  // The config as written; the engine checks it, the attributes winning (SPEC §1).
  const config = win.consentryConfig;
  const attributes = readAttributes(script);
  const gppQueue = sendEarlySignals(win, config, attributes);
  // The downloads start after the first frame, or at DOMContentLoaded if that comes first:
  // the first script a page inserts costs Chromium milliseconds (its fetch is set up
  // synchronously), and a timer alone often ran before the first paint, while the parser
  // waited. DOMContentLoaded keeps the engine ahead of the load event, so a page that asks
  // Consentry once loaded finds it running, and a tab opened in the background starts too.
  afterFirstFrameOrDomReady(() => {
    try {
      fetchAndStart({ config, attributes, gppQueue, nonce, base: script?.src || location.href, stub });
    } catch (error) {
      console.error('[Consentry] failed to start; every held tag stays blocked.', error);
    }
  });
}

/** Runs `fn` once: in a task after the first frame, or at DOMContentLoaded, whichever comes first. */
function afterFirstFrameOrDomReady(fn: () => void) {
  let done = false;
  const go = () => {
    if (done) return;
    done = true;
    fn();
  };
  requestAnimationFrame(() => setTimeout(go));
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', go, { once: true });
  else setTimeout(go);
}

interface Boot {
  config: unknown;
  attributes: Attributes;
  gppQueue: unknown[][] | undefined;
  nonce: string | undefined;
  /** Where Consentry's other files are: next to the script tag's own. */
  base: string;
  stub: Stub;
}

/** Fetches the engine (and the banner's file on a first visit) in the page's language, and starts it. */
function fetchAndStart({ config, attributes, gppQueue, nonce, base, stub }: Boot) {
  const lang = languageOf(config, attributes);
  const load = createFileLoader(document, base, nonce, isBuiltIn);
  if (!hasStoredChoice()) load('view', lang).catch(() => {});
  load('engine', lang)
    .then((startEngine) =>
      stub.start(
        startEngine(config, {
          attributes,
          gppQueue,
          nonce,
          lang,
          defaultSent: true,
          loadView: (l) => load('view', l),
          loadPreferences: (l) => load('preferences', l),
          loadRecords: () => load('records'),
          loadGpp: () => load('gpp'),
        }),
      ),
    )
    .catch((error) => {
      stub.fail();
      console.error('[Consentry] failed to start; every held tag stays blocked.', error);
    });
}

try {
  start();
} catch (error) {
  // Fail closed: nothing held was released, and nothing will be.
  console.error('[Consentry] failed to start; every held tag stays blocked.', error);
}
