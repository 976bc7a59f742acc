import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { focused } from './support/a11y';
import { ran, settled, useBrowserHarness, whenReady } from './support/harness';
import { allGranted, consentryPage, storedChoice } from './support/pages';

const h = useBrowserHarness();

/** Sets Global Privacy Control the way a browser does: the navigator property and the Sec-GPC header. */
async function withGPC(page: Page) {
  await page.addInitScript(() =>
    Object.defineProperty(Navigator.prototype, 'globalPrivacyControl', { get: () => true, configurable: true }),
  );
  await page.setExtraHTTPHeaders({ 'Sec-GPC': '1' });
}

async function visit(path: string, { gpc = false } = {}): Promise<Page> {
  const page = await (await h.context()).newPage();
  if (gpc) await withGPC(page);
  await page.goto(h.server.origin + path);
  await whenReady(page);
  await page.waitForLoadState('load');
  return page;
}

const pixelFetched = () => h.server.fetched('/stand-in/pixel.js').length > 0;
const history = (p: Page) => p.evaluate(() => window.Consentry.history());
const consentDefault = (p: Page) =>
  p.evaluate(() => {
    const entry = window.dataLayer.find((e) => e[0] === 'consent' && e[1] === 'default');
    return entry?.[2];
  });
/** The first `consent update`: in opt-out mode it follows the default at once, before any tag. */
const firstUpdate = (p: Page) =>
  p.evaluate(() => window.dataLayer.find((e) => e[0] === 'consent' && e[1] === 'update')?.[2]);
const gpcText = 'Your browser sends a Global Privacy Control signal';

describe('Global Privacy Control', () => {
  it('lets Accept all release analytics but never the ad pixel, and says the signal is honored', async () => {
    h.server.page('/', consentryPage({ config: { policyUrl: '/privacy' } }));
    const p = await visit('/', { gpc: true });
    expect(h.server.requests.find((r) => r.path === '/')?.headers['sec-gpc']).toBe('1');
    await p.getByText(gpcText).waitFor();
    await p.locator('[data-action="accept-all"]').click();
    await expect.poll(() => ran(p)).toEqual(['gtag', 'inline-analytics']);
    await settled(p);
    expect(pixelFetched()).toBe(false);
    expect(await p.evaluate(() => window.Consentry.get())).toMatchObject({ analytics: true, advertising: false });
    const [receipt] = await history(p);
    expect(receipt).toMatchObject({ method: 'banner', gpc: true, choices: { advertising: false } });

    // The preferences say it too, and only advertising's own switch grants it.
    await p.evaluate(() => window.Consentry.showPreferences());
    await p.locator('[data-part="preferences"]').getByText(gpcText).waitFor();
    await p.locator('[data-category="advertising"]').check();
    await p.locator('[data-action="save"]').click();
    await expect.poll(pixelFetched).toBe(true);
  });

  it('in opt-out mode releases analytics at once, holds the pixel, and records the signal', async () => {
    h.server.page('/', consentryPage({ attrs: 'data-mode="opt-out"' }));
    const p = await visit('/', { gpc: true });
    await expect.poll(() => ran(p)).toEqual(['gtag', 'inline-analytics']);
    expect(pixelFetched()).toBe(false);
    await expect
      .poll(() => history(p))
      .toMatchObject([{ method: 'signal', gpc: true, choices: { analytics: true, advertising: false } }]);
    expect(await consentDefault(p)).toMatchObject({ analytics_storage: 'denied', ad_storage: 'denied' });
    expect(await firstUpdate(p)).toMatchObject({
      analytics_storage: 'granted',
      ad_storage: 'denied',
      ad_user_data: 'denied',
    });
  });

  it('keeps the opt-out when a later visit arrives without the signal (Colorado rule 5.08)', async () => {
    h.server.page('/', consentryPage({ attrs: 'data-mode="opt-out"' }));
    const first = await visit('/', { gpc: true });
    await expect.poll(() => history(first)).toHaveLength(1);
    await first.close();
    h.server.clearLog();
    const later = await visit('/');
    await expect.poll(() => ran(later)).toEqual(['gtag', 'inline-analytics']);
    expect(pixelFetched()).toBe(false);
    expect(await later.evaluate(() => window.Consentry.has('advertising'))).toBe(false);
  });

  it('opts out of an advertising grant made before the signal, and deletes its cookies', async () => {
    const ctx = await h.context();
    await ctx.addCookies([
      { name: 'consentry', value: storedChoice({ choices: allGranted }), url: h.server.origin },
      { name: '_fbp', value: 'fb.1.2.3', url: h.server.origin },
    ]);
    h.server.page('/', consentryPage());
    const p = await visit('/', { gpc: true });
    await expect.poll(() => ran(p)).toEqual(['gtag', 'inline-analytics']);
    expect(pixelFetched()).toBe(false);
    expect((await ctx.cookies(h.server.origin)).map((c) => c.name)).not.toContain('_fbp');
    await expect
      .poll(() => history(p))
      .toMatchObject([{ method: 'signal', choices: { advertising: false, analytics: true } }]);
  });

  it('keeps an advertising grant the visitor made with its own switch while the signal was on', async () => {
    h.server.page('/', consentryPage());
    const first = await visit('/', { gpc: true });
    await first.evaluate(() => window.Consentry.set({ advertising: true }));
    await expect.poll(pixelFetched).toBe(true);
    await first.close();
    h.server.clearLog();
    await visit('/', { gpc: true });
    await expect.poll(pixelFetched).toBe(true);
  });

  it('ignores the signal when honorGPC is false', async () => {
    h.server.page('/', consentryPage({ config: { honorGPC: false } }));
    const p = await visit('/', { gpc: true });
    expect(await p.getByText(gpcText).count()).toBe(0);
    await p.locator('[data-action="accept-all"]').click();
    await expect.poll(pixelFetched).toBe(true);
  });
});

describe('legal modes', () => {
  it('opt-out mode starts with everything released and a "Do Not Sell or Share" link that opens the choices', async () => {
    h.server.page(
      '/',
      consentryPage({ config: { mode: 'opt-out', limitUseUrl: '/privacy#limit', policyUrl: '/privacy' } }),
    );
    const p = await visit('/');
    await expect.poll(() => ran(p)).toEqual(['gtag', 'inline-analytics', 'pixel']);
    expect(await consentDefault(p)).toMatchObject({ analytics_storage: 'denied', ad_storage: 'denied' });
    expect(await firstUpdate(p)).toMatchObject({ analytics_storage: 'granted', ad_storage: 'granted' });
    const limit = p.getByRole('link', { name: 'Limit the Use of My Sensitive Personal Information' });
    expect(await limit.getAttribute('href')).toBe('/privacy#limit');
    // Keyboard: Tab to the link, Enter opens the preferences.
    const dns = p.getByRole('link', { name: 'Do Not Sell or Share My Personal Information' });
    await dns.waitFor();
    for (let i = 0; i < 10 && (await focused(p))?.action !== 'do-not-sell'; i++) await p.keyboard.press('Tab');
    expect(await focused(p)).toMatchObject({ action: 'do-not-sell' });
    await p.keyboard.press('Enter');
    await p.locator('[data-part="preferences"]').waitFor();
    await p.locator('[data-category="advertising"]').uncheck();
    await p.locator('[data-action="save"]').click();
    await p.waitForEvent('load');
    await whenReady(p);
    expect(await p.evaluate(() => window.Consentry.get())).toMatchObject({ analytics: true, advertising: false });
  });

  for (const [region, expected] of [
    ['US-CO', 'opt-out'],
    ['FR', 'opt-in'],
    ['', 'opt-in'],
  ] as const) {
    it(`auto mode with region "${region || 'unknown'}" behaves as ${expected}`, async () => {
      const attrs = region ? `data-mode="auto" data-region="${region}"` : 'data-mode="auto"';
      h.server.page('/', consentryPage({ attrs }));
      const p = await visit('/');
      await whenReady(p);
      await settled(p);
      expect(await p.evaluate(() => window.Consentry.status().then((s) => s.mode))).toBe(expected);
      expect(h.server.fetched('/stand-in/').length > 0).toBe(expected === 'opt-out');
    });
  }
});

describe('sensitive pages', () => {
  it('never fetches the ad pixel on a sensitivePaths page after accept-all, and keeps ad keys denied', async () => {
    h.server.page('/booking/new', consentryPage({ config: { sensitivePaths: ['/booking'] } }));
    const p = await visit('/booking/new');
    await p.locator('[data-action="accept-all"]').click();
    await expect.poll(() => ran(p)).toEqual(['gtag', 'inline-analytics']);
    await settled(p);
    expect(pixelFetched()).toBe(false);
    const update = await p.evaluate(
      () => window.dataLayer.filter((e) => e[0] === 'consent' && e[1] === 'update').pop()?.[2],
    );
    expect(update).toMatchObject({
      analytics_storage: 'granted',
      ad_storage: 'denied',
      ad_user_data: 'denied',
      ad_personalization: 'denied',
    });
  });

  it('holds the pixel under <html data-consentry-sensitive> even with a stored grant', async () => {
    const ctx = await h.context();
    await ctx.addCookies([{ name: 'consentry', value: storedChoice({ choices: allGranted }), url: h.server.origin }]);
    h.server.page('/treatment-question', consentryPage({ htmlAttrs: 'lang="en" data-consentry-sensitive' }));
    const p = await visit('/treatment-question');
    await expect.poll(() => ran(p)).toEqual(['gtag', 'inline-analytics']);
    await settled(p);
    expect(pixelFetched()).toBe(false);
  });
});
