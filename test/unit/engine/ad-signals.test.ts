import { GppModel } from '@iabgpp/cmpapi';
import { afterEach, beforeEach, describe, expect, it, onTestFinished, vi } from 'vitest';
import { type ConsentryOptions, createConsentry } from '../../../src/api';
import { createGppApi } from '../../../src/signals/gpp/api';
import { type GppWindow, installGppStub } from '../../../src/signals/gpp/stub';
import { createRecords } from '../../../src/storage/records';
import type { ConsentryApi, ConsentryConfig } from '../../../src/types';
import {
  cleanPage,
  makeChoices,
  makeReceipt,
  quietHappyDOM,
  runInlineScripts,
  setBody,
  storeCookie,
  trackBroadcastChannels,
  useEmptyIndexedDB,
} from '../support/page';

type Fbq = ((...args: unknown[]) => void) & { queue?: IArguments[] };
type AdWindow = GppWindow & { fbq?: Fbq; _fbq?: Fbq };
const page = () => window as AdWindow;

/** The engines this test started; each is destroyed after it. */
const started: ConsentryApi[] = [];

/** Starts Consentry headless on the happy-dom window, with the GPP stub queue the script tag would hand it. */
function start(config: ConsentryConfig, options: ConsentryOptions = {}) {
  const api = createConsentry(config, {
    window,
    loadRecords: async () => createRecords,
    loadGpp: async () => createGppApi,
    ...options,
  });
  started.push(api);
  return api;
}

/** Starts Consentry with the script tag's GPP stub installed first. */
const startWithGpp = (config: ConsentryConfig, options: ConsentryOptions = {}) =>
  start(config, { gppQueue: installGppStub(window), ...options });

/** Calls `__gpp` as a vendor would, and returns what it answered synchronously. */
function gpp(command: string, parameter?: unknown) {
  const answers: unknown[] = [];
  page().__gpp?.(command, (data) => answers.push(data), parameter);
  return answers[0];
}

interface Ping {
  cmpStatus: string;
  cmpDisplayStatus: string;
  sectionList: number[];
  signalStatus: string;
  gppString: string;
  applicableSections: number[];
}
const ping = () => gpp('ping') as Ping;

/** Waits until the GPP API has replaced the stub. */
const gppLoaded = () => vi.waitFor(() => expect(ping().cmpStatus).toBe('loaded'));

/** The section `name` of the current GPP string, as IAB's own decoder reads it. */
const decoded = (name: string) => new GppModel(ping().gppString).getSection(name) as Record<string, unknown>;

/** Lets queued promises and timers of the engine run. */
const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

/** A Colorado visitor on a health site, opt-out by `mode: 'auto'`. */
const colorado = (overrides: ConsentryConfig = {}): ConsentryConfig => ({
  region: 'US-CO',
  mode: 'auto',
  gpp: true,
  sensitiveData: ['health'],
  reloadOnRevoke: false,
  ...overrides,
});

/** Meta's base code (docs/recipes/meta-pixel.md), held under `category`; fbevents.js is never fetched in tests. */
const heldPixel = (category: string) => `<script type="text/plain" data-consent="${category}">
  !function(f,b,e,v,n,t,s){if(f.fbq)return;n=f.fbq=function(){n.callMethod?
  n.callMethod.apply(n,arguments):n.queue.push(arguments)};if(!f._fbq)f._fbq=n;
  n.push=n;n.loaded=!0;n.version='2.0';n.queue=[];t=b.createElement(e);t.async=!0;
  t.src=v;s=b.getElementsByTagName(e)[0];s.parentNode.insertBefore(t,s)}(window,
  document,'script','https://connect.facebook.net/en_US/fbevents.js');
  fbq('init', '000000000000000');
  fbq('track', 'PageView');
</script>`;

/** The pixel's calls in the order fbevents.js will read them: each call's method. */
const pixelCalls = () => (page().fbq?.queue ?? []).map((args) => args[0]);

/** Waits until the held pixel has run (its base code defined the queue). */
const pixelRan = () => vi.waitFor(() => expect(pixelCalls()).toContain('init'));

/** Turns the browser's Global Privacy Control signal on for this test. */
function sendGPC() {
  Object.defineProperty(navigator, 'globalPrivacyControl', { value: true, configurable: true });
  onTestFinished(() => {
    delete (navigator as Navigator & { globalPrivacyControl?: boolean }).globalPrivacyControl;
  });
}

/** Lets happy-dom run the held scripts Consentry releases, for this test. */
const runReleasedScripts = () => onTestFinished(runInlineScripts());

let closeChannels: () => void;

beforeEach(() => {
  useEmptyIndexedDB();
  closeChannels = trackBroadcastChannels();
  quietHappyDOM(); // the stub's __gppLocator frame, which happy-dom will not load
  vi.spyOn(console, 'error').mockImplementation(() => {});
  vi.spyOn(console, 'warn').mockImplementation(() => {});
  vi.spyOn(console, 'table').mockImplementation(() => {});
});

afterEach(async () => {
  for (const api of started.splice(0)) api.destroy();
  closeChannels();
  await cleanPage();
  for (const key of ['__gpp', 'fbq', '_fbq'] as const) delete page()[key];
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

describe('followGpp', () => {
  it('replaces the stub with the API, which answers for a Colorado visitor with usnat and usco', async () => {
    startWithGpp(colorado());
    expect(ping().cmpStatus).toBe('stub');
    await gppLoaded();
    expect(ping()).toMatchObject({
      signalStatus: 'ready',
      applicableSections: [7, 10],
      sectionList: [7, 10],
      cmpDisplayStatus: 'visible',
    });
    // Opt-out mode, the notice on screen (headless, the engine counts it shown): not opted out.
    expect(decoded('usco')).toMatchObject({ SaleOptOut: 2, TargetedAdvertisingOptOut: 2, SaleOptOutNotice: 1 });
    expect(gpp('getField', 'usco.SaleOptOut')).toBe(2);
    expect(gpp('getSection', 'usnat')).toEqual(decoded('usnat'));
    expect((decoded('usnat').SensitiveDataProcessing as number[])[2]).toBe(1); // health: no consent
  });

  it('changes the string when the visitor rejects, then accepts, and each string decodes to the choice', async () => {
    const consent = startWithGpp(colorado());
    await gppLoaded();
    const first = ping().gppString;

    consent.rejectAll();
    const rejected = ping().gppString;
    expect(rejected).not.toBe(first);
    expect(decoded('usnat')).toMatchObject({
      SaleOptOut: 1,
      SharingOptOut: 1,
      TargetedAdvertisingOptOut: 1,
      SaleOptOutNotice: 1,
      Gpc: false,
    });
    expect(decoded('usco')).toMatchObject({ SaleOptOut: 1, TargetedAdvertisingOptOut: 1, Gpc: false });

    consent.acceptAll();
    expect(ping().gppString).not.toBe(rejected);
    expect(decoded('usnat')).toMatchObject({ SaleOptOut: 2, SharingOptOut: 2, TargetedAdvertisingOptOut: 2 });
    expect(decoded('usco')).toMatchObject({ SaleOptOut: 2, TargetedAdvertisingOptOut: 2 });
  });

  it('sends signalStatus and sectionChange events on a change to a listener added through the stub before the API loaded', async () => {
    const gppQueue = installGppStub(window);
    const heard: [string, unknown][] = [];
    page().__gpp?.('addEventListener', (event) => {
      const { eventName, data } = event as { eventName: string; data: unknown };
      heard.push([eventName, data]);
    });
    expect(heard).toEqual([]);
    const consent = start(colorado(), { gppQueue });
    await gppLoaded();
    expect(heard).toEqual([['listenerRegistered', true]]);

    consent.rejectAll();
    // The banner hides with the receipt, then the choice changes the sections (the spec's order).
    expect(heard.slice(1)).toEqual([
      ['cmpDisplayStatus', 'hidden'],
      ['signalStatus', 'not ready'],
      ['sectionChange', 'usnat'],
      ['sectionChange', 'usco'],
      ['signalStatus', 'ready'],
    ]);
  });

  it('says Gpc and keeps the visitor opted out when the browser sends GPC', async () => {
    sendGPC();
    startWithGpp(colorado());
    await gppLoaded();
    expect(decoded('usnat')).toMatchObject({ Gpc: true, SaleOptOut: 1, TargetedAdvertisingOptOut: 1 });
    expect(decoded('usco')).toMatchObject({ Gpc: true, SaleOptOut: 1 });
  });

  it('says no section applies to a visitor outside the US', async () => {
    startWithGpp(colorado({ region: 'FR' }));
    await gppLoaded();
    expect(ping()).toMatchObject({ applicableSections: [-1], gppString: 'DBAA' });
    expect(gpp('hasSection', 'usnat')).toBe(false);
  });

  it('loads no API without gpp: true, or without the stub’s queue (another CMP answers __gpp)', async () => {
    const loadGpp = vi.fn(async () => createGppApi);
    start(colorado({ gpp: false }), { gppQueue: [], loadGpp });
    start(colorado(), { loadGpp });
    await tick();
    expect(loadGpp).not.toHaveBeenCalled();
    expect(page().__gpp).toBeUndefined();
  });

  it('leaves the stub answering ping, and warns, when the API cannot load', async () => {
    startWithGpp(colorado(), { loadGpp: () => Promise.reject(new Error('offline')) });
    await vi.waitFor(() =>
      expect(console.warn).toHaveBeenCalledWith(expect.stringContaining('GPP API could not load')),
    );
    expect(ping().cmpStatus).toBe('stub');
  });

  it('installs no API once the engine is destroyed', async () => {
    startWithGpp(colorado()).destroy();
    await tick();
    expect(ping().cmpStatus).toBe('stub');
  });
});

describe('limitDataUseWhenNeeded', () => {
  it('queues LDU before a pixel released for a Colorado visitor with GPC who grants advertising by its own switch', async () => {
    runReleasedScripts();
    sendGPC();
    setBody(heldPixel('advertising'));
    const consent = start(colorado({ gpp: false }));
    await tick();
    expect(page().fbq).toBeUndefined(); // held: advertising is denied under GPC
    consent.set({ advertising: true });
    await pixelRan();
    expect(pixelCalls()).toEqual(['dataProcessingOptions', 'init', 'track']);
    expect(Array.from(page().fbq?.queue?.[0] ?? [])).toEqual(['dataProcessingOptions', ['LDU'], 0, 0]);
  });

  it('queues LDU before any release for a Colorado visitor in opt-out mode who denied advertising', async () => {
    runReleasedScripts();
    storeCookie(makeReceipt({ choices: makeChoices({ analytics: true, advertising: false }) }));
    // A pixel held under another category than advertising (the recipe says not to, but it runs).
    setBody(heldPixel('analytics'));
    start(colorado({ gpp: false, mode: 'opt-out' }));
    await pixelRan();
    expect(pixelCalls()).toEqual(['dataProcessingOptions', 'init', 'track']);
  });

  it('does not queue LDU for a French visitor in opt-out mode who denied advertising', async () => {
    runReleasedScripts();
    storeCookie(makeReceipt({ choices: makeChoices({ analytics: true, advertising: false }) }));
    setBody(heldPixel('analytics'));
    start(colorado({ gpp: false, mode: 'opt-out', region: 'FR' }));
    await pixelRan();
    expect(pixelCalls()).toEqual(['init', 'track']);
  });

  it('does not queue LDU for a French visitor with GPC who turns advertising on by its own switch', async () => {
    runReleasedScripts();
    sendGPC();
    setBody(heldPixel('advertising'));
    const consent = start(colorado({ gpp: false, region: 'FR' }));
    consent.set({ advertising: true });
    await pixelRan();
    expect(pixelCalls()).toEqual(['init', 'track']);
  });

  it('does not queue LDU for a Colorado visitor whose advertising stands granted in opt-out mode without GPC', async () => {
    runReleasedScripts();
    setBody(heldPixel('advertising'));
    start(colorado({ gpp: false }));
    await pixelRan();
    expect(pixelCalls()).toEqual(['init', 'track']);
  });

  it('calls a pixel that is already running at once when the visitor opts out and nothing reloads', async () => {
    runReleasedScripts();
    setBody(heldPixel('advertising'));
    const consent = start(colorado({ gpp: false }));
    await pixelRan();
    consent.rejectAll();
    expect(pixelCalls()).toEqual(['init', 'track', 'dataProcessingOptions']);
  });

  // docs/recipes/meta-pixel.md: "A pixel that is already running when the visitor opts out
  // gets the call at once", also when the change path reloads instead of releasing.
  it('calls a pixel that is already running at once when the visitor opts out, before the reload', async () => {
    runReleasedScripts();
    vi.spyOn(window.location, 'reload').mockImplementation(() => {});
    setBody(heldPixel('advertising'));
    const consent = start(colorado({ gpp: false, reloadOnRevoke: true }));
    await pixelRan();
    consent.rejectAll();
    expect(pixelCalls()).toEqual(['init', 'track', 'dataProcessingOptions']);
  });
});
