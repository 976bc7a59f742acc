#!/usr/bin/env node
/**
 * Where a file's bytes go: `node scripts/bytes.mjs engine` builds one Vite mode (see
 * vite.config.ts) with a source map into a temporary directory and prints, for its English
 * file, the minified bytes each source module accounts for, largest first. `?` is what no
 * module claims: the bundle's wrapper and the values `define` inlines (the built-in
 * declarations, the language codes). docs/architecture.md's tables come from it.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SourceMapConsumer } from 'source-map-js';
import { build } from 'vite';

const mode = process.argv[2];
if (!mode) throw new Error('usage: node scripts/bytes.mjs <mode>   (tag, engine, first-layer, preferences, …)');
const out = mkdtempSync(join(tmpdir(), `consentry-bytes-${mode}-`));
try {
  await build({ mode, logLevel: 'silent', build: { sourcemap: true, outDir: out, emptyOutDir: true } });
  // The English file only: the other languages differ by their strings.
  const file = readdirSync(out).find((f) => /^consentry(-[a-z]+)?\.js$/.test(f) && existsSync(join(out, `${f}.map`)));
  if (!file) throw new Error(`the ${mode} build wrote no file with a source map`);
  const lines = readFileSync(join(out, file), 'utf8').split('\n');
  const map = new SourceMapConsumer(JSON.parse(readFileSync(join(out, `${file}.map`), 'utf8')));
  const mappings = [];
  map.eachMapping((m) => mappings.push(m));
  mappings.sort((a, b) => a.generatedLine - b.generatedLine || a.generatedColumn - b.generatedColumn);
  // Each generated character belongs to the mapping at or before it on its line.
  const bytes = new Map();
  mappings.forEach((m, i) => {
    const next = mappings[i + 1];
    const end = next?.generatedLine === m.generatedLine ? next.generatedColumn : lines[m.generatedLine - 1].length;
    const source = (m.source ?? '?').replace(/.*\/(src|node_modules)\//, '$1/');
    bytes.set(source, (bytes.get(source) ?? 0) + end - m.generatedColumn);
  });
  const total = lines.join('\n').length;
  console.log(`${file}: ${total} B minified`);
  for (const [source, n] of [...bytes].sort((a, b) => b[1] - a[1])) console.log(`${String(n).padStart(7)}  ${source}`);
} finally {
  rmSync(out, { recursive: true, force: true });
}
