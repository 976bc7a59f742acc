import { writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { ScanReport } from '../types.js';
import { draftConfig } from './draft.js';
import { renderHtml } from './html.js';

/** The files a scan leaves in its output folder. */
export interface ReportFiles {
  html: string;
  json: string;
  config: string;
  screenshot: string | null;
}

/**
 * Writes report.json, report.html and consentry.config.js into `out` (the screenshot is
 * already there, taken during the scan) and returns their paths.
 * @example const files = await writeReport(report, './consentry-scan');
 */
export async function writeReport(report: ScanReport, out: string): Promise<ReportFiles> {
  const files = {
    html: resolve(join(out, 'report.html')),
    json: resolve(join(out, 'report.json')),
    config: resolve(join(out, 'consentry.config.js')),
    screenshot: report.screenshot ? resolve(join(out, report.screenshot)) : null,
  };
  await Promise.all([
    writeFile(files.json, `${JSON.stringify(report, null, 2)}\n`),
    writeFile(files.html, renderHtml(report)),
    writeFile(files.config, draftConfig(report)),
  ]);
  return files;
}
