import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { consentryPage } from '../browser/support/pages';
import { startServer, type TestServer } from '../browser/support/server';
import { seriousViolations } from './a11y';
import { type Browser, type Driver, exists, focusablesIn, withErrorProbe } from './driver';
import { engines } from './engines';
import { differingPixels } from './pixels';
import { useCheckedTab } from './tabs';

/** How long a journey waits for a condition; Firefox and WebKit start slower than Chromium. */
const timeout = 10_000;
const poll = <T>(check: () => T | Promise<T>) => expect.poll(check, { timeout, interval: 25 });

const banner = '[data-part="banner"]';
const dialog = '[data-part="preferences"]';

const config = {
  policyUrl: '/privacy',
  cookiePolicyUrl: '/cookies',
  contact: { email: 'privacy@example.com', phone: '+1 719 555 0100' },
};
/** A page as SPEC §1 embeds Consentry, with the error probe WebKit needs first in its head. */
const page = (options: Parameters<typeof consentryPage>[0] = {}) =>
  withErrorProbe(consentryPage({ config, ...options }));

describe.each(engines)('$name', (engine) => {
  let browser: Browser;
  let server: TestServer;
  const checked = useCheckedTab();

  beforeAll(async () => {
    [browser, server] = await Promise.all([engine.launch(), startServer()]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  beforeEach(() => server.reset());

  /** A fresh tab (no cookies, no storage) at `path`, once Consentry runs there. */
  async function open(path: string): Promise<Driver> {
    const driver = checked(await browser.newDriver());
    await driver.open(server.origin + path);
    await waitForConsentry(driver);
    return driver;
  }
  /** Consentry's files the page loaded, in order, the release's hash left out of their names. */
  const loadedFiles = (d: Driver) =>
    d.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .map((entry) => new URL(entry.name).pathname.replace(/\.[0-9a-f]{8}\.js$/, '.js'))
        .filter((path) => path.startsWith('/dist/')),
    );
  /** Once the engine runs (it starts after the first frame): its 'ready' answers late subscribers too. */
  const waitForConsentry = async (d: Driver) => {
    await poll(() => d.evaluate(() => 'Consentry' in window)).toBe(true);
    await d.evaluate(() => new Promise<void>((resolve) => window.Consentry.on('ready', () => resolve())));
  };
  const ran = (d: Driver) => d.evaluate(() => window.__ran ?? []);

  it('shows the banner on a first visit, with nothing held fetched', async () => {
    server.page('/', page());
    const d = await open('/');
    await poll(() => exists(d, banner)).toBe(true);
    for (const action of ['accept-all', 'reject-all', 'customize']) {
      expect(await exists(d, `${banner} [data-action="${action}"]`)).toBe(true);
    }
    expect(await ran(d)).toEqual([]);
    expect(server.fetched('/stand-in/')).toEqual([]);
  });

  it('remembers Reject all across a reload: no banner, nothing held fetched', async () => {
    server.page('/', page());
    const d = await open('/');
    await d.click('[data-action="reject-all"]', timeout);
    await poll(() => exists(d, banner)).toBe(false);
    const stored = (await d.cookies()).find((c) => c.name === 'consentry');
    expect(JSON.parse(decodeURIComponent(stored?.value ?? '{}'))).toMatchObject({
      method: 'banner',
      choices: { analytics: false, advertising: false },
    });
    // Kept for expiresDays (180 by default), not for the session.
    expect(Math.abs((stored?.expires ?? 0) - (Date.now() / 1000 + 180 * 86_400))).toBeLessThan(120);

    server.clearLog();
    await d.reload();
    await waitForConsentry(d);
    expect(await exists(d, banner)).toBe(false);
    // The script tag and the engine: with a stored choice the first layer, and so the banner,
    // is never fetched. As the page loaded them: WebKit may take the engine from its memory
    // cache, without a request the server would see.
    expect(await loadedFiles(d)).toEqual(['/dist/consentry.js', '/dist/consentry-engine.js']);
    expect(server.fetched('/stand-in/')).toEqual([]);
    expect(await ran(d)).toEqual([]);
    expect(await d.evaluate(() => window.Consentry.get())).toMatchObject({ analytics: false, advertising: false });
  });

  it('releases held scripts in page order on Accept all, a slow external one before the inline one after it', async () => {
    server.page(
      '/',
      page({
        head: `
        <script type="text/plain" data-consent="analytics" src="/stand-in/a.js?delay=400"></script>
        <script type="text/plain" data-consent="analytics">(window.__ran = window.__ran || []).push('b');</script>
        <script type="text/plain" data-consent="advertising" src="/stand-in/c.js"></script>
        <script type="text/plain" data-consent="analytics" data-type="module">(window.__ran = window.__ran || []).push('module');</script>`,
      }),
    );
    const d = await open('/');
    expect(await ran(d)).toEqual([]);
    await d.click('[data-action="accept-all"]', timeout);
    await poll(() => ran(d)).toEqual(['a', 'b', 'c', 'module']);
    expect(server.fetched('/stand-in/')).toEqual(['/stand-in/a.js', '/stand-in/c.js']);
  });

  it("loads a held iframe from its placeholder's button, granting only its category", async () => {
    server.page(
      '/',
      page({
        head: '',
        body: '<iframe data-consent="social" data-src="/stand-in/video.html" title="Our clinic tour" width="560" height="315"></iframe>',
      }),
    );
    const d = await open('/');
    await poll(() => exists(d, '[data-action="allow-embed"]')).toBe(true);
    expect(server.fetched('/stand-in/')).toEqual([]);
    await d.click('[data-action="allow-embed"]', timeout);
    await poll(() => server.fetched('/stand-in/')).toEqual(['/stand-in/video.html']);
    await poll(() => exists(d, '[data-consentry-placeholder]')).toBe(false);
    // Shown again at its own size (its content box; the border is the engine's default).
    const frame = await d.evaluate(() => {
      const f = document.querySelector('iframe');
      return { src: f?.getAttribute('src'), width: f?.clientWidth, height: f?.clientHeight };
    });
    expect(frame).toEqual({ src: '/stand-in/video.html', width: 560, height: 315 });
    expect(await d.evaluate(() => window.Consentry.get())).toMatchObject({ social: true, analytics: false });
  });

  it('fits a placeholder into a 200×113 and a 300×150 embed: no text cut off, the button whole, and it loads the embed', async () => {
    const frame = (width: number, height: number) =>
      `<iframe data-consent="social" data-src="/stand-in/video.html" title="Our clinic tour" width="${width}" height="${height}" style="border:0"></iframe>`;
    server.page('/', page({ head: '', body: `${frame(200, 113)}<p>Between</p>${frame(300, 150)}` }));
    const d = await open('/');
    await poll(() => d.evaluate(() => document.querySelectorAll('[data-consentry-placeholder]').length)).toBe(2);
    const layouts = await d.evaluate(() =>
      Array.from(document.querySelectorAll('[data-consentry-placeholder]'), (host) => {
        const root = host.shadowRoot as ShadowRoot;
        const outer = (root.querySelector('[data-part="placeholder"]') as HTMLElement).getBoundingClientRect();
        const inside = (r: DOMRect) =>
          r.left >= outer.left - 0.5 &&
          r.right <= outer.right + 0.5 &&
          r.top >= outer.top - 0.5 &&
          r.bottom <= outer.bottom + 0.5;
        const clipped: string[] = [];
        const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const range = document.createRange();
          range.selectNodeContents(node);
          const rects = Array.from(range.getClientRects()).filter((r) => r.width > 0 && r.height > 0);
          if (!rects.every(inside)) clipped.push(node.textContent ?? '');
        }
        const button = root.querySelector('[data-action="allow-embed"]') as HTMLElement;
        const b = button.getBoundingClientRect();
        const box = host.getBoundingClientRect();
        return {
          box: [Math.round(box.width), Math.round(box.height)],
          clipped,
          button: {
            whole: inside(b) && button.scrollHeight <= button.clientHeight && button.scrollWidth <= button.clientWidth,
            target: b.width >= 24 && b.height >= 24,
          },
        };
      }),
    );
    expect(layouts).toEqual([
      { box: [200, 113], clipped: [], button: { whole: true, target: true } },
      { box: [300, 150], clipped: [], button: { whole: true, target: true } },
    ]);
    // The small one's button (the first), clicked as a visitor clicks it, grants the category and loads both.
    await d.click('[data-action="allow-embed"]', timeout);
    await poll(() => server.fetched('/stand-in/')).toEqual(['/stand-in/video.html', '/stand-in/video.html']);
    await poll(() => exists(d, '[data-consentry-placeholder]')).toBe(false);
  });

  it("reports the cookies a page sees with their expiry: the server's Max-Age, null for a session cookie", async () => {
    // The driver layer's own contract, which a journey on the records server's cookie relies on.
    server.page('/set', page({ head: '', body: '<script>document.cookie = "session=1; path=/";</script>' }), {
      'set-cookie': 'lasting=2; Path=/; Max-Age=86400; SameSite=Lax',
    });
    const d = await open('/set');
    const cookies = await d.cookies();
    const byName = (name: string) => cookies.find((c) => c.name === name);
    expect(byName('session')).toMatchObject({ value: '1', path: '/', expires: null });
    expect(byName('lasting')).toMatchObject({ value: '2', path: '/' });
    expect(byName('lasting')?.domain.replace(/^\./, '')).toBe('127.0.0.1');
    expect(Math.abs((byName('lasting')?.expires ?? 0) - (Date.now() / 1000 + 86_400))).toBeLessThan(120);
  });

  describe('the first layer, as auditing tools and a hostile page see it', () => {
    /** A page whose own CSS reaches for everything under #consentry, with !important, and for p, a and span. */
    const hostile = `<style>
      #consentry { display: none !important; opacity: 0.2 !important; transform: rotate(3deg) !important; }
      #consentry * { color: red !important; background: yellow !important; font: italic 30px/3 serif !important;
        display: inline !important; margin: 20px !important; padding: 9px !important; border: 4px dashed lime !important;
        text-decoration: line-through !important; text-transform: uppercase !important; visibility: hidden !important; }
      #consentry *::before, a::after { content: "!!" !important; }
      p, a, span { color: green; letter-spacing: 3px; border: 3px solid blue; float: right; position: absolute; top: 0; }
    </style>`;

    it('looks the same under a hostile stylesheet: screenshot against screenshot', async () => {
      // The page's own content is hidden on both pages alike (the hostile rules restyle
      // it, as they should), so any difference between the pictures is the banner's.
      const pageHidden = '<style>main { display: none }</style>';
      server.page('/plain', page({ head: pageHidden }));
      server.page('/hostile', page({ head: pageHidden + hostile }));
      const d = await open('/plain');
      /** The viewport once the banner has risen into place. */
      const shot = async (path: string) => {
        await d.open(server.origin + path);
        await waitForConsentry(d);
        await poll(() => exists(d, banner)).toBe(true);
        await d.evaluate(() =>
          Promise.all((document.getElementById('consentry')?.shadowRoot?.getAnimations() ?? []).map((a) => a.finished)),
        );
        return d.screenshot();
      };
      const plain = await shot('/plain');
      const attacked = await shot('/hostile');
      // A real picture of the banner, not a blank screen.
      expect(plain.length).toBeGreaterThan(10_000);
      // Nothing beyond WebKit's antialiasing from one load to the next (./pixels.ts).
      expect(differingPixels(plain, attacked, 96)).toMatchObject({ count: 0 });
    });

    it("carries the banner's text and policy links in the light DOM, read in order with the keyboard", async () => {
      server.page('/', page({ head: '' }));
      const d = await open('/');
      await poll(() => exists(d, banner)).toBe(true);
      const light = await d.evaluate(() => {
        const host = document.getElementById('consentry');
        return {
          text: host?.textContent ?? '',
          links: Array.from(host?.querySelectorAll('a[href]') ?? [], (a) => a.getAttribute('href')),
        };
      });
      expect(light.text).toMatch(/Google and Meta .* 2 years.* 180 days.* withdraw/);
      expect(light.links).toEqual(['/privacy', '/cookies']);
      // From the top of the page, Tab meets the banner first: its links, then its buttons.
      await d.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
      const seen = [];
      for (let k = 0; k < 5; k++) {
        await d.press('Tab');
        const at = await d.activeElementDescription();
        seen.push(at?.action ?? at?.text);
      }
      expect(seen).toEqual(['Privacy policy', 'Cookie policy', 'accept-all', 'reject-all', 'customize']);
    });
  });

  describe('axe and the phone layout', () => {
    /** Once the view's entrance animations have run. */
    const risen = (d: Driver) =>
      d.evaluate(() =>
        Promise.all((document.getElementById('consentry')?.shadowRoot?.getAnimations() ?? []).map((a) => a.finished)),
      );

    // axe-core is half a megabyte, sent into the page through each engine's driver: slow in WebKit.
    it('finds nothing serious in the banner and in the preferences', { timeout: 120_000 }, async () => {
      server.page('/', page({ head: '' }));
      const d = await open('/');
      await poll(() => exists(d, banner)).toBe(true);
      await risen(d);
      expect(await seriousViolations(d)).toEqual([]);
      await d.click('[data-action="customize"]');
      await poll(() => exists(d, dialog)).toBe(true);
      expect(await seriousViolations(d)).toEqual([]);
    });

    it('fits the banner in 40 % of a 360×640 phone, its three buttons on screen', async () => {
      server.page('/', page({ head: '' }));
      const d = checked(await browser.newDriver());
      await d.resize(360, 640);
      await d.open(`${server.origin}/`);
      await waitForConsentry(d);
      await poll(() => exists(d, banner)).toBe(true);
      await risen(d);
      const layout = await d.evaluate(() => {
        const root = document.getElementById('consentry')?.shadowRoot;
        const box = (el: Element | null | undefined) => el?.getBoundingClientRect();
        const buttons = Array.from(root?.querySelectorAll('[data-part="banner"] button') ?? [], (b) => box(b));
        return {
          width: innerWidth,
          share: (box(root?.querySelector('[data-part="banner"]'))?.height ?? Infinity) / innerHeight,
          buttonsOnScreen: buttons.length === 3 && buttons.every((b) => !!b && b.top >= 0 && b.bottom <= innerHeight),
        };
      });
      // WebKit sizes its window, toolbar included: the viewport is a phone's, a little shorter.
      expect(layout.width).toBeLessThanOrEqual(480);
      expect(layout.share).toBeLessThanOrEqual(0.4);
      expect(layout.buttonsOnScreen).toBe(true);
    });
  });

  describe('the preferences dialog with the keyboard', () => {
    const opener = '<button type="button" data-consentry-open>Cookie choices</button>';

    /** Focuses the page's own opener and presses Enter: the dialog opens with focus inside. */
    async function openWithKeyboard(): Promise<Driver> {
      server.page('/', page({ head: '', body: opener }));
      const d = await open('/');
      await poll(() => exists(d, banner)).toBe(true);
      await d.focus('[data-consentry-open]');
      await d.press('Enter');
      await poll(() => exists(d, dialog)).toBe(true);
      await poll(() => d.activeElementDescription()).toMatchObject({ inDialog: true });
      return d;
    }

    it('opens on Enter, and Escape closes it granting nothing, focus back on the opener', async () => {
      const d = await openWithKeyboard();
      // The first switch a visitor can change, not the close button.
      expect(await d.activeElementDescription()).toMatchObject({ tag: 'input', category: 'preferences' });
      await d.press('Escape');
      await poll(() => exists(d, dialog)).toBe(false);
      expect(await d.activeElementDescription()).toMatchObject({ tag: 'button', text: 'Cookie choices' });
      expect(await d.evaluate(() => window.Consentry.get())).toEqual({
        necessary: true,
        preferences: false,
        analytics: false,
        advertising: false,
        social: false,
      });
      expect(await d.evaluate(() => window.Consentry.history())).toEqual([]);
      expect((await d.cookies()).map((c) => c.name)).not.toContain('consentry');
    });

    it('cycles Tab through every switch, link and button and back to the start, and Shift+Tab the same backwards', async () => {
      const d = await openWithKeyboard();
      // Firefox alone puts an element that scrolls in the Tab order, so the keyboard can
      // scroll it (Chromium does so only for a scroller with nothing focusable inside, WebKit
      // never): there the dialog's scrolling body, between the close button and the first
      // switch, is one stop more. The widget leaves that stop to the browser.
      const items = await focusablesIn(d, dialog, { scrollers: engine.name === 'firefox' });
      // What the dialog must offer, so a cycle over fewer items cannot pass.
      expect(items.filter((i) => i.tag === 'input').map((i) => i.category)).toEqual([
        'preferences',
        'analytics',
        'advertising',
        'social',
      ]);
      expect(items.filter((i) => i.tag === 'a').map((i) => i.text)).toEqual(
        expect.arrayContaining(['privacy@example.com', '+1 719 555 0100']),
      );
      expect(items.filter((i) => i.tag === 'a').length).toBeGreaterThanOrEqual(4); // both policies and the contact
      expect(items.filter((i) => i.action).map((i) => i.action)).toEqual(['close', 'save', 'accept-all', 'reject-all']);

      const start = await d.activeElementDescription();
      const at = items.findIndex((i) => JSON.stringify(i) === JSON.stringify(start));
      expect(at, `focus starts on a focusable of the dialog: ${JSON.stringify(start)}`).toBeGreaterThanOrEqual(0);
      const n = items.length;
      const forward = items.map((_, k) => items[(at + 1 + k) % n]);
      const backward = items.map((_, k) => items[(at - 1 - k + 2 * n) % n]);

      const walk = async (key: 'Tab' | 'Shift+Tab') => {
        const seen = [];
        for (let k = 0; k < n; k++) {
          await d.press(key);
          seen.push(await d.activeElementDescription());
        }
        return seen;
      };
      expect(await walk('Tab')).toEqual(forward);
      expect(await walk('Shift+Tab')).toEqual(backward);
      expect(await d.evaluate(() => window.Consentry.history())).toEqual([]);
    });
  });
});
