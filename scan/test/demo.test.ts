import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error: the demo server is plain JavaScript with JSDoc types
import { startDemoServer } from '../../demo/server.mjs';
import { main } from '../src/cli.js';
import type { ScanReport } from '../src/types.js';
import { loadDraft } from './support/draft.js';

let demo: { url: string; close: () => Promise<void> };
let dir: string;
let exitCode: number;
let stdout = '';
let report: ScanReport;

// `npx consentry-scan <demo> --fail-on-leak --json`, run in-process on three pages: home,
// treatments (the held video) and booking (a sensitive page: no ad tags even after Accept all).
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'consentry-scan-demo-'));
  demo = await startDemoServer({ port: 0, host: '127.0.0.1', dataDir: join(dir, 'records'), quiet: true });
  const io = {
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => process.stderr.write(text) },
  };
  exitCode = await main(
    [
      demo.url,
      '--pages',
      '3',
      '--wait',
      '400',
      '--out',
      join(dir, 'out'),
      '--fail-on-leak',
      '--json',
      '--chromium-arg=--host-resolver-rules=MAP * 127.0.0.1',
    ],
    {},
    io,
  );
  report = JSON.parse(readFileSync(join(dir, 'out', 'report.json'), 'utf8'));
});
afterAll(async () => {
  await demo?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('the demo site, scanned', () => {
  it('is clean: no leak on any page, so --fail-on-leak exits 0', () => {
    expect(exitCode).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ url: demo.url, pages: 3, leakCount: 0, leaks: [] });
    expect(report.pages.map((p) => [new URL(p.url).pathname, p.visits.length, p.leaks.length])).toEqual([
      ['/', 3, 0],
      ['/treatments', 3, 0],
      ['/booking', 3, 0],
    ]);
  });

  it("lists the Clarity tag the demo pasted unmarked as held by Consentry's safety net, never requested before a choice", () => {
    const clarity = 'https://www.clarity.ms/tag/abcdefghij';
    for (const page of report.pages) {
      const first = page.caught.filter((c) => c.visit === 'first');
      expect(first, page.url).toEqual([
        expect.objectContaining({
          element: `<script> ${clarity}`,
          service: 'Microsoft Clarity',
          serviceId: 'microsoft-clarity',
          category: 'analytics',
          state: 'auto-held',
          inHtml: false,
          requested: false,
        }),
      ]);
    }
    const summary = JSON.parse(stdout);
    expect(summary.caughtCount).toBe(3);
    expect(summary.caught[0]).toMatchObject({
      element: `<script> ${clarity}`,
      markup: `<script type="text/plain" data-consent="analytics" src="${clarity}"></script>`,
      requested: false,
    });
  });

  it('finds what the stand-ins set after Accept all, classified by the catalog', () => {
    const services = Object.fromEntries(
      report.inventory.categories.map((c) => [c.id, c.services.map((s) => [s.name, s.scripts])]),
    );
    expect(services).toEqual({
      necessary: [['Consentry', []]],
      // Microsoft Clarity, whose loader the demo pastes unmarked, is named in the demo's
      // services; its host does not answer here, so no script of it is seen.
      analytics: [
        ['Google Analytics', ['/stand-in/gtag.js']],
        ['Microsoft Clarity', []],
      ],
      advertising: [['Meta Pixel', ['/stand-in/pixel.js']]],
      social: [['Embedded page /stand-in/video.html', ['/stand-in/video.html']]],
    });
    expect(report.inventory.unknown).toEqual({ cookies: [], requests: [], storage: [] });
  });

  it('drafts a config the widget accepts: catalog services by id, the others in their categories', () => {
    const { config, errors } = loadDraft(join(dir, 'out', 'consentry.config.js'));
    expect(errors).toEqual([]);
    // What the catalog knows, by its id (SPEC §2): the demo's full descriptions give way.
    expect(config.services).toEqual(['consentry', 'google-analytics', 'microsoft-clarity', 'meta-pixel']);
    const categories = config.categories as Record<string, { saleOrShare?: boolean; services: { name: string }[] }>;
    const names = (id: string) => categories[id].services.map((s) => s.name);
    expect(categories.analytics).toBeUndefined();
    // Google Ads is in the demo's config, not on its pages: kept as the config has it.
    expect(names('advertising')).toEqual(['Google Ads']);
    expect(categories.advertising.saleOrShare).toBe(true);
    expect(names('social')).toEqual(['Embedded treatment videos']);
    // The site's own settings are kept; the draft replaces the file the demo loads.
    expect(config).toMatchObject({
      policyUrl: '/privacy',
      logEndpoint: '/consent/receipts',
      sensitivePaths: ['/booking'],
    });
    const source = readFileSync(join(dir, 'out', 'consentry.config.js'), 'utf8');
    expect(source).toContain('set by /stand-in/gtag.js');
    expect(source).toContain('set by /stand-in/pixel.js');
    expect(source).toContain('loads /stand-in/video.html');
  });
});
