import { categories } from 'consentry-catalog';
import { afterEach, describe, expect, it } from 'vitest';
import { pageCsp } from '../src/dashboard/assets.js';
import { categoriesChart, ratesChart } from '../src/dashboard/charts.js';
import { escapeXml, palettes } from '../src/dashboard/svg.js';
import type { Receipt } from '../src/receipt.js';
import { createRecordsServer, type RecordsServer } from '../src/server.js';
import type { Db } from '../src/store/db.js';
import type { DayStats } from '../src/store/store.js';
import { testDatabases } from './support/databases.js';
import { acceptAll, makeReceipt, rejectAll } from './support/receipts.js';

const token = 'dashboard-test-token';
const [pglite] = testDatabases();
const csp =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' blob:; connect-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

let db: Db | undefined;
let records: RecordsServer | undefined;
afterEach(async () => {
  await records?.close();
  await db?.close();
  records = db = undefined;
});

/** A records server over a fresh database, its clock stopped at `now`. */
async function start(options: { adminToken?: string; now?: Date } = {}) {
  db = await pglite.open();
  const now = options.now ?? new Date();
  records = createRecordsServer({
    db,
    adminToken: 'adminToken' in options ? options.adminToken : token,
    now: () => now,
  });
  await records.ready;
  return records;
}

const get = (path: string, auth: string | null = token) =>
  (records as RecordsServer)(
    new Request(`http://x${path}`, { headers: auth === null ? {} : { authorization: `Bearer ${auth}` } }),
  );

const post = (receipt: Receipt) =>
  (records as RecordsServer)(
    new Request('http://x/consent/receipts', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(receipt),
    }),
  );

/**
 * XML well-formedness, as far as the charts need it: tags nest and close in order, attribute
 * values are quoted, and every `&` in text or attributes starts an entity; no stray `<` or `>`.
 */
function isWellFormed(xml: string): boolean {
  const stack: string[] = [];
  const entity = /&(?!(amp|lt|gt|quot|#\d+);)/;
  const parts = xml.split(/(<[^<>]*>)/);
  for (const [i, part] of parts.entries()) {
    if (i % 2 === 0) {
      if (/[<>]/.test(part) || entity.test(part) || (part.trim() !== '' && stack.length === 0)) return false;
      continue;
    }
    const m = part.match(/^<(\/?)([a-zA-Z][\w:-]*)((?:\s+[\w:-]+="[^"]*")*)\s*(\/?)>$/);
    if (!m || entity.test(m[3])) return false;
    if (m[1]) {
      if (stack.pop() !== m[2]) return false;
    } else if (!m[4]) stack.push(m[2]);
  }
  return stack.length === 0 && parts[0] === '' && parts[parts.length - 1] === '';
}

/** The `<rect>`s of one kind on one day, with their heights and titles. */
const segments = (svg: string, kind: string) =>
  [...svg.matchAll(/<rect ([^>]*)data-kind="(\w+)" data-date="([\d-]+)"[^>]*><title>([^<]*)<\/title><\/rect>/g)]
    .filter((m) => m[2] === kind)
    .map((m) => ({ height: Number(m[1].match(/height="([\d.]+)"/)?.[1]), date: m[3], title: m[4] }));

const day = (overrides: Partial<DayStats> = {}): DayStats => ({
  date: '2026-06-01',
  decisions: 4,
  acceptAll: 3,
  rejectAll: 1,
  custom: 0,
  gpc: 0,
  granted: { necessary: 1, analytics: 0.75 },
  ...overrides,
});

describe('the dashboard page', () => {
  it('serves the page, its script, stylesheet and icon with a strict Content-Security-Policy', async () => {
    await start();
    for (const [path, type] of [
      ['/consent/admin', 'text/html'],
      ['/consent/admin/app.js', 'text/javascript'],
      ['/consent/admin/app.css', 'text/css'],
      ['/consent/admin/icon.svg', 'image/svg+xml'],
      ['/consent/admin/categories.js', 'text/javascript'],
    ]) {
      const response = await get(path, null);
      expect(response.status, path).toBe(200);
      expect(response.headers.get('content-type'), path).toContain(type);
      expect(response.headers.get('content-security-policy'), path).toBe(csp);
      expect(response.headers.get('x-content-type-options'), path).toBe('nosniff');
      expect((await response.text()).length, path).toBeGreaterThan(80);
    }
    expect(pageCsp).toBe(csp);
  });

  it('has no inline script or style, and loads its own files', async () => {
    await start();
    const html = await (await get('/consent/admin', null)).text();
    expect(html).toMatch(/^<!doctype html>\s*<html lang="en">/);
    expect(html).toContain('<script type="module" src="/consent/admin/app.js"></script>');
    expect(html).toContain('<link rel="stylesheet" href="/consent/admin/app.css">');
    expect(html).not.toMatch(/<script(?![^>]*\ssrc=)[^>]*>/);
    expect(html).not.toMatch(/<style|\sstyle=|\son[a-z]+=/i);
  });

  it('writes received data into the page as text only', async () => {
    await start();
    const script = await (await get('/consent/admin/app.js', null)).text();
    expect(script).not.toMatch(/innerHTML|outerHTML|insertAdjacentHTML|document\.write|eval\(|new Function/);
  });

  it("serves its script as one module that imports nothing but the categories' names, and none of the server's libraries", async () => {
    await start();
    const script = await (await get('/consent/admin/app.js', null)).text();
    expect([...script.matchAll(/^\s*import\b[^;]*?from\s*["']([^"']+)["']/gm)].map((m) => m[1])).toEqual([
      './categories.js',
    ]);
    expect(script).not.toMatch(/\bimport\(|valibot|hono|node:|PGlite/);
    // The chart's bounds come from the server's own declaration, bundled.
    expect(script).toMatch(/min:\s*280,\s*max:\s*1600,\s*fallback:\s*720/);
  });

  it("gives the page's script the catalog's names of the built-in categories, and no others", async () => {
    await start();
    const module = await (await get('/consent/admin/categories.js', null)).text();
    const { categoryNames } = (await import(`data:text/javascript,${encodeURIComponent(module)}`)) as {
      categoryNames: Map<string, string>;
    };
    expect(Object.fromEntries(categoryNames)).toEqual({
      necessary: 'Necessary',
      preferences: 'Preferences',
      analytics: 'Analytics',
      advertising: 'Advertising',
      social: 'Social media',
    });
    expect(Object.fromEntries(categoryNames)).toEqual(Object.fromEntries(categories.map((c) => [c.id, c.name])));
    const script = await (await get('/consent/admin/app.js', null)).text();
    expect(script).toMatch(/^import \{ categoryNames \} from ["']\.\/categories\.js["'];$/m);
    expect(script).not.toContain('consentry-catalog');
  });

  it('serves the page even when no admin token is configured, so it can say so', async () => {
    await start({ adminToken: undefined });
    expect((await get('/consent/admin', null)).status).toBe(200);
    const chart = await get('/consent/charts/rates.svg');
    expect(chart.status).toBe(503);
    expect(((await chart.json()) as { error: string }).error).toContain('CONSENTRY_ADMIN_TOKEN');
  });
});

describe('the chart routes', () => {
  it('answer 401 without the token or with a wrong one', async () => {
    await start();
    for (const path of ['/consent/charts/rates.svg', '/consent/charts/categories.svg?days=7']) {
      expect((await get(path, null)).status, path).toBe(401);
      expect((await get(path, 'not-the-token')).status, path).toBe(401);
    }
  });

  it('answer a well-formed SVG image with a title, role img and no caching', async () => {
    await start();
    await post(makeReceipt({ choices: acceptAll }));
    for (const path of ['/consent/charts/rates.svg?days=30', '/consent/charts/categories.svg?days=30']) {
      const response = await get(path);
      expect(response.status, path).toBe(200);
      expect(response.headers.get('content-type'), path).toBe('image/svg+xml; charset=utf-8');
      expect(response.headers.get('cache-control'), path).toBe('no-store');
      expect(response.headers.get('content-security-policy'), path).toContain("default-src 'none'");
      const svg = await response.text();
      expect(svg, path).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" width="720" height="\d+"/);
      expect(svg, path).toContain('role="img"');
      expect(svg, path).toMatch(/<title id="chart-title">[^<]+ the last 30 days<\/title>/);
      expect(isWellFormed(svg), path).toBe(true);
    }
  });

  it('draw a day with 3 accept-all out of 4 decisions as 75%', async () => {
    const now = new Date();
    await start({ now });
    for (const choices of [acceptAll, acceptAll, acceptAll, rejectAll])
      expect((await post(makeReceipt({ choices }))).status).toBe(201);
    const today = now.toISOString().slice(0, 10);

    const rates = await (await get('/consent/charts/rates.svg?days=7')).text();
    const [accept] = segments(rates, 'acceptAll').filter((s) => s.date === today);
    const [reject] = segments(rates, 'rejectAll').filter((s) => s.date === today);
    expect(accept.title).toBe(`${today}: Accept all 75% (3 of 4)`);
    expect(reject.title).toBe(`${today}: Reject all 25% (1 of 4)`);
    expect(segments(rates, 'custom')).toEqual([]);
    expect(accept.height / (accept.height + reject.height)).toBeCloseTo(0.75, 2);
    expect(rates).toContain('<desc id="chart-desc">4 decisions from');
    expect(rates).toContain('75% accept all, 0% custom, 25% reject all.');

    const categories = await (await get('/consent/charts/categories.svg?days=7')).text();
    expect(categories).toContain('<title>Analytics: granted in 75% of decisions (3 of 4)</title>');
    expect(categories).toContain('<title>Necessary: granted in 100% of decisions (4 of 4)</title>');
    expect(categories).toMatch(/>75%<\/text>/);
  });

  it('draws for the width and colour scheme the page asks for', async () => {
    await start();
    const svg = await (await get('/consent/charts/rates.svg?days=7&width=360&theme=dark')).text();
    expect(svg).toMatch(/^<svg [^>]*width="360"/);
    expect(svg).toContain(`fill="${palettes.dark.background}"`);
    expect(svg).toContain('No decisions in the last 7 days');
  });

  it('refuses a query it cannot draw, saying which parameter is wrong', async () => {
    await start();
    for (const [query, field] of [
      ['days=0', 'days'],
      ['days=367', 'days'],
      ['width=10', 'width'],
      ['width=abc', 'width'],
      ['theme=<b>', 'theme'],
    ]) {
      const response = await get(`/consent/charts/rates.svg?${query}`);
      expect(response.status, query).toBe(400);
      expect(((await response.json()) as { error: string }).error, query).toMatch(new RegExp(`^${field} must`));
    }
  });
});

describe('the charts as SVG', () => {
  const options = { width: 720, palette: palettes.light };

  it('escapes every text it draws, even one no receipt could carry', () => {
    const hostile = '<script>alert("x")</script>&amp;\'';
    const svg = categoriesChart([day({ granted: { [hostile]: 0.5, 'a"b': 1 } })], options);
    expect(svg).not.toContain('<script');
    expect(svg).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&amp;amp;&#39;');
    expect(svg).toContain('a&quot;b');
    expect(isWellFormed(svg)).toBe(true);
  });

  it('keeps the SVG well-formed whatever characters a text holds', () => {
    expect(escapeXml('a\u0000b\u001fc\ud800d<&>"\'')).toBe('a\ufffdb\ufffdc\ufffdd&lt;&amp;&gt;&quot;&#39;');
    expect(escapeXml('emoji 😀 and é stay')).toBe('emoji 😀 and é stay');
  });

  it("names a built-in category by the catalog's name and a site's own by its id, keeping ids in data-category", () => {
    const svg = categoriesChart([day({ granted: { necessary: 1, social: 0.5, 'live-chat': 0.25 } })], options);
    const labels = [...svg.matchAll(/<text [^>]*text-anchor="end">([^<]*)<\/text>/g)].map((m) => m[1]);
    expect(labels).toEqual(['Necessary', 'Social media', 'live-chat']);
    expect([...svg.matchAll(/data-category="([^"]*)"/g)].map((m) => m[1])).toEqual([
      'necessary',
      'social',
      'live-chat',
    ]);
    expect(svg).toContain('<title>Social media: granted in 50% of decisions (2 of 4)</title>');
    expect(svg).toContain('<title>live-chat: granted in 25% of decisions (1 of 4)</title>');
    expect(svg).toContain(
      '<desc id="chart-desc">Necessary 100%, Social media 50%, live-chat 25% of 4 decisions.</desc>',
    );
    expect(isWellFormed(svg)).toBe(true);
  });

  it('shortens a long category id on the chart and keeps it whole in its title', () => {
    const id = `c${'x'.repeat(63)}`;
    const svg = categoriesChart([day({ granted: { [id]: 1 } })], { ...options, width: 320 });
    expect(svg).toContain(`<title>${id}: granted in 100% of decisions (4 of 4)</title>`);
    expect(svg).toMatch(/>cx+…<\/text>/);
    expect(isWellFormed(svg)).toBe(true);
  });

  it('stacks each day to its shares and marks a day without decisions', () => {
    const svg = ratesChart(
      [day({ date: '2026-06-01' }), day({ date: '2026-06-02', decisions: 0, acceptAll: 0, rejectAll: 0, granted: {} })],
      options,
    );
    expect(segments(svg, 'acceptAll').map((s) => s.title)).toEqual(['2026-06-01: Accept all 75% (3 of 4)']);
    expect(svg).toContain('<title>2026-06-02: no decisions</title>');
    expect(svg).toContain('>Jun 2</text>');
    expect(isWellFormed(svg)).toBe(true);
  });

  it('says so when a period has no decisions', () => {
    const empty = [day({ decisions: 0, acceptAll: 0, rejectAll: 0, granted: {} })];
    expect(ratesChart(empty, options)).toContain('>No decisions today</text>');
    expect(categoriesChart(empty, options)).toContain('>No decisions today</text>');
  });
});
