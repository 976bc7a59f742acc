import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scanSite } from '../src/scan.js';
import type { ScanReport } from '../src/types.js';
import { type FixtureSite, startFixtureSite } from './fixtures/server.mjs';
import { leaksOf, lineOf, outDir } from './support/fixtures.js';

let site: FixtureSite;
let report: ScanReport;
let out: string;

beforeAll(async () => {
  site = await startFixtureSite('plain');
  out = outDir('plain');
  // More workers than visits left after the start page: each idle one must be woken when the
  // last visit ends, or the scan never returns.
  report = await scanSite({ url: site.url, out, wait: 400, parallel: 3, chromiumArgs: site.chromiumArgs });
});
afterAll(async () => {
  await site?.close();
  rmSync(out, { recursive: true, force: true });
});

describe('a site without Consentry', () => {
  it('gets its first visit only, on each page it links to, and says so', () => {
    expect(report.pages.map((p) => [new URL(p.url).pathname, p.visits, p.consentry])).toEqual([
      ['/', ['first'], false],
      ['/about', ['first'], false],
    ]);
    expect(report.consentry.found).toBe(false);
    expect(report.notes.join(' ')).toContain('No Consentry banner was found');
  });

  it('reports every tracker it loads as a leak, with its cause', () => {
    const tp = `:${site.thirdPartyPort}`;
    const leaks = leaksOf(report, '/').map((l) => [l.kind, l.name, l.service, l.cause]);
    expect(leaks).toEqual(
      expect.arrayContaining([
        [
          'request',
          `www.googletagmanager.com${tp}/gtag/js`,
          'Google Analytics',
          `<script src> in <head> without type="text/plain" (HTML line ${lineOf('plain', 'index.html', 'G-PLAIN')})`,
        ],
        [
          'request',
          `connect.facebook.net${tp}/en_US/fbevents.js`,
          'Meta Pixel',
          `<script src> in <head> without type="text/plain" (HTML line ${lineOf('plain', 'index.html', 'fbevents')})`,
        ],
        [
          'request',
          `www.facebook.com${tp}/tr`,
          'Meta Pixel',
          `an image (pixel) requested by connect.facebook.net${tp}/en_US/fbevents.js (line 4)`,
        ],
        [
          'request',
          `www.youtube.com${tp}/embed/plain`,
          'YouTube',
          `<iframe src> without data-consent (HTML line ${lineOf('plain', 'index.html', '/embed/plain')})`,
        ],
        ['cookie', '_ga', 'Google Analytics', `set by www.googletagmanager.com${tp}/gtag/js (line 5)`],
        ['cookie', '_fbp', 'Meta Pixel', `set by connect.facebook.net${tp}/en_US/fbevents.js (line 3)`],
      ]),
    );
    expect(leaksOf(report, '/about').map((l) => l.name)).toEqual([
      `www.googletagmanager.com${tp}/gtag/js`,
      '_ga',
      '_ga_TEST',
    ]);
    expect(report.pages.flatMap((p) => p.leaks).every((l) => l.visit === 'first')).toBe(true);
  });
});
