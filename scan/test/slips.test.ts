import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeReport } from '../src/report/write.js';
import { scanSite } from '../src/scan.js';
import type { ScanReport } from '../src/types.js';
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

describe('a site with Consentry and one slip per page', () => {
  it('scans every page of the sitemap three times, and reports no leak where the tags are held', () => {
    expect(report.pages.map((p) => new URL(p.url).pathname)).toEqual([
      '/',
      '/unheld-head',
      '/pixel-after-load',
      '/iframe',
      '/inline-cookie',
      '/after-reject',
    ]);
    for (const page of report.pages) expect(page.visits).toEqual(['first', 'reject', 'accept']);
    expect(report.pages.every((p) => p.choices.reject === 'button' && p.choices.accept === 'button')).toBe(true);
    expect(leaksOf(report, '/')).toEqual([]);
    expect(report.consentry.found).toBe(true);
  });

  it('reports an unheld tag in <head> as a <script src> without type="text/plain", with its line', () => {
    const line = lineOf('slips', 'unheld-head.html', 'G-LEAK');
    expect(leaksOf(report, '/unheld-head')).toContainEqual(
      expect.objectContaining({
        visit: 'first',
        kind: 'request',
        name: `www.googletagmanager.com${port()}/gtag/js`,
        service: 'Google Analytics',
        category: 'analytics',
        causeKind: 'html',
        cause: `<script src> in <head> without type="text/plain" (HTML line ${line})`,
        element: expect.stringContaining('gtag/js?id=G-LEAK'),
      }),
    );
    // The tag's cookies leak too, and the report names the tag that set them.
    const cookies = leaksOf(report, '/unheld-head').filter((l) => l.kind === 'cookie');
    expect(cookies.map((l) => l.name).sort()).toEqual(['_ga', '_ga_TEST']);
    expect(cookies.every((l) => l.cause.startsWith(`set by www.googletagmanager.com${port()}/gtag/js`))).toBe(true);
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
    expect(report.leakCount).toBe(9);
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
    const html = readFileSync(join(out, 'report.html'), 'utf8');
    expect(html).toContain('9 leaks');
    expect(html).toContain('spa_visitor');
    expect(html).toContain('&lt;iframe src&gt; without data-consent');
    // The draft names the catalog's YouTube by its id (SPEC §2).
    expect(loadDraft(join(out, 'consentry.config.js')).config.services).toContain('youtube');
    expect(existsSync(join(out, 'banner.png'))).toBe(true);
  });
});
