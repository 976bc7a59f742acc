/**
 * Broken and hostile environments, in real Chromium: whatever the page or the browser
 * takes away, Consentry keeps working or fails closed with a clear console message, and
 * nothing held is fetched without consent.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ran, settled, useBrowserHarness } from './support/harness';
import { consentryPage, heldTags } from './support/pages';

const h = useBrowserHarness();

/** Opens `path` with `init` run before any page script; collects page errors and console lines. */
async function visit(path: string, init?: () => void) {
  const page = await (await h.context()).newPage();
  const errors: string[] = [];
  const lines: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => lines.push(`${m.type()}: ${m.text()}`));
  if (init) await page.addInitScript(init);
  await page.goto(h.server.origin + path);
  await page.waitForLoadState('load');
  return { page, errors, lines };
}

const acceptFromBanner = async (page: Page) => {
  await page.locator('[data-part="banner"]').waitFor();
  await page.locator('[data-action="accept-all"]').click();
};
const standIns = () => h.server.fetched('/stand-in/');

describe('storage taken away', () => {
  it('works for the page view with cookies disabled, warns, and asks again next time without releasing', async () => {
    const page = await (await h.context()).newPage();
    const cdp = await (await h.context()).newCDPSession(page);
    await cdp.send('Emulation.setDocumentCookieDisabled', { disabled: true });
    const lines: string[] = [];
    page.on('console', (m) => lines.push(`${m.type()}: ${m.text()}`));
    h.server.page('/', consentryPage());
    await page.goto(`${h.server.origin}/`);
    await acceptFromBanner(page);
    await expect.poll(() => ran(page)).toEqual(['gtag', 'inline-analytics', 'pixel']);
    expect(lines.some((l) => l.startsWith('warning:') && l.includes('cookies are blocked'))).toBe(true);
    h.server.clearLog();
    await page.reload();
    await page.locator('[data-part="banner"]').waitFor();
    expect(standIns()).toEqual([]);
  });

  it('keeps the history in memory when IndexedDB throws on open', async () => {
    h.server.page('/', consentryPage());
    const { page, errors } = await visit('/', () => {
      IDBFactory.prototype.open = () => {
        throw new DOMException('The user denied storage', 'SecurityError');
      };
    });
    await acceptFromBanner(page);
    await expect.poll(() => ran(page)).toHaveLength(3);
    const history = await page.evaluate(() => window.Consentry.history());
    expect(history).toHaveLength(1);
    expect(history[0]).toMatchObject({ method: 'banner', choices: { analytics: true } });
    expect(errors).toEqual([]);
  });

  it('does not care that localStorage is denied or BroadcastChannel is missing', async () => {
    h.server.page('/', consentryPage());
    const { page, errors } = await visit('/', () => {
      Object.defineProperty(window, 'localStorage', {
        get() {
          throw new DOMException('denied', 'SecurityError');
        },
      });
      // @ts-expect-error: taking the API away, as some embedded browsers have it
      delete window.BroadcastChannel;
    });
    await acceptFromBanner(page);
    await expect.poll(() => ran(page)).toHaveLength(3);
    expect(errors).toEqual([]);
  });

  it('keeps a receipt whose tab closed before IndexedDB stored it, and logs it on the next page view', async () => {
    h.server.page('/', consentryPage({ head: '', attrs: 'data-log-endpoint="/log"' }));
    // IndexedDB so slow that it never opens before the tab closes.
    const first = await visit('/', () => {
      IDBFactory.prototype.open = () => ({}) as IDBOpenDBRequest;
    });
    await acceptFromBanner(first.page);
    const cookie = (await (await h.context()).cookies()).find((c) => c.name === 'consentry');
    const id = JSON.parse(decodeURIComponent(cookie?.value ?? '{}')).id;
    await first.page.close();

    const next = await visit('/');
    await expect
      .poll(() => next.page.evaluate(() => window.Consentry.history().then((r) => r.map((x) => x.id))), {
        timeout: 5000,
      })
      .toEqual([id]);
    const logged = h.server.requests.filter((r) => r.path === '/log').map((r) => JSON.parse(r.body).id);
    expect(new Set(logged)).toEqual(new Set([id]));
  });
});

describe('a page that gets in the way', () => {
  it('runs once when the script tag is included twice, and says so', async () => {
    h.server.page('/', consentryPage({ head: `<script src="/dist/consentry.js"></script>${heldTags()}` }));
    const { page, lines } = await visit('/');
    await acceptFromBanner(page);
    await expect.poll(() => ran(page)).toEqual(['gtag', 'inline-analytics', 'pixel']);
    await settled(page);
    expect(await ran(page)).toEqual(['gtag', 'inline-analytics', 'pixel']);
    expect(h.server.fetched('/stand-in/gtag.js')).toHaveLength(1);
    expect(await page.locator('[data-part="banner"]').count()).toBe(0);
    expect(lines.some((l) => l.includes('included twice'))).toBe(true);
  });

  it('isolates a site callback that throws: the release and the view carry on', async () => {
    h.server.page('/', consentryPage());
    const { page, lines } = await visit('/', () => {
      window.addEventListener('consentry:change', () => {
        throw new Error('site bug in a window listener');
      });
    });
    await page.evaluate(() =>
      window.Consentry.on('change', () => {
        throw new Error('site bug in a Consentry listener');
      }),
    );
    await acceptFromBanner(page);
    await expect.poll(() => ran(page)).toEqual(['gtag', 'inline-analytics', 'pixel']);
    await expect.poll(() => page.locator('[data-part="banner"]').count()).toBe(0);
    expect(lines.some((l) => l.startsWith('error:') && l.includes("'change' listener threw"))).toBe(true);
  });

  it('copes with a page that breaks dataLayer and gtag before it, and replaces dataLayer after it', async () => {
    h.server.page('/', consentryPage());
    const { page, errors } = await visit('/', () => {
      (window as unknown as { dataLayer: unknown }).dataLayer = 'not an array';
      (window as unknown as { gtag: unknown }).gtag = 42;
    });
    expect(await page.evaluate(() => Array.from(window.dataLayer[0]).slice(0, 2))).toEqual(['consent', 'default']);
    expect(await page.evaluate(() => typeof window.gtag)).toBe('function');
    await page.evaluate(() => {
      window.dataLayer = [];
    });
    await page.evaluate(() => window.Consentry.set({ analytics: true }));
    const update = await page.evaluate(() => window.dataLayer.find((e) => e[0] === 'consent')?.[2]);
    expect(update).toMatchObject({ analytics_storage: 'granted', ad_storage: 'denied' });
    expect(errors).toEqual([]);
  });

  it('finds its own directory when document.currentScript is unavailable (a tag manager inserted it)', async () => {
    h.server.page('/shop/item', consentryPage());
    const { page, errors } = await visit('/shop/item', () => {
      Object.defineProperty(Document.prototype, 'currentScript', { get: () => null });
    });
    await page.locator('[data-part="banner"]').waitFor();
    expect(h.server.fetched('/dist/').sort()).toEqual([
      '/dist/consentry-engine.js',
      '/dist/consentry-ui.js',
      '/dist/consentry.js',
    ]);
    expect(errors).toEqual([]);
  });
});

describe('Trusted Types', () => {
  it("works when the page enforces them and allows the 'consentry' policy", async () => {
    h.server.page('/', consentryPage(), {
      'content-security-policy': "require-trusted-types-for 'script'; trusted-types consentry",
    });
    const { page, errors } = await visit('/');
    await acceptFromBanner(page);
    await expect.poll(() => ran(page)).toEqual(['gtag', 'inline-analytics', 'pixel']);
    expect(errors).toEqual([]);
  });

  it('fails closed with a clear message when the page does not allow the policy', async () => {
    h.server.page('/', consentryPage(), {
      'content-security-policy': "require-trusted-types-for 'script'; trusted-types site-policy",
    });
    const { page, lines } = await visit('/');
    // The engine's file cannot load here (its URL needs the policy), so only the stub answers.
    await page.waitForFunction(() => 'Consentry' in window);
    await page.evaluate(() => window.Consentry.acceptAll());
    await settled(page);
    expect(standIns()).toEqual([]);
    expect(await ran(page)).toEqual([]);
    expect(lines.some((l) => l.startsWith('error:') && l.includes("does not allow the 'consentry' policy"))).toBe(true);
  });
});
