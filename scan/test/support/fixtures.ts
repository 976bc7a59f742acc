import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Leak, ScanReport } from '../../src/types.js';

/** The 1-based line of a fixture file that contains `needle`, as the report cites it. */
export function lineOf(site: string, file: string, needle: string): number {
  const lines = readFileSync(new URL(`../fixtures/${site}/${file}`, import.meta.url), 'utf8').split('\n');
  const index = lines.findIndex((line) => line.includes(needle));
  if (index < 0) throw new Error(`${needle} is not in ${site}/${file}`);
  return index + 1;
}

/** A fresh output folder for one scan. */
export const outDir = (name: string) => mkdtempSync(join(tmpdir(), `consentry-scan-${name}-`));

/** The leaks a report gives for the page whose path is `path`. */
export function leaksOf(report: ScanReport, path: string): Leak[] {
  const page = report.pages.find((p) => new URL(p.url).pathname === path);
  if (!page) throw new Error(`${path} was not scanned: ${report.pages.map((p) => p.url).join(', ')}`);
  return page.leaks;
}
