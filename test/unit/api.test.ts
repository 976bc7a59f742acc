import { afterEach, beforeEach, describe, expect, it, type Mock, onTestFinished, vi } from 'vitest';
import packageJson from '../../package.json';
import { type ConsentryOptions, createConsentry } from '../../src/api';
import { buildStatus } from '../../src/status';
import { readChoice } from '../../src/storage/cookie';
import { createRecords } from '../../src/storage/records';
import type { ConsentryApi, ConsentryConfig } from '../../src/types';
import type { MountView } from '../../src/view';
import {
  cleanPage,
  cookieNamesOnPage,
  dataLayer,
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

const allGranted = () => makeChoices({ preferences: true, analytics: true, advertising: true, social: true });

const deniedState = () => ({
  security_storage: 'granted',
  functionality_storage: 'denied',
  personalization_storage: 'denied',
  analytics_storage: 'denied',
  ad_storage: 'denied',
  ad_user_data: 'denied',
  ad_personalization: 'denied',
});

const grantedState = () => ({
  security_storage: 'granted',
  functionality_storage: 'granted',
  personalization_storage: 'granted',
  analytics_storage: 'granted',
  ad_storage: 'granted',
  ad_user_data: 'granted',
  ad_personalization: 'granted',
});

const consentUpdates = () => gtagCommands().filter((c) => c[0] === 'consent' && c[1] === 'update');
const isArguments = (item: unknown) => Object.prototype.toString.call(item) === '[object Arguments]';

/** A held inline script that pushes `marker` to the dataLayer when it runs. */
const heldScript = (category: string, marker: string) =>
  `<script type="text/plain" data-consent="${category}">window.dataLayer.push('${marker}')</script>`;

/** Records, at each Consent Mode update pushed from now on, which cookies the page still had. */
function cookiesAtEachUpdate(): string[][] {
  const seen: string[][] = [];
  const layer = dataLayer();
  const push = layer.push.bind(layer);
  layer.push = (...items: unknown[]) => {
    for (const item of items)
      if (isArguments(item) && (item as IArguments)[1] === 'update') seen.push(cookieNamesOnPage());
    return push(...items);
  };
  return seen;
}

/** Turns the browser's Global Privacy Control signal on for this test. */
function sendGPC() {
  Object.defineProperty(navigator, 'globalPrivacyControl', { value: true, configurable: true });
  onTestFinished(() => {
    delete (navigator as Navigator & { globalPrivacyControl?: boolean }).globalPrivacyControl;
  });
}

/** A stand-in view that records what the engine asked it to show or hide (redraws are left out). */
function recordingView() {
  const calls: string[] = [];
  const mount: MountView = () => ({
    showBanner: () => calls.push('banner'),
    showPreferences: () => calls.push('preferences'),
    showNotice: () => calls.push('notice'),
    showRequest: (kind) => calls.push(`request ${kind}`),
    hide: () => calls.push('hide'),
    refresh: () => {},
  });
  return { calls, loadView: async () => mount };
}

/** Lets queued promises and timers of the engine run. */
const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

let closeChannels: () => void;
let reload: Mock<() => void>;

describe('createConsentry', () => {
  beforeEach(() => {
    useEmptyIndexedDB();
    closeChannels = trackBroadcastChannels();
    reload = vi.fn<() => void>();
    vi.spyOn(window.location, 'reload').mockImplementation(reload);
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

    it('keeps held scripts inert before the visitor decides', async () => {
      const restore = runInlineScripts();
      onTestFinished(restore);
      setBody(heldScript('analytics', 'analytics ran'));
      start();
      await tick();
      expect(dataLayer()).not.toContain('analytics ran');
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
      setBody(heldScript('analytics', 'analytics ran'));
      const consent = start({ revision: 2 });
      await tick();
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
      setBody(heldScript('analytics', 'analytics ran'));
      const consent = start({ expiresDays: 9999 });
      consent.acceptAll();
      await tick();
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

    it('writes the consentry cookie with the same receipt', async () => {
      const consent = start();
      consent.acceptAll();
      const [receipt] = await consent.history();
      expect(readChoice().receipt).toEqual(receipt);
    });

    it('sends a Consent Mode update and then a consentry_update event', () => {
      const consent = start();
      consent.acceptAll();
      const items = dataLayer();
      const update = items.findIndex((item) => isArguments(item) && (item as IArguments)[1] === 'update');
      expect(Array.from(items[update] as IArguments)).toEqual(['consent', 'update', grantedState()]);
      expect(items.slice(update + 1)).toEqual([{ event: 'consentry_update', consentry: consent.get() }]);
    });

    it('releases the held scripts of every category', async () => {
      const restore = runInlineScripts();
      onTestFinished(restore);
      setBody(heldScript('analytics', 'analytics ran') + heldScript('analytics advertising', 'both ran'));
      const consent = start();
      consent.acceptAll();
      await vi.waitFor(() => expect(dataLayer()).toEqual(expect.arrayContaining(['analytics ran', 'both ran'])));
    });

    it('does not reload the page when nothing was revoked', async () => {
      const consent = start();
      consent.acceptAll();
      await consent.history();
      await tick();
      expect(reload).not.toHaveBeenCalled();
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

    it('keeps a decision for this page view when cookies are blocked, and warns', async () => {
      vi.spyOn(document, 'cookie', 'set').mockImplementation(() => {});
      const consent = start();
      consent.set({ analytics: true });
      expect(consent.has('analytics')).toBe(true);
      await vi.waitFor(() => expect(console.warn).toHaveBeenCalledWith(expect.stringContaining('cookies are blocked')));
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

    it('carries on to the other listeners when one throws, and logs the error', () => {
      const consent = start();
      const after = vi.fn();
      consent.on('change', () => {
        throw new Error('broken listener');
      });
      consent.on('change', after);
      expect(() => consent.acceptAll()).not.toThrow();
      expect(after).toHaveBeenCalledWith(allGranted());
      expect(console.error).toHaveBeenCalledWith(expect.stringContaining("a 'change' listener threw"));
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

    it("calls a 'ready' listener that subscribes after the page was ready", async () => {
      const consent = start();
      await new Promise((resolve) => consent.on('ready', resolve));
      const late = await new Promise((resolve) => consent.on('ready', resolve));
      expect(late).toEqual(makeChoices());
    });
  });

  describe('revoking', () => {
    it('deletes the revoked category cookies, after sending the update, without reloading when told not to', async () => {
      const consent = start({ reloadOnRevoke: false });
      consent.acceptAll();
      await tick(); // the records module loads on the first decision
      for (const c of ['_ga=GA1.1.1', '_ga_ABC=GS1.1.2', '_gid=GA1.1.3', '_fbp=fb.1.4', 'session=5']) {
        document.cookie = `${c}; Path=/`;
      }
      const cookiesAtUpdate = cookiesAtEachUpdate();
      consent.set({ analytics: false });
      expect(cookiesAtUpdate).toHaveLength(1);
      expect(cookiesAtUpdate[0]).toEqual(expect.arrayContaining(['_ga', '_ga_ABC', '_gid']));
      // (consentry_pending stands until IndexedDB has the receipt: storage/records.ts.)
      expect(
        cookieNamesOnPage()
          .filter((n) => n !== 'consentry_pending')
          .sort(),
      ).toEqual(['_fbp', 'consentry', 'session']);
      expect(consentUpdates().at(-1)?.[2]).toMatchObject({ analytics_storage: 'denied', ad_storage: 'granted' });
      await tick();
      expect(reload).not.toHaveBeenCalled();
    });

    it('reloads the page by default, after the update and the deletion', async () => {
      const consent = start();
      consent.acceptAll();
      document.cookie = '_ga=GA1.1.1; Path=/';
      document.cookie = '_fbp=fb.1.2; Path=/';
      const cookiesAtUpdate = cookiesAtEachUpdate();
      const cookiesAtReload: string[][] = [];
      reload.mockImplementation(() => cookiesAtReload.push(cookieNamesOnPage()));
      consent.rejectAll();
      await vi.waitFor(() => expect(reload).toHaveBeenCalledOnce());
      expect(cookiesAtUpdate[0]).toEqual(expect.arrayContaining(['_ga', '_fbp']));
      expect(cookiesAtReload).toEqual([['consentry']]);
    });

    it('does not release held scripts of a category granted in the same decision before reloading', async () => {
      const restore = runInlineScripts();
      onTestFinished(restore);
      setBody(heldScript('social', 'social ran'));
      const consent = start();
      consent.set({ analytics: true });
      consent.set({ analytics: false, social: true });
      await vi.waitFor(() => expect(reload).toHaveBeenCalledOnce());
      expect(dataLayer()).not.toContain('social ran');
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
      await tick(); // the records module loads on the first decision
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
      await tick();
      expect(view.calls).toEqual([]);
      consent.reset();
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

    it('grants advertising when it is set on its own', () => {
      sendGPC();
      const consent = start();
      consent.set({ advertising: true });
      consent.acceptAll();
      expect(consent.has('advertising')).toBe(true);
    });

    it('denies advertising by default in opt-out mode', () => {
      sendGPC();
      expect(start({ mode: 'opt-out' }).get()).toEqual({ ...allGranted(), advertising: false });
    });

    it('withholds advertising that a stored choice granted before the signal was on', () => {
      sendGPC();
      storeCookie(makeReceipt({ choices: allGranted(), gpc: false }));
      const consent = start();
      expect(consent.has('advertising')).toBe(false);
      expect(consent.has('analytics')).toBe(true);
    });

    it('keeps advertising that was granted while the signal was on', () => {
      sendGPC();
      storeCookie(makeReceipt({ choices: allGranted(), gpc: true }));
      expect(start().has('advertising')).toBe(true);
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
      await tick();
      expect(readChoice().receipt?.choices.advertising).toBe(true);
    });

    it('deletes advertising cookies when the visitor withdraws it there, though it never ran there', () => {
      history.replaceState(null, '', '/booking/1');
      const consent = start({ sensitivePaths: ['/booking'], reloadOnRevoke: false });
      consent.acceptAll();
      document.cookie = '_fbp=fb.1.2.3; Path=/';
      document.cookie = '_gcl_au=1.1.2; Path=/';
      consent.set({ advertising: false });
      expect(cookieNamesOnPage()).not.toContain('_fbp');
      expect(cookieNamesOnPage()).not.toContain('_gcl_au');
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

    it('loads gtag.js only once analytics is granted, and only once', async () => {
      const restore = runInlineScripts();
      onTestFinished(restore);
      const consent = start({ gaId: 'G-ABC123' }, { nonce: 'n0nce' });
      expect(gtagScripts()).toHaveLength(0);
      consent.set({ social: true });
      expect(gtagScripts()).toHaveLength(0);
      consent.set({ analytics: true });
      consent.acceptAll();
      expect(gtagScripts()).toHaveLength(1);
      expect((gtagScripts()[0] as HTMLScriptElement).src).toContain('id=G-ABC123');
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

    it('tries the records module again at the next decision when it failed to load', async () => {
      vi.spyOn(console, 'error').mockImplementation(() => {});
      const loadRecords = vi
        .fn<() => Promise<typeof createRecords>>()
        .mockRejectedValueOnce(new Error('consentry-records.js did not load'))
        .mockResolvedValue(createRecords);
      const consent = start({ reloadOnRevoke: false }, { loadRecords });
      consent.rejectAll();
      await vi.waitFor(() => expect(console.error).toHaveBeenCalled());
      expect(await consent.history()).toHaveLength(0); // loaded now: the earlier receipt never reached it
      consent.acceptAll();
      await vi.waitFor(async () => expect((await consent.history()).map((r) => r.method)).toEqual(['api']));
      expect(loadRecords).toHaveBeenCalledTimes(2);
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

  describe('other tabs', () => {
    it("applies another tab's decision", async () => {
      const thisTab = start();
      const otherTab = start();
      const changes = vi.fn();
      thisTab.on('change', changes);
      otherTab.acceptAll();
      await vi.waitFor(() => expect(thisTab.get()).toEqual(allGranted()));
      expect(changes).toHaveBeenCalledWith(allGranted());
      const [receipt] = await otherTab.history();
      expect((await thisTab.status()).consentId).toBe(receipt.id);
    });

    it("ignores another tab's decision made on another revision", async () => {
      const thisTab = start({ revision: 2 });
      const olderTab = start({ revision: 1 });
      const witness = start({ revision: 1 }); // a tab on the older revision, which does follow it
      olderTab.acceptAll();
      await vi.waitFor(() => expect(witness.has('analytics')).toBe(true));
      await tick();
      expect(thisTab.has('analytics')).toBe(false);
    });

    it('forgets the choice when another tab resets', async () => {
      const thisTab = start({ reloadOnRevoke: false });
      const otherTab = start({ reloadOnRevoke: false });
      otherTab.acceptAll();
      await vi.waitFor(() => expect(thisTab.has('analytics')).toBe(true));
      otherTab.reset();
      await vi.waitFor(() => expect(thisTab.get()).toEqual(makeChoices()));
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
      await vi.waitFor(() => expect(witness.has('analytics')).toBe(true));
      await tick();
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
      start({}, { loadView: view.loadView });
      await tick();
      expect(view.calls).toEqual([]);
    });

    it('opens the preferences from any data-consentry-open element or #consentry-preferences link', async () => {
      storeCookie(makeReceipt());
      setBody('<button data-consentry-open>Cookie settings</button><a href="#consentry-preferences">Privacy</a>');
      const view = recordingView();
      start({}, { loadView: view.loadView });
      (document.querySelector('button') as HTMLButtonElement).click();
      await vi.waitFor(() => expect(view.calls).toEqual(['preferences']));
      const link = document.querySelector('a') as HTMLAnchorElement;
      const event = new MouseEvent('click', { bubbles: true, cancelable: true });
      link.dispatchEvent(event);
      expect(event.defaultPrevented).toBe(true);
      await vi.waitFor(() => expect(view.calls).toEqual(['preferences', 'preferences']));
    });

    it('hides the view after a decision', async () => {
      const view = recordingView();
      const consent = start({}, { loadView: view.loadView });
      await vi.waitFor(() => expect(view.calls).toEqual(['banner']));
      consent.rejectAll();
      await vi.waitFor(() => expect(view.calls).toEqual(['banner', 'hide']));
    });

    it('reports a view that fails to load once, and leaves no promise rejection unhandled', async () => {
      const unhandled = vi.fn();
      process.on('unhandledRejection', unhandled);
      onTestFinished(() => void process.off('unhandledRejection', unhandled));
      const error = vi.spyOn(console, 'error').mockImplementation(() => {});
      const consent = start({}, { loadView: () => Promise.reject(new Error('consentry-ui.js did not load')) });
      consent.showPreferences();
      await vi.waitFor(() =>
        expect(error.mock.calls.some(([m]) => String(m).includes('could not be shown'))).toBe(true),
      );
      await tick();
      expect(unhandled).not.toHaveBeenCalled();
      expect(consent.get()).toEqual(makeChoices());
    });

    it('does nothing for view calls when headless', async () => {
      const consent = start();
      consent.showBanner();
      consent.showPreferences();
      consent.hide();
      await tick();
      expect(document.getElementById('consentry')).toBeNull();
    });
  });

  it('reports the package version', () => {
    expect(start().version).toBe(version);
  });
});
