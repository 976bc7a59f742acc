import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  consentModeKeys,
  ensureGtag,
  gtagCommand,
  pushEvent,
  toConsentModeState,
} from '../../../src/signals/consent-mode';
import { dataLayer, makeChoices, resetPage } from '../support/page';

type GtagWindow = Window & { dataLayer?: unknown[]; gtag?: (...args: unknown[]) => void };
const page = () => window as GtagWindow;
const isArguments = (item: unknown) => Object.prototype.toString.call(item) === '[object Arguments]';

const allKeys = [
  'ad_personalization',
  'ad_storage',
  'ad_user_data',
  'analytics_storage',
  'functionality_storage',
  'personalization_storage',
  'security_storage',
];

describe('toConsentModeState', () => {
  it('lists every Consent Mode v2 key', () => {
    expect(Object.keys(toConsentModeState({})).sort()).toEqual(allKeys);
  });

  it('grants only security_storage when nothing else is granted', () => {
    expect(toConsentModeState(makeChoices())).toEqual({
      security_storage: 'granted',
      functionality_storage: 'denied',
      personalization_storage: 'denied',
      analytics_storage: 'denied',
      ad_storage: 'denied',
      ad_user_data: 'denied',
      ad_personalization: 'denied',
    });
  });

  it('grants security_storage even when necessary is missing', () => {
    expect(toConsentModeState({}).security_storage).toBe('granted');
  });

  it('maps preferences to functionality_storage and personalization_storage', () => {
    const state = toConsentModeState(makeChoices({ preferences: true }));
    expect(state).toMatchObject({ functionality_storage: 'granted', personalization_storage: 'granted' });
    expect(state.analytics_storage).toBe('denied');
  });

  it('maps analytics to analytics_storage', () => {
    const state = toConsentModeState(makeChoices({ analytics: true }));
    expect(state.analytics_storage).toBe('granted');
    expect(state.ad_storage).toBe('denied');
  });

  it('maps advertising to ad_storage, ad_user_data and ad_personalization', () => {
    const state = toConsentModeState(makeChoices({ advertising: true }));
    expect(state).toMatchObject({ ad_storage: 'granted', ad_user_data: 'granted', ad_personalization: 'granted' });
    expect(state.analytics_storage).toBe('denied');
  });

  it('grants no key for social', () => {
    expect(toConsentModeState(makeChoices({ social: true }))).toEqual(toConsentModeState(makeChoices()));
  });

  it('keeps the mapping table as SPEC §2 lists it', () => {
    expect(consentModeKeys).toEqual({
      necessary: ['security_storage'],
      preferences: ['functionality_storage', 'personalization_storage'],
      analytics: ['analytics_storage'],
      advertising: ['ad_storage', 'ad_user_data', 'ad_personalization'],
    });
  });
});

describe('gtagCommand', () => {
  afterEach(resetPage);

  it('pushes an Arguments object, not an array, as gtag.js requires', () => {
    gtagCommand(window, 'consent', 'update', { analytics_storage: 'granted' });
    const [item] = dataLayer();
    expect(isArguments(item)).toBe(true);
    expect(Array.isArray(item)).toBe(false);
    expect(Array.from(item as IArguments)).toEqual(['consent', 'update', { analytics_storage: 'granted' }]);
  });

  it('creates the dataLayer when the page has none', () => {
    expect(page().dataLayer).toBeUndefined();
    gtagCommand(window, 'js', new Date(0));
    expect(page().dataLayer).toHaveLength(1);
  });

  it("appends to the page's own dataLayer, even one replaced after start", () => {
    const own: unknown[] = [{ event: 'page_view' }];
    page().dataLayer = own;
    gtagCommand(window, 'config', 'G-ABC123');
    expect(own).toHaveLength(2);
    expect(Array.from(own[1] as IArguments)).toEqual(['config', 'G-ABC123']);
  });

  it('does not call the page gtag function', () => {
    const gtag = vi.fn();
    page().gtag = gtag;
    gtagCommand(window, 'consent', 'update', {});
    expect(gtag).not.toHaveBeenCalled();
  });
});

describe('ensureGtag', () => {
  afterEach(resetPage);

  it('defines dataLayer and a gtag that pushes Arguments objects when the page has none', () => {
    ensureGtag(window);
    expect(page().dataLayer).toEqual([]);
    page().gtag?.('event', 'sign_up');
    const [item] = dataLayer();
    expect(isArguments(item)).toBe(true);
    expect(Array.from(item as IArguments)).toEqual(['event', 'sign_up']);
  });

  it("keeps the page's own gtag and dataLayer", () => {
    const gtag = vi.fn();
    const own = [{ event: 'gtm.js' }];
    page().gtag = gtag;
    page().dataLayer = own;
    ensureGtag(window);
    expect(page().gtag).toBe(gtag);
    expect(page().dataLayer).toBe(own);
    expect(own).toEqual([{ event: 'gtm.js' }]);
  });

  it('replaces a dataLayer that is not an array', () => {
    (page() as unknown as { dataLayer: unknown }).dataLayer = 'broken';
    ensureGtag(window);
    expect(page().dataLayer).toEqual([]);
  });
});

describe('pushEvent', () => {
  afterEach(resetPage);

  it('pushes a plain object for Tag Manager', () => {
    pushEvent(window, { event: 'consentry_update', consentry: { analytics: true } });
    expect(dataLayer()).toEqual([{ event: 'consentry_update', consentry: { analytics: true } }]);
  });
});
