#!/usr/bin/env node
/**
 * Builds every file in dist/ afresh: one Vite build per mode (see vite.config.ts); the
 * `engine`, `view` and `preferences` builds write one file per built-in language each.
 *
 * Every file the script tag loads carries the release's content hash in its name
 * (`consentry-engine.de.3f9a1c2b.js`): a hash of all those files together, written into the
 * tag, which keeps its stable name. A CDN can cache them for a year, and a page never runs
 * a new tag with an old engine or the other way round. One hash for the set, not one per
 * file: the tag carries 8 characters instead of one name per file and language (about a
 * hundred), and the files change together anyway, since they share internal interfaces.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { build } from 'vite';

const dist = new URL('../dist/', import.meta.url);
rmSync(dist, { recursive: true, force: true });

for (const mode of ['engine', 'first-layer', 'preferences', 'records', 'gpp', 'status', 'services'])
  await build({ mode, logLevel: 'warn' });

/** The files the script tag loads, named `consentry-<kind>(.<lang>).js`, in a stable order. */
const loaded = readdirSync(dist)
  .filter((file) => /^consentry-[a-z]+(\.[a-z]+)?\.js$/.test(file))
  .sort();
const hash = createHash('sha256');
for (const file of loaded)
  hash
    .update(file)
    .update('\0')
    .update(readFileSync(new URL(file, dist)));
const release = hash.digest('hex').slice(0, 8);
for (const file of loaded) renameSync(new URL(file, dist), new URL(file.replace(/\.js$/, `.${release}.js`), dist));

await build({ mode: 'tag', logLevel: 'warn', define: { __CONSENTRY_RELEASE__: JSON.stringify(release) } });
await build({ mode: 'module', logLevel: 'warn' });
