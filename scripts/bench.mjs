#!/usr/bin/env node
/**
 * `npm run bench`: what a consent widget costs the page that embeds it, in headless Chromium.
 * The same plain page (a heading and 50 paragraphs) with no script, with an empty script in
 * Consentry's place, with Consentry, and with the peers people use instead, each holding the
 * same local analytics and ad stand-ins. Fresh browser contexts, interleaved round by round
 * (drift on the machine hits every contender alike), unthrottled and at 4× CPU, first visit
 * and returning visit. Prints the figures, checks issue 12's targets for Consentry and writes
 * docs/benchmarks.md. A benchmark, not a test: run it by hand (`BENCH_ROUNDS`, default 25).
 *
 * It measures whatever dist/ holds (a copy taken at start, so a rebuild during the run does
 * not reach it), knowing only the script tag's file, `dist/consentry.js`, and the banner's
 * hooks: the `#consentry` shadow root, `[data-part="banner"]`, `[data-action="accept-all"]`.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { loadavg, tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';
import { launchChromium } from './chromium.mjs';

const root = new URL('..', import.meta.url).pathname;
const rounds = Number(process.env.BENCH_ROUNDS ?? 25);
const throttles = [1, 4];
const visits = ['first', 'returning'];
/** How long a page is left to run after `load` before it is read: the banner and late work. */
const settleMs = (throttle) => 1200 * Math.sqrt(throttle);
const version = (dir) => JSON.parse(readFileSync(join(root, dir, 'package.json'), 'utf8')).version;

// ---- the page ---------------------------------------------------------------------------

const paragraph =
  '<p>Facials, microdermabrasion and gentle peels, booked online or by phone. Our team takes the time to talk through what your skin needs before any treatment starts.</p>';
const content = `<main><h1>Spring skin care</h1>${paragraph.repeat(50)}</main>`;
const mark = (name) => `<script>performance.mark('${name}')</script>`;

/**
 * A contender's page: its stylesheets (`head`), its own markup (`tag`, in `<head>` or at the
 * end of `<body>` as its docs recommend) between two marks, and the tags it holds (`held`).
 * Every page has the marks, the page with no script too, so their cost is alike for all.
 */
function pageOf({ head = '', tag = '', held = '', place = 'head' }) {
  const marked = `${mark('tag:start')}${tag}${mark('tag:end')}`;
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Bench</title>${head}${place === 'head' ? marked : ''}${held}</head><body>${content}${place === 'body' ? marked : ''}</body></html>`;
}

/** The files a contender's tag makes the parser wait for: `<script src>` without defer or async. */
const blockingSources = (tag) =>
  [...tag.matchAll(/<script\b([^>]*)>/g)]
    .map(([, attrs]) => (/\b(defer|async)\b/.test(attrs) ? null : /\bsrc="([^"]+)"/.exec(attrs)?.[1]))
    .filter(Boolean);

// ---- the contenders -----------------------------------------------------------------------

const heldByConsentry = `<script type="text/plain" data-consent="analytics" src="/stand-in/analytics.js"></script>
      <script type="text/plain" data-consent="advertising" src="/stand-in/ads.js"></script>`;
const inShadow = (selector) => `(() => document.getElementById('consentry')?.shadowRoot?.querySelector('${selector}'))`;
const vanillaRun = `CookieConsent.run({ hideFromBots: false, categories: { necessary: { readOnly: true, enabled: true }, analytics: {}, ads: {} },
        language: { default: 'en', translations: { en: {
          consentModal: { title: 'Your privacy choices', description: 'We use cookies for statistics and advertising.', acceptAllBtn: 'Accept all', acceptNecessaryBtn: 'Reject all', showPreferencesBtn: 'Customize' },
          preferencesModal: { title: 'Cookie preferences', acceptAllBtn: 'Accept all', acceptNecessaryBtn: 'Reject all', savePreferencesBtn: 'Save choices',
            sections: [{ title: 'Necessary', linkedCategory: 'necessary' }, { title: 'Analytics', linkedCategory: 'analytics' }, { title: 'Advertising', linkedCategory: 'ads' }] } } } } });`;
const tarteaucitronInit = `tarteaucitron.init({ privacyUrl: '/privacy', orientation: 'bottom', showAlertSmall: false, cookieslist: false, highPrivacy: true, AcceptAllCta: true, DenyAllCta: true, useExternalCss: false, useExternalJs: false });
        tarteaucitron.services.benchanalytics = { key: 'benchanalytics', type: 'analytic', name: 'Analytics', needConsent: true, cookies: [], uri: '/privacy', readmoreLink: '', js: function () { tarteaucitron.addScript('/stand-in/analytics.js'); } };
        tarteaucitron.services.benchads = { key: 'benchads', type: 'ads', name: 'Ads', needConsent: true, cookies: [], uri: '/privacy', readmoreLink: '', js: function () { tarteaucitron.addScript('/stand-in/ads.js'); } };
        (tarteaucitron.job = tarteaucitron.job || []).push('benchanalytics', 'benchads');`;
// Osano's widget records a choice but holds nothing: the page loads its tags itself.
const osanoInit = `function loadTags() { for (const src of ['/stand-in/analytics.js', '/stand-in/ads.js']) { const s = document.createElement('script'); s.src = src; document.head.append(s); } }
        window.cookieconsent.initialise({ type: 'opt-in', onInitialise: function () { if (this.hasConsented()) loadTags(); },
          onStatusChange: function () { if (this.hasConsented()) loadTags(); } });`;

/** Each contender: its page parts (see `pageOf`), how to find its banner and its "Accept all". */
const contenders = {
  none: { label: 'no script' },
  empty: {
    label: 'empty script',
    tag: '<script src="/bench/empty.js" data-policy-url="/privacy"></script>',
    held: heldByConsentry,
  },
  consentry: {
    label: `Consentry ${version('.')}`,
    tag: '<script src="/dist/consentry.js" data-policy-url="/privacy"></script>',
    held: heldByConsentry,
    banner: inShadow('[data-part="banner"]'),
    accept: inShadow('[data-part="banner"] [data-action="accept-all"]'),
  },
  'vanilla-cookieconsent': {
    label: `vanilla-cookieconsent ${version('node_modules/vanilla-cookieconsent')}`,
    head: '<link rel="stylesheet" href="/peers/vanilla-cookieconsent/dist/cookieconsent.css">',
    held: `<script type="text/plain" data-category="analytics" src="/stand-in/analytics.js"></script>
      <script type="text/plain" data-category="ads" src="/stand-in/ads.js"></script>`,
    tag: `<script src="/peers/vanilla-cookieconsent/dist/cookieconsent.umd.js"></script><script>${vanillaRun}</script>`,
    place: 'body',
    banner: `(() => document.querySelector('#cc-main .cm'))`,
    accept: `(() => document.querySelector('#cc-main .cm [data-role="all"]'))`,
  },
  klaro: {
    label: `Klaro ${version('node_modules/klaro')}`,
    tag: `<script>window.klaroConfig = { acceptAll: true, services: [
        { name: 'analytics', title: 'Analytics', purposes: ['analytics'] }, { name: 'ads', title: 'Advertising', purposes: ['marketing'] }] };</script>
      <script defer src="/peers/klaro/dist/klaro.js"></script>`,
    held: `<script type="text/plain" data-type="text/javascript" data-name="analytics" data-src="/stand-in/analytics.js"></script>
      <script type="text/plain" data-type="text/javascript" data-name="ads" data-src="/stand-in/ads.js"></script>`,
    banner: `(() => document.querySelector('.klaro .cookie-notice:not(.cookie-notice-hidden), .klaro .cookie-modal'))`,
    accept: `(() => document.querySelector('.klaro .cookie-notice .cm-btn-success'))`,
  },
  tarteaucitronjs: {
    label: `tarteaucitron.js ${version('node_modules/tarteaucitronjs')}`,
    tag: `<script src="/peers/tarteaucitronjs/tarteaucitron.min.js"></script><script>${tarteaucitronInit}</script>`,
    banner: `(() => { const el = document.getElementById('tarteaucitronAlertBig'); return el && getComputedStyle(el).display !== 'none' ? el : null; })`,
    accept: `(() => document.getElementById('tarteaucitronPersonalize2'))`,
  },
  cookieconsent: {
    label: `Osano cookieconsent ${version('node_modules/cookieconsent')}`,
    head: '<link rel="stylesheet" href="/peers/cookieconsent/build/cookieconsent.min.css">',
    tag: `<script src="/peers/cookieconsent/build/cookieconsent.min.js"></script><script>${osanoInit}</script>`,
    place: 'body',
    banner: `(() => document.querySelector('.cc-window:not(.cc-invisible)'))`,
    accept: `(() => document.querySelector('.cc-window .cc-allow'))`,
  },
};
// BENCH_BASELINE=<a dist/ directory>: that build runs beside this one, as a contender of its
// own served from /baseline/, so a change is measured before/after in one run.
const baseline = process.env.BENCH_BASELINE;
if (baseline)
  contenders['consentry-baseline'] = {
    ...contenders.consentry,
    label: `Consentry, baseline build (${baseline})`,
    tag: '<script src="/baseline/consentry.js" data-policy-url="/privacy"></script>',
  };
// BENCH_ONLY=none,empty,consentry,…: those contenders only, for a quick look during work (the
// targets that compare with peers then say so); the full run is the one that counts.
const only = process.env.BENCH_ONLY?.split(',');
for (const name of Object.keys(contenders)) if (only && !only.includes(name)) delete contenders[name];
const names = Object.keys(contenders);
const peers = names.filter((name) => !['none', 'empty', 'consentry', 'consentry-baseline'].includes(name));
// Consentry without its safety net, for the insertion figure only (not a contender).
const withoutNet = {
  ...contenders.consentry,
  tag: '<script>window.consentryConfig = { autoHold: false };</script><script src="/dist/consentry.js" data-policy-url="/privacy"></script>',
};
for (const contender of [...Object.values(contenders), withoutNet]) {
  contender.html = pageOf(contender);
  contender.sources = blockingSources(contender.tag ?? '');
}

// ---- the files and the server ---------------------------------------------------------------

/**
 * A copy of dist/ (or of the build `BENCH_DIST` names, to compare two builds) to serve for the
 * whole run: the build may be redone while the bench runs.
 */
function snapshotDist(from = process.env.BENCH_DIST ?? join(root, 'dist')) {
  if (!existsSync(join(from, 'consentry.js'))) throw new Error(`${from}/consentry.js is missing: build first.`);
  const copy = mkdtempSync(join(tmpdir(), 'consentry-bench-'));
  cpSync(from, copy, { recursive: true });
  return copy;
}

/** The file behind a widget path (`/dist/…` from the copy, `/peers/…` from node_modules), or null. */
function fileFor(path, dist) {
  const [base, rest] = path.startsWith('/dist/')
    ? [dist, path.slice(6)]
    : path.startsWith('/peers/')
      ? [join(root, 'node_modules'), path.slice(7)]
      : baseline && path.startsWith('/baseline/')
        ? [baseline, path.slice(10)]
        : [null, null];
  const file = base && normalize(join(base, rest));
  return file?.startsWith(base) && existsSync(file) ? file : null;
}

const brotliSizes = new Map();
/** The brotli (quality 11) size of a file, as a CDN would serve it. */
function brotliSize(file) {
  if (!brotliSizes.has(file)) {
    const params = { [constants.BROTLI_PARAM_QUALITY]: 11 };
    brotliSizes.set(file, brotliCompressSync(readFileSync(file), { params }).length);
  }
  return brotliSizes.get(file);
}

const mime = { '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json' };
const standIn = (name) => `(window.__ran = window.__ran || []).push('${name}');`;

/** Answers one request: a page, a stand-in, the empty script or a widget file; nothing is cached. */
function respond(req, res, dist) {
  const path = new URL(req.url, 'http://x').pathname;
  const send = (type, body) => {
    res.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' });
    res.end(body);
  };
  if (path === '/page/consentry-without-net') return send('text/html; charset=utf-8', withoutNet.html);
  if (path.startsWith('/page/')) return send('text/html; charset=utf-8', contenders[path.slice(6)]?.html ?? '');
  if (path.startsWith('/stand-in/')) return send('text/javascript', standIn(path.slice(10, -3)));
  if (path === '/bench/empty.js') return send('text/javascript', '');
  const file = fileFor(path, dist);
  if (file) return send(mime[extname(file)] ?? 'application/octet-stream', readFileSync(file));
  res.writeHead(404);
  res.end();
}

/** Starts the page server on a free port of 127.0.0.1: the site's origin, its dist/ copy, and a way to stop it. */
async function startServer(dist) {
  const server = createServer((req, res) => respond(req, res, dist));
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { origin: `http://127.0.0.1:${server.address().port}`, dist, close: () => server.close() };
}

// ---- one visit --------------------------------------------------------------------------------

/** Installed before any page script: the first frame in which the banner is visible. */
const probe = (bannerFinder) => `
  window.__bench = { banner: null };
  const find = ${bannerFinder ?? '() => null'};
  const visible = (el) => { if (!el) return false; const r = el.getBoundingClientRect(); const s = getComputedStyle(el);
    return r.width > 0 && r.height > 0 && s.visibility !== 'hidden' && s.display !== 'none' && Number(s.opacity) > 0; };
  // The probe stops a second after load on every page (with a banner or without, like the
  // page with no script), so its own cost is alike for all and cancels out of the Δ figures.
  addEventListener('load', () => { __bench.loaded = performance.now(); });
  const done = () => __bench.loaded !== undefined && performance.now() > __bench.loaded + 1000;
  const tick = () => { if (visible(find())) { __bench.banner = performance.now(); return; } if (!done()) requestAnimationFrame(tick); };
  requestAnimationFrame(tick);
`;

/** Starts a Chromium trace of script evaluation and user timing; the result resolves to its events. */
async function startTrace(cdp) {
  const events = [];
  cdp.on('Tracing.dataCollected', ({ value }) => events.push(...value));
  const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.start', {
    traceConfig: { includedCategories: ['devtools.timeline', 'blink.user_timing'] },
    transferMode: 'ReportEvents',
  });
  return async () => {
    await cdp.send('Tracing.end');
    await complete;
    return events;
  };
}

/**
 * The synchronous cost of the tag: main-thread time Chromium's trace records as `EvaluateScript`
 * (compiling on the main thread, running, the microtasks and any style or layout it forces) for
 * the tag's own files and inline scripts, between the two marks. Downloads and work the tag
 * leaves for later (deferred, async, timers) are outside it.
 */
function syncCost(events, sourceUrls, pageUrl) {
  const markAt = (name) => events.find((e) => e.name === name && e.cat.includes('blink.user_timing'));
  const start = markAt('tag:start');
  const end = markAt('tag:end');
  if (!start || !end) return null;
  const ours = (url) => url === pageUrl || sourceUrls.includes(url);
  const evaluations = events
    .filter((e) => e.name === 'EvaluateScript' && e.tid === start.tid && ours(e.args?.data?.url))
    .filter((e) => e.ts >= start.ts && e.ts + e.dur <= end.ts)
    .sort((a, b) => a.ts - b.ts);
  let total = 0;
  let until = -1;
  for (const e of evaluations) {
    if (e.ts >= until) total += e.dur; // one nested in another is counted once
    until = Math.max(until, e.ts + e.dur);
  }
  return total / 1000;
}

/** What the page knows: paint, banner, the stand-ins that ran, the parser's wait at the tag. */
function readPage(tab, sourceUrls) {
  return tab.evaluate((urls) => {
    const at = (name) => performance.getEntriesByName(name)[0]?.startTime ?? null;
    const start = at('tag:start');
    const end = at('tag:end');
    // Parser blocked at the tag, its download excluded: from the later of the start mark and
    // the last byte of the tag's files, to the end mark.
    const arrived = performance
      .getEntriesByType('resource')
      .filter((e) => urls.includes(e.name))
      .map((e) => e.responseEnd);
    const ready = Math.min(end, Math.max(start, ...arrived));
    return {
      fcp: at('first-contentful-paint'),
      banner: window.__bench.banner,
      blocked: start === null || end === null ? null : end - ready,
      ran: window.__ran ?? [],
    };
  }, sourceUrls);
}

/** One measured page load in `context` from `site` ({ origin, dist }); the tab stays open for the caller. */
async function visit(context, name, throttle, { origin, dist }) {
  const contender = contenders[name];
  const tab = await context.newPage();
  const cdp = await context.newCDPSession(tab);
  await cdp.send('Performance.enable');
  if (throttle > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
  await tab.addInitScript(probe(contender.banner));
  const paths = [];
  const errors = [];
  tab.on('request', (request) => paths.push(new URL(request.url()).pathname));
  tab.on('pageerror', (error) => errors.push(error.message));
  tab.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  const stopTrace = await startTrace(cdp);
  const pageUrl = `${origin}/page/${name}`;
  await tab.goto(pageUrl, { waitUntil: 'load' });
  await tab.waitForTimeout(settleMs(throttle));
  const events = await stopTrace();
  const { metrics } = await cdp.send('Performance.getMetrics');
  const sourceUrls = contender.sources.map((src) => origin + src);
  return {
    tab,
    sample: {
      ...(await readPage(tab, sourceUrls)),
      sync: syncCost(events, sourceUrls, pageUrl),
      script: metrics.find((m) => m.name === 'ScriptDuration').value * 1000,
      ...fetched(paths, dist),
      errors,
    },
  };
}

/** The widget's own files among the paths a page requested: count and brotli bytes. */
function fetched(paths, dist) {
  const files = paths.filter(
    (p) => p === '/bench/empty.js' || p.startsWith('/dist/') || p.startsWith('/peers/') || p.startsWith('/baseline/'),
  );
  const bytes = files.map((p) => fileFor(p, dist)).reduce((sum, f) => sum + (f ? brotliSize(f) : 0), 0);
  return { requests: files.length, bytes };
}

/** A fresh context: a first visit, a click on "Accept all", then a returning visit. */
async function runCase(browser, name, throttle, site) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const first = await visit(context, name, throttle, site);
  const accept = contenders[name].accept;
  if (accept) await first.tab.evaluate(`(${accept})()?.click()`);
  await first.tab.waitForTimeout(300);
  await first.tab.close();
  const again = await visit(context, name, throttle, site);
  await context.close();
  return { first: first.sample, returning: again.sample };
}

// ---- the runs ---------------------------------------------------------------------------------

/** Every round runs every contender at every throttle, starting one further along each time. */
async function runAll(browser, site) {
  const results = {}; // results[throttle][visit][name] = samples
  for (const throttle of throttles) {
    results[throttle] = Object.fromEntries(visits.map((v) => [v, Object.fromEntries(names.map((n) => [n, []]))]));
  }
  for (const name of names) await runCase(browser, name, 1, site); // warm-up, not counted
  for (let round = 0; round < rounds; round++) {
    const order = names.map((_, i) => names[(i + round) % names.length]);
    for (const throttle of throttles) {
      for (const name of order) {
        const samples = await runCase(browser, name, throttle, site);
        for (const v of visits) results[throttle][v][name].push(samples[v]);
      }
    }
    process.stdout.write(`round ${round + 1}/${rounds}\n`);
  }
  return results;
}

/**
 * A page inserting 10,000 elements after load, in 100 batches: the main-thread time of the
 * insertions themselves (where the safety net's wrapped DOM methods run) and of the
 * MutationObserver callbacks (the gate's), on `page` (`consentry`, or `consentry-without-net`).
 */
async function insertionCost(browser, origin, throttle, page) {
  const context = await browser.newContext();
  const tab = await context.newPage();
  const cdp = await context.newCDPSession(tab);
  if (throttle > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
  await tab.addInitScript(() => {
    const Native = window.MutationObserver;
    window.__observerMs = 0;
    window.MutationObserver = class extends Native {
      constructor(callback) {
        super((records, observer) => {
          const start = performance.now();
          callback(records, observer);
          window.__observerMs += performance.now() - start;
        });
      }
    };
  });
  await tab.goto(`${origin}/page/${page}`, { waitUntil: 'load' });
  await tab.waitForTimeout(settleMs(throttle));
  const cost = await tab.evaluate(async () => {
    window.__observerMs = 0;
    let insertMs = 0;
    const list = document.body.appendChild(document.createElement('div'));
    for (let i = 0; i < 100; i++) {
      const start = performance.now();
      const batch = document.createDocumentFragment();
      for (let j = 0; j < 100; j++)
        batch.append(Object.assign(document.createElement('div'), { textContent: `row ${i * 100 + j}` }));
      list.append(batch);
      insertMs += performance.now() - start;
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
    return { insertMs, observerMs: window.__observerMs };
  });
  await context.close();
  return cost.insertMs + cost.observerMs;
}

const insertionRuns = Number(process.env.BENCH_INSERTION_RUNS ?? 15);

/** The insertion figure, `insertionRuns` of each page interleaved per throttle: `{ [throttle]: { net: [], withoutNet: [] } }`. */
async function insertionCosts(browser, origin) {
  const costs = Object.fromEntries(throttles.map((t) => [t, { net: [], withoutNet: [] }]));
  for (let i = 0; i < insertionRuns; i++)
    for (const t of throttles) {
      costs[t].net.push(await insertionCost(browser, origin, t, 'consentry'));
      costs[t].withoutNet.push(await insertionCost(browser, origin, t, 'consentry-without-net'));
    }
  return costs;
}

// ---- statistics -------------------------------------------------------------------------------

const present = (xs) => xs.filter((x) => typeof x === 'number' && !Number.isNaN(x));

/** The q-quantile of the numbers among xs (linear between ranks), or null when there are none. */
function quantile(xs, q) {
  const s = present(xs).sort((a, b) => a - b);
  if (!s.length) return null;
  const at = (s.length - 1) * q;
  const low = Math.floor(at);
  return s[low] + (s[Math.min(low + 1, s.length - 1)] - s[low]) * (at - low);
}
const median = (xs) => quantile(xs, 0.5);
const difference = (a, b) => (a === null || b === null ? null : a - b);
/** Whether a figure was measured and is at most `limit`. */
const atMost = (x, limit) => typeof x === 'number' && x <= limit;

/** A 95 % bootstrap interval for median(a) − median(b) (seeded, so a run reads the same twice). */
function medianDifferenceInterval(a, b, draws = 2000) {
  const [x, y] = [present(a), present(b)];
  if (!x.length || !y.length) return null;
  let seed = 12;
  const random = () => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return seed / 2 ** 31;
  };
  const resample = (xs) => xs.map(() => xs[Math.floor(random() * xs.length)]);
  const diffs = Array.from({ length: draws }, () => median(resample(x)) - median(resample(y)));
  return [quantile(diffs, 0.025), quantile(diffs, 0.975)];
}

// ---- the figures --------------------------------------------------------------------------------

/** The medians of one contender in one case, with its first-paint delays against the baselines. */
function figuresOf(samples, baseline) {
  const of = (key, from = samples) => from.map((s) => s[key]);
  const fcp = median(of('fcp'));
  return {
    fcp,
    fcpQuartiles: [quantile(of('fcp'), 0.25), quantile(of('fcp'), 0.75)],
    vsNone: difference(fcp, median(of('fcp', baseline.none))),
    vsEmpty: difference(fcp, median(of('fcp', baseline.empty))),
    vsEmptyInterval: medianDifferenceInterval(of('fcp'), of('fcp', baseline.empty)),
    sync: median(of('sync')),
    blocked: median(of('blocked')),
    banner: median(of('banner')),
    gap: median(samples.map((s) => difference(s.banner, s.fcp))),
    dScript: difference(median(of('script')), median(of('script', baseline.none))),
    bytes: median(of('bytes')),
    requests: median(of('requests')),
    ran: samples.filter((s) => s.ran.length > 0).length,
    errors: [...new Set(samples.flatMap((s) => s.errors))],
    count: samples.length,
  };
}

/** figures[throttle][visit][name], from results of the same shape. */
function summarize(results) {
  const figures = {};
  for (const throttle of throttles) {
    figures[throttle] = {};
    for (const v of visits) {
      const rows = results[throttle][v];
      figures[throttle][v] = Object.fromEntries(names.map((n) => [n, figuresOf(rows[n], rows)]));
    }
  }
  return figures;
}

// ---- the report ---------------------------------------------------------------------------------

const ms = (x, digits = 0) => (x === null || x === undefined ? '—' : `${x.toFixed(digits)} ms`);
const signed = (x, digits = 0) =>
  x === null ? '—' : `${x > 0 ? '+' : x < 0 ? '−' : '±'}${Math.abs(x).toFixed(digits)}`;
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const caseTitle = (throttle, v) =>
  `${v === 'first' ? 'First visit' : 'Returning visit (after Accept all)'}, ${throttle === 1 ? 'unthrottled' : `CPU ${throttle}×`}`;
const table = (head, rows) =>
  [
    `| ${head.join(' | ')} |`,
    `| ${head.map(() => '---').join(' | ')} |`,
    ...rows.map((r) => `| ${r.join(' | ')} |`),
  ].join('\n');

/** The issue's own table: median FCP of the baselines and of Consentry, its delay over the empty script. */
function headlineTable(figures) {
  const rows = throttles.map((t) => {
    const [first, again] = visits.map((v) => figures[t][v].consentry);
    return [
      t === 1 ? 'unthrottled' : `${t}× CPU throttle`,
      ms(figures[t].first.none.fcp),
      ms(figures[t].first.empty.fcp),
      `${ms(first.fcp)} (${signed(first.vsEmpty)})`,
      `${ms(again.fcp)} (${signed(again.vsEmpty)})`,
    ];
  });
  return table(['', 'no script', 'empty script', 'Consentry, first visit', 'Consentry, returning'], rows);
}

/** Every contender's first-paint delay, against no script and against the empty script. */
function delayTable(figures) {
  const cases = throttles.flatMap((t) => visits.map((v) => [t, v]));
  const head = ['contender', ...cases.map(([t, v]) => `${v}, ${t === 1 ? '1×' : `${t}×`}`)];
  const rows = names
    .filter((n) => n !== 'none')
    .map((n) => [
      contenders[n].label,
      ...cases.map(([t, v]) => `${signed(figures[t][v][n].vsNone)} / ${signed(figures[t][v][n].vsEmpty)} ms`),
    ]);
  return table(head, rows);
}

/** All figures of one case, one row per contender. */
function caseTable(figures, throttle, v) {
  const head = ['contender', 'fetched (brotli)', 'FCP (p25–p75)', 'vs no script', 'vs empty script', 'sync (tag)'];
  head.push('parser blocked', 'banner visible', 'banner − FCP', 'Δ script');
  const rows = names.map((n) => {
    const f = figures[throttle][v][n];
    const banner = v === 'first' && contenders[n].banner;
    return [
      contenders[n].label,
      `${kb(f.bytes)} in ${f.requests}`,
      `${ms(f.fcp)} (${f.fcpQuartiles.map((q) => q?.toFixed(0)).join('–')})`,
      n === 'none' ? '—' : `${signed(f.vsNone)} ms`,
      n === 'none' || n === 'empty' ? '—' : `${signed(f.vsEmpty)} ms`,
      n === 'none' ? '—' : ms(f.sync, 2),
      n === 'none' ? '—' : ms(f.blocked, 1),
      banner ? ms(f.banner) : '—',
      banner ? `${signed(f.gap)} ms` : '—',
      n === 'none' ? '—' : ms(f.dScript, 1),
    ];
  });
  return `### ${caseTitle(throttle, v)}\n\n${table(head, rows)}`;
}

/** Errors the pages logged or threw, per contender (each message once): a widget that failed shows here. */
function pageErrors(figures) {
  return names.flatMap((n) => {
    const messages = new Set(throttles.flatMap((t) => visits.flatMap((v) => figures[t][v][n].errors)));
    return messages.size ? [`${contenders[n].label}: ${[...messages].map((m) => m.split('\n')[0]).join('; ')}`] : [];
  });
}

/** Returning visits in which the held stand-ins did not run: the "Accept all" click missed. */
function missedAccepts(figures) {
  return throttles.flatMap((t) =>
    names
      .filter((n) => contenders[n].accept && figures[t].returning[n].ran < figures[t].returning[n].count)
      .map((n) => `${contenders[n].label} at ${t}×: ${figures[t].returning[n].ran}/${figures[t].returning[n].count}`),
  );
}

// ---- the targets (issue 12) ---------------------------------------------------------------------

const interval = (iv) => (iv ? `, 95 % CI ${signed(iv[0])} to ${signed(iv[1])}` : '');

/** FCP within `limit` ms of the empty script, first and returning visits. */
function fcpTarget(figures, throttle, limit) {
  const [first, again] = visits.map((v) => figures[throttle][v].consentry);
  return [
    `FCP within ${limit} ms of the empty script, ${throttle === 1 ? 'unthrottled' : `${throttle}×`}, first and returning`,
    `${signed(first.vsEmpty)} ms${interval(first.vsEmptyInterval)}; ${signed(again.vsEmpty)} ms${interval(again.vsEmptyInterval)}`,
    atMost(first.vsEmpty, limit) && atMost(again.vsEmpty, limit),
  ];
}

/** The banner visible before every peer's (a peer whose banner never showed counts as later). */
function bannerAheadTarget(figures, throttle) {
  const own = figures[throttle].first.consentry.banner;
  const shown = peers.filter((p) => figures[throttle].first[p].banner !== null);
  const fastest = shown.sort((a, b) => figures[throttle].first[a].banner - figures[throttle].first[b].banner)[0];
  const theirs = fastest ? figures[throttle].first[fastest].banner : null;
  return [
    `Banner visible ahead of every peer, ${throttle === 1 ? 'unthrottled' : `${throttle}×`}`,
    `${ms(own)}; the fastest peer, ${fastest ? contenders[fastest].label : 'none'}: ${ms(theirs)}`,
    typeof own === 'number' && (theirs === null || own < theirs),
  ];
}

/** Δ script at most every peer's, first and returning visits. */
function scriptTarget(figures, throttle) {
  const label = `Δ script at most every peer's, ${throttle === 1 ? 'unthrottled' : `${throttle}×`}, first and returning`;
  if (!peers.length) return [label, 'no peer in this run (BENCH_ONLY)', false];
  const parts = visits.map((v) => {
    const own = figures[throttle][v].consentry.dScript;
    const least = peers.reduce((a, b) => (figures[throttle][v][b].dScript < figures[throttle][v][a].dScript ? b : a));
    const theirs = figures[throttle][v][least].dScript;
    return {
      text: `${v} ${ms(own, 1)} (least: ${contenders[least].label}, ${ms(theirs, 1)})`,
      met: atMost(own, theirs),
    };
  });
  return [label, parts.map((p) => p.text).join('; '), parts.every((p) => p.met)];
}

/** Every target of issue 12 as [target, measured, met]. */
function targets(figures, tagBytes) {
  const [first, again] = visits.map((v) => figures[1][v].consentry);
  const gap = figures[4].first.consentry.gap;
  return [
    fcpTarget(figures, 1, 8),
    fcpTarget(figures, 4, 25),
    [
      'Synchronous part of the tag at most 1 ms, unthrottled',
      `first ${ms(first.sync, 2)}; returning ${ms(again.sync, 2)}`,
      atMost(first.sync, 1) && atMost(again.sync, 1),
    ],
    ['The script tag’s file at most 4.5 KB brotli', kb(tagBytes), tagBytes <= 4.5 * 1024],
    ['A returning visit fetches at most 6 KB', `${kb(again.bytes)} in ${again.requests}`, again.bytes <= 6 * 1024],
    [
      'A first visit with the banner fetches at most 10 KB',
      `${kb(first.bytes)} in ${first.requests}`,
      first.bytes <= 10 * 1024,
    ],
    bannerAheadTarget(figures, 1),
    bannerAheadTarget(figures, 4),
    ['Banner visible by FCP + 50 ms at 4×', `FCP ${signed(gap)} ms`, atMost(gap, 50)],
    scriptTarget(figures, 1),
    scriptTarget(figures, 4),
  ];
}

// ---- writing it out -------------------------------------------------------------------------------

const method = `## Method

- One plain page (a heading and 50 paragraphs) per contender, each holding the same two
  local stand-ins (an analytics tag and an ad tag) until consent. Every file is served from
  127.0.0.1 with \`no-store\`; dist/ is copied at the start of the run and served from the copy.
  Peers come from npm at the versions named, each with its recommended embed and default styles.
- **empty script** is Consentry's page with the tag's \`src\` serving an empty file: the cost
  any parser-blocking \`<head>\` script has. **no script** has no tag at all.
- Per round and per CPU setting (none, then 4× via CDP \`Emulation.setCPUThrottlingRate\`),
  every contender gets a fresh browser context: a **first visit** (measured), a click on its
  "Accept all", then a **returning visit** (measured) in the same context. Each round starts
  one contender further along, and one unmeasured warm-up round runs first.
- **FCP**: \`first-contentful-paint\`, median with the 25th–75th percentiles. **vs no
  script / vs empty script**: the difference of medians. The targets give a 95 % bootstrap
  interval for the difference with the empty script.
- **sync (tag)**: the tag's synchronous cost, what runs before it returns to the parser. Two
  inline scripts call \`performance.mark\` right before and right after the widget's tag (on
  every page, the page with no script too); a Chromium trace (\`devtools.timeline\`,
  \`blink.user_timing\`) of the same load gives the time of every \`EvaluateScript\` of the
  tag's files and inline scripts between the two marks: compiling on the main thread, running,
  the microtasks it queues and any style or layout it forces. The download and a background
  parse are not in it, nor what the tag leaves for later (a deferred or async file, a timer).
- **parser blocked**: from the same marks, the time from the later of the first mark and
  the last byte of the tag's files to the second mark: the sync cost plus the hand-off from
  the network to the parser that any blocking script pays (the empty script's figure). For a
  tag at the end of \`<body>\` it also holds whatever Chromium does while the parser waits
  there, such as laying out and painting the page above it.
- **fetched**: the brotli (quality 11) size of every file the widget fetched before the
  visitor acts (its scripts, styles, languages; not the page or the stand-ins), and how many.
- **banner visible**: the first animation frame in which the banner has a box, is not
  hidden and not transparent (a \`requestAnimationFrame\` probe installed before any page
  script, which stops a second after load on every page). **banner − FCP**: per load.
- **Δ script**: CDP \`Performance.getMetrics\` ScriptDuration after the page settled
  (${settleMs(1)} ms after load, ×√4 at 4×), minus the median of the page with no script.
- Every load is traced, the page with no script too, so the trace's own cost is alike for all.`;

/** 10,000 elements inserted after load: main-thread time with the safety net over without it. */
function insertionLine(insertion) {
  const at = (t) => {
    const [net, without] = [median(insertion[t].net), median(insertion[t].withoutNet)];
    return `${ms(net, 1)} with the safety net, ${ms(without, 1)} without (×${(net / without).toFixed(2)})`;
  };
  return `10,000 elements inserted after load, in 100 batches (insertions and MutationObserver callbacks, ${insertionRuns} interleaved runs, median): ${at(1)} unthrottled; ${at(4)} at 4×.`;
}

/** The generated part of docs/benchmarks.md. */
function reportOf({ figures, tagBytes, insertion, chromium, load, build }) {
  const missed = missedAccepts(figures);
  const errors = pageErrors(figures);
  const rows = targets(figures, tagBytes).map(([t, m, met]) => [t, m, met ? 'met' : '**not met**']);
  return `## The last run

\`npm run bench\` (scripts/bench.mjs) on ${new Date().toISOString().slice(0, 10)}: **${rounds} rounds** of ${build}, headless
Chromium ${chromium}, 2 cores shared with other work (load average ${load.map((l) => l.toFixed(1)).join(' at the start, ')} at the end).

## Targets (issue 12)

${table(['target', 'measured', 'result'], rows)}

## First paint

Median FCP (delay over the empty script):

${headlineTable(figures)}

FCP delay of every contender, against no script / against the empty script:

${delayTable(figures)}

## All figures

${throttles.flatMap((t) => visits.map((v) => caseTable(figures, t, v))).join('\n\n')}

${errors.length ? `Errors on the pages: ${errors.join(' — ')}.\n` : ''}${missed.length ? `Returning visits in which the held tags did not run (the click missed): ${missed.join(', ')}.` : 'In every returning visit the held tags ran: every "Accept all" click took.'}
${insertionLine(insertion)}

${method}
`;
}

/** Puts the report between the markers of docs/benchmarks.md; what is around them stays. */
function writeDocs(report) {
  const target = join(root, 'docs/benchmarks.md');
  const marked = `<!-- bench:start -->\n${report}<!-- bench:end -->`;
  const existing = existsSync(target) ? readFileSync(target, 'utf8') : '';
  const block = /<!-- bench:start -->[\s\S]*?<!-- bench:end -->/;
  writeFileSync(target, block.test(existing) ? existing.replace(block, marked) : `${marked}\n`);
}

// ---- main ---------------------------------------------------------------------------------------

const loadAtStart = loadavg()[0];
const dist = snapshotDist();
const site = await startServer(dist);
const browser = await launchChromium();
try {
  if (process.argv.includes('--insertion')) {
    // The insertion figure alone: `node scripts/bench.mjs --insertion`.
    console.log(insertionLine(await insertionCosts(browser, site.origin)));
    process.exit(0);
  }
  const figures = summarize(await runAll(browser, site));
  const insertion = await insertionCosts(browser, site.origin);
  const report = reportOf({
    figures,
    insertion,
    tagBytes: brotliSize(join(dist, 'consentry.js')),
    chromium: browser.version(),
    load: [loadAtStart, loadavg()[0]],
    build: process.env.BENCH_DIST ?? 'dist/',
  });
  writeDocs(report);
  console.log(report);
  console.log('Wrote docs/benchmarks.md');
} finally {
  await browser.close();
  site.close();
  rmSync(dist, { recursive: true, force: true });
}
