import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { focused, seriousViolations } from './support/a11y';
import { ran, settled, useBrowserHarness, whenReady } from './support/harness';
import { consentryPage, storedChoice } from './support/pages';

const h = useBrowserHarness();

const serviceConfig = {
  policyUrl: '/privacy',
  cookiePolicyUrl: '/cookies',
  contact: { email: 'privacy@example.com', phone: '+1 719 555 0100', address: '1 Main St, Colorado Springs' },
};
const page = (extra: Parameters<typeof consentryPage>[0] = {}) =>
  consentryPage({ config: serviceConfig, head: '', body: '<p><a href="/elsewhere">A page link</a></p>', ...extra });

const banner = (p: Page) => p.locator('[data-part="banner"]');
const dialog = (p: Page) => p.locator('[data-part="preferences"]');
const decided = async (p: Page) => {
  const [receipt] = await p.evaluate(() => window.Consentry.history());
  return receipt;
};

describe('accessibility, checked by axe-core', () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    it(`finds no serious or critical violation in the banner, the dialog and a placeholder (${colorScheme})`, async () => {
      await h.context({ colorScheme });
      h.server.page(
        '/',
        page({
          body: '<iframe data-consent="social" data-src="/stand-in/video.html" title="Our clinic tour" width="560" height="315"></iframe>',
        }),
      );
      const p = await h.open('/');
      await banner(p).waitFor();
      expect(await seriousViolations(p)).toEqual([]);
      await p.locator('[data-consentry-placeholder]').waitFor();
      expect(await seriousViolations(p, '[data-consentry-placeholder]')).toEqual([]);
      await p.locator('[data-action="customize"]').click();
      await dialog(p).waitFor();
      await p.locator('details summary').first().click();
      expect(await seriousViolations(p)).toEqual([]);
    });
  }
});

describe('the banner', () => {
  it('offers Accept all, Reject all and Customize with the same size and style', async () => {
    h.server.page('/', page());
    const p = await h.open('/');
    const names = ['Accept all', 'Reject all', 'Customize'];
    const boxes = [];
    for (const name of names) {
      const button = p.getByRole('button', { name, exact: true });
      boxes.push(
        await button.evaluate((el) => {
          const s = getComputedStyle(el);
          const r = el.getBoundingClientRect();
          return { h: Math.round(r.height), font: s.font, bg: s.backgroundColor, color: s.color, border: s.border };
        }),
      );
    }
    expect(boxes[1]).toEqual(boxes[0]);
    expect(boxes[2]).toEqual(boxes[0]);
  });

  it('leaves half of a 360×640 phone screen visible with every button on screen', async () => {
    await h.context({ viewport: { width: 360, height: 640 } });
    h.server.page('/', page());
    const p = await h.open('/');
    await banner(p).evaluate((el) => Promise.all(el.getAnimations().map((a) => a.finished)));
    const box = await banner(p).boundingBox();
    expect(box?.height).toBeLessThanOrEqual(320);
    for (const action of ['accept-all', 'reject-all', 'customize']) {
      const b = await p.locator(`[data-action="${action}"]`).boundingBox();
      expect(b && b.y >= 0 && b.y + b.height <= 640).toBe(true);
    }
  });

  it('shifts nothing on the page (CLS 0) from first paint through a decision', async () => {
    h.server.page(
      '/',
      page({
        body: '<iframe data-consent="social" data-src="/stand-in/video.html" title="Tour" width="400" height="200"></iframe><p>After the embed</p>',
      }),
    );
    const ctx = await h.context();
    await ctx.addInitScript(() => {
      (window as unknown as { __cls: number }).__cls = 0;
      new PerformanceObserver((list) => {
        for (const e of list.getEntries() as (PerformanceEntry & { value: number })[])
          (window as unknown as { __cls: number }).__cls += e.value;
      }).observe({ type: 'layout-shift', buffered: true });
    });
    const p = await h.open('/');
    await banner(p).waitFor();
    await p.locator('[data-consentry-placeholder]').waitFor();
    await p.locator('[data-action="reject-all"]').click();
    await settled(p);
    expect(await p.evaluate(() => (window as unknown as { __cls: number }).__cls)).toBe(0);
  });

  it("overlays the viewport's bottom, its host (#consentry) the banner's box, even when the page positions every div", async () => {
    h.server.page('/', page({ head: '<style>div { position: relative; inset: 0; z-index: 0; }</style>' }));
    const p = await h.open('/');
    await banner(p).evaluate((el) => Promise.all(el.getAnimations().map((a) => a.finished)));
    const viewport = p.viewportSize();
    const box = await banner(p).boundingBox();
    expect(box && Math.round(box.y + box.height)).toBe(viewport?.height);
    expect(await p.locator('#consentry').boundingBox()).toEqual(box);
    // Out of the page's flow: the page's first heading is where it would be without the widget.
    expect((await p.locator('h1').boundingBox())?.y).toBeLessThan(50);
    await p.locator('[data-action="reject-all"]').click();
    // Without the banner the host covers nothing.
    await expect.poll(async () => (await p.locator('#consentry').boundingBox())?.height ?? 0).toBe(0);
  });

  it('shows while the rest of a long page is still arriving, before DOMContentLoaded', async () => {
    const [first, rest] = page().split('</body>');
    // The body has begun; its end (and DOMContentLoaded) comes three seconds later.
    h.server.streamedPage('/', `${first}<p>The first paragraph has arrived.</p>`, `</body>${rest}`, 3000);
    const p = await h.context().then((c) => c.newPage());
    void p.goto(`${h.server.origin}/`).catch(() => {});
    await banner(p).waitFor({ timeout: 2500 });
    expect(await p.evaluate(() => document.readyState)).toBe('loading');
  });

  it('reserves its height as scroll padding so it never hides the focused element, and gives it back', async () => {
    h.server.page('/', page());
    const p = await h.open('/');
    const height = Math.round((await banner(p).boundingBox())?.height ?? 0);
    // Set when the banner's ResizeObserver reports, in the frame it first renders.
    const padding = () =>
      p.evaluate(() => Math.round(Number.parseFloat(document.documentElement.style.scrollPaddingBottom)));
    await expect.poll(padding).toBe(height);
    await p.locator('[data-action="reject-all"]').click();
    await expect.poll(() => p.evaluate(() => document.documentElement.style.scrollPaddingBottom)).toBe('');
  });

  it('has every control at least 24×24 CSS pixels', async () => {
    h.server.page('/', page());
    const p = await h.open('/');
    await p.locator('[data-action="customize"]').click();
    await dialog(p).waitFor();
    await p.locator('details summary').first().click();
    const small = await p.evaluate(() => {
      const root = document.getElementById('consentry')?.shadowRoot;
      return Array.from(root?.querySelectorAll('button, a, input, summary') ?? [])
        .map((el) => ({ el: el.outerHTML.slice(0, 60), r: el.getBoundingClientRect() }))
        .filter(({ r }) => r.width > 0 && (r.width < 24 || r.height < 24))
        .map(({ el }) => el);
    });
    expect(small).toEqual([]);
  });

  it('speaks Spanish on a Spanish page', async () => {
    h.server.page('/', page({ htmlAttrs: 'lang="es"' }));
    const p = await h.open('/');
    for (const name of ['Aceptar todo', 'Rechazar todo', 'Personalizar']) {
      await expect(p.getByRole('button', { name, exact: true }).count()).resolves.toBe(1);
    }
    await expect(p.getByRole('link', { name: 'Política de privacidad' }).count()).resolves.toBe(1);
  });

  it('lays out a right-to-left language mirrored', async () => {
    const ar = { acceptAll: 'قبول الكل', rejectAll: 'رفض الكل', customize: 'تخصيص' };
    h.server.page('/', page({ htmlAttrs: 'lang="ar" dir="rtl"', config: { ...serviceConfig, translations: { ar } } }));
    const p = await h.open('/');
    await banner(p).waitFor();
    const accept = await p.getByRole('button', { name: ar.acceptAll }).boundingBox();
    const reject = await p.getByRole('button', { name: ar.rejectAll }).boundingBox();
    expect(accept && reject && accept.x > reject.x).toBe(true);
    expect(await banner(p).evaluate((el) => getComputedStyle(el).direction)).toBe('rtl');
  });
});

describe('driving it with the keyboard only', () => {
  it('reaches the banner first, customizes with Space, saves with Enter', async () => {
    h.server.page('/', page());
    const p = await h.open('/');
    await banner(p).waitFor();
    await p.keyboard.press('Tab');
    expect(await focused(p)).toMatchObject({ tag: 'a', text: 'Privacy policy' });
    await p.keyboard.press('Tab');
    await p.keyboard.press('Tab');
    expect(await focused(p)).toMatchObject({ action: 'accept-all' });
    await p.keyboard.press('Tab');
    await p.keyboard.press('Tab');
    expect(await focused(p)).toMatchObject({ action: 'customize' });
    await p.keyboard.press('Enter');
    await dialog(p).waitFor();
    expect(await focused(p)).toMatchObject({ category: 'preferences', inDialog: true });
    await p.keyboard.press('Tab'); // the preferences' services (none) → analytics switch
    while ((await focused(p))?.category !== 'analytics') await p.keyboard.press('Tab');
    await p.keyboard.press('Space');
    while ((await focused(p))?.action !== 'save') await p.keyboard.press('Tab');
    await p.keyboard.press('Enter');
    await expect.poll(() => dialog(p).count()).toBe(0);
    expect(await p.evaluate(() => window.Consentry.get())).toMatchObject({ analytics: true, advertising: false });
    expect(await decided(p)).toMatchObject({ method: 'preferences', choices: { analytics: true } });
  });

  it('rejects from the banner with one Enter', async () => {
    h.server.page('/', page());
    const p = await h.open('/');
    await p.locator('[data-action="reject-all"]').focus();
    await p.keyboard.press('Enter');
    await expect.poll(() => banner(p).count()).toBe(0);
    expect(await decided(p)).toMatchObject({ method: 'banner', choices: { analytics: false, advertising: false } });
  });

  it('traps Tab and Shift+Tab in the dialog, and Escape closes it without granting, focus back on the opener', async () => {
    h.server.page('/', page({ body: '<button type="button" data-consentry-open>Cookie choices</button>' }));
    const p = await h.open('/');
    await p.getByRole('button', { name: 'Cookie choices' }).focus();
    await p.keyboard.press('Enter');
    await dialog(p).waitFor();
    expect(await p.locator('[role="dialog"][aria-modal="true"]').getAttribute('aria-labelledby')).toBeTruthy();
    await expect(p.getByRole('dialog', { name: 'Cookie preferences' }).count()).resolves.toBe(1);
    for (let i = 0; i < 30; i++) {
      await p.keyboard.press('Tab');
      expect((await focused(p))?.inDialog).toBe(true);
    }
    for (let i = 0; i < 30; i++) {
      await p.keyboard.press('Shift+Tab');
      expect((await focused(p))?.inDialog).toBe(true);
    }
    await p.keyboard.press('Escape');
    await expect.poll(() => dialog(p).count()).toBe(0);
    expect(await focused(p)).toMatchObject({ tag: 'button', text: 'Cookie choices' });
    expect(await p.evaluate(() => window.Consentry.get())).toMatchObject({
      analytics: false,
      advertising: false,
      social: false,
    });
    expect(await p.evaluate(() => window.Consentry.history())).toEqual([]);
  });

  it('closes with the close button without granting, and the banner is still there to decide', async () => {
    h.server.page('/', page());
    const p = await h.open('/');
    await p.locator('[data-action="customize"]').click();
    await p.locator('[data-category="analytics"]').check();
    await p.getByRole('button', { name: 'Close' }).click();
    await expect.poll(() => dialog(p).count()).toBe(0);
    expect(await banner(p).count()).toBe(1);
    expect(await p.evaluate(() => window.Consentry.has('analytics'))).toBe(false);
    expect(await focused(p)).toMatchObject({ action: 'customize' });
  });
});

describe('reopening', () => {
  it('shows a floating button after a choice that reopens the preferences with the choice in place', async () => {
    const ctx = await h.context();
    await ctx.addCookies([
      {
        name: 'consentry',
        value: storedChoice({ choices: { necessary: true, analytics: true } }),
        url: h.server.origin,
      },
    ]);
    h.server.page('/', page());
    const p = await h.open('/');
    const reopen = p.getByRole('button', { name: 'Cookie settings' });
    await reopen.waitFor();
    expect(await banner(p).count()).toBe(0);
    await reopen.click();
    await dialog(p).waitFor();
    expect(await p.locator('[data-category="analytics"]').isChecked()).toBe(true);
    expect(await p.locator('[data-category="necessary"]').isChecked()).toBe(true);
    expect(await p.locator('[data-category="necessary"]').isDisabled()).toBe(true);
    await p.keyboard.press('Escape');
    expect(await focused(p)).toMatchObject({ action: 'open-preferences' });
  });

  it('makes withdrawing as easy as consenting: the floating button, then Reject all', async () => {
    h.server.page(
      '/',
      page({ head: '<script type="text/plain" data-consent="analytics" src="/stand-in/gtag.js"></script>' }),
    );
    const p = await h.open('/');
    await p.getByRole('button', { name: 'Accept all' }).click();
    await expect.poll(() => h.server.fetched('/stand-in/')).toEqual(['/stand-in/gtag.js']);
    await p.getByRole('button', { name: 'Cookie settings' }).click();
    await Promise.all([p.waitForEvent('load'), dialog(p).getByRole('button', { name: 'Reject all' }).click()]);
    await whenReady(p);
    expect(await p.evaluate(() => window.Consentry.get())).toMatchObject({ analytics: false });
    const history = await p.evaluate(() => window.Consentry.history());
    expect(history.map((r) => [r.method, r.choices.analytics])).toEqual([
      ['banner', true],
      ['preferences', false],
    ]);
    expect(h.server.fetched('/stand-in/')).toEqual(['/stand-in/gtag.js']);
  });

  it('opens the preferences from a link to #consentry-preferences', async () => {
    h.server.page('/', page({ body: '<a href="#consentry-preferences">Manage cookies</a>' }));
    const p = await h.open('/');
    await p.getByRole('link', { name: 'Manage cookies' }).click();
    await dialog(p).waitFor();
  });

  it('lists the services and cookies of a category, and the privacy contact', async () => {
    h.server.page('/', page());
    const p = await h.open('/');
    await p.locator('[data-action="customize"]').click();
    await p.getByText('Services (1)').click();
    await expect(p.getByRole('cell', { name: '_ga_*' }).count()).resolves.toBe(1);
    await expect(p.getByRole('link', { name: 'privacy@example.com' }).getAttribute('href')).resolves.toBe(
      'mailto:privacy@example.com',
    );
  });
});

describe('embeds and the cookie declaration', () => {
  it('holds an iframe behind a placeholder whose button grants its category and loads it', async () => {
    h.server.page(
      '/',
      page({
        body: '<iframe data-consent="social" data-src="/stand-in/video.html" title="Our clinic tour" width="560" height="315"></iframe>',
      }),
    );
    const p = await h.open('/');
    const allow = p.getByRole('button', { name: 'Allow Social media and load' });
    await allow.waitFor();
    await expect(p.getByText('Our clinic tour is held until you allow Social media').count()).resolves.toBe(1);
    expect(h.server.fetched('/stand-in/')).toEqual([]);
    await allow.click();
    await expect.poll(() => h.server.fetched('/stand-in/')).toEqual(['/stand-in/video.html']);
    await expect.poll(() => p.locator('[data-consentry-placeholder]').count()).toBe(0);
    expect(await p.locator('iframe').isVisible()).toBe(true);
    expect(await p.evaluate(() => window.Consentry.get())).toMatchObject({ social: true, analytics: false });
    expect(await ran(p)).toEqual([]);
  });

  it('fills a data-consentry-declaration element with every category and its cookies', async () => {
    h.server.page('/cookies', page({ body: '<div data-consentry-declaration></div>' }));
    const p = await h.open('/cookies');
    const declaration = p.locator('[data-consentry-declaration]');
    await declaration.getByRole('heading', { name: 'Analytics' }).waitFor();
    for (const cookie of ['_ga', '_ga_*', '_gid', '_gcl_*', '_fbp', '_fbc']) {
      await expect(declaration.getByRole('cell', { name: cookie, exact: true }).count()).resolves.toBe(1);
    }
  });

  it('shows config text as text, never as markup', async () => {
    h.server.page(
      '/',
      page({
        config: { ...serviceConfig, categories: { analytics: { label: '<img src=x onerror="window.__xss=1">Stats' } } },
      }),
    );
    const p = await h.open('/');
    await p.locator('[data-action="customize"]').click();
    await p.getByText('<img src=x onerror="window.__xss=1">Stats', { exact: true }).first().waitFor();
    expect(await p.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
  });
});
