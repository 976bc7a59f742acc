/**
 * The signals the script tag sends before any other tag runs, from the config as written,
 * before the engine checks it (the engine sends Consent Mode's default itself when the npm
 * module starts it without the tag).
 */
import type { Attributes } from '../config/attributes.js';
import { saleOrShareByDefault } from '../consent/choices.js';
import { defaultOptOutRegions, setConsentModeExtras, setRegionDefaults } from './consent-mode-extras.js';
import { hasGPC } from './gpc.js';
import { installGppStub } from './gpp/stub.js';
import { sendPartnerDefaults } from './partners/defaults.js';

/** The few keys the script tag reads before the engine checks the config. */
interface EarlyKeys {
  mode?: unknown;
  region?: unknown;
  honorGPC?: unknown;
  adsDataRedaction?: unknown;
  urlPassthrough?: unknown;
  gpp?: unknown;
  services?: unknown;
  categories?: Record<string, { saleOrShare?: unknown } | undefined>;
}

/**
 * What Google's and the ad partners' tags must find before any of them runs, from the
 * config as written (only a literal `true` turns a switch on; the engine reports any bad
 * value): `ads_data_redaction` and `url_passthrough` (`gtag('set', …)`); the denied defaults
 * of the partners named in `services`, each in its vendor's own queue; in `mode: 'auto'`
 * without a region, Consent Mode defaults for the opt-out regions (the US), where GPC
 * keeps the ad keys denied; and the IAB GPP stub (`gpp: true`). Returns the GPP stub's
 * queue for the engine, if it installed one.
 * @example sendEarlySignals(window, window.consentryConfig, readAttributes(script))
 */
export function sendEarlySignals(win: Window, config: unknown, attributes: Attributes): unknown[][] | undefined {
  let early: ReturnType<typeof readEarly>;
  try {
    early = readEarly(win, config, attributes);
  } catch {
    return undefined; // a config that throws when read: the engine reports it, and nothing extra is sent
  }
  setConsentModeExtras(win, early);
  // The partners named in `services` (SPEC §5): their denied defaults, in their own queues.
  sendPartnerDefaults(win, early.services);
  if (early.autoWithoutRegion) setRegionDefaults(win, defaultOptOutRegions, early.optOut);
  return early.gpp ? installGppStub(win) : undefined;
}

/** Every key the early signals need, read once before anything is sent: a read that throws sends nothing. */
function readEarly(win: Window, config: unknown, attributes: Attributes) {
  const c = (config ?? {}) as EarlyKeys;
  const gpc = c.honorGPC !== false && hasGPC(win.navigator);
  // What opt-out mode grants at first: all but, under GPC, the saleOrShare categories
  // (advertising unless the config says otherwise).
  const optOut = Object.fromEntries(
    (['preferences', 'analytics', 'advertising'] as const).map((id) => {
      const flag = c.categories?.[id]?.saleOrShare;
      return [id, !(gpc && (flag === undefined ? id === saleOrShareByDefault : flag === true))];
    }),
  );
  return {
    adsDataRedaction: c.adsDataRedaction === true,
    urlPassthrough: c.urlPassthrough === true,
    autoWithoutRegion: (attributes.mode ?? c.mode) === 'auto' && (attributes.region ?? c.region) === undefined,
    optOut,
    gpp: c.gpp === true,
    services: c.services,
  };
}
