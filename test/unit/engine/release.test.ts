import { afterEach, beforeEach, describe, expect, it, onTestFinished, vi } from 'vitest';
import { createConsentry } from '../../../src/api';
import { catalogServices } from '../../../src/config/services-data';
import { createRelease } from '../../../src/engine/release';
import { createStore } from '../../../src/engine/store';
import type { HeldRecord } from '../../../src/gate/gate';
import { armNet } from '../../../src/gate/net';
import { compileNet } from '../../../src/gate/net-match';
import { sendPartnerDefaults } from '../../../src/signals/partners/defaults';
import { buildStatus } from '../../../src/status';
import { createRecords } from '../../../src/storage/records';
import type { Choices, ConsentryApi, ConsentryConfig, Receipt } from '../../../src/types';
import { heldScript, makeConfig, makeContext, makeScope } from '../support/engine';
import {
  cleanPage,
  dataLayer,
  makeChoices,
  makeReceipt,
  quietHappyDOM,
  runInlineScripts,
  setBody,
  storeCookie,
} from '../support/page';

declare const __CONSENTRY_NET__: string;

type PartnerWindow = Window & { ttq?: unknown[]; uetq?: unknown[]; __seen?: unknown[] };

const started: ConsentryApi[] = [];

/** What the recorder saw, once the released script has run (the gate runs it in a microtask). */
const seen = () =>
  vi.waitFor(() => {
    const found = (window as PartnerWindow).__seen as string[] | undefined;
    if (!found) throw new Error('the held script has not run');
    return found.map((json) => (json === undefined ? undefined : JSON.parse(json)));
  });

/** Starts the engine as the script tag would: the partners' defaults and the safety net first. */
function start(config: ConsentryConfig) {
  sendPartnerDefaults(window, config.services);
  const net = armNet(window, compileNet(__CONSENTRY_NET__));
  const api = createConsentry(config, {
    window,
    catalog: catalogServices,
    net,
    loadRecords: async () => createRecords,
    loadStatus: async () => buildStatus,
  });
  started.push(api);
  return api;
}

/** A held inline script that records what TikTok's and UET's queues hold when it runs. */
const recorder = (category: string) =>
  `<script type="text/plain" data-consent="${category}">window.__seen = [JSON.stringify(window.ttq), JSON.stringify(window.uetq)];</script>`;

beforeEach(async () => {
  await cleanPage();
  vi.spyOn(console, 'table').mockImplementation(() => {});
  vi.spyOn(console, 'warn').mockImplementation(() => {});
  onTestFinished(runInlineScripts());
});
afterEach(() => {
  for (const api of started.splice(0)) api.destroy();
  for (const name of ['ttq', 'uetq', '__seen']) delete (window as unknown as Record<string, unknown>)[name];
  vi.restoreAllMocks();
});

describe('the release, with partners and the safety net', () => {
  it("tells each named partner the stored choice before a held tag runs, after the script tag's default", async () => {
    storeCookie(makeReceipt({ choices: makeChoices({ advertising: true }) }));
    setBody(recorder('advertising'));
    const consent = start({ services: ['tiktok-pixel', 'microsoft-ads'] });
    const [ttq, uetq] = await seen();
    expect(ttq).toEqual([['holdConsent'], ['grantConsent']]);
    expect(uetq).toEqual([
      'consent',
      'default',
      { ad_storage: 'denied' },
      'consent',
      'update',
      { ad_storage: 'granted' },
    ]);
    expect((await consent.status()).partners).toEqual({
      'tiktok-pixel': 'grant',
      'microsoft-ads': { ad_storage: 'granted' },
    });
  });

  it('tells the partners a change before releasing, and a withdrawal too', async () => {
    setBody(recorder('advertising'));
    const consent = start({ services: ['tiktok-pixel'], reloadOnRevoke: false });
    expect((window as PartnerWindow).__seen).toBeUndefined();
    consent.set({ advertising: true });
    // Before a choice the partner keeps the script tag's denied default, with nothing more said.
    expect((await seen())[0]).toEqual([['holdConsent'], ['grantConsent']]);
    consent.set({ advertising: false });
    expect((window as PartnerWindow).ttq?.slice(2)).toEqual([['revokeConsent']]);
    expect((await consent.status()).partners).toEqual({ 'tiktok-pixel': 'revoke' });
  });

  it('lists what the safety net caught in status(), with its service, and releases it once granted', async () => {
    const consent = start({});
    const script = document.createElement('script');
    script.src = 'https://www.clarity.ms/tag/abc';
    document.head.appendChild(script);
    expect(script.isConnected).toBe(false);
    const auto = async () => (await consent.status()).held.filter((h) => h.element.includes('clarity'));
    expect(await auto()).toEqual([
      {
        element: '<script> https://www.clarity.ms/tag/abc',
        categories: ['analytics'],
        state: 'auto-held',
        service: 'microsoft-clarity',
      },
    ]);
    consent.set({ analytics: true });
    expect(script.isConnected).toBe(true);
    expect((await auto())[0].state).toBe('loaded');
    expect(console.warn).toHaveBeenCalledWith(expect.stringContaining('data-consent="analytics"'));
  });

  it('lets through a catalog service the config places in necessary, caught before the engine or inserted after', async () => {
    sendPartnerDefaults(window, []);
    const net = armNet(window, compileNet(__CONSENTRY_NET__));
    const early = document.createElement('script');
    early.src = 'https://www.clarity.ms/tag/early';
    document.head.appendChild(early);
    expect(early.isConnected).toBe(false);
    const consent = createConsentry(
      { categories: { necessary: { services: ['microsoft-clarity'] } } },
      {
        window,
        catalog: catalogServices,
        net,
        loadRecords: async () => createRecords,
        loadStatus: async () => buildStatus,
      },
    );
    started.push(consent);
    expect(early.isConnected).toBe(true);
    const late = document.createElement('script');
    late.src = 'https://www.clarity.ms/tag/late';
    document.head.appendChild(late);
    expect(late.isConnected).toBe(true);
    expect((await consent.status()).held.filter((h) => h.service === 'microsoft-clarity')).toEqual([
      expect.objectContaining({ categories: ['necessary'], state: 'loaded' }),
    ]);
    // Another analytics service is still held.
    const hotjar = document.createElement('script');
    hotjar.src = 'https://static.hotjar.com/c/hotjar-1.js';
    document.head.appendChild(hotjar);
    expect(hotjar.isConnected).toBe(false);
  });

  it('keeps what the net holds held when the config fails, and after destroy()', () => {
    const consent = start({ services: ['no-such-service'] } as ConsentryConfig);
    const frame = document.createElement('iframe');
    frame.src = 'https://www.youtube.com/embed/abc';
    document.body.append(frame);
    consent.acceptAll();
    expect(frame.isConnected).toBe(false);
    consent.destroy();
    const later = document.createElement('iframe');
    later.src = 'https://www.youtube.com/embed/def';
    document.body.append(later);
    // Disarmed: a later insertion goes through, and what was held stays held.
    expect(later.isConnected).toBe(true);
    expect(frame.isConnected).toBe(false);
  });
});

/** The release over a store with no stored choice (or `stored`), as engine/index.ts makes it, on a scope of its own. */
function releaseFor(input: ConsentryConfig = {}, stored: Receipt | null = null) {
  const config = makeConfig(input);
  const store = createStore(makeContext(config), stored);
  const scope = makeScope();
  const held = createRelease({
    doc: document,
    config,
    store,
    serviceOf: () => undefined,
    nonce: 'n0nce',
    scope,
    warn: vi.fn(),
  });
  /** Moves the store to `next` and releases, as the change path does when nothing was revoked. */
  const grant = (next: Choices) => {
    store.change(next);
    held.release();
  };
  return { held, store, scope, grant };
}

describe('createRelease', () => {
  it('keeps held scripts inert until their categories are granted, and releases what is granted already', async () => {
    setBody(heldScript('analytics', 'analytics ran') + heldScript('necessary', 'necessary ran'));
    const { held } = releaseFor();
    expect(held.marked().map((r) => r.state)).toEqual(['held', 'loaded']);
    // Released scripts run in page order: the analytics one, had it been released, would have run first.
    await vi.waitFor(() => expect(dataLayer()).toContain('necessary ran'));
    expect(dataLayer()).not.toContain('analytics ran');
  });

  it('releases a held element once every category it names is granted', () => {
    setBody(heldScript('analytics advertising', 'both ran'));
    const { held, grant } = releaseFor();
    grant(makeChoices({ analytics: true }));
    expect(held.marked()[0].state).toBe('held');
    grant(makeChoices({ analytics: true, advertising: true }));
    expect(held.marked()[0].state).toBe('loaded');
  });

  it('loads gtag.js for data-ga-id only once analytics is granted, and only once, with the nonce', () => {
    const gtagScripts = () =>
      document.querySelectorAll<HTMLScriptElement>('script[src^="https://www.googletagmanager.com/gtag/js"]');
    const { held, grant } = releaseFor({ gaId: 'G-ABC123' });
    expect(gtagScripts()).toHaveLength(0);
    grant(makeChoices({ social: true }));
    expect(gtagScripts()).toHaveLength(0);
    expect(held.gaLoaded()).toBeUndefined();
    grant(makeChoices({ analytics: true }));
    grant(makeChoices({ analytics: true, social: true }));
    expect(gtagScripts()).toHaveLength(1);
    expect(gtagScripts()[0].src).toContain('id=G-ABC123');
    expect(gtagScripts()[0].nonce).toBe('n0nce');
    expect(held.gaLoaded()).toBe('G-ABC123');
  });

  it('lists the held iframes, for their placeholders, until they are released', () => {
    quietHappyDOM();
    setBody(
      '<iframe data-consent="social" data-src="https://video.example.com/embed/1"></iframe>' +
        heldScript('social', 'social ran'),
    );
    const { held, grant } = releaseFor();
    expect(held.embeds().map((r) => r.el.tagName)).toEqual(['IFRAME']);
    grant(makeChoices({ social: true }));
    expect(held.embeds()).toEqual([]);
    expect(held.caught()).toEqual([]);
  });

  it('tells of each element held after start-up, and of none once its scope stopped', async () => {
    const { held, scope } = releaseFor();
    const heard = new Promise<HeldRecord>((resolve) => held.onHeldLater(resolve));
    const frame = document.createElement('iframe');
    frame.setAttribute('data-consent', 'social');
    frame.setAttribute('data-src', 'https://video.example.com/embed/1');
    document.body.append(frame);
    expect((await heard).el).toBe(frame);
    const stopped = vi.fn();
    held.onHeldLater(stopped);
    scope.stop();
    // Observers hear a mutation in the order they were made (DOM, "notify mutation observers"): this one after.
    const witness = releaseFor();
    const witnessed = new Promise<HeldRecord>((resolve) => witness.held.onHeldLater(resolve));
    const later = frame.cloneNode() as HTMLIFrameElement;
    document.body.append(later);
    expect((await witnessed).el).toBe(later);
    expect(stopped).not.toHaveBeenCalled();
    expect(held.marked().map((r) => r.el)).toEqual([frame]);
  });
});
