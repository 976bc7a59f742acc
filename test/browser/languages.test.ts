/**
 * The built-in languages in Chromium: each page fetches its language's file and nothing
 * else, and the longest languages still fit a phone: the banner at most 40 % of a 360×640
 * screen with its three buttons on it, no text cut off or scrolled away, every control at
 * least 24×24, and axe-core finds nothing serious.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { languages } from '../../src/i18n/languages';
import { seriousViolations } from './support/a11y';
import { useBrowserHarness } from './support/harness';
import { consentryPage } from './support/pages';

const h = useBrowserHarness();

const config = { policyUrl: '/privacy', cookiePolicyUrl: '/cookies' };
const page = (lang: string) => consentryPage({ config, head: '', htmlAttrs: `lang="${lang}"` });
const banner = (p: Page) => p.locator('[data-part="banner"]');

/** What does not fit in the widget: controls under 24×24, text cut off or outside the screen, content scrolled away. */
function problems(p: Page, part: string) {
  return p.evaluate((selector) => {
    const root = document.getElementById('consentry')?.shadowRoot;
    const container = root?.querySelector<HTMLElement>(selector);
    if (!container) return [`no ${selector}`];
    const found: string[] = [];
    const name = (el: Element) => `${el.tagName.toLowerCase()} "${el.textContent?.trim().slice(0, 40)}"`;
    // The banner's text and links are the host's own children, slotted in.
    const slotted = [...document.querySelectorAll<HTMLElement>('#consentry > [slot]')].filter((el) =>
      container.contains(el.assignedSlot),
    );
    const controls = [...container.querySelectorAll<HTMLElement>('button, a, input, summary')];
    for (const el of [...controls, ...slotted.filter((s) => s.matches('a'))]) {
      const r = el.getBoundingClientRect();
      if (r.width > 0 && (r.width < 24 || r.height < 24)) found.push(`${name(el)} is ${r.width}×${r.height}`);
    }
    for (const el of [...container.querySelectorAll<HTMLElement>('*'), ...slotted]) {
      const hasText = [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent?.trim());
      if (!hasText || !el.getClientRects().length) continue;
      const r = el.getBoundingClientRect();
      // Text for assistive technology only (the banner's title on a phone): clipped on purpose.
      if (r.width <= 1 && r.height <= 1) continue;
      if (el.scrollWidth > el.clientWidth + 1) found.push(`${name(el)} overflows its box`);
      // A wide table scrolls sideways in its own box (.table): its cells are reachable.
      const scrolled = el.parentElement?.closest('.table');
      if (!scrolled && (r.left < -1 || r.right > innerWidth + 1)) found.push(`${name(el)} leaves the screen`);
    }
    // Inside a scrolling container, text that needs scrolling to be seen is cut off too.
    for (const el of [container, ...container.querySelectorAll<HTMLElement>('*')]) {
      const overflow = getComputedStyle(el).overflowY;
      if ((overflow === 'auto' || overflow === 'scroll') && el.scrollHeight > el.clientHeight + 1)
        found.push(`${name(el)} scrolls: ${el.scrollHeight}px of content in ${el.clientHeight}px`);
    }
    return found;
  }, part);
}

describe('picking the file', () => {
  it('fetches exactly the German engine and first layer on a page in Swiss German, and shows it', async () => {
    h.server.page('/', page('de-CH'));
    const p = await h.open('/');
    await p.getByRole('button', { name: 'Alle ablehnen', exact: true }).waitFor();
    expect(h.server.fetched('/dist/').sort()).toEqual([
      '/dist/consentry-engine.de.js',
      '/dist/consentry-ui.de.js',
      '/dist/consentry.js',
    ]);
  });

  it('opens the preferences from the same language, with the reopen button named in it', async () => {
    h.server.page('/', page('pt-BR'));
    const p = await h.open('/');
    await p.getByRole('button', { name: 'Rejeitar tudo', exact: true }).click();
    await p.getByRole('button', { name: languages.pt.reopen }).click();
    await p.getByRole('dialog', { name: languages.pt.preferencesTitle }).waitFor();
    expect(h.server.fetched('/dist/consentry-').sort()).toEqual([
      '/dist/consentry-engine.pt.js',
      '/dist/consentry-prefs.pt.js',
      '/dist/consentry-records.js',
      '/dist/consentry-ui.pt.js',
    ]);
  });

  it('serves Norwegian Bokmål to a Nynorsk page', async () => {
    h.server.page('/', page('nn-NO'));
    const p = await h.open('/');
    await p.getByRole('button', { name: languages.nb.rejectAll, exact: true }).waitFor();
    expect(h.server.fetched('/dist/consentry-ui')).toEqual(['/dist/consentry-ui.nb.js']);
  });
});

describe('on a 360×640 phone', () => {
  it('fits the banner of every language: at most 256 px (40 %), three buttons on screen, nothing cut off', {
    timeout: 120_000,
  }, async () => {
    // Without the banner's entrance animation, so each page is measured as soon as it shows.
    await h.context({ viewport: { width: 360, height: 640 }, reducedMotion: 'reduce' });
    const failures: Record<string, string[]> = {};
    for (const lang of Object.keys(languages)) {
      h.server.page(`/${lang}`, page(lang));
      const p = await h.open(`/${lang}`);
      await banner(p).waitFor();
      const found = await problems(p, '[data-part="banner"]');
      const box = await banner(p).boundingBox();
      if (!box || box.height > 256) found.push(`the banner is ${box?.height}px high`);
      for (const action of ['accept-all', 'reject-all', 'customize']) {
        const b = await p.locator(`[data-action="${action}"]`).boundingBox();
        if (!b || b.y < 0 || b.y + b.height > 640) found.push(`${action} is off screen`);
      }
      if (found.length) failures[lang] = found;
      await p.close();
    }
    expect(failures).toEqual({});
  });

  // The longest languages: German and Finnish compounds, Greek, Hungarian.
  for (const lang of ['de', 'fi', 'el', 'hu']) {
    it(`lays out the preferences in ${lang} with nothing cut off, and axe finds nothing serious`, async () => {
      await h.context({ viewport: { width: 360, height: 640 } });
      h.server.page('/', page(lang));
      const p = await h.open('/');
      await banner(p).waitFor();
      expect(await seriousViolations(p)).toEqual([]);
      await p.locator('[data-action="customize"]').click();
      await p.locator('[data-part="preferences"]').waitFor();
      await p.locator('details summary').first().click();
      expect(await seriousViolations(p)).toEqual([]);
      const found = (await problems(p, '[data-part="preferences"]')).filter((f) => !f.includes(' scrolls: '));
      expect(found).toEqual([]);
    });
  }
});
