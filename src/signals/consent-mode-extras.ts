import type { Choices } from '../types.js';
import { gtagCommand, toConsentModeState } from './consent-mode.js';

/** The Consent Mode settings a site may add to the default (config `adsDataRedaction`, `urlPassthrough`). */
export interface ConsentModeExtras {
  /** While `ad_storage` is denied, Google Ads tags drop ad-click identifiers from what they send. */
  adsDataRedaction?: boolean;
  /** While storage is denied, Google tags carry ad-click and analytics ids in links instead of cookies. */
  urlPassthrough?: boolean;
}

/**
 * Sends `gtag('set', 'ads_data_redaction', true)` and `gtag('set', 'url_passthrough', true)`
 * as configured. Call it right after the consent default, before any Google tag loads:
 * gtag.js reads both settings when it starts.
 * @example setConsentModeExtras(window, { adsDataRedaction: true })
 */
export function setConsentModeExtras(win: Window, extras: ConsentModeExtras): void {
  if (extras.adsDataRedaction) gtagCommand(win, 'set', 'ads_data_redaction', true);
  if (extras.urlPassthrough) gtagCommand(win, 'set', 'url_passthrough', true);
}

/**
 * Where opt-out rules hold, when the site names no regions: the United States (every state
 * law there is opt-out for cookies and advertising). An ISO 3166-1 country code is also
 * an ISO 3166-2 region for Google's `region` parameter.
 */
export const defaultOptOutRegions: readonly string[] = ['US'];

/**
 * The extra `gtag('consent', 'default', {…, region})` command for `mode: 'auto'` when the
 * site supplies no region: Consentry's own default stays denied everywhere, and this
 * region-scoped default grants, for visitors Google locates in `regions`, every key that
 * opt-out mode would grant at first. Google applies the most specific region's default,
 * whatever the order of the two commands. `optOutChoices` are the categories opt-out
 * mode grants before any choice, after GPC (advertising and saleOrShare denied when the
 * browser sends it). Empty when nothing would be granted.
 * @example regionDefaults(['US'], { analytics: true }) // [['consent', 'default', { analytics_storage: 'granted', region: ['US'] }]]
 */
export function regionDefaults(regions: readonly string[], optOutChoices: Choices): unknown[][] {
  const granted = Object.fromEntries(
    Object.entries(toConsentModeState(optOutChoices)).filter(
      // security_storage is granted everywhere by the default already.
      ([key, value]) => value === 'granted' && key !== 'security_storage',
    ),
  );
  return regions.length && Object.keys(granted).length
    ? [['consent', 'default', { ...granted, region: [...regions] }]]
    : [];
}

/**
 * Pushes `regionDefaults` right after Consentry's own default.
 * @example setRegionDefaults(window, defaultOptOutRegions, optOutChoices)
 */
export function setRegionDefaults(win: Window, regions: readonly string[], optOutChoices: Choices): void {
  for (const command of regionDefaults(regions, optOutChoices)) gtagCommand(win, ...command);
}
