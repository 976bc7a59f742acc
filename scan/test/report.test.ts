import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createClassifier } from '../src/classify.js';
import { lifetime, sameLifetime } from '../src/lifetime.js';
import { draftConfig } from '../src/report/draft.js';
import { html } from '../src/report/escape.js';
import { renderHtml } from '../src/report/html.js';
import { siteOf } from '../src/site.js';
import type { ScanReport, ServiceFinding } from '../src/types.js';
import { loadDraft } from './support/draft.js';

/** A report with one leaking cookie whose name and domain a hostile site chose. */
const hostileReport = (name: string): ScanReport => ({
  url: 'https://example.com/',
  scannedAt: '2026-01-02T03:04:05.000Z',
  leakCount: 1,
  tool: { name: 'consentry-scan', version: '0.1.0' },
  durationMs: 1000,
  consentry: { found: false, version: null },
  summary: {
    pages: 1,
    visits: 1,
    leaks: { first: 1, reject: 0 },
    caught: { elements: 1, requested: 0 },
    cookies: 1,
    services: 0,
    unknown: 1,
  },
  pages: [
    {
      url: 'https://example.com/',
      finalUrl: 'https://example.com/',
      title: name,
      status: 200,
      consentry: false,
      visits: ['first'],
      choices: {},
      leaks: [
        {
          visit: 'first',
          kind: 'cookie',
          name,
          cause: `set by ${name}`,
          causeKind: 'script',
          category: 'unknown',
          service: null,
          domain: name,
          count: 1,
        },
      ],
      // A caught script whose URL the site chose.
      caught: [
        {
          visit: 'first',
          element: `<script> https://example.com/${name}`,
          url: `https://example.com/${name}`,
          tag: 'script',
          service: name,
          category: 'analytics',
          state: 'auto-held',
          inHtml: false,
          requested: false,
          markup: `<script type="text/plain" data-consent="analytics" src="https://example.com/${name}"></script>`,
        },
      ],
      cookies: [
        {
          name,
          domain: name,
          category: 'unknown',
          service: null,
          classifiedBy: 'unknown',
          lifetime: 'session',
          thirdParty: false,
          setBy: name,
          visits: ['first'],
        },
      ],
      requests: [],
      storage: [],
    },
  ],
  inventory: {
    categories: [],
    unknown: {
      cookies: [
        {
          name,
          domain: name,
          category: 'unknown',
          service: null,
          classifiedBy: 'unknown',
          lifetime: 'session',
          thirdParty: false,
          setBy: name,
          visits: ['first'],
        },
      ],
      requests: [],
      storage: [],
    },
  },
  declaredConfig: { policyUrl: '/privacy', categories: { analytics: { label: name } } },
  screenshot: null,
  notes: [],
});

describe('report.html', () => {
  it('escapes every value from the site', () => {
    const page = renderHtml(hostileReport('<img src=x onerror=alert(1)>'));
    expect(page).not.toContain('<img src=x');
    expect(page).toContain('&lt;img src=x onerror=alert(1)&gt;');
    // The safety net's section too, markup and all.
    expect(page).toContain('<section id="caught">');
    expect(page).not.toContain('<script type="text/plain"');
    expect(page).toContain('&lt;script type=&quot;text/plain&quot; data-consent=&quot;analytics&quot;');
  });

  it('builds markup whose interpolations are text unless built by html itself', () => {
    expect(html`<b>${'<i>'}</b>${html`<i>ok</i>`}${['&', null, false]}`.__html).toBe('<b>&lt;i&gt;</b><i>ok</i>&amp;');
  });
});

describe('the consentry.config.js draft', () => {
  it('keeps a hostile name inside its string and its comment', () => {
    const name = "x'; alert(1); //\n*/ alert(2) /*\u2028";
    const draft = draftConfig(hostileReport(name));
    const window: { consentryConfig?: { categories: { analytics: { label: string } } } } = {};
    new Function('window', draft)(window);
    expect(window.consentryConfig?.categories.analytics.label).toBe(name);
    // Every comment line is one line: the name cannot end it and run as code.
    expect(
      draft
        .split('\n')
        .filter((line) => line.includes('alert(2)'))
        .every((line) => /^\s*\/\/|^\s*label:/.test(line)),
    ).toBe(true);
  });
});

/** A service the scan found on the home page, with `cookies` seen as `[name, lifetime, documented]`. */
const finding = (
  fields: Pick<ServiceFinding, 'name' | 'category' | 'classifiedBy'> & { id?: string },
  cookies: [string, string, string?][] = [],
): ServiceFinding => ({
  ...fields,
  cookies: cookies.map(([name, lifetime, duration]) => ({
    name,
    domain: 'example.com',
    lifetime,
    ...(duration ? { duration } : {}),
    seen: [name],
    setBy: ['/tag.js'],
  })),
  hosts: [],
  scripts: [],
  storage: [],
  pages: ['https://example.com/'],
  leaks: 0,
  caught: [],
});

/** A report whose inventory holds `services` by category, from a site with `declaredConfig`. */
const reportWith = (services: ServiceFinding[], declaredConfig: Record<string, unknown> | null): ScanReport => ({
  ...hostileReport('x'),
  inventory: {
    categories: ['necessary', 'analytics', 'advertising', 'social'].map((id) => ({
      id,
      services: services.filter((s) => s.category === id),
    })),
    unknown: { cookies: [], requests: [], storage: [] },
  },
  declaredConfig,
});

/** The draft as a page runs it, with the errors the widget's parser finds in it. */
function runDraft(report: ScanReport) {
  const file = join(mkdtempSync(join(tmpdir(), 'consentry-draft-')), 'consentry.config.js');
  writeFileSync(file, draftConfig(report));
  return { ...loadDraft(file), source: draftConfig(report) };
}

describe('the draft names services by id', () => {
  const ga = finding(
    { id: 'google-analytics', name: 'Google Analytics', category: 'analytics', classifiedBy: 'catalog' },
    [['_ga', '13 months', '2 years']],
  );
  const pixel = finding({ id: 'meta-pixel', name: 'Meta Pixel', category: 'advertising', classifiedBy: 'catalog' });
  const own = finding({ name: 'Script /js/stats.js', category: 'analytics', classifiedBy: 'markup' }, [
    ['stats_id', '1 year'],
  ]);

  it('lists the catalog services it found in `services`, and describes in full only what the catalog does not know', () => {
    const { config, errors, source } = runDraft(reportWith([ga, pixel, own], { policyUrl: '/privacy' }));
    expect(errors).toEqual([]);
    expect(config.services).toEqual(['google-analytics', 'meta-pixel']);
    expect(config.categories).toEqual({
      analytics: { services: [{ name: 'Script /js/stats.js', cookies: [{ name: 'stats_id', duration: '1 year' }] }] },
    });
    expect(config.policyUrl).toBe('/privacy');
    // A lifetime the site sets otherwise than the catalog says is pointed out.
    expect(source).toContain('The site sets _ga for 13 months (the catalog: 2 years)');
  });

  it("keeps a service in the category the site's config gives it, by its id there", () => {
    const { config, errors, source } = runDraft(
      reportWith([ga], { categories: { necessary: { label: 'Essential', services: ['google-analytics'] } } }),
    );
    expect(errors).toEqual([]);
    expect(config.services).toEqual([]);
    expect(config.categories).toEqual({ necessary: { label: 'Essential', services: ['google-analytics'] } });
    expect(source).toContain('Your config had it under necessary.');
  });

  it('replaces a full description of a catalog service by its id, and keeps by id what the scan did not see', () => {
    const { config, errors } = runDraft(
      reportWith([ga], {
        services: ['youtube'],
        categories: { analytics: { services: [{ name: 'Google Analytics', cookies: [{ name: '_ga' }] }] } },
      }),
    );
    expect(errors).toEqual([]);
    expect(config.services).toEqual(['google-analytics', 'youtube']);
    expect(config.categories).toEqual({});
  });
});

describe('classifying', () => {
  it('never guesses necessary: an unknown cookie stays unknown', () => {
    const classify = createClassifier(null, []);
    expect(classify.cookie('session_token', 'example.com', null, false)).toMatchObject({
      category: 'unknown',
      service: null,
    });
    expect(classify.cookie('PHPSESSID', 'example.com', null, false)).toMatchObject({ category: 'necessary' });
  });

  it("takes the site's own declaration for a cookie the catalog does not know, and flags one it contradicts", () => {
    const config = {
      categories: {
        preferences: { services: [{ name: 'Language', cookies: [{ name: 'lang_*' }] }] },
        necessary: { services: [{ name: 'Stats', cookies: [{ name: '_ga' }] }] },
      },
    };
    const classify = createClassifier(config, []);
    expect(classify.cookie('lang_en', 'example.com', null, false)).toMatchObject({
      category: 'preferences',
      classifiedBy: 'config',
    });
    expect(classify.cookie('_ga', 'example.com', null, false)).toMatchObject({
      category: 'analytics',
      declaredCategory: 'necessary',
    });
  });

  it('reads the services a config names by catalog id, in the category it places them', () => {
    const classify = createClassifier(
      { services: ['hotjar'], categories: { necessary: { services: ['google-analytics'] } } },
      [],
    );
    expect(classify.cookie('_ga', 'example.com', null, false)).toMatchObject({
      category: 'analytics',
      declaredCategory: 'necessary',
    });
    expect(classify.cookie('_hjSessionUser_1', 'example.com', null, false).declaredCategory).toBeUndefined();
  });

  it('classifies a first-party request by the data-consent of the element that loads it', () => {
    const classify = createClassifier(null, [
      { tag: 'script', url: 'https://example.com/tag.js', consent: 'analytics', hasSrc: false },
    ]);
    expect(classify.request('https://example.com/tag.js')).toMatchObject({
      category: 'analytics',
      classifiedBy: 'markup',
    });
  });
});

describe('small helpers', () => {
  it('says a cookie lifetime in words', () => {
    const now = Date.UTC(2026, 0, 1);
    const at = (days: number) => now / 1000 + days * 86400;
    expect(lifetime(-1, now)).toBe('session');
    expect(lifetime(at(90), now)).toBe('90 days');
    expect(lifetime(at(180), now)).toBe('6 months');
    expect(lifetime(at(365), now)).toBe('1 year');
    expect(lifetime(at(395), now)).toBe('13 months');
    expect(lifetime(at(730), now)).toBe('2 years');
    expect(lifetime(now / 1000 + 1800, now)).toBe('30 minutes');
  });

  it('tells lifetimes in different words apart only when they differ', () => {
    expect(sameLifetime('180 days', '6 months')).toBe(true);
    expect(sameLifetime('13 months', '2 years')).toBe(false);
    expect(sameLifetime('session', 'session')).toBe(true);
    expect(sameLifetime('session or 14 days', '14 days')).toBe(false);
  });

  it('draws the site line as browsers do', () => {
    expect(siteOf('www.example.co.uk')).toBe('example.co.uk');
    expect(siteOf('.youtube.com')).toBe('youtube.com');
    expect(siteOf('127.0.0.1')).toBe('127.0.0.1');
    expect(siteOf('localhost')).toBe('localhost');
  });
});
