import { existsSync } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { analysePage } from './analyse.js';
import { chromiumPath, launchChromium } from './browser.js';
import { type Crawl, createCrawl, sitemapUrls } from './crawl.js';
import { buildReport } from './report/build.js';
import type { PageReport, ScanReport } from './types.js';
import { isVisitError, type VisitKind, type VisitResult, visit } from './visit.js';

/** How a scan runs. Only `url` is required; the others default to `scanDefaults`. */
export interface ScanOptions {
  /** The site's start page, http or https. */
  url: string;
  /** At most this many pages. */
  pages?: number;
  /** Where report.html, report.json, consentry.config.js and the screenshot go. */
  out?: string;
  /** Quiet time in ms after which a page counts as settled. */
  wait?: number;
  /** The whole scan's budget in ms: no visit starts after it. */
  timeout?: number;
  /** Visits run at once, each in its own browser context. */
  parallel?: number;
  /** The Chromium binary (default `chromiumPath`'s: CHROMIUM_PATH, then /usr/bin/chromium) and extra switches. */
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

/**
 * The defaults of `ScanOptions` (the Chromium's is `chromiumPath`'s), declared once: the
 * CLI's options and its usage read them from here.
 */
export const scanDefaults = {
  pages: 20,
  out: './consentry-scan',
  wait: 1500,
  /** In ms: 10 minutes. */
  timeout: 600_000,
  parallel: 2,
} as const;

/** A page of the site and what its visits saw, or why it could not be visited. */
interface PageState {
  url: string;
  visits: VisitResult[];
  error?: string;
}

/** One visit still to make. */
interface Job {
  page: PageState;
  kind: VisitKind;
}

/**
 * Scans a site as SPEC §10 says: each page in three fresh contexts (no interaction, Reject
 * all, Accept all; the first only where the page has no Consentry), then classifies and
 * explains what each set and loaded. Returns the report; `writeReport` saves it.
 * @example const report = await scanSite({ url: 'http://127.0.0.1:4173/', pages: 5 });
 */
export async function scanSite(options: ScanOptions): Promise<ScanReport> {
  const start = startUrl(options.url);
  const out = options.out ?? scanDefaults.out;
  const startedAt = Date.now();
  await mkdir(out, { recursive: true });
  // A screenshot left by an earlier scan must not pass for this one's.
  await rm(join(out, 'banner.png'), { force: true });
  const { browser, close } = await openBrowser(options);
  let visited: Awaited<ReturnType<typeof visitSite>>;
  try {
    visited = await visitSite(browser, start, out, startedAt, options);
  } finally {
    await close();
  }
  return buildReport({
    url: start.href,
    startedAt,
    pages: visited.pages.map(reportPage),
    visits: visited.pages.flatMap((p) => p.visits),
    notes: visited.notes,
    version: options.version ?? '0.0.0',
    screenshot: existsSync(join(out, 'banner.png')) ? 'banner.png' : null,
  });
}

/** The start page as a URL, or a `ScanError` when it is not an http or https address. */
function startUrl(url: string): URL {
  let start: URL;
  try {
    start = new URL(url);
  } catch {
    throw scanError(`${url} is not a URL: give the site's address, such as https://example.com/`);
  }
  if (start.protocol !== 'http:' && start.protocol !== 'https:')
    throw scanError(`${url} is not an http or https address`);
  return start;
}

/** The browser the caller gave (left open), or the system's Chromium, started for this scan. */
async function openBrowser(options: ScanOptions): Promise<{ browser: Browser; close: () => Promise<void> }> {
  if (options.browser) return { browser: options.browser, close: async () => {} };
  const path = chromiumPath(options.chromium);
  try {
    return await launchChromium(path, options.chromiumArgs ?? []);
  } catch (error) {
    throw scanError(`Chromium could not start from ${path}: ${(error as Error).message.split('\n')[0]}`);
  }
}

/**
 * Visits the site: the start page first and alone (it must load, and its first view is the
 * screenshot), then the pages the sitemap and the links add and the answers of the pages with
 * Consentry, `parallel` at a time, until the crawl is done or the time is up.
 */
async function visitSite(browser: Browser, start: URL, out: string, startedAt: number, options: ScanOptions) {
  const deadline = startedAt + (options.timeout ?? scanDefaults.timeout);
  const wait = options.wait ?? scanDefaults.wait;
  const visitOptions = { wait, maxWait: Math.max(10_000, wait * 4), navigationTimeout: 30_000 };
  const crawl = createCrawl(start.href, options.pages ?? scanDefaults.pages);
  const plan = createPlan(crawl, deadline);
  let done = 0;
  const progress = (page: string) => options.onProgress?.(done, plan.planned(), page);

  crawl.add(start.href);
  const home = plan.nextPage() as PageState;
  const sitemap = sitemapUrls(crawl.origin);
  let first: VisitResult;
  try {
    first = await visit(browser, home.url, 'first', { ...visitOptions, screenshot: join(out, 'banner.png') });
  } catch (error) {
    throw isVisitError(error) ? scanError(`the site cannot be reached: ${error.message}`) : error;
  }
  home.visits.push(first);
  done = 1;
  for (const url of await sitemap) crawl.add(url);
  plan.follow(home, first);
  progress(home.url);

  await runJobs(Math.max(1, options.parallel ?? scanDefaults.parallel), plan.next, async ({ page, kind }) => {
    try {
      const result = await visit(browser, page.url, kind, visitOptions);
      page.visits.push(result);
      if (kind === 'first') plan.follow(page, result);
    } catch (error) {
      if (!isVisitError(error)) throw error;
      page.error = error.message;
    }
    done++;
    progress(page.url);
  });
  const notes: string[] = [];
  if (Date.now() > deadline) {
    const skipped = plan.left();
    notes.push(`The scan stopped at its time limit; ${skipped} visit${skipped === 1 ? '' : 's'} were not made.`);
  }
  return { pages: plan.pages, notes };
}

/**
 * The visits still to make, and the pages they are of: the answers (Reject all, Accept all)
 * of the pages already visited first, then the crawl's next page; none after `deadline`.
 */
function createPlan(crawl: Crawl, deadline: number) {
  const pages: PageState[] = [];
  const jobs: Job[] = [];
  let withConsentry = 0;
  const nextPage = (): PageState | undefined => {
    const url = crawl.next();
    if (!url) return undefined;
    const page: PageState = { url, visits: [] };
    pages.push(page);
    return page;
  };
  return {
    pages,
    nextPage,
    /** Takes in a page's first visit: its links join the crawl, and a page with Consentry is answered twice. */
    follow(page: PageState, first: VisitResult) {
      crawl.alias(first.finalUrl);
      for (const link of first.links) crawl.add(link);
      if (!first.hasConsentry) return;
      jobs.push({ page, kind: 'reject' }, { page, kind: 'accept' });
      withConsentry++;
    },
    next(): Job | undefined {
      if (Date.now() > deadline) return undefined;
      const job = jobs.shift();
      if (job) return job;
      const page = nextPage();
      return page && { page, kind: 'first' };
    },
    /** Visits planned so far: each page once, and twice more when it has Consentry to answer. */
    planned: () => crawl.added + 2 * withConsentry,
    /** Visits planned and not made. */
    left: () => crawl.queued + jobs.length,
  };
}

/**
 * Runs each job `next` gives, `workers` at a time. A worker that finds none waits while
 * another runs, since a visit may plan more; all stop when none is left and none runs.
 */
async function runJobs(workers: number, next: () => Job | undefined, run: (job: Job) => Promise<void>) {
  let active = 0;
  let waiting: (() => void)[] = [];
  const wakeAll = () => {
    for (const wake of waiting) wake();
    waiting = [];
  };
  const worker = async (): Promise<void> => {
    for (;;) {
      const job = next();
      if (!job) {
        if (active === 0) return;
        await new Promise<void>((resolve) => {
          waiting.push(resolve);
        });
        continue;
      }
      active++;
      try {
        await run(job);
      } finally {
        active--;
        wakeAll();
      }
    }
  };
  await Promise.all(Array.from({ length: workers }, worker));
}

/** A page's part of the report: its visits analysed, or why there are none. */
const reportPage = (page: PageState): PageReport =>
  page.visits.length
    ? { ...analysePage(page.url, orderVisits(page.visits)), ...(page.error ? { error: page.error } : {}) }
    : emptyPage(page.url, page.error ?? 'not visited');

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
