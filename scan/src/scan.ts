import { existsSync } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { analysePage } from './analyse.js';
import { chromiumPath, launchChromium } from './browser.js';
import { createCrawl, sitemapUrls } from './crawl.js';
import { buildReport } from './report/build.js';
import type { PageReport, ScanReport } from './types.js';
import { isVisitError, type VisitKind, type VisitResult, visit } from './visit.js';

/** How a scan runs. Only `url` is required. */
export interface ScanOptions {
  /** The site's start page, http or https. */
  url: string;
  /** At most this many pages (default 20). */
  pages?: number;
  /** Where report.html, report.json, consentry.config.js and the screenshot go (default ./consentry-scan). */
  out?: string;
  /** Quiet time in ms after which a page counts as settled (default 1500). */
  wait?: number;
  /** The whole scan's budget in ms (default 10 minutes): no visit starts after it. */
  timeout?: number;
  /** Visits run at once, each in its own browser context (default 2). */
  parallel?: number;
  /** The Chromium binary (default CHROMIUM_PATH, then /usr/bin/chromium) and extra switches. */
  chromium?: string;
  chromiumArgs?: string[];
  /** A browser to use instead of launching one (left open; launch it with `launchChromium` to see third-party cookies). */
  browser?: Browser;
  /** Told after each visit: visits done, visits planned so far, and the page. */
  onProgress?: (done: number, planned: number, page: string) => void;
  /** The scanner's version, for the report. */
  version?: string;
}

/** A scan that cannot run: a bad option, or a start page that does not load. Exit code 2. */
export interface ScanError extends Error {
  name: 'ScanError';
}

/** Builds a `ScanError`. */
export const scanError = (message: string): ScanError =>
  Object.assign(new Error(message), { name: 'ScanError' as const });

/** Whether `error` means bad usage or an unreachable site (exit code 2). */
export const isScanError = (error: unknown): error is ScanError => error instanceof Error && error.name === 'ScanError';

interface PageState {
  url: string;
  visits: VisitResult[];
  error?: string;
}

/**
 * Scans a site as SPEC §10 says: each page in three fresh contexts (no interaction, Reject
 * all, Accept all; the first only where the page has no Consentry), then classifies and
 * explains what each set and loaded. Returns the report; `writeReport` saves it.
 * @example const report = await scanSite({ url: 'http://127.0.0.1:4173/', pages: 5 });
 */
export async function scanSite(options: ScanOptions): Promise<ScanReport> {
  let start: URL;
  try {
    start = new URL(options.url);
  } catch {
    throw scanError(`${options.url} is not a URL: give the site's address, such as https://example.com/`);
  }
  if (start.protocol !== 'http:' && start.protocol !== 'https:')
    throw scanError(`${options.url} is not an http or https address`);
  const maxPages = options.pages ?? 20;
  const out = options.out ?? './consentry-scan';
  const startedAt = Date.now();
  const deadline = startedAt + (options.timeout ?? 600_000);
  const wait = options.wait ?? 1500;
  const visitOptions = { wait, maxWait: Math.max(10_000, wait * 4), navigationTimeout: 30_000 };
  const notes: string[] = [];
  await mkdir(out, { recursive: true });
  // A screenshot left by an earlier scan must not pass for this one's.
  await rm(join(out, 'banner.png'), { force: true });

  let browser = options.browser;
  let closeBrowser = async () => {};
  if (!browser) {
    const path = chromiumPath(options.chromium);
    try {
      ({ browser, close: closeBrowser } = await launchChromium(path, options.chromiumArgs ?? []));
    } catch (error) {
      throw scanError(`Chromium could not start from ${path}: ${(error as Error).message.split('\n')[0]}`);
    }
  }

  const crawl = createCrawl(start.href, maxPages);
  const pages: PageState[] = [];
  let done = 0;
  let withConsentry = 0;
  // Each page is visited once, and twice more when it has Consentry to answer.
  const planned = () => crawl.added + 2 * withConsentry;
  const progress = (page: string) => options.onProgress?.(done, planned(), page);

  try {
    // The start page first and alone: it must load, and its first view is the screenshot.
    crawl.add(start.href);
    const home: PageState = { url: crawl.next() as string, visits: [] };
    pages.push(home);
    const sitemap = sitemapUrls(crawl.origin);
    try {
      home.visits.push(
        await visit(browser, home.url, 'first', { ...visitOptions, screenshot: join(out, 'banner.png') }),
      );
    } catch (error) {
      if (isVisitError(error)) throw scanError(`the site cannot be reached: ${error.message}`);
      throw error;
    }
    done = 1;
    for (const url of await sitemap) crawl.add(url);

    type Job = { page: PageState; kind: VisitKind };
    const jobs: Job[] = [];
    const follow = (page: PageState, first: VisitResult) => {
      crawl.alias(first.finalUrl);
      for (const link of first.links) crawl.add(link);
      if (!first.hasConsentry) return;
      jobs.push({ page, kind: 'reject' }, { page, kind: 'accept' });
      withConsentry++;
    };
    follow(home, home.visits[0]);

    let active = 0;
    let wake: () => void = () => {};
    const nextJob = (): Job | undefined => {
      if (Date.now() > deadline) return undefined;
      const job = jobs.shift();
      if (job) return job;
      const url = crawl.next();
      if (!url) return undefined;
      const page: PageState = { url, visits: [] };
      pages.push(page);
      return { page, kind: 'first' };
    };
    const run = async ({ page, kind }: Job) => {
      try {
        const result = await visit(browser, page.url, kind, visitOptions);
        page.visits.push(result);
        if (kind === 'first') follow(page, result);
      } catch (error) {
        if (!isVisitError(error)) throw error;
        page.error = error.message;
      }
      done++;
      progress(page.url);
    };
    const worker = async (): Promise<void> => {
      for (;;) {
        const job = nextJob();
        if (!job) {
          if (active === 0) return;
          await new Promise<void>((resolve) => {
            wake = resolve;
          });
          continue;
        }
        active++;
        try {
          await run(job);
        } finally {
          active--;
          wake();
        }
      }
    };
    progress(home.url);
    await Promise.all(Array.from({ length: Math.max(1, options.parallel ?? 2) }, worker));
    if (Date.now() > deadline) {
      const skipped = crawl.queued + jobs.length;
      notes.push(`The scan stopped at its time limit; ${skipped} visit${skipped === 1 ? '' : 's'} were not made.`);
    }
  } finally {
    await closeBrowser();
  }

  const reports: PageReport[] = pages.map((page) =>
    page.visits.length
      ? { ...analysePage(page.url, orderVisits(page.visits)), ...(page.error ? { error: page.error } : {}) }
      : emptyPage(page.url, page.error ?? 'not visited'),
  );
  return buildReport({
    url: start.href,
    startedAt,
    pages: reports,
    visits: pages.flatMap((p) => p.visits),
    notes,
    version: options.version ?? '0.0.0',
    screenshot: existsSync(join(out, 'banner.png')) ? 'banner.png' : null,
  });
}

const order: Record<VisitKind, number> = { first: 0, reject: 1, accept: 2 };
const orderVisits = (visits: VisitResult[]) => [...visits].sort((a, b) => order[a.kind] - order[b.kind]);

const emptyPage = (url: string, error: string): PageReport => ({
  url,
  finalUrl: url,
  title: '',
  status: null,
  consentry: false,
  visits: [],
  choices: {},
  leaks: [],
  caught: [],
  cookies: [],
  requests: [],
  storage: [],
  error,
});
