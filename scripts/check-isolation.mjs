#!/usr/bin/env node
/**
 * A site that only embeds the script installs none of the records server's or the
 * scanner's dependencies, and nothing of either reaches the script tag's files: packs the
 * widget, installs the tarball in an empty folder, and compares what lands in node_modules
 * with the widget's own `dependencies`; then looks for their libraries in dist/.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const widget = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const server = JSON.parse(readFileSync(join(root, 'server/package.json'), 'utf8'));
const problems = [];

const dir = mkdtempSync(join(tmpdir(), 'consentry-isolation-'));
try {
  execFileSync('npm', ['pack', '--pack-destination', dir, '--silent'], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const tarball = readdirSync(dir).find((f) => f.endsWith('.tgz'));
  writeFileSync(join(dir, 'package.json'), '{"name":"a-site","private":true}');
  execFileSync('npm', ['install', `./${tarball}`, '--no-audit', '--no-fund', '--silent'], {
    cwd: dir,
    stdio: 'inherit',
  });
  const installed = readdirSync(join(dir, 'node_modules'))
    .filter((n) => !n.startsWith('.'))
    .flatMap((n) => (n.startsWith('@') ? readdirSync(join(dir, 'node_modules', n)).map((m) => `${n}/${m}`) : [n]))
    .sort();
  const expected = [widget.name, ...Object.keys(widget.dependencies)].sort();
  if (installed.join() !== expected.join())
    problems.push(`installing the widget brought ${installed.join(', ')}; expected ${expected.join(', ')}`);
  const files = execFileSync('tar', ['tzf', join(dir, tarball)], { encoding: 'utf8' });
  if (/^package\/server\//m.test(files)) problems.push('the widget tarball holds server/');
  if (/^package\/scan\//m.test(files)) problems.push('the widget tarball holds scan/');
} finally {
  rmSync(dir, { recursive: true, force: true });
}

// Strings only the server's code holds: its table, its package, its libraries' imports.
const serverMarks = ['consentry_receipts', server.name, 'createRecordsServer', 'PGlite', '@hono/', 'valibot'];
// And the scanner's: its package, its browser driver, its progress bar.
serverMarks.push('consentry-scan', 'playwright-core', 'cli-progress');
for (const file of readdirSync(join(root, 'dist')).filter((f) => /^consentry.*\.m?js$/.test(f))) {
  const code = readFileSync(join(root, 'dist', file), 'utf8');
  for (const mark of serverMarks) if (code.includes(mark)) problems.push(`dist/${file} holds ${mark}`);
}

if (problems.length) {
  console.error(`isolation: ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log(
  `isolation: a site that embeds the widget installs ${[widget.name, ...Object.keys(widget.dependencies)].join(', ')} and nothing of the server or the scanner`,
);
