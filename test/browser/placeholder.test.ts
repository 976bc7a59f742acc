/**
 * Embed placeholders at the sizes small embeds have on real pages (a 300×150 iframe, the
 * default size of one with no width or height; a 200×113 16:9 thumbnail) and at a usual
 * 560×315: nothing clipped, the button whole and large enough, the embed loads from it,
 * and the page does not move.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { settled, useBrowserHarness } from './support/harness';
import { consentryPage } from './support/pages';

const h = useBrowserHarness();

/** What a placeholder's layout looks like, measured in the page. */
interface Layout {
  box: { width: number; height: number };
  /** Text that is rendered (has boxes) but lies, wholly or in part, outside the placeholder. */
  clipped: string[];
  /** Text that is rendered at all. */
  shown: string[];
  button: { width: number; height: number; overflows: boolean; inside: boolean };
  /** The button's accessible description, as Chromium's accessibility tree gives it. */
  description?: string;
}

/** Measures the first placeholder on the page: every rendered text node and the button. */
const layout = (page: Page): Promise<Layout> =>
  page.evaluate(() => {
    const host = document.querySelector('[data-consentry-placeholder]') as HTMLElement;
    const root = host.shadowRoot as ShadowRoot;
    const placeholder = root.querySelector('[data-part="placeholder"]') as HTMLElement;
    const outer = placeholder.getBoundingClientRect();
    const within = (r: DOMRect) =>
      r.left >= outer.left - 0.5 &&
      r.right <= outer.right + 0.5 &&
      r.top >= outer.top - 0.5 &&
      r.bottom <= outer.bottom + 0.5;
    const clipped: string[] = [];
    const shown: string[] = [];
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const range = document.createRange();
      range.selectNodeContents(node);
      const rects = Array.from(range.getClientRects()).filter((r) => r.width > 0 && r.height > 0);
      if (!rects.length) continue;
      const text = (node.textContent ?? '').trim();
      shown.push(text);
      if (!rects.every(within)) clipped.push(text);
    }
    const button = root.querySelector('[data-action="allow-embed"]') as HTMLElement;
    const b = button.getBoundingClientRect();
    const hostBox = host.getBoundingClientRect();
    return {
      box: { width: Math.round(hostBox.width), height: Math.round(hostBox.height) },
      clipped,
      shown,
      button: {
        width: b.width,
        height: b.height,
        overflows: button.scrollHeight > button.clientHeight || button.scrollWidth > button.clientWidth,
        inside: within(b),
      },
    };
  });

/** The accessible description Chromium computes for the button named `name`. */
async function descriptionOf(page: Page, name: string): Promise<string | undefined> {
  const cdp = await page.context().newCDPSession(page);
  const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as {
    nodes: { role?: { value: string }; name?: { value: string }; description?: { value: string } }[];
  };
  await cdp.detach();
  return nodes.find((n) => n.role?.value === 'button' && n.name?.value === name)?.description?.value;
}

const embed = (width: number, height: number) =>
  `<p>Before the embed</p><iframe data-consent="social" data-src="/stand-in/video.html" title="Our clinic tour" width="${width}" height="${height}" style="border:0"></iframe><p>After the embed</p>`;

// English and Spanish, and Greek and Hungarian, whose placeholder texts are the longest.
const languages = [
  { lang: 'en', allow: 'Allow Social media and load', title: 'Our clinic tour' },
  { lang: 'es', allow: null, title: 'Our clinic tour' },
  { lang: 'el', allow: null, title: 'Our clinic tour' },
  { lang: 'hu', allow: null, title: 'Our clinic tour' },
] as const;

describe('an embed placeholder, small and large', () => {
  for (const [width, height] of [
    [300, 150],
    [200, 113],
    [560, 315],
  ] as const) {
    for (const { lang, allow, title } of languages) {
      it(`at ${width}×${height} (${lang}) shows its text whole, a whole button of 24×24 px or more, and loads the embed from it without moving the page`, async () => {
        const ctx = await h.context();
        await ctx.addInitScript(() => {
          (window as unknown as { __cls: number }).__cls = 0;
          new PerformanceObserver((list) => {
            for (const e of list.getEntries() as (PerformanceEntry & { value: number })[])
              (window as unknown as { __cls: number }).__cls += e.value;
          }).observe({ type: 'layout-shift', buffered: true });
        });
        h.server.page('/', consentryPage({ head: '', body: embed(width, height), htmlAttrs: `lang="${lang}"` }));
        const page = await h.open('/');
        const button = page.locator('[data-action="allow-embed"]');
        await button.waitFor();

        const measured = await layout(page);
        expect(measured.box).toEqual({ width, height });
        expect(measured.clipped).toEqual([]);
        expect(measured.button.overflows).toBe(false);
        expect(measured.button.inside).toBe(true);
        expect(measured.button.width).toBeGreaterThanOrEqual(24);
        expect(measured.button.height).toBeGreaterThanOrEqual(24);
        // The title and the button's label are on screen at every size.
        expect(measured.shown.length).toBeGreaterThanOrEqual(2);
        if (allow) expect(measured.shown).toContain(allow);
        // What will load, and why it is held, is on screen when there is room for it, and is
        // the button's description at every size.
        if (height >= 300) expect(measured.shown.some((t) => t.includes(title))).toBe(true);
        const name = (await button.textContent()) ?? '';
        expect(await descriptionOf(page, name)).toContain(title);

        expect(h.server.fetched('/stand-in/')).toEqual([]);
        await button.click();
        await expect.poll(() => h.server.fetched('/stand-in/')).toEqual(['/stand-in/video.html']);
        await expect.poll(() => page.locator('[data-consentry-placeholder]').count()).toBe(0);
        // In the placeholder's place, at the placeholder's size.
        const frame = await page.locator('iframe').boundingBox();
        expect(frame && { width: Math.round(frame.width), height: Math.round(frame.height) }).toEqual({
          width,
          height,
        });
        await settled(page);
        expect(await page.evaluate(() => (window as unknown as { __cls: number }).__cls)).toBe(0);
      });
    }
  }
});
