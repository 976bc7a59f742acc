import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  consentryPushTime,
  ensureGtag,
  gtagCommand,
  pushEvent,
  toConsentModeState,
} from '../../../src/signals/consent-mode';
import { checkConsentMode } from '../../../src/signals/consent-mode-check';
import { watchContradictions } from '../../../src/signals/consent-mode-watch';
import { cleanPage, dataLayer, makeChoices, runInlineScripts, setBody } from '../support/page';

const gtagJs = 'https://www.googletagmanager.com/gtag/js?id=G-SPA1';
const gtmJs = 'https://www.googletagmanager.com/gtm.js?id=GTM-SPA1';

type GtagWindow = Window & { gtag: (...args: unknown[]) => void };
/** The page's own gtag, as its snippet defines it (through Consentry's ensureGtag here). */
const pageGtag = (...args: unknown[]) => {
  ensureGtag(window);
  (window as GtagWindow).gtag(...args);
};

/** What Consentry pushes at start: the default with every key denied. */
const consentryDefault = () =>
  gtagCommand(window, 'consent', 'default', { ...toConsentModeState({}), wait_for_update: 500 });

// External scripts count as loaded without a request: the page's tags are only looked at.
let restoreSettings = () => {};
beforeEach(() => {
  restoreSettings = runInlineScripts();
});

afterEach(async () => {
  restoreSettings();
  vi.restoreAllMocks();
  await cleanPage();
});

describe('consentryPushTime', () => {
  it('marks Consentry’s gtag commands with the time they were pushed, out of gtag.js’s sight', () => {
    vi.spyOn(performance, 'now').mockReturnValue(42);
    gtagCommand(window, 'consent', 'update', { ad_storage: 'denied' });
    const [entry] = dataLayer();
    expect(consentryPushTime(entry)).toBe(42);
    expect(Array.from(entry as IArguments)).toEqual(['consent', 'update', { ad_storage: 'denied' }]);
    expect(Object.keys(entry as object)).toEqual(['0', '1', '2']);
  });

  it('leaves the page’s own gtag calls and other entries unmarked', () => {
    pageGtag('consent', 'update', { ad_storage: 'granted' });
    pushEvent(window, { event: 'gtm.js' });
    for (const entry of [...dataLayer(), undefined, null, 'text', 3]) expect(consentryPushTime(entry)).toBeUndefined();
  });
});

describe('checkConsentMode: the default before every Google tag', () => {
  it('passes when Consentry’s script and default come before gtag.js', () => {
    setBody(`<script src="/consentry.js"></script><script async src="${gtagJs}"></script>`);
    consentryDefault();
    pageGtag('js', new Date());
    pageGtag('config', 'G-SPA1');
    expect(checkConsentMode(window, document, makeChoices()).defaultBeforeTags).toBe(true);
  });

  it('fails when the page loads gtag.js above Consentry’s script', () => {
    setBody(`<script async src="${gtagJs}"></script><script src="/consentry.js"></script>`);
    consentryDefault();
    expect(checkConsentMode(window, document, makeChoices()).defaultBeforeTags).toBe(false);
  });

  it('fails when gtag.js or Tag Manager started in the dataLayer before the default', () => {
    setBody('<script src="/consentry.js"></script>');
    pageGtag('js', new Date());
    consentryDefault();
    expect(checkConsentMode(window, document, makeChoices()).defaultBeforeTags).toBe(false);
    dataLayer().splice(0);
    pushEvent(window, { 'gtm.start': 1, event: 'gtm.js' });
    consentryDefault();
    expect(checkConsentMode(window, document, makeChoices()).defaultBeforeTags).toBe(false);
  });

  it('fails when Consentry’s default is missing', () => {
    pageGtag('consent', 'default', toConsentModeState({}));
    expect(checkConsentMode(window, document, makeChoices()).defaultBeforeTags).toBe(false);
  });

  it('ignores a gtag.js script that Consentry holds', () => {
    setBody(
      `<script type="text/plain" data-consent="analytics" src="${gtagJs}"></script><script src="/consentry.js"></script>`,
    );
    consentryDefault();
    expect(checkConsentMode(window, document, makeChoices()).defaultBeforeTags).toBe(true);
  });
});

describe('checkConsentMode: missing keys', () => {
  it('finds no missing key in Consentry’s default', () => {
    consentryDefault();
    expect(checkConsentMode(window, document, makeChoices()).missingKeys).toEqual([]);
  });

  it('names each v2 key no default sets', () => {
    pageGtag('consent', 'default', { ad_storage: 'denied', analytics_storage: 'denied' });
    pageGtag('consent', 'default', { ad_user_data: 'denied', region: ['ES'] });
    expect(checkConsentMode(window, document, makeChoices()).missingKeys).toEqual([
      'ad_user_data',
      'ad_personalization',
    ]);
  });
});

describe('checkConsentMode: tags before the first update', () => {
  it('lists every Google tag on the page while no update has been sent', () => {
    setBody(
      `<script src="/consentry.js"></script><script async src="${gtagJs}"></script><script src="${gtmJs}"></script>`,
    );
    consentryDefault();
    expect(checkConsentMode(window, document, makeChoices()).tagsBeforeUpdate).toEqual([gtagJs, gtmJs]);
  });

  it('lists the tags that finished loading before Consentry’s first update, and only those', () => {
    setBody(
      `<script src="/consentry.js"></script><script async src="${gtagJs}"></script><script src="${gtmJs}"></script>`,
    );
    const loadedAt: Record<string, number> = { [gtagJs]: 80 };
    vi.spyOn(performance, 'getEntriesByName').mockImplementation((name) =>
      name in loadedAt ? [{ name, responseEnd: loadedAt[name] } as unknown as PerformanceEntry] : [],
    );
    vi.spyOn(performance, 'now').mockReturnValue(100);
    consentryDefault();
    gtagCommand(window, 'consent', 'update', toConsentModeState(makeChoices({ analytics: true })));
    expect(checkConsentMode(window, document, makeChoices()).tagsBeforeUpdate).toEqual([gtagJs]);
    loadedAt[gtmJs] = 150;
    expect(checkConsentMode(window, document, makeChoices()).tagsBeforeUpdate).toEqual([gtagJs]);
    loadedAt[gtagJs] = 120;
    expect(checkConsentMode(window, document, makeChoices()).tagsBeforeUpdate).toEqual([]);
  });
});

describe('checkConsentMode: contradictions', () => {
  it('names another script’s consent command that contradicts the visitor’s choice', () => {
    consentryDefault();
    gtagCommand(window, 'consent', 'update', toConsentModeState(makeChoices()));
    pageGtag('consent', 'update', { ad_storage: 'granted', analytics_storage: 'denied' });
    expect(checkConsentMode(window, document, makeChoices()).contradictions).toEqual([
      `gtag('consent', 'update', {"ad_storage":"granted","analytics_storage":"denied"}) contradicts the visitor's choice: ad_storage is denied (dataLayer[2])`,
    ]);
  });

  it('finds none in Consentry’s own commands, in agreeing ones, or in region-scoped defaults', () => {
    consentryDefault();
    gtagCommand(window, 'consent', 'update', toConsentModeState(makeChoices({ analytics: true })));
    pageGtag('consent', 'update', { analytics_storage: 'granted' });
    pageGtag('consent', 'default', { ad_storage: 'granted', region: ['US'] });
    pageGtag('set', 'ads_data_redaction', true);
    expect(checkConsentMode(window, document, makeChoices({ analytics: true })).contradictions).toEqual([]);
  });

  it('ignores arrays pushed to the dataLayer, which gtag.js ignores too', () => {
    dataLayer().push(['consent', 'update', { ad_storage: 'granted' }]);
    expect(checkConsentMode(window, document, makeChoices()).contradictions).toEqual([]);
  });
});

describe('watchContradictions', () => {
  it('warns, naming the call, when another script pushes a contradicting consent command later', () => {
    const warn = vi.fn();
    watchContradictions(window, () => makeChoices(), warn);
    pageGtag('consent', 'update', { ad_user_data: 'granted' });
    expect(warn).toHaveBeenCalledExactlyOnceWith(
      `[Consentry] gtag('consent', 'update', {"ad_user_data":"granted"}) contradicts the visitor's choice: ad_user_data is denied`,
    );
    expect(dataLayer()).toHaveLength(1);
  });

  it('judges each push by the visitor’s choice at that moment, and never warns about Consentry’s own', () => {
    const warn = vi.fn();
    let choices = makeChoices();
    watchContradictions(window, () => choices, warn);
    choices = makeChoices({ advertising: true });
    gtagCommand(window, 'consent', 'update', toConsentModeState(choices));
    pageGtag('consent', 'update', { ad_storage: 'granted' });
    expect(warn).not.toHaveBeenCalled();
  });

  it('puts the previous push back when stopped', () => {
    const warn = vi.fn();
    ensureGtag(window);
    const push = dataLayer().push;
    const stop = watchContradictions(window, () => makeChoices(), warn);
    expect(dataLayer().push).not.toBe(push);
    stop();
    expect(dataLayer().push).toBe(push);
    pageGtag('consent', 'update', { ad_storage: 'granted' });
    expect(warn).not.toHaveBeenCalled();
  });
});
