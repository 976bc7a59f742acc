/**
 * Issue 19's page in three engines: the vendors' loader snippets exactly as their install
 * guides print them, nothing marked, on the vendors' real host names (vendor-server.ts),
 * Consentry pasted first. The safety net (SPEC §3) and the partners' own consent calls
 * (SPEC §5), proved by the server's log and by what each vendor's stand-in found in its
 * queue when it ran (stand-ins.ts).
 *
 * A `<script src>` written in the HTML (gtag.js, Hotjar) may be fetched by a browser's
 * preload scanner before any script runs, so for those only their running is asserted;
 * for everything a loader inserts, the request itself.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type Browser, type Driver, exists } from './driver';
import { engines } from './engines';
import { standIn, vendorHosts } from './stand-ins';
import { useCheckedTab } from './tabs';
import { vendorPage } from './vendor-page';
import { startVendorServer, type VendorServer } from './vendor-server';

/** How long a step waits for a condition; Firefox and WebKit start slower than Chromium. */
const timeout = 10_000;
const poll = <T>(check: () => T | Promise<T>) => expect.poll(check, { timeout, interval: 25 });

const banner = '[data-part="banner"]';

/** What the stand-ins leave in the page (see stand-ins.ts). */
type VendorWindow = Window & {
  __queues?: Record<string, unknown[]>;
  __calls?: Record<string, unknown[][]>;
  __uetBuilt?: number;
};

/** The trackers a loader inserts (a script, or the page builder's frame), with the category the net holds each under. */
const inserted = [
  { vendor: 'meta', service: 'meta-pixel', category: 'advertising' },
  { vendor: 'clarity', service: 'microsoft-clarity', category: 'analytics' },
  { vendor: 'uet', service: 'microsoft-ads', category: 'advertising' },
  { vendor: 'tiktok', service: 'tiktok-pixel', category: 'advertising' },
  { vendor: 'youtube', service: 'youtube', category: 'social' },
];
/** The tags written in the HTML: the net stops them running, only markup stops their request. */
const written = [
  { vendor: 'gtag', service: 'google-analytics', category: 'analytics' },
  { vendor: 'hotjar', service: 'hotjar', category: 'analytics' },
];
/** What runs before any choice: GTM's container (it reads Consent Mode), and the page builder's own script. */
const always = ['after', 'gtm'];
/** What runs once the visitor accepts all: everything, the marked tag among it. */
const everything = [...always, ...[...inserted, ...written].map((t) => t.vendor), 'marked'].sort();

const denied = { ad_Storage: 'denied', analytics_Storage: 'denied' };
const granted = { ad_Storage: 'granted', analytics_Storage: 'granted' };

describe.each(engines)('$name', (engine) => {
  let browser: Browser;
  let server: VendorServer;
  const checked = useCheckedTab();

  beforeAll(async () => {
    server = await startVendorServer();
    browser = await engine.launch({ thirdParty: { hosts: vendorHosts, port: server.port } });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  beforeEach(() => server.clearLog());

  /** How many requests reached `vendor`'s stand-in (or, for a path, the site's own file). */
  const requested = (vendor: string) => {
    if (vendor.startsWith('/')) return server.count('127.0.0.1', new RegExp(`^${vendor}$`));
    const { host, path } = standIn(vendor);
    return server.count(host, path);
  };
  const ran = (d: Driver) => d.evaluate(() => (window.__ran ?? []).slice().sort());
  const queues = (d: Driver) => d.evaluate(() => (window as VendorWindow).__queues ?? {});
  /** The calls each partner's script answered itself, after it ran. */
  const calls = async (d: Driver) => {
    const all = await d.evaluate(() => (window as VendorWindow).__calls ?? {});
    return { meta: all.meta, tiktok: all.tiktok, clarity: all.clarity, uet: all.uet };
  };

  /** A fresh tab (no cookies, no storage) on the vendors' page with `config`, settled. */
  async function open(config: Record<string, unknown> = {}): Promise<Driver> {
    server.page('/', vendorPage(config));
    const driver = checked(await browser.newDriver());
    await driver.open(`${server.origin}/`);
    await settled(driver);
    return driver;
  }

  /**
   * Waits for what had to happen after every loader had its chance: Consentry's 'ready',
   * the script the page builder inserts after its video frame, and one more round trip
   * from the page to the server.
   */
  async function settled(d: Driver) {
    await poll(() => d.evaluate(() => 'Consentry' in window)).toBe(true);
    await d.evaluate(() => new Promise<void>((resolve) => window.Consentry.on('ready', () => resolve())));
    await poll(() => d.evaluate(() => (window.__ran ?? []).includes('after'))).toBe(true);
    await d.evaluate(() => fetch('/stand-in/after.js').then(() => undefined));
  }

  /** Clicks a first-layer button, then waits for the banner to go and for one round trip. */
  async function choose(d: Driver, action: 'accept-all' | 'reject-all') {
    await d.click(`[data-action="${action}"]`, timeout);
    await poll(() => exists(d, banner)).toBe(false);
    await d.evaluate(() => fetch('/stand-in/after.js').then(() => undefined));
  }

  /** Accepts all and waits until every tag has run. */
  async function acceptAll(d: Driver) {
    await choose(d, 'accept-all');
    await poll(() => ran(d)).toEqual(everything);
  }

  /** Nothing a loader inserted was requested, nothing held ran; GTM's container did. */
  async function expectNothingLoaded(d: Driver) {
    for (const { vendor } of inserted) expect(requested(vendor), `requests for ${vendor}`).toBe(0);
    expect(requested('/stand-in/marked.js'), 'requests for the marked tag').toBe(0);
    expect(await ran(d)).toEqual(always);
  }

  it('before any choice: nothing a loader inserts is requested, nothing held runs, GTM loads, status() names each caught element', async () => {
    const d = await open();
    await poll(() => exists(d, banner)).toBe(true);
    await expectNothingLoaded(d);
    expect(requested('gtm')).toBe(1);

    const held = await d.evaluate(() => window.Consentry.status().then((s) => s.held));
    const autoHeld = held.filter((h) => h.state === 'auto-held');
    for (const { vendor, service, category } of [...inserted, ...written]) {
      expect(autoHeld, `${vendor} listed as auto-held`).toContainEqual(
        expect.objectContaining({
          element: expect.stringContaining(standIn(vendor).host),
          service,
          categories: [category],
        }),
      );
    }
    expect(autoHeld).toHaveLength(inserted.length + written.length);
    // GTM's container is never held; the marked tag is held by its markup, as before.
    expect(held.filter((h) => h.element.includes('gtm.js'))).toEqual([]);
    expect(held).toContainEqual(
      expect.objectContaining({ element: expect.stringContaining('/stand-in/marked.js'), state: 'held' }),
    );
  });

  it('after Reject all, and on the next page view: nothing requested, nothing held runs', async () => {
    const d = await open();
    await choose(d, 'reject-all');
    await expectNothingLoaded(d);

    await d.open(`${server.origin}/`);
    await settled(d);
    expect(await exists(d, banner)).toBe(false);
    await expectNothingLoaded(d);
    expect(requested('gtm')).toBe(2);
  });

  it('after Accept all: each tag runs exactly once, the video inserted after load too, the marked tag not doubled', async () => {
    const d = await open();
    await acceptAll(d);
    // One more round trip, so a second run or request would have shown by now.
    await d.evaluate(() => fetch('/stand-in/after.js').then(() => undefined));
    expect(await ran(d)).toEqual(everything);
    for (const { vendor } of inserted) expect(requested(vendor), `requests for ${vendor}`).toBe(1);
    expect(requested('gtm')).toBe(1);
    expect(requested('/stand-in/marked.js')).toBe(1);
    // UET's snippet built its tag in the onload of the very element it inserted, once.
    expect(await d.evaluate(() => (window as VendorWindow).__uetBuilt)).toBe(1);
  });

  it("each partner's queue holds the denied default ahead of the site's first call, then the grant, when its script runs", async () => {
    const d = await open();
    await acceptAll(d);
    const { meta, tiktok, clarity, uet } = await queues(d);
    const consentOrPage = (item: unknown) =>
      ['holdConsent', 'grantConsent', 'revokeConsent', 'page'].includes((item as unknown[])[0] as string);
    // One comparison for all four, so a failure shows every partner's queue at once.
    expect({ meta, tiktok: tiktok?.filter(consentOrPage), clarity, uet }).toEqual({
      // fbq.queue when fbevents.js ran.
      meta: [
        ['consent', 'revoke'],
        ['init', '1234567890'],
        ['track', 'PageView'],
        ['consent', 'grant'],
      ],
      // The ttq array when events.js ran (its consent calls and page views).
      tiktok: [['holdConsent'], ['page'], ['grantConsent']],
      // clarity.q when Clarity's tag ran.
      clarity: [
        ['consentv2', denied],
        ['consentv2', granted],
      ],
      // uetq when the onload ran new UET(o): flat, as push('consent', 'default', {…}) puts them.
      uet: ['consent', 'default', { ad_storage: 'denied' }, 'consent', 'update', { ad_storage: 'granted' }],
    });
    // 'pageLoad' comes after the consent calls, from the snippet's onload.
    expect((await calls(d)).uet).toEqual([['pageLoad']]);
  });

  it('withdrawal reaches the tags already running', async () => {
    const d = await open({ reloadOnRevoke: false });
    await acceptAll(d);
    await d.evaluate(() => window.Consentry.set({ advertising: false, analytics: false }));
    await poll(() => calls(d)).toEqual({
      meta: [['consent', 'revoke']],
      tiktok: [['revokeConsent']],
      clarity: [
        ['consentv2', denied],
        ['consent', false],
      ],
      uet: [['pageLoad'], ['consent', 'update', { ad_storage: 'denied' }]],
    });
  });

  it('autoHold: false turns the net off: the unmarked loaders are requested and run before a choice', async () => {
    const d = await open({ autoHold: false });
    expect(await exists(d, banner)).toBe(true);
    for (const { vendor } of inserted) await poll(() => requested(vendor)).toBeGreaterThanOrEqual(1);
    await poll(() => ran(d)).toEqual([...everything.filter((v) => v !== 'marked')]);
    expect(requested('/stand-in/marked.js')).toBe(0);
  });
});
