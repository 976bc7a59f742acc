/**
 * Makes docs/screenshots/scan-report.png, scan/README.md's picture of a report: scans the
 * fixture site with one slip per page (scan/test/fixtures/slips) and photographs the top of
 * its report.html. The fixture's third parties answer on port 443 when it is free (run as
 * root), so their URLs read as they do in the wild. Needs `npm run build` first.
 *
 *   node scan/scripts/report-screenshot.mjs
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium, scanSite, writeReport } from '../dist/index.js';
import { startFixtureSite } from '../test/fixtures/server.mjs';

const target = fileURLToPath(new URL('../../docs/screenshots/scan-report.png', import.meta.url));
const startSite = () =>
  startFixtureSite('slips', { sitePort: 80, thirdPartyPort: 443 }).catch(() => startFixtureSite('slips'));

const site = await startSite();
const out = mkdtempSync(join(tmpdir(), 'consentry-scan-shot-'));
try {
  const report = await scanSite({ url: site.url, out, wait: 500, chromiumArgs: site.chromiumArgs });
  const files = await writeReport(report, out);
  const { browser, close } = await launchChromium(process.env.CHROMIUM_PATH ?? '/usr/bin/chromium');
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 1700 }, colorScheme: 'light' });
    await page.goto(`file://${files.html}`);
    await page.screenshot({ path: target });
  } finally {
    await close();
  }
  console.log(`${target}: ${report.leakCount} leaks on ${report.summary.pages} pages`);
} finally {
  await site.close();
  rmSync(out, { recursive: true, force: true });
}
