import { afterEach, beforeEach, describe, expect, it, onTestFinished, vi } from 'vitest';
import packageJson from '../../package.json';
import { type ConsentryOptions, createConsentry } from '../../src/api';
import { buildStatus } from '../../src/status';
import { readChoice } from '../../src/storage/cookie';
import { createRecords } from '../../src/storage/records';
import type { ConsentryApi, ConsentryConfig } from '../../src/types';
import { heldScript, recordingView } from './support/engine';
import {
  allGranted,
  cleanPage,
  consentUpdates,
  cookieNamesOnPage,
  dataLayer,
  deniedState,
  grantedState,
  gtagCommands,
  makeChoices,
  makeReceipt,
  runInlineScripts,
  setBody,
  storeCookie,
  trackBroadcastChannels,
  useEmptyIndexedDB,
} from './support/page';

const { version } = packageJson;

/** The engines this test started; each is destroyed after it. */
const started: ConsentryApi[] = [];

/** Starts Consentry headless on the happy-dom window. */
const start = (config: ConsentryConfig = {}, options: ConsentryOptions = {}) => {
  const api = createConsentry(config, {
    window,
    loadRecords: async () => createRecords,
    loadStatus: async () => buildStatus,
    ...options,
  });
  started.push(api);
  return api;
};

const isArguments = (item: unknown) => Object.prototype.toString.call(item) === '[object Arguments]';

/** Turns the browser's Global Privacy Control signal on for this test. */
function sendGPC() {
  Object.defineProperty(navigator, 'globalPrivacyControl', { value: true, configurable: true });
  onTestFinished(() => {
    delete (navigator as Navigator & { globalPrivacyControl?: boolean }).globalPrivacyControl;
  });
}

let closeChannels: () => void;

describe('createConsentry', () => {
  beforeEach(() => {
    useEmptyIndexedDB();
    closeChannels = trackBroadcastChannels();
    // A revocation reloads the page (engine/change-path.ts): not happy-dom's.
    vi.spyOn(window.location, 'reload').mockImplementation(() => {});
    vi.spyOn(console, 'error').mockImplementation(() => {});
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    vi.spyOn(console, 'table').mockImplementation(() => {});
  });
  afterEach(async () => {
    vi.useRealTimers();
    for (const api of started.splice(0)) api.destroy();
    closeChannels();
    await cleanPage();
    vi.restoreAllMocks();
    vi.unstubAllGlobals();
  });

  describe('at start', () => {
    it('pushes the Consent Mode default first: every key denied but security_storage, wait_for_update 500', () => {
      start();
      const [first] = dataLayer();
      expect(isArguments(first)).toBe(true);
      expect(Array.from(first as IArguments)).toEqual([
        'consent',
        'default',
        { ...deniedState(), wait_for_update: 500 },
      ]);
    });

    it('defines a gtag function when the page has none', () => {
      start();
      expect(typeof (window as Window & { gtag?: unknown }).gtag).toBe('function');
    });

    it('grants nothing but necessary before the visitor decides', () => {
      const consent = start();
      expect(consent.get()).toEqual(makeChoices());
      expect(consent.has('necessary')).toBe(true);
      expect(consent.has('analytics')).toBe(false);
      expect(consentUpdates()).toEqual([]);
    });

    it('applies a stored valid choice at once, before held scripts run', async () => {
      const restore = runInlineScripts();
      onTestFinished(restore);
      const receipt = makeReceipt({ choices: makeChoices({ analytics: true }) });
      storeCookie(receipt);
      setBody(heldScript('analytics', 'analytics ran') + heldScript('advertising', 'ads ran'));
      const consent = start();
      expect(consent.get()).toEqual(makeChoices({ analytics: true }));
      await vi.waitFor(() => expect(dataLayer()).toContain('analytics ran'));
      const items = dataLayer();
      const update = items.findIndex((item) => isArguments(item) && (item as IArguments)[1] === 'update');
      expect(update).toBeGreaterThan(0);
      expect(Array.from(items[update] as IArguments)[2]).toMatchObject({
        analytics_storage: 'granted',
        ad_storage: 'denied',
      });
      expect(update).toBeLessThan(items.indexOf('analytics ran'));
      expect(items).not.toContain('ads ran');
      expect((await consent.status()).consentId).toBe(receipt.id);
    });

    it('counts a stored choice of another revision as none', async () => {
      const restore = runInlineScripts();
      onTestFinished(restore);
      storeCookie(makeReceipt({ revision: '1', choices: allGranted() }));
      setBody(heldScript('analytics', 'analytics ran') + heldScript('necessary', 'necessary ran'));
      const consent = start({ revision: 2 });
      // Released scripts run in page order: the analytics one, had it been released, would have run first.
      await vi.waitFor(() => expect(dataLayer()).toContain('necessary ran'));
      expect(consent.get()).toEqual(makeChoices());
      expect(consentUpdates()).toEqual([]);
      expect(dataLayer()).not.toContain('analytics ran');
      expect((await consent.status()).consentId).toBeNull();
    });

    it('counts an expired stored choice as none', () => {
      storeCookie(makeReceipt({ choices: allGranted(), daysAgo: 31 }));
      const consent = start({ expiresDays: 30 });
      expect(consent.get()).toEqual(makeChoices());
      expect(consentUpdates()).toEqual([]);
    });

    it('counts a choice dated in the future as none', () => {
      storeCookie(makeReceipt({ choices: allGranted(), daysAgo: -2 }));
      expect(start().get()).toEqual(makeChoices());
    });

    it('counts a corrupt cookie as none and warns about it', () => {
      storeCookie('{"id":"');
      const consent = start();
      expect(consent.get()).toEqual(makeChoices());
      expect(console.warn).toHaveBeenCalledWith(expect.stringContaining("'consentry' cookie is corrupt"));
    });
  });

  describe('a config it cannot use', () => {
    it('logs exactly one console.error naming the key', () => {
      start({ policyUrl: 'javascript:alert(1)' });
      expect(console.error).toHaveBeenCalledOnce();
      const [message] = vi.mocked(console.error).mock.calls[0];
      expect(message).toMatch(/^\[Consentry\]/);
      expect(message).toContain('policyUrl must be an https://, http:// or relative URL');
    });

    it('names an unknown key in its one error', () => {
      start({ polcyUrl: '/privacy' } as ConsentryConfig);
      expect(console.error).toHaveBeenCalledOnce();
      expect(vi.mocked(console.error).mock.calls[0][0]).toContain("'polcyUrl' is not a known key");
    });

    it('keeps everything denied, even after acceptAll', async () => {
      const restore = runInlineScripts();
      onTestFinished(restore);
      setBody(heldScript('analytics', 'analytics ran') + heldScript('necessary', 'necessary ran'));
      const consent = start({ expiresDays: 9999 });
      consent.acceptAll();
      // Released scripts run in page order: the analytics one, had it been released, would have run first.
      await vi.waitFor(() => expect(dataLayer()).toContain('necessary ran'));
      expect(consent.get()).toEqual(makeChoices());
      expect(consent.has('analytics')).toBe(false);
      expect(consentUpdates().at(-1)?.[2]).toEqual(deniedState());
      expect(dataLayer()).not.toContain('analytics ran');
    });

    it('keeps everything denied even with a valid stored choice, and shows the banner', async () => {
      storeCookie(makeReceipt({ choices: allGranted() }));
      const view = recordingView();
      const consent = start({ mode: 'strict' } as unknown as ConsentryConfig, { loadView: view.loadView });
      expect(consent.get()).toEqual(makeChoices());
      await vi.waitFor(() => expect(view.calls).toEqual(['banner']));
    });

    it('lists its errors in status()', async () => {
      const consent = start({ gaId: 'UA-1' });
      expect((await consent.status()).configErrors).toEqual([expect.stringMatching(/^gaId must look like/)]);
    });
  });

  describe('acceptAll', () => {
    it('grants every category', () => {
      const consent = start();
      consent.acceptAll();
      expect(consent.get()).toEqual(allGranted());
      expect(consent.has('analytics')).toBe(true);
    });

    it('records a receipt with method api in the history', async () => {
      const consent = start();
      consent.acceptAll();
      const history = await consent.history();
      expect(history).toHaveLength(1);
      expect(history[0]).toMatchObject({ method: 'api', revision: '1', gpc: false, choices: allGranted() });
    });
  });

  describe('rejectAll', () => {
    it('keeps only necessary and records the choice', async () => {
      const consent = start();
      consent.rejectAll();
      expect(consent.get()).toEqual(makeChoices());
      const [receipt] = await consent.history();
      expect(receipt).toMatchObject({ method: 'api', choices: makeChoices() });
      expect(readChoice().receipt).toEqual(receipt);
      expect(consentUpdates()).toEqual([['consent', 'update', deniedState()]]);
    });
  });

  describe('set', () => {
    it('grants what it names and nothing else', async () => {
      const consent = start();
      consent.set({ analytics: true });
      expect(consent.get()).toEqual(makeChoices({ analytics: true }));
      expect(consent.has('analytics')).toBe(true);
      expect(consent.has('advertising')).toBe(false);
      const [receipt] = await consent.history();
      expect(receipt.choices).toEqual(makeChoices({ analytics: true }));
    });

    it('keeps earlier choices it does not name', () => {
      const consent = start();
      consent.set({ analytics: true });
      consent.set({ social: true });
      expect(consent.get()).toEqual(makeChoices({ analytics: true, social: true }));
    });

    it('ignores a category that does not exist', () => {
      const consent = start();
      consent.set({ tracking: true });
      expect(consent.get()).not.toHaveProperty('tracking');
      expect(consent.has('tracking')).toBe(false);
    });
  });

  describe('events', () => {
    it("calls 'change' listeners with the new choices", () => {
      const consent = start();
      const seen: unknown[] = [];
      consent.on('change', (choices) => seen.push(choices));
      consent.set({ analytics: true });
      consent.rejectAll();
      expect(seen).toEqual([makeChoices({ analytics: true }), makeChoices()]);
    });

    it('stops calling a listener once unsubscribed', () => {
      const consent = start();
      const listener = vi.fn();
      const unsubscribe = consent.on('change', listener);
      consent.acceptAll();
      unsubscribe();
      consent.set({ social: false });
      expect(listener).toHaveBeenCalledOnce();
    });

    it('dispatches consentry:change on window with the choices as detail', () => {
      const consent = start();
      const details: unknown[] = [];
      const controller = new AbortController();
      onTestFinished(() => controller.abort());
      window.addEventListener('consentry:change', (e) => details.push((e as CustomEvent).detail), {
        signal: controller.signal,
      });
      consent.set({ preferences: true });
      expect(details).toEqual([makeChoices({ preferences: true })]);
    });

    it("fires 'ready' and consentry:ready once the page is ready", async () => {
      const controller = new AbortController();
      onTestFinished(() => controller.abort());
      const windowEvent = new Promise((resolve) =>
        window.addEventListener('consentry:ready', (e) => resolve((e as CustomEvent).detail), {
          signal: controller.signal,
        }),
      );
      const consent = start();
      const ready = await new Promise((resolve) => consent.on('ready', resolve));
      expect(ready).toEqual(makeChoices());
      expect(await windowEvent).toEqual(makeChoices());
    });
  });

  describe('status', () => {
    it('returns the documented fields', async () => {
      const restore = runInlineScripts();
      onTestFinished(restore);
      setBody('<script type="text/plain" data-consent="social" id="embed" src="/embed.js"></script>');
      document.cookie = '_hjid=abc; Path=/';
      document.cookie = '_ga=GA1.1.1; Path=/';
      const consent = start();
      consent.set({ analytics: true });
      const [receipt] = await consent.history();
      const status = await consent.status();
      expect(status).toEqual({
        consentId: receipt.id,
        revision: '1',
        decidedAt: receipt.timestamp,
        expiresAt: new Date(Date.parse(receipt.timestamp) + 180 * 86_400_000).toISOString(),
        mode: 'opt-in',
        gpc: false,
        sensitivePage: false,
        configErrors: [],
        categories: makeChoices({ analytics: true }),
        held: [{ element: '<script#embed> /embed.js', categories: ['social'], state: 'held' }],
        consentMode: { ...deniedState(), analytics_storage: 'granted' },
        consentModeCheck: { defaultBeforeTags: true, missingKeys: [], tagsBeforeUpdate: [], contradictions: [] },
        undeclaredCookies: ['_hjid'],
        partners: {},
      });
      expect(console.table).toHaveBeenCalled();
    });

    it('shows a released element as loaded', async () => {
      const restore = runInlineScripts();
      onTestFinished(restore);
      setBody('<script type="text/plain" data-consent="social" id="embed" src="/embed.js"></script>');
      const consent = start();
      consent.set({ social: true });
      expect((await consent.status()).held).toEqual([
        { element: '<script#embed> /embed.js', categories: ['social'], state: 'loaded' },
      ]);
    });
  });

  describe('reset', () => {
    it('forgets the choice and clears the cookie', async () => {
      const consent = start({ reloadOnRevoke: false });
      consent.acceptAll();
      expect(await consent.history()).toHaveLength(1);
      expect(cookieNamesOnPage()).toContain('consentry');
      consent.reset();
      expect(cookieNamesOnPage()).not.toContain('consentry');
      expect(readChoice().receipt).toBeNull();
      expect(consent.get()).toEqual(makeChoices());
      expect((await consent.status()).consentId).toBeNull();
      expect(await consent.history()).toHaveLength(1);
    });

    it('shows the banner again', async () => {
      storeCookie(makeReceipt());
      const view = recordingView();
      const consent = start({}, { loadView: view.loadView });
      consent.reset();
      // Exactly one: a banner asked for at start would have shown before this one.
      await vi.waitFor(() => expect(view.calls).toEqual(['banner']));
    });
  });

  describe('Global Privacy Control', () => {
    it('does not let acceptAll grant advertising, and records the signal', async () => {
      sendGPC();
      const consent = start();
      consent.acceptAll();
      expect(consent.get()).toEqual({ ...allGranted(), advertising: false });
      const [receipt] = await consent.history();
      expect(receipt.gpc).toBe(true);
      expect(consentUpdates().at(-1)?.[2]).toMatchObject({ ad_storage: 'denied', analytics_storage: 'granted' });
    });

    it('is ignored when honorGPC is false', async () => {
      sendGPC();
      const consent = start({ honorGPC: false });
      consent.acceptAll();
      expect(consent.has('advertising')).toBe(true);
      expect((await consent.status()).gpc).toBe(false);
    });
  });

  describe('modes', () => {
    it('grants every category without a decision in opt-out mode, and releases their scripts', async () => {
      const restore = runInlineScripts();
      onTestFinished(restore);
      setBody(heldScript('analytics', 'analytics ran'));
      const consent = start({ mode: 'opt-out' });
      expect(consent.get()).toEqual(allGranted());
      await vi.waitFor(() => expect(dataLayer()).toContain('analytics ran'));
    });

    it('keeps the Consent Mode default denied in opt-out mode and grants by an update right after it', () => {
      start({ mode: 'opt-out' });
      const [first, second] = gtagCommands().filter((c) => c[0] === 'consent');
      expect(first).toEqual(['consent', 'default', { ...deniedState(), wait_for_update: 500 }]);
      expect(second).toEqual(['consent', 'update', grantedState()]);
    });

    it('follows the opt-out rules in auto mode for a US state', async () => {
      const consent = start({ mode: 'auto', region: 'US-CO' });
      expect((await consent.status()).mode).toBe('opt-out');
      expect(consent.has('analytics')).toBe(true);
    });

    it('follows the opt-in rules in auto mode for France and without a region', async () => {
      expect((await start({ mode: 'auto', region: 'FR' }).status()).mode).toBe('opt-in');
      expect(start({ mode: 'auto' }).has('analytics')).toBe(false);
    });
  });

  describe('sensitive pages', () => {
    it('never releases advertising on a sensitive path, but keeps the choice', async () => {
      history.replaceState(null, '', '/booking/confirm');
      const consent = start({ sensitivePaths: ['/booking'] });
      consent.acceptAll();
      expect(consent.get()).toEqual({ ...allGranted(), advertising: false });
      expect((await consent.status()).sensitivePage).toBe(true);
      expect(readChoice().receipt?.choices.advertising).toBe(true);
    });

    it('never releases advertising when <html> carries data-consentry-sensitive', () => {
      document.documentElement.setAttribute('data-consentry-sensitive', '');
      storeCookie(makeReceipt({ choices: allGranted() }));
      const consent = start();
      expect(consent.has('advertising')).toBe(false);
      expect(consent.has('analytics')).toBe(true);
    });
  });

  describe('data-ga-id', () => {
    const gtagScripts = () => document.querySelectorAll('script[src^="https://www.googletagmanager.com/gtag/js"]');

    it('loads gtag.js once analytics is granted, and lists it in status()', async () => {
      const restore = runInlineScripts();
      onTestFinished(restore);
      const consent = start({ gaId: 'G-ABC123' });
      expect(gtagScripts()).toHaveLength(0);
      consent.set({ analytics: true });
      expect(gtagScripts()).toHaveLength(1);
      expect((await consent.status()).held).toContainEqual({
        element: 'gtag.js G-ABC123 (data-ga-id)',
        categories: ['analytics'],
        state: 'loaded',
      });
    });
  });

  describe('logEndpoint', () => {
    /** A stand-in for the records server: answers 201 and keeps every body it was sent. */
    const endpoint = () => {
      const fetch = vi.fn((_url: string, _init: RequestInit) => Promise.resolve(new Response(null, { status: 201 })));
      vi.stubGlobal('fetch', fetch);
      const sent = () => fetch.mock.calls.map(([, init]) => JSON.parse(String(init.body)));
      return { fetch, sent };
    };

    it('sends each receipt to the endpoint', async () => {
      const { fetch, sent } = endpoint();
      const consent = start({ logEndpoint: 'https://example.com/consent' });
      consent.rejectAll();
      const [receipt] = await consent.history();
      await vi.waitFor(() => expect(fetch).toHaveBeenCalledOnce());
      expect(fetch.mock.calls[0][0]).toBe('https://example.com/consent');
      expect(sent()).toEqual([receipt]);
    });

    it('recovers a receipt whose tab closed before IndexedDB took it: from the cookie, into the history and the log', async () => {
      useEmptyIndexedDB();
      const { sent } = endpoint();
      const receipt = makeReceipt({ choices: allGranted() });
      // What the click wrote before the tab closed: the choice, and the mark that it is not yet kept.
      storeCookie(receipt);
      document.cookie = 'consentry_pending=1; Path=/';
      vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
      const consent = start({ logEndpoint: '/consent' });
      await vi.advanceTimersByTimeAsync(1000); // when the page is idle
      await vi.waitFor(async () => expect(await consent.history()).toContainEqual(receipt));
      await vi.waitFor(() => expect(sent()).toContainEqual(receipt));
      await vi.waitFor(() => expect(cookieNamesOnPage()).not.toContain('consentry_pending'));
    });

    it('loads no records module on a page view with nothing pending', async () => {
      storeCookie(makeReceipt({ choices: allGranted() }));
      const loadRecords = vi.fn(() => Promise.resolve(createRecords));
      vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
      start({}, { loadRecords });
      await vi.advanceTimersByTimeAsync(60_000);
      expect(loadRecords).not.toHaveBeenCalled();
    });

    it('sends nothing without an endpoint', async () => {
      const { fetch } = endpoint();
      const beacon = vi.spyOn(navigator, 'sendBeacon').mockReturnValue(true);
      const consent = start();
      consent.acceptAll();
      await consent.history();
      expect(fetch).not.toHaveBeenCalled();
      expect(beacon).not.toHaveBeenCalled();
    });
  });

  describe('destroy()', () => {
    it('stops the observer, the tab sync, the page listeners and the timers', async () => {
      vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
      storeCookie(makeReceipt());
      document.cookie = 'consentry_pending=1; Path=/';
      const loadRecords = vi.fn(() => Promise.resolve(createRecords));
      const view = recordingView();
      const thisTab = start({ reloadOnRevoke: false }, { loadRecords, loadView: view.loadView });
      thisTab.destroy();
      await vi.advanceTimersByTimeAsync(2000);
      expect(loadRecords).not.toHaveBeenCalled(); // the idle recovery timer was cleared
      vi.useRealTimers();

      setBody(`<button data-consentry-open>Cookie settings</button>${heldScript('analytics', 'late')}`);
      (document.querySelector('button') as HTMLButtonElement).click();
      const otherTab = start({ reloadOnRevoke: false });
      const witness = start({ reloadOnRevoke: false });
      otherTab.acceptAll();
      // Opened after this tab's: a channel delivers to its listeners in the order they were opened (HTML,
      // BroadcastChannel postMessage), and the click's effects are microtasks, so by now this tab would have heard.
      await vi.waitFor(() => expect(witness.has('analytics')).toBe(true));
      expect(thisTab.has('analytics')).toBe(false); // no message reached it
      expect(view.calls).toEqual([]); // the click reached no listener of its
    });
  });

  describe('views', () => {
    it('shows the banner when there is no stored choice', async () => {
      const view = recordingView();
      start({}, { loadView: view.loadView });
      await vi.waitFor(() => expect(view.calls).toEqual(['banner']));
    });

    it('does not show the banner when a valid choice is stored', async () => {
      storeCookie(makeReceipt());
      const view = recordingView();
      const consent = start({}, { loadView: view.loadView });
      consent.showPreferences();
      // A banner asked for at start would have come first.
      await vi.waitFor(() => expect(view.calls).toEqual(['preferences']));
    });

    it('does nothing for view calls when headless', async () => {
      const consent = start();
      consent.showBanner();
      consent.showPreferences();
      consent.hide();
      // 'ready' comes after whatever start-up left for later.
      await new Promise((resolve) => consent.on('ready', resolve));
      expect(document.getElementById('consentry')).toBeNull();
    });
  });

  it('reports the package version', () => {
    expect(start().version).toBe(version);
  });
});
