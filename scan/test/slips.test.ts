import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeReport } from '../src/report/write.js';
import { scanSite } from '../src/scan.js';
import type { PageReport, ScanReport } from '../src/types.js';
import { type FixtureSite, startFixtureSite } from './fixtures/server.mjs';
import { loadDraft } from './support/draft.js';
import { leaksOf, lineOf, outDir } from './support/fixtures.js';

let site: FixtureSite;
let report: ScanReport;
let out: string;

// One scan of the fixture site: a clean home page and one page per slip, each visited three times.
beforeAll(async () => {
  // The fixture embeds the built widget, as a site would.
  if (!existsSync(new URL('../../dist/consentry.js', import.meta.url))) throw new Error('run `npm run build` first');
  site = await startFixtureSite('slips');
  out = outDir('slips');
  report = await scanSite({ url: site.url, out, wait: 400, chromiumArgs: site.chromiumArgs });
  await writeReport(report, out);
});
afterAll(async () => {
  await site?.close();
  rmSync(out, { recursive: true, force: true });
});

const port = () => `:${site.thirdPartyPort}`;

const pageOf = (path: string) => {
  const page = report.pages.find((p) => new URL(p.url).pathname === path);
  if (!page) throw new Error(`${path} was not scanned`);
  return page;
};

/** Whether the first visit of /unheld-head requested its unmarked gtag.js, by the scan's own request log. */
const preloadedGtag = (page: PageReport) =>
  page.requests.some((r) => r.url.includes('gtag/js?id=G-LEAK') && r.visits.includes('first'));

describe('a site with Consentry and one slip per page', () => {
  it('scans every page of the sitemap three times, and reports no leak where the tags are held', () => {
    expect(report.pages.map((p) => new URL(p.url).pathname)).toEqual([
      '/',
      '/unheld-head',
      '/pixel-after-load',
      '/iframe',
      '/inline-cookie',
      '/after-reject',
      '/inserted',
    ]);
    for (const page of report.pages) expect(page.visits).toEqual(['first', 'reject', 'accept']);
    expect(report.pages.every((p) => p.choices.reject === 'button' && p.choices.accept === 'button')).toBe(true);
    expect(leaksOf(report, '/')).toEqual([]);
    // What the home page marks is held by its markup, not caught by the net.
    expect(report.pages[0].caught).toEqual([]);
    expect(report.consentry.found).toBe(true);
  });

  it('reports an unheld tag in <head> as caught by the safety net, and its preload as a leak with its line', () => {
    const line = lineOf('slips', 'unheld-head.html', 'G-LEAK');
    const url = `https://www.googletagmanager.com${port()}/gtag/js?id=G-LEAK`;
    const page = pageOf('/unheld-head');
    // Consentry's safety net turned the tag off before the parser ran it, in every visit,
    // and released it after Accept all: not a leak in itself.
    const caught = {
      element: `<script> ${url}`,
      url,
      tag: 'script',
      service: 'Google Analytics',
      serviceId: 'google-analytics',
      category: 'analytics',
      inHtml: true,
      markup: `<script type="text/plain" data-consent="analytics" src="${url}"></script>`,
    };
    expect(page.caught).toEqual([
      expect.objectContaining({ ...caught, visit: 'first', state: 'auto-held' }),
      expect.objectContaining({ ...caught, visit: 'reject', state: 'auto-held' }),
      expect.objectContaining({ ...caught, visit: 'accept', state: 'loaded' }),
    ]);
    // Only markup stops Chromium's preload scanner from fetching it ahead of the parser while
    // consentry.js blocks the parser: the scanner's own request log says whether it did.
    const fetched = preloadedGtag(page);
    expect(page.caught.find((c) => c.visit === 'first')?.requested).toBe(fetched);
    expect(page.leaks).toEqual(
      fetched
        ? [
            expect.objectContaining({
              visit: 'first',
              kind: 'request',
              name: `www.googletagmanager.com${port()}/gtag/js`,
              service: 'Google Analytics',
              category: 'analytics',
              causeKind: 'preload',
              cause:
                `fetched by the browser's preload scanner ahead of the parser (<script src> in <head>, HTML line ${line}); ` +
                `Consentry's safety net kept it from running — mark it type="text/plain" data-consent="analytics" to stop the request`,
              element: expect.stringContaining('gtag/js?id=G-LEAK'),
              line,
            }),
          ]
        : [],
    );
    // It never ran before a choice, so it set no cookie; after Accept all it ran, released.
    const ga = page.cookies.find((c) => c.name === '_ga');
    expect(ga).toMatchObject({ service: 'Google Analytics', visits: ['accept'] });
  });

  it('reports a script a pasted loader inserts as caught, never requested before a choice, and no leak', () => {
    const url = `https://connect.facebook.net${port()}/en_US/fbevents.js`;
    const page = pageOf('/inserted');
    expect(page.leaks).toEqual([]);
    expect(page.caught.map((c) => [c.visit, c.state, c.inHtml, c.requested])).toEqual([
      ['first', 'auto-held', false, false],
      ['reject', 'auto-held', false, false],
      ['accept', 'loaded', false, false],
    ]);
    expect(page.caught[0]).toMatchObject({
      element: `<script> ${url}`,
      service: 'Meta Pixel',
      serviceId: 'meta-pixel',
      category: 'advertising',
      markup: `<script type="text/plain" data-consent="advertising" src="${url}"></script>`,
    });
    // Released after Accept all as the very element the loader made: requested then, and it ran.
    const fbevents = page.requests.filter((r) => r.url === url);
    expect(fbevents.flatMap((r) => r.visits)).toEqual(['accept']);
    expect(page.cookies.find((c) => c.name === '_fbp')).toMatchObject({ service: 'Meta Pixel', visits: ['accept'] });
  });

  it('reports a pixel inserted by script after load, naming the script and line', () => {
    const line = lineOf('slips', 'js/pixel-loader.js', 'pixel.src');
    expect(leaksOf(report, '/pixel-after-load')).toEqual([
      expect.objectContaining({
        visit: 'first',
        kind: 'request',
        name: `www.facebook.com${port()}/tr`,
        service: 'Meta Pixel',
        category: 'advertising',
        causeKind: 'script',
        cause: `an image (pixel) requested by /js/pixel-loader.js (line ${line})`,
      }),
    ]);
  });

  it('reports an iframe without data-consent, and the third-party cookies its response set', () => {
    const line = lineOf('slips', 'iframe.html', '/embed/leak');
    const leaks = leaksOf(report, '/iframe');
    expect(leaks).toContainEqual(
      expect.objectContaining({
        visit: 'first',
        kind: 'request',
        name: `www.youtube.com${port()}/embed/leak`,
        service: 'YouTube',
        category: 'social',
        cause: `<iframe src> without data-consent (HTML line ${line})`,
      }),
    );
    // What the iframe loaded inside itself counts with it, not as leaks of their own.
    expect(leaks.filter((l) => l.kind === 'request')).toHaveLength(1);
    expect(leaks.filter((l) => l.kind === 'cookie').map((l) => [l.name, l.domain, l.service])).toEqual(
      expect.arrayContaining([
        ['YSC', '.youtube.com', 'YouTube'],
        ['VISITOR_INFO1_LIVE', '.youtube.com', 'YouTube'],
      ]),
    );
  });

  it('reports a cookie set by an inline script as unknown, never as necessary', () => {
    const line = lineOf('slips', 'inline-cookie.html', 'document.cookie');
    expect(leaksOf(report, '/inline-cookie')).toEqual([
      expect.objectContaining({
        visit: 'first',
        kind: 'cookie',
        name: 'spa_visitor',
        category: 'unknown',
        service: null,
        causeKind: 'inline-script',
        cause: `set by an inline <script> (HTML line ${line})`,
      }),
    ]);
    expect(report.inventory.unknown.cookies.map((c) => c.name)).toEqual(['spa_visitor']);
  });

  it('reports a tag that fires only after Reject all on the reject visit, naming its script', () => {
    const line = lineOf('slips', 'js/on-choice.js', 'fetch(');
    expect(leaksOf(report, '/after-reject')).toEqual([
      expect.objectContaining({
        visit: 'reject',
        kind: 'request',
        name: `analytics.tiktok.com${port()}/api/v2/pixel`,
        service: 'TikTok Pixel',
        causeKind: 'script',
        cause: `a fetch() request by /js/on-choice.js (line ${line})`,
      }),
    ]);
  });

  it('counts what Consentry released after Accept all in the inventory, not as leaks', () => {
    const home = report.pages[0];
    expect(home.requests).toContainEqual(
      expect.objectContaining({
        name: `www.googletagmanager.com${port()}/gtag/js`,
        cause: 'released by Consentry (data-consent="analytics")',
        visits: ['accept'],
      }),
    );
    const analytics = report.inventory.categories.find((c) => c.id === 'analytics');
    expect(analytics?.services.map((s) => s.name)).toEqual(['Google Analytics']);
    const consentry = report.inventory.categories.find((c) => c.id === 'necessary')?.services[0];
    expect(consentry).toMatchObject({ id: 'consentry', leaks: 0 });
    expect(report.leakCount).toBe(report.pages.reduce((n, p) => n + p.leaks.length, 0));
    // The unmarked gtag's cookies no longer leak (the net keeps it from running); its preload does, if made.
    const fetched = preloadedGtag(pageOf('/unheld-head'));
    expect(report.leakCount).toBe(fetched ? 7 : 6);
    expect(report.summary.caught).toEqual({ elements: 2, requested: fetched ? 1 : 0 });
  });

  it('writes report.json in the shape of SPEC §10, report.html, the draft and the screenshot', () => {
    const json = JSON.parse(readFileSync(join(out, 'report.json'), 'utf8'));
    expect(json).toMatchObject({ url: site.url, leakCount: report.leakCount, scannedAt: expect.any(String) });
    for (const page of json.pages) {
      expect(page).toEqual(
        expect.objectContaining({ url: expect.any(String), leaks: expect.any(Array), cookies: expect.any(Array) }),
      );
      for (const leak of page.leaks) {
        expect(['first', 'reject']).toContain(leak.visit);
        expect(['cookie', 'request']).toContain(leak.kind);
        expect(leak).toEqual(expect.objectContaining({ name: expect.any(String), cause: expect.any(String) }));
      }
      for (const cookie of page.cookies)
        expect(cookie).toEqual(
          expect.objectContaining({
            name: expect.any(String),
            domain: expect.any(String),
            category: expect.any(String),
          }),
        );
    }
    const caught = json.pages.find((p: PageReport) => p.url.endsWith('/inserted')).caught;
    expect(caught[0]).toEqual(
      expect.objectContaining({
        visit: 'first',
        element: expect.stringMatching(/^<script> https:\/\/connect\.facebook\.net/),
        url: expect.any(String),
        service: 'Meta Pixel',
        serviceId: 'meta-pixel',
        category: 'advertising',
      }),
    );
    const html = readFileSync(join(out, 'report.html'), 'utf8');
    expect(html).toContain(`${report.leakCount} leaks`);
    expect(html).toContain('Held by Consentry’s safety net: mark these tags so the browser never fetches them');
    expect(html).toContain(
      `&lt;script type=&quot;text/plain&quot; data-consent=&quot;advertising&quot; src=&quot;https://connect.facebook.net${port()}/en_US/fbevents.js&quot;&gt;`,
    );
    expect(html).toContain('spa_visitor');
    expect(html).toContain('&lt;iframe src&gt; without data-consent');
    // The draft names the catalog's YouTube by its id (SPEC §2).
    expect(loadDraft(join(out, 'consentry.config.js')).config.services).toContain('youtube');
    // And says, beside Google Analytics, the markup that holds the tag the net caught.
    const draft = readFileSync(join(out, 'consentry.config.js'), 'utf8');
    expect(draft).toContain(
      `//   <script type="text/plain" data-consent="analytics" src="https://www.googletagmanager.com${port()}/gtag/js?id=G-LEAK"></script>`,
    );
    expect(existsSync(join(out, 'banner.png'))).toBe(true);
  });
});
