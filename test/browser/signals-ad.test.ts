/**
 * The signals ad partners read (SPEC §5, issue 14), in Chromium against dist/: the IAB
 * GPP strings, decoded in Node by IAB's own library; GPP for frames; Meta's Limited Data
 * Use ahead of the pixel; the Consent Mode self-check; ads_data_redaction and
 * url_passthrough before Google's tags. Third-party hosts answer with local stand-ins.
 */
import { GppModel } from '@iabgpp/cmpapi';
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { GppFunction } from '../../src/signals/gpp/stub';
import { testDomain } from './support/browser';
import { useBrowserHarness } from './support/harness';
import { allGranted, consentryPage, storedChoice } from './support/pages';

const h = useBrowserHarness();

type Fields = Record<string, unknown>;
interface Ping {
  cmpStatus: string;
  signalStatus: string;
  applicableSections: number[];
  sectionList: number[];
  gppString: string;
}
/** What the pages under test expose beyond support/globals.d.ts. */
type AdPage = Window & {
  __gpp?: GppFunction;
  __stubPing?: Ping;
  __gppEvents?: string[];
  __fbqCalls?: unknown[][];
  __layerAtGtag?: unknown[][];
  __answers?: Record<string, unknown>;
};

const gtagUrl = 'https://www.googletagmanager.com/gtag/js?id=G-TEST123';

/** Google's tag snippet: gtag.js and its start commands. */
const googleSnippet = `<script async src="${gtagUrl}"></script>
  <script>
    window.dataLayer = window.dataLayer || [];
    function gtag() { dataLayer.push(arguments); }
    gtag('js', new Date());
    gtag('config', 'G-TEST123');
  </script>`;

/** gtag.js stand-in: records that it ran, and each dataLayer entry it found as [command, name]. */
const gtagStandIn = `(window.__ran = window.__ran || []).push('gtag');
  window.__layerAtGtag = (window.dataLayer || []).map(function (e) {
    return Object.prototype.toString.call(e) === '[object Arguments]' ? [e[0], e[1]] : [e.event];
  });`;

/** fbevents.js stand-in: takes the base code's queue as the real one does, and records every call in order. */
const fbeventsStandIn = `(function () {
    var fbq = window.fbq;
    var calls = (window.__fbqCalls = window.__fbqCalls || []);
    var record = function (args) { calls.push(Array.prototype.slice.call(args)); };
    fbq.queue.forEach(record);
    fbq.queue.length = 0;
    fbq.callMethod = function () { record(arguments); };
  })();`;

/** Meta's base code, as docs/recipes/meta-pixel.md has it, held under advertising. */
const heldPixel = `<script type="text/plain" data-consent="advertising">
  !function(f,b,e,v,n,t,s){if(f.fbq)return;n=f.fbq=function(){n.callMethod?
  n.callMethod.apply(n,arguments):n.queue.push(arguments)};if(!f._fbq)f._fbq=n;
  n.push=n;n.loaded=!0;n.version='2.0';n.queue=[];t=b.createElement(e);t.async=!0;
  t.src=v;s=b.getElementsByTagName(e)[0];s.parentNode.insertBefore(t,s)}(window,
  document,'script','https://connect.facebook.net/en_US/fbevents.js');
  fbq('init', '000000000000000');
  fbq('track', 'PageView');
</script>`;

/** Answers Google's and Meta's hosts with the stand-ins; nothing leaves the machine. */
async function standInThirdParties(context: BrowserContext) {
  await context.route('https://www.googletagmanager.com/**', (route) =>
    route.fulfill({ contentType: 'text/javascript', body: gtagStandIn }),
  );
  await context.route('https://connect.facebook.net/**', (route) =>
    route.fulfill({ contentType: 'text/javascript', body: fbeventsStandIn }),
  );
}

/** Opens `path` as a visitor, with Global Privacy Control set the way a browser sets it when `gpc`. */
async function visit(path: string, { gpc = false } = {}): Promise<Page> {
  const context = await h.context();
  await standInThirdParties(context);
  const page = await context.newPage();
  page.on('console', (m) => h.consoleMessages.push(`${m.type()}: ${m.text()}`));
  if (gpc)
    await page.addInitScript(() =>
      Object.defineProperty(Navigator.prototype, 'globalPrivacyControl', { get: () => true, configurable: true }),
    );
  await page.goto(h.server.origin + path);
  await engineStarted(page);
  return page;
}

/** Resolves once the engine answers for `window.Consentry` (its history is the engine's). */
const engineStarted = (page: Page) => page.evaluate(() => window.Consentry.history().then(() => undefined));

/** Clicks a first-layer button; when the click revokes a grant, waits for the reload it causes. */
async function clickBanner(page: Page, action: 'accept-all' | 'reject-all', { reloads = false } = {}) {
  const button = page.locator(`[data-action="${action}"]`);
  if (!reloads) return button.click();
  await Promise.all([page.waitForEvent('load'), button.click()]);
  await engineStarted(page);
}

/** Waits for the full GPP API with a ready signal, then reads ping and the US sections through `__gpp`. */
async function readGpp(page: Page) {
  await page.waitForFunction(() => {
    let status = '';
    (window as AdPage).__gpp?.('ping', (data) => {
      status = `${(data as Ping).cmpStatus} ${(data as Ping).signalStatus}`;
    });
    return status === 'loaded ready';
  });
  return page.evaluate(() => {
    const call = (command: string, parameter?: unknown) => {
      let answer: unknown;
      (window as AdPage).__gpp?.(command, (data) => (answer = data), parameter);
      return answer;
    };
    return {
      ping: call('ping') as Ping,
      usnat: call('getSection', 'usnat') as Fields | null,
      usco: call('getSection', 'usco') as Fields | null,
    };
  });
}

/** The page's GPP string as IAB's library decodes it, checked against what the page's getSection said. */
async function decodedGpp(page: Page) {
  const { ping, usnat, usco } = await readGpp(page);
  const model = new GppModel(ping.gppString);
  expect(model.getSection('usnat')).toEqual(usnat);
  expect(model.getSection('usco')).toEqual(usco);
  return { ping, usnat: model.getSection('usnat') as Fields, usco: model.getSection('usco') as Fields };
}

/** A Colorado visitor on a health site that shows the "Limit the Use" link. */
const coloradoConfig = {
  policyUrl: '/privacy',
  limitUseUrl: '/privacy#limit',
  region: 'US-CO',
  mode: 'auto',
  gpp: true,
  sensitiveData: ['health'],
};

/** usnat's and usco's SensitiveDataProcessing with health alone marked "no consent" (1). */
const healthOnly = { usnat: [0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0], usco: [0, 0, 1, 0, 0, 0, 0] };

/** The notices a Colorado visitor has had once the banner showed, with the "Limit the Use" link. */
const noticesGiven = {
  usnat: {
    SharingNotice: 1,
    SaleOptOutNotice: 1,
    SharingOptOutNotice: 1,
    TargetedAdvertisingOptOutNotice: 1,
    SensitiveDataProcessingOptOutNotice: 1,
    SensitiveDataLimitUseNotice: 1,
  },
  usco: { SharingNotice: 1, SaleOptOutNotice: 1, TargetedAdvertisingOptOutNotice: 1 },
};

/** usnat's and usco's opt-outs, all at `value` (1 opted out, 2 did not). */
const optOuts = (value: 1 | 2) => ({
  usnat: { SaleOptOut: value, SharingOptOut: value, TargetedAdvertisingOptOut: value },
  usco: { SaleOptOut: value, TargetedAdvertisingOptOut: value },
});

describe('GPP for a Colorado visitor, decoded by IAB’s library', () => {
  it('answers ping from the stub before the engine loads, and hands its listener to the API', async () => {
    const early = `<script>
      __gpp('ping', function (data) { window.__stubPing = data; });
      __gpp('addEventListener', function (event) { (window.__gppEvents = window.__gppEvents || []).push(event.eventName); });
    </script>`;
    // No reload on revoking, so that the listener stays to hear the change.
    h.server.page('/', consentryPage({ config: { ...coloradoConfig, reloadOnRevoke: false }, head: early }));
    const p = await visit('/');
    expect(await p.evaluate(() => (window as AdPage).__stubPing)).toMatchObject({
      cmpStatus: 'stub',
      signalStatus: 'not ready',
      applicableSections: [0],
      gppString: '',
    });
    await readGpp(p);
    expect(await p.evaluate(() => (window as AdPage).__gppEvents)).toEqual(['listenerRegistered']);
    await clickBanner(p, 'reject-all');
    await expect
      .poll(() => p.evaluate(() => (window as AdPage).__gppEvents))
      .toEqual([
        'listenerRegistered',
        'cmpDisplayStatus',
        'signalStatus',
        'sectionChange',
        'sectionChange',
        'signalStatus',
      ]);
  });

  it('opted in: accept all says no opt-out, every notice given, health without consent, no GPC', async () => {
    h.server.page('/', consentryPage({ config: coloradoConfig }));
    const p = await visit('/');
    await clickBanner(p, 'accept-all');
    const { ping, usnat, usco } = await decodedGpp(p);
    expect(ping).toMatchObject({ applicableSections: [7, 10], sectionList: [7, 10] });
    expect(usnat).toMatchObject({
      ...optOuts(2).usnat,
      ...noticesGiven.usnat,
      SensitiveDataProcessing: healthOnly.usnat,
      Gpc: false,
    });
    expect(usco).toMatchObject({
      ...optOuts(2).usco,
      ...noticesGiven.usco,
      SensitiveDataProcessing: healthOnly.usco,
      Gpc: false,
    });
  });

  it('opted out: reject all says opted out of sale, sharing and targeted advertising, after the reload too', async () => {
    h.server.page('/', consentryPage({ config: coloradoConfig }));
    const p = await visit('/');
    const before = (await readGpp(p)).ping.gppString;
    // Opt-out mode granted advertising at first: rejecting revokes it, and the page reloads.
    await clickBanner(p, 'reject-all', { reloads: true });
    const { ping, usnat, usco } = await decodedGpp(p);
    expect(ping.gppString).not.toBe(before);
    expect(usnat).toMatchObject({
      ...optOuts(1).usnat,
      ...noticesGiven.usnat,
      SensitiveDataProcessing: healthOnly.usnat,
      Gpc: false,
    });
    expect(usco).toMatchObject({ ...optOuts(1).usco, ...noticesGiven.usco, Gpc: false });
  });

  it('with GPC: Gpc set and opted out, even after accept all', async () => {
    h.server.page('/', consentryPage({ config: { ...coloradoConfig, mode: 'opt-out' } }));
    const p = await visit('/', { gpc: true });
    await clickBanner(p, 'accept-all');
    const { usnat, usco } = await decodedGpp(p);
    expect(usnat).toMatchObject({
      ...optOuts(1).usnat,
      ...noticesGiven.usnat,
      SensitiveDataProcessing: healthOnly.usnat,
      Gpc: true,
    });
    expect(usco).toMatchObject({ ...optOuts(1).usco, SensitiveDataProcessing: healthOnly.usco, Gpc: true });
  });

  it('outside the US: no section applies', async () => {
    h.server.page('/', consentryPage({ config: { ...coloradoConfig, region: 'FR' } }));
    const p = await visit('/');
    await clickBanner(p, 'accept-all');
    const { ping } = await readGpp(p);
    expect(ping).toMatchObject({ applicableSections: [-1], sectionList: [] });
    expect(new GppModel(ping.gppString).getSectionIds()).toEqual([]);
  });

  it('answers a cross-origin frame through the __gppLocator frame and postMessage', async () => {
    // IAB's locator code, as an ad in a frame of another origin runs it.
    const frame = `<!doctype html><title>ad</title><script>
      var answers = (window.__answers = {});
      var f = window, cmp;
      while (f) {
        try { if (f.frames['__gppLocator']) { cmp = f; break; } } catch (e) {}
        if (f === window.top) break;
        f = f.parent;
      }
      window.addEventListener('message', function (event) {
        var r = event.data && event.data.__gppReturn;
        if (r) answers[r.callId] = r;
      });
      cmp.postMessage({ __gppCall: { command: 'ping', version: '1.1', callId: 'ping' } }, '*');
      cmp.postMessage({ __gppCall: { command: 'getField', parameter: 'usco.SaleOptOut', version: '1.1', callId: 'field' } }, '*');
    </script>`;
    h.server.page('/ad', frame);
    const frameUrl = `http://ads.${testDomain}:${h.server.port}/ad`;
    h.server.page('/', consentryPage({ config: coloradoConfig, body: `<iframe src="${frameUrl}"></iframe>` }));
    const p = await visit('/');
    await clickBanner(p, 'accept-all');
    const ad = p.frames().find((f) => f.url() === frameUrl);
    expect(ad).toBeDefined();
    await expect
      .poll(() => ad?.evaluate(() => Object.keys((window as AdPage).__answers ?? {}).sort()))
      .toEqual(['field', 'ping']);
    const answers = (await ad?.evaluate(() => (window as AdPage).__answers)) as Record<string, Fields>;
    expect(answers.ping).toMatchObject({ success: true, returnValue: { gppVersion: '1.1' } });
    expect(answers.field).toEqual({ success: true, callId: 'field', returnValue: 2 });
  });
});

describe('Meta Limited Data Use', () => {
  const fbqCalls = (p: Page) => p.evaluate(() => (window as AdPage).__fbqCalls ?? []);
  const ldu = ['dataProcessingOptions', ['LDU'], 0, 0];
  const pixelOwnCalls = [
    ['init', '000000000000000'],
    ['track', 'PageView'],
  ];

  /** The visitor turns advertising on by its own switch in the preferences (the only way with GPC on). */
  async function grantAdvertisingBySwitch(p: Page) {
    await p.locator('[data-action="customize"]').click();
    await p.locator('[data-category="advertising"]').check();
    await p.locator('[data-action="save"]').click();
  }

  it('comes before the pixel’s init when a Colorado visitor with GPC turns advertising on by its switch', async () => {
    h.server.page('/', consentryPage({ config: { ...coloradoConfig, gpp: false }, head: heldPixel }));
    const p = await visit('/', { gpc: true });
    await p.locator('[data-part="banner"]').waitFor();
    expect(await fbqCalls(p)).toEqual([]);
    await grantAdvertisingBySwitch(p);
    await expect.poll(() => fbqCalls(p)).toHaveLength(3);
    expect(await fbqCalls(p)).toEqual([ldu, ...pixelOwnCalls]);
  });

  it('is not sent for a visitor outside the US who has GPC and turns advertising on by its switch', async () => {
    h.server.page('/', consentryPage({ config: { ...coloradoConfig, gpp: false, region: 'FR' }, head: heldPixel }));
    const p = await visit('/', { gpc: true });
    await grantAdvertisingBySwitch(p);
    await expect.poll(() => fbqCalls(p)).toEqual(pixelOwnCalls);
  });

  it('is not sent for a Colorado visitor whose advertising stands granted in opt-out mode', async () => {
    h.server.page('/', consentryPage({ config: { ...coloradoConfig, gpp: false }, head: heldPixel }));
    const p = await visit('/');
    await expect.poll(() => fbqCalls(p)).toEqual(pixelOwnCalls);
  });
});

describe('the Consent Mode self-check', () => {
  const check = (p: Page) => p.evaluate(() => window.Consentry.status().then((s) => s.consentModeCheck));

  /** A page with Google's snippet above Consentry's script, as a theme may put it. */
  const gtagFirst = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Theme</title>
    ${googleSnippet}
    <script src="/dist/consentry.js" data-policy-url="/privacy"></script>
  </head><body><main><h1>Theme</h1></main></body></html>`;

  it('catches gtag.js loaded before Consentry, names it, and warns', async () => {
    h.server.page('/', gtagFirst);
    const p = await visit('/');
    await expect.poll(() => p.evaluate(() => window.__ran)).toEqual(['gtag']);
    const found = await check(p);
    expect(found.defaultBeforeTags).toBe(false);
    expect(found.tagsBeforeUpdate).toEqual([gtagUrl]);
    expect(found.missingKeys).toEqual([]);
    expect(h.consoleMessages).toContainEqual(expect.stringMatching(/^warning: .*a Google tag came before Consentry/));
  });

  it('names gtag.js loaded above Consentry for a returning visitor, whose stored choice came too late for it', async () => {
    const context = await h.context();
    await context.addCookies([
      { name: 'consentry', value: storedChoice({ choices: allGranted }), url: h.server.origin },
    ]);
    h.server.page('/', gtagFirst);
    const p = await visit('/');
    await expect.poll(() => p.evaluate(() => window.__ran)).toEqual(['gtag']);
    expect(await check(p)).toMatchObject({ defaultBeforeTags: false, tagsBeforeUpdate: [gtagUrl] });
  });

  it('passes a clean page: Consentry first, gtag.js held under analytics, a returning visitor', async () => {
    const context = await h.context();
    await context.addCookies([
      { name: 'consentry', value: storedChoice({ choices: allGranted }), url: h.server.origin },
    ]);
    const head = googleSnippet.replace('<script async src', '<script type="text/plain" data-consent="analytics" src');
    h.server.page('/', consentryPage({ config: { policyUrl: '/privacy' }, head }));
    const p = await visit('/');
    await expect.poll(() => p.evaluate(() => window.__ran)).toEqual(['gtag']);
    expect(await check(p)).toEqual({
      defaultBeforeTags: true,
      missingKeys: [],
      tagsBeforeUpdate: [],
      contradictions: [],
    });
  });

  it('names a page script’s consent update that contradicts the visitor’s rejection, and warns', async () => {
    h.server.page('/', consentryPage({ config: { policyUrl: '/privacy' }, head: '' }));
    const p = await visit('/');
    await clickBanner(p, 'reject-all');
    await p.addScriptTag({ content: "gtag('consent', 'update', { ad_storage: 'granted' });" });
    const call = `gtag('consent', 'update', {"ad_storage":"granted"}) contradicts the visitor's choice: ad_storage is denied`;
    await expect.poll(() => h.consoleMessages).toContain(`warning: [Consentry] ${call}`);
    const { contradictions } = await check(p);
    expect(contradictions).toEqual([expect.stringContaining(call)]);
    expect(contradictions[0]).toMatch(/\(dataLayer\[\d+\]\)$/);
  });
});

describe('ads_data_redaction and url_passthrough', () => {
  it('are set right after the default, before Google’s tag snippet and gtag.js run', async () => {
    const config = { policyUrl: '/privacy', adsDataRedaction: true, urlPassthrough: true };
    h.server.page('/', consentryPage({ config, head: googleSnippet }));
    const p = await visit('/');
    // The snippet's gtag.js, unmarked, waits in the safety net for analytics.
    await clickBanner(p, 'accept-all');
    await expect.poll(() => p.evaluate(() => (window as AdPage).__layerAtGtag)).toBeDefined();
    expect((await p.evaluate(() => (window as AdPage).__layerAtGtag))?.slice(0, 5)).toEqual([
      ['consent', 'default'],
      ['set', 'ads_data_redaction'],
      ['set', 'url_passthrough'],
      ['js', expect.anything()],
      ['config', 'G-TEST123'],
    ]);
    const sets = await p.evaluate(() =>
      window.dataLayer.filter((e: IArguments) => e[0] === 'set').map((e: IArguments) => Array.from(e)),
    );
    expect(sets).toEqual([
      ['set', 'ads_data_redaction', true],
      ['set', 'url_passthrough', true],
    ]);
  });
});
