#!/usr/bin/env node
/**
 * Size budget for what a page fetches from Consentry, measured as brotli (quality 11)
 * and gzip, the way a CDN serves it. Fails when a budget is exceeded, or when the
 * figures written in README.md differ from the measured ones (`--write` updates them).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const budgets = [
  // The gate: every page view of every site runs it.
  { file: 'dist/consentry.js', label: 'gate, every page (consentry.js)', budget: 8000 },
  // The view: fetched only when the banner or the preferences show.
  { file: 'dist/consentry-ui.js', label: 'view, when a banner shows (consentry-ui.js, English)', budget: 13000 },
  {
    file: 'dist/consentry-ui.es.js',
    label: 'the same in Spanish (consentry-ui.es.js)',
    budget: 13000,
    alternative: true,
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
const rows = budgets.map((b) => ({ ...b, ...measure(b.file) }));
// A first visit fetches the gate and one view chunk, in the page's language.
const total = rows.filter((r) => !r.alternative).reduce((sum, r) => sum + r.brotli, 0);

const table = [
  '| file | brotli | gzip | minified | budget (brotli) |',
  '| --- | --- | --- | --- | --- |',
  ...rows.map((r) => `| ${r.label} | ${kb(r.brotli)} | ${kb(r.gzip)} | ${kb(r.raw)} | ${kb(r.budget)} |`),
  `| first visit in total (gate and one view chunk) | ${kb(total)} | | | |`,
].join('\n');

let failed = false;
for (const r of rows) {
  const over = r.brotli > r.budget;
  failed ||= over;
  console.log(`${over ? 'OVER' : 'ok  '} ${r.file}: ${r.brotli} B brotli (budget ${r.budget} B), ${r.gzip} B gzip`);
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
