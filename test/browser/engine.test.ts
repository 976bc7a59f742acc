import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { testDomain } from './support/browser';
import { ran, settled, useBrowserHarness, watchViolations, whenReady } from './support/harness';
import { allGranted, consentryPage, heldTags, storedChoice } from './support/pages';

const h = useBrowserHarness();
const open = (path: string, origin?: string) => h.open(path, origin);
const setStored = async (value: string, url = h.server.origin) =>
  (await h.context()).addCookies([{ name: 'consentry', value, url }]);
const banner = (page: Page) => page.locator('[data-part="banner"]');

describe('holding tags before consent', () => {
  it('fetches nothing held on a first visit and shows the banner', async () => {
    h.server.page('/', consentryPage());
    const page = await open('/');
    await banner(page).waitFor();
    expect(await ran(page)).toEqual([]);
    expect(h.server.fetched('/stand-in/')).toEqual([]);
  });

  it('fetches nothing held after a reject, on this page and the next', async () => {
    h.server.page('/', consentryPage());
    const page = await open('/');
    await page.locator('[data-action="reject-all"]').click();
    await expect.poll(() => banner(page).count()).toBe(0);
    await page.reload();
    await whenReady(page);
    await page.waitForLoadState('load');
    expect(await banner(page).count()).toBe(0);
    expect(await ran(page)).toEqual([]);
    expect(h.server.fetched('/stand-in/')).toEqual([]);
    expect(await page.evaluate(() => window.Consentry.get().analytics)).toBe(false);
  });

  it('fetches nothing held when the stored cookie is corrupt, and asks again', async () => {
    await setStored('%7B%22id%22%3A%22truncated');
    h.server.page('/', consentryPage());
    const page = await open('/');
    await banner(page).waitFor();
    expect(h.server.fetched('/stand-in/')).toEqual([]);
    expect(h.consoleMessages.some((m) => m.startsWith('warning:') && m.includes('corrupt'))).toBe(true);
  });

  it('fetches nothing held when the stored choice is from an older revision', async () => {
    await setStored(storedChoice({ choices: allGranted, revision: '1' }));
    h.server.page('/', consentryPage({ config: { revision: 2 } }));
    const page = await open('/');
    await banner(page).waitFor();
    expect(h.server.fetched('/stand-in/')).toEqual([]);
  });

  it('fetches nothing held when the stored choice has expired', async () => {
    const old = new Date(Date.now() - 181 * 86_400_000).toISOString();
    await setStored(storedChoice({ choices: allGranted, timestamp: old }));
    h.server.page('/', consentryPage());
    const page = await open('/');
    await banner(page).waitFor();
    expect(h.server.fetched('/stand-in/')).toEqual([]);
  });

  it('fetches nothing held and names the key when the config is unusable, even after accept', async () => {
    h.server.page('/', consentryPage({ config: { policyUrl: 'javascript:alert(1)', colour: 'red' } }));
    const page = await open('/');
    await banner(page).waitFor();
    await page.locator('[data-action="accept-all"]').click();
    await settled(page);
    expect(h.server.fetched('/stand-in/')).toEqual([]);
    const errors = h.consoleMessages.filter((m) => m.startsWith('error:'));
    expect(errors[0]).toContain('policyUrl');
    expect(errors[0]).toContain("'colour' is not a known key");
  });

  it('holds a script added after start-up until its category is granted, then runs it', async () => {
    h.server.page('/', consentryPage({ head: '' }));
    const page = await open('/');
    await page.evaluate(() => {
      const s = document.createElement('script');
      s.type = 'text/plain';
      s.dataset.consent = 'analytics';
      s.src = '/stand-in/late.js';
      document.body.append(s);
    });
    await settled(page);
    expect(h.server.fetched('/stand-in/')).toEqual([]);
    await page.evaluate(() => window.Consentry.set({ analytics: true }));
    await expect.poll(() => ran(page)).toEqual(['late']);
  });
});

describe('releasing tags on consent', () => {
  it('runs released scripts in document order, a slow external one before the inline one after it', async () => {
    h.server.page(
      '/',
      consentryPage({
        head: `
        <script type="text/plain" data-consent="analytics" src="/stand-in/a.js?delay=400"></script>
        <script type="text/plain" data-consent="analytics">(window.__ran = window.__ran || []).push('b');</script>
        <script type="text/plain" data-consent="analytics" src="/stand-in/c.js"></script>
        <script type="text/plain" data-consent="analytics" data-type="module">(window.__ran = window.__ran || []).push('module');</script>`,
      }),
    );
    const page = await open('/');
    await page.locator('[data-action="accept-all"]').click();
    await expect.poll(() => ran(page), { timeout: 5000 }).toEqual(['a', 'b', 'c', 'module']);
  });

  it('releases only the categories granted: analytics runs, the ad pixel stays unfetched', async () => {
    h.server.page('/', consentryPage());
    const page = await open('/');
    await page.evaluate(() => window.Consentry.set({ analytics: true }));
    await expect.poll(() => ran(page)).toEqual(['gtag', 'inline-analytics']);
    expect(h.server.fetched('/stand-in/')).toEqual(['/stand-in/gtag.js']);
  });

  it('sets the src of held iframes and images only on consent', async () => {
    h.server.page(
      '/',
      consentryPage({
        head: '',
        body: `<iframe data-consent="social" data-src="/stand-in/video.html" title="Video"></iframe>
               <img data-consent="advertising" data-src="/stand-in/pixel.gif" alt="">`,
      }),
    );
    const page = await open('/');
    await page.waitForLoadState('load');
    expect(h.server.fetched('/stand-in/')).toEqual([]);
    await page.evaluate(() => window.Consentry.set({ social: true }));
    await expect.poll(() => h.server.fetched('/stand-in/')).toEqual(['/stand-in/video.html']);
    expect(await page.locator('iframe').getAttribute('src')).toBe('/stand-in/video.html');
  });

  it('applies a stored choice at once, with no banner', async () => {
    await setStored(storedChoice({ choices: { ...allGranted, advertising: false } }));
    h.server.page('/', consentryPage());
    const page = await open('/');
    await expect.poll(() => ran(page)).toEqual(['gtag', 'inline-analytics']);
    await page.waitForLoadState('load');
    expect(await banner(page).count()).toBe(0);
    expect(h.server.fetched('/stand-in/')).toEqual(['/stand-in/gtag.js']);
  });

  it('loads gtag.js itself for data-ga-id once analytics is granted', async () => {
    await (await h.context()).route('https://www.googletagmanager.com/**', (route) => {
      h.server.requests.push({
        method: 'GET',
        path: `/gtm${new URL(route.request().url()).search}`,
        headers: {},
        body: '',
      });
      return route.fulfill({ contentType: 'text/javascript', body: "(window.__ran = window.__ran || []).push('ga');" });
    });
    h.server.page('/', consentryPage({ head: '', attrs: 'data-ga-id="G-TEST123"' }));
    const page = await open('/');
    await page.waitForLoadState('load');
    expect(h.server.fetched('/gtm')).toEqual([]);
    await page.locator('[data-action="accept-all"]').click();
    await expect.poll(() => h.server.fetched('/gtm')).toEqual(['/gtm?id=G-TEST123']);
    const config = await page.evaluate(() =>
      window.dataLayer.filter((e: IArguments) => e[0] === 'config').map((e: IArguments) => e[1]),
    );
    expect(config).toEqual(['G-TEST123']);
  });
});

describe('Google Consent Mode', () => {
  it('sets the default, all denied but security, before any tag and the update before held tags run', async () => {
    h.server.page('/', consentryPage());
    const page = await open('/');
    const first = await page.evaluate(() => Array.from(window.dataLayer[0]));
    expect(first).toEqual([
      'consent',
      'default',
      {
        security_storage: 'granted',
        functionality_storage: 'denied',
        personalization_storage: 'denied',
        analytics_storage: 'denied',
        ad_storage: 'denied',
        ad_user_data: 'denied',
        ad_personalization: 'denied',
        wait_for_update: 500,
      },
    ]);
    await page.locator('[data-action="accept-all"]').click();
    await expect.poll(() => ran(page)).toContain('gtag');
    const seen = await page.evaluate(() => window.__consentAtRun?.gtag);
    expect(seen).toEqual(['default', 'update']);

    // Returning visit: the stored choice's update is in the dataLayer before the tag runs.
    h.server.clearLog();
    await page.reload();
    await expect.poll(() => ran(page)).toContain('gtag');
    expect(await page.evaluate(() => window.__consentAtRun?.gtag)).toEqual(['default', 'update']);
    const update = await page.evaluate(() =>
      Array.from(window.dataLayer.find((e: IArguments) => e[0] === 'consent' && e[1] === 'update')),
    );
    expect(update[2]).toMatchObject({
      analytics_storage: 'granted',
      ad_storage: 'granted',
      ad_user_data: 'granted',
      ad_personalization: 'granted',
    });
  });

  it('pushes a consentry_update event for Tag Manager on every change', async () => {
    h.server.page('/', consentryPage({ head: '' }));
    const page = await open('/');
    await page.evaluate(() => window.Consentry.set({ analytics: true }));
    const events = await page.evaluate(() =>
      window.dataLayer.filter((e: { event?: string }) => e.event === 'consentry_update'),
    );
    expect(events).toEqual([
      {
        event: 'consentry_update',
        consentry: { necessary: true, preferences: false, analytics: true, advertising: false, social: false },
      },
    ]);
  });
});

describe('a strict Content-Security-Policy with nonces', () => {
  it('runs released inline and external scripts and shows the view with no violation', async () => {
    const nonce = 'r4nd0mN0nce';
    h.server.page('/', consentryPage({ nonce, head: heldTags(nonce), config: { policyUrl: '/privacy' } }), {
      'content-security-policy': `script-src 'nonce-${nonce}'; style-src 'self'; object-src 'none'; base-uri 'none'`,
    });
    const page = await (await h.context()).newPage();
    const violations = await watchViolations(page);
    await page.goto(`${h.server.origin}/`);
    await banner(page).waitFor();
    await page.locator('[data-action="accept-all"]').click();
    await expect.poll(() => ran(page)).toEqual(['gtag', 'inline-analytics', 'pixel']);
    expect(violations).toEqual([]);
  });
});

describe('revoking consent', () => {
  it('deletes _ga and _ga_<id> on the host and the parent domain, then reloads without the tag', async () => {
    const origin = `http://www.${testDomain}:${h.server.port}`;
    h.server.page('/', consentryPage());
    await setStored(storedChoice({ choices: allGranted }), origin);
    const page = await open('/', origin);
    await expect.poll(() => ran(page)).toContain('gtag');
    // As GA4 does: the same cookies on the registrable domain too.
    await page.evaluate((d) => {
      document.cookie = `_ga=GA1.2.1.1; path=/; domain=${d}`;
      document.cookie = `_ga_TEST123=GS1.2.1; path=/; domain=${d}`;
    }, testDomain);
    const before = (await (await h.context()).cookies(origin)).map((c) => `${c.name}@${c.domain}`).sort();
    expect(before).toEqual(
      expect.arrayContaining([`_ga@www.${testDomain}`, `_ga@.${testDomain}`, `_ga_TEST123@.${testDomain}`]),
    );
    h.server.clearLog();
    await Promise.all([
      page.waitForEvent('load'),
      page.evaluate(() => window.Consentry.set({ analytics: false, advertising: false })),
    ]);
    const after = (await (await h.context()).cookies(origin)).map((c) => c.name);
    expect(after.filter((n) => n.startsWith('_ga') || n === '_fbp')).toEqual([]);
    expect(after).toContain('consentry');
    await page.waitForLoadState('load');
    expect(await ran(page)).toEqual([]);
    expect(h.server.fetched('/stand-in/')).toEqual([]);
  });
});

describe('what each page view fetches of Consentry', () => {
  it('the script tag, the engine and the first layer on a first visit, the records after a decision, the tag and the engine next time, the preferences when opened', async () => {
    h.server.page('/', consentryPage());
    const page = await open('/');
    await banner(page).waitFor();
    await page.waitForLoadState('load');
    // The engine and the banner come at once, not one after the other.
    expect(h.server.fetched('/dist/').sort()).toEqual([
      '/dist/consentry-engine.js',
      '/dist/consentry-ui.js',
      '/dist/consentry.js',
    ]);
    // Each file the tag loads carries the release's content hash (scripts/build.mjs), one for all.
    const hashes = h.server.requests
      .filter((r) => r.path.startsWith('/dist/consentry-'))
      .map((r) => /\.([0-9a-f]{8})\.js$/.exec(r.path)?.[1]);
    expect(hashes).toEqual([expect.stringMatching(/^[0-9a-f]{8}$/), hashes[0]]);
    h.server.clearLog();
    await page.locator('[data-action="reject-all"]').click();
    // The cookie is written in the click, before any file is fetched.
    expect(await page.evaluate(() => document.cookie.includes('consentry='))).toBe(true);
    await expect.poll(() => h.server.fetched('/dist/')).toEqual(['/dist/consentry-records.js']);
    // Once the history has the receipt, the pending mark goes, so the next page view loads nothing more.
    await expect.poll(() => page.evaluate(() => document.cookie.includes('consentry_pending'))).toBe(false);
    h.server.clearLog();
    await page.reload();
    await whenReady(page);
    // Without a pending mark no recovery timer is set, so nothing more comes later: the
    // unit test 'loads no records module on a page view with nothing pending' runs that
    // minute on a fake clock.
    await settled(page);
    expect(h.server.fetched('/dist/')).toEqual(['/dist/consentry.js', '/dist/consentry-engine.js']);
    await page.locator('[data-action="open-preferences"]').click();
    await page.locator('[data-part="preferences"]').waitFor();
    expect(h.server.fetched('/dist/').sort()).toEqual([
      '/dist/consentry-engine.js',
      '/dist/consentry-prefs.js',
      '/dist/consentry-ui.js',
      '/dist/consentry.js',
    ]);
  });
});

describe('records', () => {
  it('sends each receipt to logEndpoint as JSON and keeps it in the history', async () => {
    h.server.page('/', consentryPage({ head: '', attrs: 'data-log-endpoint="/log"' }));
    const page = await open('/');
    await page.locator('[data-action="reject-all"]').click();
    await expect.poll(() => h.server.requests.filter((r) => r.path === '/log').length).toBe(1);
    const logged = h.server.requests.find((r) => r.path === '/log');
    expect(logged?.headers['content-type']).toBe('application/json');
    const receipt = JSON.parse(logged?.body ?? '{}');
    expect(Object.keys(receipt).sort()).toEqual(['choices', 'gpc', 'id', 'method', 'revision', 'timestamp']);
    expect(receipt).toMatchObject({ method: 'banner', revision: '1', gpc: false, choices: { analytics: false } });
    const history = await page.evaluate(() => window.Consentry.history());
    expect(history).toEqual([receipt]);
  });

  it('carries a change to the other open tabs of the site', async () => {
    h.server.page('/', consentryPage());
    const first = await open('/');
    const second = await open('/');
    await first.locator('[data-action="accept-all"]').click();
    await expect.poll(() => ran(second)).toEqual(['gtag', 'inline-analytics', 'pixel']);
    await expect.poll(() => banner(second).count()).toBe(0);
  });

  it('answers status() with the consent id, states of held elements and undeclared cookies', async () => {
    await setStored(storedChoice({ choices: { necessary: true, analytics: true } }));
    h.server.page('/', consentryPage());
    const page = await open('/');
    await expect.poll(() => ran(page)).toContain('gtag');
    await page.evaluate(() => {
      document.cookie = 'mystery=1; path=/';
    });
    const status = await page.evaluate(() => window.Consentry.status());
    expect(status.consentId).toMatch(/^[0-9a-f-]{36}$/);
    expect(status.categories).toMatchObject({ analytics: true, advertising: false });
    expect(status.held.map((h: { state: string }) => h.state)).toEqual(['loaded', 'loaded', 'held']);
    expect(status.consentMode.analytics_storage).toBe('granted');
    expect(status.undeclaredCookies).toEqual(['mystery']);
  });
});
