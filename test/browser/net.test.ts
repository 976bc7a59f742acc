import { createHash } from 'node:crypto';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { embedHost } from './support/browser';
import { ran, useBrowserHarness, watchViolations } from './support/harness';
import { allGranted, consentryPage, storedChoice } from './support/pages';

const h = useBrowserHarness();
const config = { policyUrl: '/privacy' };

/** The DOM methods SPEC §3 names, each inserting one Google tag (`/gtag/js?id=G-…`, proxied: `analytics`) with an onload. */
const insertEveryWay = `<script>
  window.__loaded = [];
  const tag = (id) => {
    const s = document.createElement('script');
    s.src = '/gtag/js?id=' + id;
    s.onload = () => window.__loaded.push(id);
    return s;
  };
  const head = document.head;
  const anchor = document.createElement('meta');
  head.appendChild(anchor);
  head.appendChild(tag('G-APPEND'));
  head.insertBefore(tag('G-BEFORE'), anchor);
  head.append(tag('G-APPENDS'));
  head.prepend(tag('G-PREPEND'));
  anchor.before(tag('G-ELBEFORE'));
  anchor.after(tag('G-ELAFTER'));
  anchor.insertAdjacentElement('afterend', tag('G-ADJACENT'));
  const fragment = document.createDocumentFragment();
  fragment.appendChild(tag('G-FRAGMENT'));
  head.appendChild(fragment);
  const old = document.createElement('meta');
  head.appendChild(old);
  head.replaceChild(tag('G-REPLACE'), old);
  const other = document.createElement('meta');
  head.appendChild(other);
  other.replaceWith(tag('G-REPLACEWITH'));
</script>`;
const ids = [
  'G-APPEND',
  'G-BEFORE',
  'G-APPENDS',
  'G-PREPEND',
  'G-ELBEFORE',
  'G-ELAFTER',
  'G-ADJACENT',
  'G-FRAGMENT',
  'G-REPLACE',
  'G-REPLACEWITH',
];

const status = (page: Page) => page.evaluate(() => window.Consentry.status().then((s) => s.held));
const sorted = (list: string[]) => [...list].sort();
/** Once the engine runs: the stub's `status()` resolves only then. */
const ready = (page: Page) => page.evaluate(() => window.Consentry.status().then(() => undefined));

/**
 * Serves `html` at `/` under the Content-Security-Policy `csp`, checks that the net holds its
 * two tags, accepts all, and resolves once both have run, with the policy's violations.
 */
async function acceptAllUnder(html: string, csp: string, expected: string[]): Promise<string[]> {
  h.server.page('/', html, { 'content-security-policy': csp });
  const page = await (await h.context()).newPage();
  const violations = await watchViolations(page);
  await page.goto(`${h.server.origin}/`);
  await ready(page);
  expect((await status(page)).map((e) => e.state)).toEqual(['auto-held', 'auto-held']);
  await page.locator('[data-action="accept-all"]').click();
  await expect.poll(() => ran(page).then(sorted)).toEqual(expected);
  return violations;
}

describe('the safety net', () => {
  it('holds a tag a script inserts, by every insertion method, and releases the very element once on Accept all', async () => {
    h.server.page('/', consentryPage({ config, head: insertEveryWay }));
    const page = await h.open('/');
    await ready(page);
    const held = await status(page);
    expect(sorted(held.filter((e) => e.state === 'auto-held').map((e) => e.element.split('id=')[1]))).toEqual(
      sorted(ids),
    );
    expect(held.every((e) => e.categories.join() === 'analytics')).toBe(true);
    // The engine has run and listed them: nothing of theirs was requested before that.
    expect(h.server.fetched('/gtag/js')).toEqual([]);
    await page.locator('[data-action="accept-all"]').click();
    await page.waitForFunction((n) => window.__loaded?.length === n, ids.length);
    expect(sorted(await page.evaluate(() => window.__loaded ?? []))).toEqual(sorted(ids));
    expect(sorted(await ran(page))).toEqual(sorted(ids.map((id) => `gtag:${id}`)));
    expect(h.server.fetched('/gtag/js')).toHaveLength(ids.length);
    expect((await status(page)).filter((e) => e.state === 'loaded')).toHaveLength(ids.length);
    // A later grant releases nothing twice.
    await page.evaluate(() => window.Consentry.set({ social: true }));
    await page.waitForFunction(() => window.Consentry.get().social);
    expect(h.server.fetched('/gtag/js')).toHaveLength(ids.length);
  });

  it('keeps a script written in the HTML from running before a choice, and runs it once after Accept all', async () => {
    const head = '<script async src="/gtag/js?id=G-HTML"></script><script src="/matomo.js"></script>';
    h.server.page('/', consentryPage({ config, head }));
    const page = await h.open('/');
    await ready(page);
    await page.waitForLoadState('load');
    expect(await ran(page)).toEqual([]);
    const held = await status(page);
    expect(held.map((e) => e.state)).toEqual(['auto-held', 'auto-held']);
    await page.locator('[data-action="accept-all"]').click();
    await page.waitForFunction(() => (window.__ran ?? []).length === 2);
    expect(sorted(await ran(page))).toEqual(['gtag:G-HTML', 'matomo']);
    const warnings = h.consoleMessages.filter((m) => m.startsWith('warning:') && m.includes('safety net'));
    expect(warnings).toHaveLength(2);
    expect(warnings[0]).toContain('<script type="text/plain" data-consent="analytics" src="');
    expect(warnings[0]).toContain('only that markup stops the request');
  });

  it("never holds Google Tag Manager's container: it reads Consent Mode itself", async () => {
    const head = `<script>(function(w,d,s,l,i){w[l]=w[l]||[];w[l].push({'gtm.start':new Date().getTime(),event:'gtm.js'});
      var f=d.getElementsByTagName(s)[0],j=d.createElement(s),dl=l!='dataLayer'?'&l='+l:'';j.async=true;
      j.src='/gtm.js?id='+i+dl;f.parentNode.insertBefore(j,f);})(window,document,'script','dataLayer','GTM-TEST01');</script>`;
    h.server.page('/', consentryPage({ config, head }));
    const page = await h.open('/');
    await page.waitForFunction(() => (window.__ran ?? []).includes('gtm'));
    expect(h.server.fetched('/gtm.js')).toHaveLength(1);
    expect((await status(page)).filter((e) => e.state === 'auto-held')).toEqual([]);
  });

  it('holds an iframe a script inserts without requesting it, and loads it when its category is granted', async () => {
    const src = `http://${embedHost}:${h.server.port}/embed/player.html`;
    const body = `<script>
      const f = document.createElement('iframe');
      f.src = ${JSON.stringify(src)};
      f.title = 'Player';
      document.body.appendChild(f);
    </script>`;
    h.server.page('/', consentryPage({ config, body, head: '' }));
    const page = await h.open('/');
    await ready(page);
    expect((await status(page)).map((e) => [e.state, e.categories.join()])).toEqual([['auto-held', 'social']]);
    expect(await page.locator('iframe[title="Player"]').count()).toBe(0);
    expect(h.server.fetched('/embed/')).toEqual([]);
    await page.evaluate(() => window.Consentry.set({ social: true }));
    await expect.poll(() => h.server.fetched('/embed/')).toHaveLength(1);
    expect(await page.locator('iframe[title="Player"]').count()).toBe(1);
  });

  it('lets a granted category straight through on a returning visit, and holds it all again on the page after Reject all', async () => {
    const context = await h.context();
    await context.addCookies([
      { name: 'consentry', value: storedChoice({ choices: allGranted }), url: h.server.origin },
    ]);
    h.server.page('/', consentryPage({ config, head: insertEveryWay }));
    const page = await h.open('/');
    await page.waitForFunction((n) => (window.__loaded ?? []).length === n, ids.length);
    expect(h.server.fetched('/gtag/js')).toHaveLength(ids.length);

    // Revoking reloads the page (reloadOnRevoke): that reload is the next page view.
    h.server.clearLog();
    await Promise.all([page.waitForEvent('load'), page.evaluate(() => window.Consentry.rejectAll())]);
    await ready(page);
    await page.waitForLoadState('load');
    expect((await status(page)).filter((e) => e.state === 'auto-held')).toHaveLength(ids.length);
    expect(h.server.fetched('/gtag/js')).toEqual([]);
  });

  it('leaves marked tags to their markup: never doubled', async () => {
    const marked = '<script type="text/plain" data-consent="analytics" src="/gtag/js?id=G-MARKED"></script>';
    h.server.page('/', consentryPage({ config, head: marked }));
    const page = await h.open('/');
    await ready(page);
    expect((await status(page)).map((e) => e.state)).toEqual(['held']);
    await page.evaluate(() => window.Consentry.acceptAll());
    await page.waitForFunction(() => (window.__ran ?? []).length === 1);
    expect(await ran(page)).toEqual(['gtag:G-MARKED']);
  });

  it('releases what it held with its nonce, integrity and module type, under a strict CSP, with no violation', async () => {
    const nonce = 'n3tN0nce';
    const body = await (await fetch(`${h.server.origin}/gtag/js?id=G-CSP`)).text();
    const integrity = `sha384-${createHash('sha384').update(body).digest('base64')}`;
    const head = `<script nonce="${nonce}">
      const s = document.createElement('script');
      s.src = '/gtag/js?id=G-CSP';
      s.nonce = '${nonce}';
      s.integrity = '${integrity}';
      s.crossOrigin = 'anonymous';
      document.head.appendChild(s);
      const m = document.createElement('script');
      m.type = 'module';
      m.src = '/matomo.js';
      m.nonce = '${nonce}';
      document.head.append(m);
    </script>`;
    const csp = `script-src 'nonce-${nonce}'; style-src 'self'; object-src 'none'; base-uri 'none'`;
    expect(await acceptAllUnder(consentryPage({ nonce, config, head }), csp, ['gtag:G-CSP', 'matomo'])).toEqual([]);
  });

  it("works under enforced Trusted Types: the site's own policy for what it inserts, 'consentry' for a copy of a tag in the HTML", async () => {
    const head = `<script src="/matomo.js"></script><script>
      const policy = trustedTypes.createPolicy('site', { createScriptURL: (u) => u });
      const s = document.createElement('script');
      s.src = policy.createScriptURL('/gtag/js?id=G-TT');
      document.head.appendChild(s);
    </script>`;
    const csp = "require-trusted-types-for 'script'; trusted-types consentry site";
    expect(await acceptAllUnder(consentryPage({ config, head }), csp, ['gtag:G-TT', 'matomo'])).toEqual([]);
  });

  it('is off with autoHold: false: what scripts insert is requested at once', async () => {
    h.server.page('/', consentryPage({ config: { ...config, autoHold: false }, head: insertEveryWay }));
    const page = await h.open('/');
    await page.waitForFunction((n) => (window.__loaded ?? []).length === n, ids.length);
    expect(await status(page)).toEqual([]);
  });
});
