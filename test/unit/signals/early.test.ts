import { afterEach, beforeEach, describe, expect, it, onTestFinished, vi } from 'vitest';
import { createConsentry } from '../../../src/api';
import type { Attributes } from '../../../src/config/attributes';
import { consentryPushTime, sendConsentModeDefault } from '../../../src/signals/consent-mode';
import { sendEarlySignals } from '../../../src/signals/early';
import type { GppWindow } from '../../../src/signals/gpp/stub';
import { buildStatus } from '../../../src/status';
import type { ConsentryConfig } from '../../../src/types';
import { cleanPage, dataLayer, gtagCommands, quietHappyDOM } from '../support/page';

const page = () => window as GppWindow & { gtag?: unknown; dataLayer?: unknown[] };

/** Starts the next case on an empty dataLayer. */
const emptyDataLayer = () => {
  page().dataLayer = [];
};

/** What the script tag does, in its order: the default, then the early signals. */
function runTag(config: unknown, attributes: Attributes = {}) {
  sendConsentModeDefault(window);
  return sendEarlySignals(window, config, attributes);
}

/** The gtag commands after Consentry's own default, each as [command, name or kind]. */
const afterDefault = () =>
  gtagCommands()
    .slice(1)
    .map((command) => command.slice(0, 2));

/** The region-scoped `consent default` commands' states. */
const regionDefaults = () =>
  gtagCommands()
    .filter(([command, kind, state]) => command === 'consent' && kind === 'default' && Object(state).region)
    .map((command) => command[2] as Record<string, unknown>);

/** Turns the browser's Global Privacy Control signal on for this test. */
function sendGPC() {
  Object.defineProperty(navigator, 'globalPrivacyControl', { value: true, configurable: true });
  onTestFinished(() => {
    delete (navigator as Navigator & { globalPrivacyControl?: boolean }).globalPrivacyControl;
  });
}

/** Every switch on: the extras, auto mode without a region, and GPP. */
const everything = () => ({ mode: 'auto', adsDataRedaction: true, urlPassthrough: true, gpp: true });

beforeEach(() => {
  quietHappyDOM(); // the stub's __gppLocator frame, which happy-dom will not load
});

afterEach(async () => {
  vi.restoreAllMocks();
  delete page().__gpp;
  await cleanPage();
});

describe('sendConsentModeDefault', () => {
  it('pushes every key denied but security_storage, waiting 500 ms for the update, as Consentry’s own command', () => {
    sendConsentModeDefault(window);
    expect(gtagCommands()).toEqual([
      [
        'consent',
        'default',
        {
          security_storage: 'granted',
          functionality_storage: 'denied',
          personalization_storage: 'denied',
          analytics_storage: 'denied',
          ad_storage: 'denied',
          ad_user_data: 'denied',
          ad_personalization: 'denied',
          wait_for_update: 500,
        },
      ],
    ]);
    expect(consentryPushTime(dataLayer()[0])).toBeTypeOf('number');
  });

  it('defines gtag when the page has none, and keeps the page’s dataLayer and gtag when it has them', () => {
    sendConsentModeDefault(window);
    expect(page().gtag).toBeTypeOf('function');

    const theirs = vi.fn();
    const layer: unknown[] = ['page event'];
    Object.assign(window, { dataLayer: layer, gtag: theirs });
    sendConsentModeDefault(window);
    expect(page().gtag).toBe(theirs);
    expect(dataLayer()).toBe(layer);
    expect(layer).toHaveLength(2);
    expect(theirs).not.toHaveBeenCalled();
  });
});

describe('sendEarlySignals', () => {
  it('sends the default, then ads_data_redaction and url_passthrough, then the region default, before any other command', () => {
    runTag(everything());
    expect(afterDefault()).toEqual([
      ['set', 'ads_data_redaction'],
      ['set', 'url_passthrough'],
      ['consent', 'default'],
    ]);
    expect(gtagCommands()[1]).toEqual(['set', 'ads_data_redaction', true]);
    expect(gtagCommands()[2]).toEqual(['set', 'url_passthrough', true]);
    expect(regionDefaults()).toEqual([
      {
        functionality_storage: 'granted',
        personalization_storage: 'granted',
        analytics_storage: 'granted',
        ad_storage: 'granted',
        ad_user_data: 'granted',
        ad_personalization: 'granted',
        region: ['US'],
      },
    ]);
    // Each is Consentry's own, so the self-check does not take it for another script's.
    expect(dataLayer().every((entry) => consentryPushTime(entry) !== undefined)).toBe(true);
  });

  it('sends nothing extra when no switch is on', () => {
    expect(runTag({ policyUrl: '/privacy' })).toBeUndefined();
    expect(runTag(undefined)).toBeUndefined();
    expect(runTag(null)).toBeUndefined();
    expect(gtagCommands().map((command) => command.slice(0, 2))).toEqual([
      ['consent', 'default'],
      ['consent', 'default'],
      ['consent', 'default'],
    ]);
    expect(regionDefaults()).toEqual([]);
    expect(page().__gpp).toBeUndefined();
  });

  it('turns a switch on only for a literal true: the engine reports any other value', () => {
    for (const value of ['true', 1, 'yes', {}, [true]]) {
      const queue = runTag({ adsDataRedaction: value, urlPassthrough: value, gpp: value });
      expect(queue).toBeUndefined();
    }
    expect(afterDefault().filter(([command]) => command !== 'consent')).toEqual([]);
    expect(page().__gpp).toBeUndefined();
  });

  it('sends only the switch that is on', () => {
    runTag({ urlPassthrough: true });
    expect(afterDefault()).toEqual([['set', 'url_passthrough']]);
  });

  it('sends the region default only for auto mode without a region, the data attributes counting', () => {
    const cases: [config: Record<string, unknown>, attributes: Attributes, sent: boolean][] = [
      [{ mode: 'auto' }, {}, true],
      [{ mode: 'opt-in' }, { mode: 'auto' }, true],
      [{ mode: 'auto' }, { mode: 'opt-in' }, false],
      [{ mode: 'auto', region: 'US-CO' }, {}, false],
      [{ mode: 'auto' }, { region: 'FR' }, false],
      [{}, { mode: 'auto', region: 'US-CO' }, false],
      [{ mode: 'opt-out' }, {}, false],
      [{}, {}, false],
    ];
    for (const [config, attributes, sent] of cases) {
      runTag(config, attributes);
      expect({ config, attributes, sent: regionDefaults().length > 0 }).toEqual({ config, attributes, sent });
      emptyDataLayer();
    }
  });

  it('keeps the ad keys denied in the region default when the browser sends GPC', () => {
    sendGPC();
    runTag({ mode: 'auto' });
    expect(regionDefaults()).toEqual([
      {
        functionality_storage: 'granted',
        personalization_storage: 'granted',
        analytics_storage: 'granted',
        region: ['US'],
      },
    ]);
  });

  it('keeps a saleOrShare category denied under GPC too, and grants the ad keys when honorGPC is false', () => {
    sendGPC();
    runTag({ mode: 'auto', categories: { analytics: { saleOrShare: true } } });
    expect(regionDefaults()[0]).not.toHaveProperty('analytics_storage');
    expect(regionDefaults()[0]).not.toHaveProperty('ad_storage');
    emptyDataLayer();
    runTag({ mode: 'auto', honorGPC: false });
    expect(regionDefaults()[0]).toMatchObject({ analytics_storage: 'granted', ad_storage: 'granted' });
  });

  // Every key is read before anything is pushed: a getter that throws late must not leave
  // the extras, or a region default that grants, in the dataLayer while the engine fails closed.
  it('sends nothing extra and does not throw when the config throws as it is read, whichever key throws', () => {
    sendGPC(); // so that categories are read too
    const keys = ['adsDataRedaction', 'urlPassthrough', 'mode', 'region', 'honorGPC', 'categories', 'gpp'];
    const outcomes = keys.map((key) => {
      const config = Object.defineProperty(everything(), key, {
        get() {
          throw new Error(`${key} cannot be read`);
        },
      });
      emptyDataLayer();
      let queue: unknown;
      let threw = false;
      try {
        queue = runTag(config);
      } catch {
        threw = true;
      }
      return { key, threw, queue, extra: afterDefault() };
    });
    expect(outcomes).toEqual(keys.map((key) => ({ key, threw: false, queue: undefined, extra: [] })));
  });

  it('sends nothing extra and does not throw when the config is a Proxy that throws on every read', () => {
    const config = new Proxy(
      {},
      {
        get() {
          throw new Error('no');
        },
      },
    );
    expect(() => runTag(config)).not.toThrow();
    expect(afterDefault()).toEqual([]);
    expect(page().__gpp).toBeUndefined();
  });

  it('installs the GPP stub with gpp: true and returns its queue', () => {
    const queue = runTag({ gpp: true });
    expect(queue).toEqual([]);
    const ping = vi.fn();
    page().__gpp?.('ping', ping);
    expect(ping).toHaveBeenCalledExactlyOnceWith(expect.objectContaining({ cmpStatus: 'stub' }), true);
    const listener = vi.fn();
    page().__gpp?.('addEventListener', listener);
    expect(queue).toEqual([['addEventListener', listener]]);
    expect(document.querySelector('iframe[name="__gppLocator"]')).not.toBeNull();
  });

  it('leaves another CMP’s __gpp alone and returns no queue', () => {
    const theirs = vi.fn();
    page().__gpp = theirs;
    expect(runTag({ gpp: true })).toBeUndefined();
    expect(page().__gpp).toBe(theirs);
    expect(document.querySelector('iframe[name="__gppLocator"]')).toBeNull();
  });
});

/**
 * The Consent Mode state Google applies to a visitor it locates in `region`: the global
 * default, the most specific region-scoped default over it, then every update in order.
 */
function stateIn(region: string): Record<string, unknown> {
  const consent = gtagCommands().filter(([command]) => command === 'consent');
  const state = (c: unknown[]) => c[2] as Record<string, unknown> & { region?: string[] };
  const defaults = consent.filter(([, kind]) => kind === 'default').map(state);
  const scoped = defaults.filter((d) => d.region?.some((r) => region === r || region.startsWith(`${r}-`)));
  const updates = consent.filter(([, kind]) => kind === 'update').map(state);
  const { region: _, ...applied } = Object.assign({}, ...defaults.filter((d) => !d.region), ...scoped, ...updates);
  return applied;
}

describe('the region default and the engine', () => {
  // In auto mode without a region the tag grants the US region default from the config as
  // written; when the engine then rejects the config it fails closed, and its update says so
  // to Google's tags in every region.
  it('leaves a US visitor denied in Consent Mode when the engine rejects the config', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    vi.spyOn(console, 'table').mockImplementation(() => {});
    const config = { mode: 'auto', policyUrl: 'javascript:alert(1)' };
    runTag(config);
    const consent = createConsentry(config as ConsentryConfig, {
      window,
      defaultSent: true,
      loadStatus: async () => buildStatus,
    });
    onTestFinished(consent.destroy);
    expect((await consent.status()).configErrors).not.toEqual([]);
    expect(stateIn('US-CO')).toMatchObject({ analytics_storage: 'denied', ad_storage: 'denied' });
  });

  it('grants a US visitor what opt-out mode grants when the config is valid, and nothing elsewhere', () => {
    const config = { mode: 'auto', policyUrl: '/privacy' };
    runTag(config);
    const consent = createConsentry(config as ConsentryConfig, {
      window,
      defaultSent: true,
      loadStatus: async () => buildStatus,
    });
    onTestFinished(consent.destroy);
    expect(stateIn('US-CO')).toMatchObject({ analytics_storage: 'granted', ad_storage: 'granted' });
    expect(stateIn('FR')).toMatchObject({ analytics_storage: 'denied', ad_storage: 'denied' });
  });
});
