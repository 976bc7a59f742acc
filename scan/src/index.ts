/**
 * consentry-scan as a library: `scanSite` visits a site and returns the report,
 * `writeReport` saves report.html, report.json and the consentry.config.js draft.
 * @example
 * import { scanSite, writeReport } from 'consentry-scan';
 * await writeReport(await scanSite({ url: 'https://example.com/' }), './consentry-scan');
 */

export {
  type CatalogCookie,
  type CatalogService,
  type CategoryId,
  catalog,
  type Duration,
  durationText,
  serviceById,
} from 'consentry-catalog';
export { type ChromiumHandle, chromiumFlags, launchChromium } from './browser.js';
export { draftConfig } from './report/draft.js';
export { renderHtml } from './report/html.js';
export { type ReportFiles, writeReport } from './report/write.js';
export { isScanError, type ScanOptions, scanSite } from './scan.js';
export type * from './types.js';
