/**
 * The banner as automated compliance scanners see it (FIELD.md item 12): a scanner that a
 * DPO, an agency or a regulator runs against a site looks for a visible consent container
 * and its buttons, reads its text, and runs the accept and reject flows. The detector below
 * is written from that description alone, generic, with nothing of Consentry's hooks in it
 * (no `data-part`, no `data-action`): it must find Consentry's banner and operate it, and
 * find nothing on a page without Consentry. It finds containers and buttons through open
 * shadow roots, but reads text and links as the auditing scanners do (FIELD.md; issue 21):
 * `textContent` and `a[href]` of the page's own tree, never entering a shadow root.
 */
import type { ElementHandle, JSHandle, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ran, settled, useBrowserHarness, whenReady } from './support/harness';
import { consentryPage } from './support/pages';

const h = useBrowserHarness();

/** One consent container the detector found. */
interface Found {
  /** The element as a scanner reports it: tag, id and classes. */
  element: string;
  /** What matched: `id`, `class`, `role` or `name` (the accessible name). */
  matchedBy: string[];
  /** The container's `textContent`: the page's own tree under it, no shadow root entered. */
  text: string;
  /** Its `a[href]` in the page's own tree: text and the href as written. */
  links: { text: string; href: string }[];
  buttons: string[];
  accept: Element | null;
  reject: Element | null;
}

/**
 * The detector, run in the page. It walks the document and every open shadow root, keeps
 * the elements that are rendered (a box of non-zero size, not `display: none`, not
 * `visibility: hidden`, on screen) and whose id, class, role or accessible name speaks of
 * cookies or consent, reads their text (shadow roots included) and finds among their
 * buttons one that accepts and one that rejects.
 */
function detect(): Found[] {
  const pattern = /cookie|consent/i;
  const acceptPattern = /accept|allow|agree/i;
  const rejectPattern = /reject|decline|refuse|deny/i;

  /** Every element under `root`, through open shadow roots, in tree order. */
  const all = (root: Document | ShadowRoot | Element): Element[] => {
    const out: Element[] = [];
    const visit = (node: Document | ShadowRoot | Element) => {
      for (const child of Array.from(node.children)) {
        out.push(child);
        if (child.shadowRoot) visit(child.shadowRoot);
        visit(child);
      }
    };
    if (root instanceof Element && root.shadowRoot) visit(root.shadowRoot);
    visit(root);
    return out;
  };
  const visible = (el: Element) => {
    const r = el.getBoundingClientRect();
    const s = getComputedStyle(el);
    return (
      r.width > 0 &&
      r.height > 0 &&
      s.display !== 'none' &&
      s.visibility !== 'hidden' &&
      Number(s.opacity) > 0 &&
      r.bottom > 0 &&
      r.right > 0 &&
      r.top < innerHeight &&
      r.left < innerWidth
    );
  };
  /** Text as a visitor reads it, shadow roots included (innerText does not enter them): for accessible names. */
  const textOf = (node: Node): string => {
    if (node.nodeType === Node.TEXT_NODE) return node.textContent ?? '';
    if (!(node instanceof Element || node instanceof DocumentFragment)) return '';
    if (node instanceof Element && /^(SCRIPT|STYLE|TEMPLATE)$/.test(node.tagName)) return '';
    const children = node instanceof Element && node.shadowRoot ? [node.shadowRoot] : Array.from(node.childNodes);
    const inner = children.map(textOf).join('');
    return node instanceof HTMLElement && getComputedStyle(node).display !== 'inline' ? ` ${inner} ` : inner;
  };
  const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
  /** The accessible name, as far as a scanner computes it: aria-labelledby, aria-label, title. */
  const nameOf = (el: Element) => {
    const root = el.getRootNode() as Document | ShadowRoot;
    const ids = el.getAttribute('aria-labelledby');
    if (ids)
      return squash(
        ids
          .split(/\s+/)
          .map((id) => {
            const ref = root.getElementById(id);
            return ref ? textOf(ref) : '';
          })
          .join(' '),
      );
    return el.getAttribute('aria-label') ?? el.getAttribute('title') ?? '';
  };
  const buttonName = (el: Element) =>
    squash(el.getAttribute('aria-label') || (el as HTMLInputElement).value || textOf(el) || '');

  const found: Found[] = [];
  for (const el of all(document)) {
    const matchedBy = [
      pattern.test(el.id) && 'id',
      pattern.test(el.getAttribute('class') ?? '') && 'class',
      pattern.test(el.getAttribute('role') ?? '') && 'role',
      pattern.test(nameOf(el)) && 'name',
    ].filter((m): m is string => !!m);
    if (!matchedBy.length || !visible(el)) continue;
    const buttons = [el, ...all(el)].filter(
      (b) => b.matches('button, [role="button"], input[type="button"], input[type="submit"], a[href]') && visible(b),
    );
    const names = buttons.map(buttonName);
    const at = (p: RegExp) => names.findIndex((n) => p.test(n));
    found.push({
      element: `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${Array.from(el.classList, (c) => `.${c}`).join('')}`,
      matchedBy,
      text: squash(el.textContent ?? ''),
      links: Array.from(el.querySelectorAll('a[href]'), (a) => ({
        text: squash(a.textContent ?? ''),
        href: a.getAttribute('href') ?? '',
      })),
      buttons: names,
      accept: buttons[at(acceptPattern)] ?? null,
      reject: buttons[at(rejectPattern)] ?? null,
    });
  }
  return found;
}

/** Runs the detector; returns what it found, and the first container with both buttons as handles. */
async function scan(page: Page) {
  const handle = await page.evaluateHandle(detect);
  const found = (await handle.evaluate((list) =>
    list.map(({ accept, reject, ...rest }) => ({ ...rest, accept: !!accept, reject: !!reject })),
  )) as (Omit<Found, 'accept' | 'reject'> & { accept: boolean; reject: boolean })[];
  const banner = found.findIndex((f) => f.accept && f.reject);
  const button = async (which: 'accept' | 'reject') =>
    (await (handle as JSHandle<Found[]>).evaluateHandle((list, [i, w]) => list[i][w], [banner, which] as const)) as
      | ElementHandle<Element>
      | JSHandle<null>;
  return { found, banner: banner >= 0 ? found[banner] : undefined, button };
}

/** A site page with the tags SPEC §1 holds, with or without Consentry. */
const withConsentry = () => consentryPage({ config: { policyUrl: '/privacy' } });
const withoutConsentry = () =>
  withConsentry()
    .replace(/<script src="\/dist\/consentry\.js"[^>]*><\/script>/, '')
    .replace(/<script>window\.consentryConfig[^<]*<\/script>/, '');

describe('a generic consent-banner detector, as compliance scanners work', () => {
  it("finds Consentry's banner: a visible element named for cookies or consent, with its text and an accept and a reject button", async () => {
    h.server.page('/', withConsentry());
    const page = await h.open('/');
    await expect.poll(async () => (await scan(page)).banner?.element).toBeTruthy();
    await page.locator('[data-part="banner"]').evaluate((el) => Promise.all(el.getAnimations().map((a) => a.finished)));
    const { found, banner } = await scan(page);
    // Found from the page's own tree, without entering the shadow root: the host is the
    // banner's box, and its id says consent.
    expect(found[0]).toMatchObject({ element: 'div#consentry', matchedBy: ['id'], accept: true, reject: true });
    const box = await page.locator('#consentry').boundingBox();
    const inner = await page.locator('[data-part="banner"]').boundingBox();
    expect(box && box.width > 0 && box.height > 0).toBe(true);
    expect(box).toEqual(inner);
    // And inside it, the banner itself, by its class and its accessible name.
    expect(found.find((f) => f.element === 'section.cookie-consent')).toMatchObject({
      matchedBy: ['class', 'name'],
      accept: true,
      reject: true,
    });
    expect(banner?.buttons).toEqual(expect.arrayContaining(['Accept all', 'Reject all', 'Customize']));
    expect(banner?.text).toContain('cookies');
  });

  it('accepts through the banner it found: the held stand-ins run', async () => {
    h.server.page('/', withConsentry());
    const page = await h.open('/');
    await expect.poll(async () => (await scan(page)).banner).toBeTruthy();
    const accept = (await (await scan(page)).button('accept')).asElement();
    expect(accept).not.toBeNull();
    await accept?.click();
    await expect.poll(() => ran(page)).toEqual(['gtag', 'inline-analytics', 'pixel']);
    expect(h.server.fetched('/stand-in/')).toEqual(['/stand-in/gtag.js', '/stand-in/pixel.js']);
    expect(await page.evaluate(() => window.Consentry.get())).toMatchObject({ analytics: true, advertising: true });
    // The banner is gone; the detector no longer finds a consent banner to answer.
    await expect.poll(async () => (await scan(page)).banner).toBeUndefined();
  });

  it('rejects through the banner it found, in a fresh context: nothing held is fetched, the choice is stored', async () => {
    h.server.page('/', withConsentry());
    const page = await h.open('/');
    await expect.poll(async () => (await scan(page)).banner).toBeTruthy();
    const reject = (await (await scan(page)).button('reject')).asElement();
    expect(reject).not.toBeNull();
    await reject?.click();
    await expect.poll(async () => (await scan(page)).banner).toBeUndefined();
    const cookie = (await (await h.context()).cookies()).find((c) => c.name === 'consentry');
    const stored = JSON.parse(decodeURIComponent(cookie?.value ?? '{}'));
    expect(stored).toMatchObject({
      method: 'banner',
      choices: { necessary: true, analytics: false, advertising: false },
    });
    expect(Object.entries(stored.choices).filter(([, granted]) => granted)).toEqual([['necessary', true]]);
    await page.reload();
    await whenReady(page);
    await settled(page);
    expect(h.server.fetched('/stand-in/')).toEqual([]);
    expect(await ran(page)).toEqual([]);
    // A returning visit shows no banner: nothing with an accept and a reject button.
    expect((await scan(page)).banner).toBeUndefined();
  });

  it('finds nothing on a page without Consentry, even with hidden elements named for cookies', async () => {
    h.server.page(
      '/',
      withoutConsentry().replace(
        '</body>',
        `<div id="cookie-notice" style="display:none"><button>Accept</button><button>Reject</button></div>
        <div class="consent-box" style="visibility:hidden"><button>Accept</button><button>Reject</button></div>
        <div class="cookie-consent" style="width:0;height:0;overflow:hidden"><button>Accept</button></div></body>`,
      ),
    );
    const page = await (await h.context()).newPage();
    await page.goto(`${h.server.origin}/`);
    await page.waitForLoadState('load');
    expect((await scan(page)).found).toEqual([]);
  });

  // What an auditing scanner checks in the first layer's text (EDPB cookie banner taskforce,
  // CNIL, Colorado Rule 7.03): purposes, third parties, duration, withdrawal, the policy link.
  it('reads the purposes, the third parties by name, the durations and the withdrawal from the light DOM', async () => {
    h.server.page('/', withConsentry());
    const page = await h.open('/');
    await expect.poll(async () => (await scan(page)).banner).toBeTruthy();
    const { found, banner } = await scan(page);
    expect(banner?.element).toBe('div#consentry');
    const text = banner?.text ?? '';
    expect(text).toMatch(/statistic|analytic|measure/i);
    expect(text).toMatch(/advertis|personali[sz]ed ads|marketing/i);
    expect(text).toMatch(/partner|third[- ]part|provider|vendor/i);
    // The built-in declarations: Google Analytics, Google Ads and the Meta pixel.
    expect(text).toContain('Google');
    expect(text).toContain('Meta');
    expect(text).toMatch(/\d+ (days?|months?|years?)/);
    expect(text).toMatch(/withdraw|at any time/i);
    expect(banner?.links).toContainEqual({ text: 'Privacy policy', href: '/privacy' });
    // The region inside the shadow root has none of it: only the light DOM carries the words.
    expect(found.find((f) => f.element === 'section.cookie-consent')?.text).not.toContain('Google');
    console.info(`a DOM-reading check finds: "${text}"`);
  });

  it('reads a configured site: its partners and its longest cookie, and the opt-out links in opt-out mode', async () => {
    h.server.page(
      '/',
      consentryPage({
        config: {
          policyUrl: '/privacy',
          cookiePolicyUrl: '/cookies',
          mode: 'opt-out',
          limitUseUrl: '/limit',
          services: ['google-analytics', 'microsoft-clarity', 'tiktok-pixel'],
        },
      }),
    );
    const page = await h.open('/');
    await expect.poll(async () => (await scan(page)).found.length).toBeGreaterThan(0);
    const host = (await scan(page)).found.find((f) => f.element === 'div#consentry');
    expect(host?.text).toMatch(/Google, Microsoft,? and TikTok/);
    expect(host?.links.map((l) => l.text)).toEqual([
      'Do Not Sell or Share My Personal Information',
      'Privacy policy',
      'Cookie policy',
      'Limit the Use of My Sensitive Personal Information',
    ]);
  });
});
