#!/usr/bin/env node
/**
 * Size budget for what a page fetches from Consentry, measured as brotli (quality 11)
 * and gzip, the way a CDN serves it. Fails when a file or a visit exceeds its budget, or
 * when the figures written in README.md differ from the measured ones (`--write` updates
 * them). 1 KB = 1024 bytes.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const files = [
  // The gate: every page view of every site runs it, and a returning visit nothing else.
  { file: 'dist/consentry.js', label: 'gate, every page view (consentry.js)', budget: 7450 },
  // The first layer: fetched with the gate when the banner or an embed placeholder shows.
  { file: 'dist/consentry-ui.js', label: 'first layer: banner, placeholders (consentry-ui.js)', budget: 3100 },
  { file: 'dist/consentry-ui.es.js', label: 'the same in Spanish (consentry-ui.es.js)', budget: 3200 },
  // The rest is fetched only when the visitor opens the preferences, or decides.
  { file: 'dist/consentry-prefs.js', label: 'preferences dialog (consentry-prefs.js)', budget: 9400 },
  { file: 'dist/consentry-prefs.es.js', label: 'the same in Spanish (consentry-prefs.es.js)', budget: 9600 },
  {
    file: 'dist/consentry-records.js',
    label: 'history and consent log, after a decision (consentry-records.js)',
    budget: 1300,
  },
];

// What a visit fetches before the visitor does anything (the larger language counts).
const visits = [
  { label: 'returning visit: the gate alone', files: ['dist/consentry.js'], budget: 7450 },
  {
    label: 'first visit, banner on screen: the gate and the first layer (Spanish, the larger)',
    files: ['dist/consentry.js', 'dist/consentry-ui.es.js'],
    budget: 10 * 1024,
  },
];

const measure = (file) => {
  const data = readFileSync(file);
  return {
    raw: data.length,
    brotli: brotliCompressSync(data, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
    gzip: gzipSync(data, { level: 9 }).length,
  };
};

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const rows = files.map((f) => ({ ...f, ...measure(f.file) }));
const brotliOf = (file) => rows.find((r) => r.file === file).brotli;
const totals = visits.map((v) => ({ ...v, brotli: v.files.reduce((sum, f) => sum + brotliOf(f), 0) }));

const table = [
  '| what | brotli | gzip | minified | budget (brotli) |',
  '| --- | --- | --- | --- | --- |',
  ...rows.map((r) => `| ${r.label} | ${kb(r.brotli)} | ${kb(r.gzip)} | ${kb(r.raw)} | ${kb(r.budget)} |`),
  ...totals.map((t) => `| **${t.label}** | **${kb(t.brotli)}** | | | ${kb(t.budget)} |`),
].join('\n');

let failed = false;
for (const r of [...rows, ...totals]) {
  const over = r.brotli > r.budget;
  failed ||= over;
  console.log(`${over ? 'OVER' : 'ok  '} ${r.file ?? r.label}: ${r.brotli} B brotli (budget ${r.budget} B)`);
}

const readme = readFileSync('README.md', 'utf8');
const block = /<!-- size:start -->[\s\S]*?<!-- size:end -->/;
const fresh = `<!-- size:start -->\n${table}\n<!-- size:end -->`;
if (process.argv.includes('--write')) {
  writeFileSync('README.md', readme.replace(block, fresh));
  console.log('README.md size table updated.');
} else if (!block.test(readme) || readme.match(block)[0] !== fresh) {
  console.error('README.md size table differs from the measured sizes: run `node scripts/size.mjs --write`.');
  failed = true;
}
if (failed) process.exit(1);
