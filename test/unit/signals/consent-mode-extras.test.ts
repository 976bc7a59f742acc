import { afterEach, describe, expect, it } from 'vitest';
import { consentryPushTime, ensureGtag, gtagCommand } from '../../../src/signals/consent-mode';
import {
  defaultOptOutRegions,
  regionDefaults,
  setConsentModeExtras,
  setRegionDefaults,
} from '../../../src/signals/consent-mode-extras';
import { cleanPage, dataLayer, gtagCommands, makeChoices } from '../support/page';

afterEach(cleanPage);

describe('setConsentModeExtras', () => {
  it('sets ads_data_redaction and url_passthrough as gtag commands, in that order', () => {
    setConsentModeExtras(window, { adsDataRedaction: true, urlPassthrough: true });
    expect(gtagCommands()).toEqual([
      ['set', 'ads_data_redaction', true],
      ['set', 'url_passthrough', true],
    ]);
  });

  it('sets only what is configured', () => {
    setConsentModeExtras(window, { urlPassthrough: true });
    setConsentModeExtras(window, { adsDataRedaction: false });
    setConsentModeExtras(window, {});
    expect(gtagCommands()).toEqual([['set', 'url_passthrough', true]]);
  });

  it('comes right after the default, before a Google tag the page configures', () => {
    gtagCommand(window, 'consent', 'default', { ad_storage: 'denied' });
    setConsentModeExtras(window, { adsDataRedaction: true });
    ensureGtag(window);
    (window as Window & { gtag: (...args: unknown[]) => void }).gtag('js', 'now');
    expect(gtagCommands().map((command) => command.slice(0, 2))).toEqual([
      ['consent', 'default'],
      ['set', 'ads_data_redaction'],
      ['js', 'now'],
    ]);
  });
});

describe('regionDefaults', () => {
  it('grants, in the given regions only, the keys opt-out mode grants at first', () => {
    const choices = makeChoices({ preferences: true, analytics: true, advertising: true });
    expect(regionDefaults(['US'], choices)).toEqual([
      [
        'consent',
        'default',
        {
          functionality_storage: 'granted',
          personalization_storage: 'granted',
          analytics_storage: 'granted',
          ad_storage: 'granted',
          ad_user_data: 'granted',
          ad_personalization: 'granted',
          region: ['US'],
        },
      ],
    ]);
  });

  it('leaves advertising keys out when GPC kept advertising denied', () => {
    const [[, , state]] = regionDefaults(['US-CA', 'US-CO'], makeChoices({ analytics: true }));
    expect(state).toEqual({ analytics_storage: 'granted', region: ['US-CA', 'US-CO'] });
  });

  it('is empty when nothing would be granted, or no region is named', () => {
    expect(regionDefaults(['US'], makeChoices())).toEqual([]);
    expect(regionDefaults([], makeChoices({ analytics: true }))).toEqual([]);
  });

  it('targets the United States unless the site says otherwise', () => {
    expect(defaultOptOutRegions).toEqual(['US']);
  });
});

describe('setRegionDefaults', () => {
  it('pushes the region-scoped default as Consentry’s own command', () => {
    setRegionDefaults(window, ['US'], makeChoices({ analytics: true }));
    expect(gtagCommands()).toEqual([['consent', 'default', { analytics_storage: 'granted', region: ['US'] }]]);
    expect(consentryPushTime(dataLayer()[0])).toBeTypeOf('number');
  });
});
