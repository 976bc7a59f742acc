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
import { armNet, type Net } from '../gate/net.js';
import { compileNet } from '../gate/net-match.js';
import { builtInCodes, isBuiltIn } from '../i18n/builtin.js';
import { pickLanguage } from '../i18n/language.js';
import { createFileLoader } from '../page/files.js';
import type { ConsentryApi } from '../types.js';
import { sendConsentModeDefault, sendEarlySignals } from './signals.js';
import { createStub, type Stub } from './stub.js';

declare const __CONSENTRY_VERSION__: string;
/** The safety net's table, made from the catalog at build time (src/gate/net-table.ts). */
declare const __CONSENTRY_NET__: string;

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

/** The safety net is on unless the config says `autoHold: false`; a config that throws when read keeps it on. */
function wantsNet(config: unknown): boolean {
  try {
    return (config as { autoHold?: unknown } | undefined)?.autoHold !== false;
  } catch {
    return true;
  }
}

/** Arms the safety net (SPEC §3) before the parser goes on; a failure to arm it is said, and the rest goes on. */
function armNetFor(config: unknown): Net | undefined {
  if (!wantsNet(config)) return undefined;
  try {
    return armNet(window, compileNet(__CONSENTRY_NET__));
  } catch (error) {
    console.error('[Consentry] the safety net could not start; only tags marked with data-consent are held.', error);
    return undefined;
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
  const net = armNetFor(config);
  const attributes = readAttributes(script);
  const gppQueue = sendEarlySignals(win, config, attributes);
  // The downloads start after the first frame, or at DOMContentLoaded if that comes first:
  // the first script a page inserts costs Chromium milliseconds (its fetch is set up
  // synchronously), and a timer alone often ran before the first paint, while the parser
  // waited. DOMContentLoaded keeps the engine ahead of the load event, so a page that asks
  // Consentry once loaded finds it running, and a tab opened in the background starts too.
  afterFirstFrameOrDomReady(() => {
    try {
      fetchAndStart({ config, attributes, gppQueue, nonce, base: script?.src || location.href, stub, net });
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
  net: Net | undefined;
}

/**
 * Whether the config names services by catalog id (SPEC §2), so the engine needs the
 * catalog's file: a non-empty `services`, or an id among a category's services.
 */
function namesServices(config: unknown): boolean {
  try {
    const { services, categories } = (config ?? {}) as { services?: unknown; categories?: unknown };
    if (Array.isArray(services) && services.length) return true;
    return (
      isPlainObject(categories) &&
      Object.values(categories).some(
        (c) => isPlainObject(c) && Array.isArray(c.services) && c.services.some((s) => typeof s === 'string'),
      )
    );
  } catch {
    return false; // the engine reads it again, and reports what throws
  }
}

/** Fetches the engine (and the banner's file on a first visit) in the page's language, and starts it. */
function fetchAndStart({ config, attributes, gppQueue, nonce, base, stub, net }: Boot) {
  const lang = languageOf(config, attributes);
  const load = createFileLoader(document, base, nonce, isBuiltIn);
  if (!hasStoredChoice()) load('view', lang).catch(() => {});
  // The catalog beside the engine, only when the config names services by id. Without it
  // the engine counts those ids as config errors: it fails closed.
  const catalog = namesServices(config)
    ? load('services').catch((error) => {
        console.error(
          '[Consentry] consentry-services.js did not load, so the services named by id cannot be used.',
          error,
        );
        return undefined;
      })
    : undefined;
  load('engine', lang)
    .then(async (startEngine) =>
      stub.start(
        startEngine(config, {
          catalog: await catalog,
          attributes,
          gppQueue,
          net,
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
