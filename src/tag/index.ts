/**
 * The script tag (`dist/consentry.js`): what runs while the parser waits, kept to the
 * least that must happen before any other tag can: Consent Mode's default, the config as
 * written, `window.Consentry` (a stub that queues), and the start of the engine's download
 * (`consentry-engine.js`, with the banner's file too on a first visit). The engine checks
 * the config, reads the stored choice and releases what it grants once the parser yields;
 * until then every held tag stays held (SPEC §3: held tags are inert by their markup).
 */
import { readAttributes } from '../config/attributes.js';
import { isPlainObject } from '../config/validate.js';
import { armNet, type Net } from '../gate/net.js';
import { compileNet } from '../gate/net-match.js';
import { builtInCodes, isBuiltIn } from '../i18n/builtin.js';
import { pickLanguage } from '../i18n/pick.js';
import { sendConsentModeDefault } from '../signals/consent-mode.js';
import { sendEarlySignals } from '../signals/early.js';
import type { ConsentryApi } from '../types.js';
import { createFileLoader } from './files.js';
import { createStub } from './stub.js';

declare const __CONSENTRY_VERSION__: string;
/** The safety net's table, made from the catalog at build time (src/gate/net-table.ts). */
declare const __CONSENTRY_NET__: string;

type TagWindow = Window & { Consentry?: ConsentryApi; consentryConfig?: unknown };

/** What the script tag reads of the config as written, before the engine checks it. */
interface EarlyConfig {
  autoHold?: unknown;
  lang?: unknown;
  translations?: unknown;
  services?: unknown;
  categories?: unknown;
}

const failed = '[Consentry] failed to start; every held tag stays blocked.';

/** `read()`, or `fallback` when it throws: a config whose getters throw, cookies a sandboxed frame cannot read. */
function attempt<T>(read: () => T, fallback: T): T {
  try {
    return read();
  } catch {
    return fallback;
  }
}

/** The interface language (see i18n/pick.ts), among the built-in ones and the config's own. */
const languageOf = (early: EarlyConfig, attribute: string | undefined) =>
  attempt(
    () =>
      pickLanguage(document, attribute ?? (typeof early.lang === 'string' ? early.lang : undefined), [
        ...builtInCodes,
        ...(isPlainObject(early.translations) ? Object.keys(early.translations) : []),
      ]),
    'en',
  );

/** Whether the config names services by catalog id (SPEC §2): a non-empty `services`, or an id among a category's services. */
const namesServices = (early: EarlyConfig) =>
  attempt(
    () =>
      (Array.isArray(early.services) && early.services.length > 0) ||
      (isPlainObject(early.categories) &&
        Object.values(early.categories).some(
          (c) => isPlainObject(c) && Array.isArray(c.services) && c.services.some((s) => typeof s === 'string'),
        )),
    false,
  );

/**
 * The synchronous part, while the parser waits: Consent Mode's default, `window.Consentry`,
 * the safety net and the early signals; the downloads wait for the first frame.
 */
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
  // The config as written; the engine checks it, the attributes winning (SPEC §1).
  const config = win.consentryConfig;
  const early = (config ?? {}) as EarlyConfig;
  let net: Net | undefined;
  // The safety net (SPEC §3), unless `autoHold: false`: armed before the parser goes on.
  if (attempt(() => early.autoHold !== false, true))
    try {
      net = armNet(win as Window & typeof globalThis, compileNet(__CONSENTRY_NET__));
    } catch (error) {
      console.error('[Consentry] the safety net could not start; only tags marked with data-consent are held.', error);
    }
  const attributes = readAttributes(script);
  const gppQueue = sendEarlySignals(win, config, attributes);
  const nonce = script?.nonce || undefined;

  /** Fetches the engine (and the banner's file on a first visit) in the page's language, and starts it. */
  const download = () => {
    const lang = languageOf(early, attributes.lang);
    const load = createFileLoader(document, script?.src || location.href, nonce, isBuiltIn);
    if (!attempt(() => /(?:^|;\s*)consentry=/.test(document.cookie), false)) load('firstLayer', lang).catch(() => {});
    // The catalog beside the engine, only when the config names services by id. Without
    // it the engine counts those ids as config errors: it fails closed.
    const catalog = namesServices(early)
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
            loadView: (l) => load('firstLayer', l),
            loadPreferences: (l) => load('preferences', l),
            loadRecords: () => load('records'),
            loadGpp: () => load('gpp'),
            loadStatus: () => load('status'),
          }),
        ),
      )
      .catch((error) => {
        stub.fail();
        console.error(failed, error);
      });
  };

  // The downloads start after the first frame, or at DOMContentLoaded if that comes first:
  // the first script a page inserts costs Chromium milliseconds (its fetch is set up
  // synchronously), and a timer alone often ran before the first paint, while the parser
  // waited. DOMContentLoaded keeps the engine ahead of the load event, so a page that asks
  // Consentry once loaded finds it running, and a tab opened in the background starts too.
  let started = false;
  const go = () => {
    if (started) return;
    started = true;
    try {
      download();
    } catch (error) {
      console.error(failed, error);
    }
  };
  requestAnimationFrame(() => setTimeout(go));
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', go);
  else setTimeout(go);
}

try {
  start();
} catch (error) {
  // Fail closed: nothing held was released, and nothing will be.
  console.error(failed, error);
}
