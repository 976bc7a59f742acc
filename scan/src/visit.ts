import type { Browser, Cookie, Page } from 'playwright-core';
import { mergeCatches, type NetCatch, readNet } from './net.js';
import { type Recorder, type Recording, startRecording } from './recorder.js';

/** The three visits of SPEC §10: no interaction, after Reject all, after Accept all. */
export type VisitKind = 'first' | 'reject' | 'accept';

/** How the choice was made: the banner's button, the console API when no button showed, or not at all. */
export type ChoiceMethod = 'button' | 'api' | 'none';

/** An element that carries `data-consent`: held (or released) by Consentry. */
export interface HeldElement {
  tag: string;
  url: string | null;
  consent: string;
  /** It also has a live `src`, so it never waited (an iframe or image given `src` by mistake). */
  hasSrc: boolean;
}

/** An element in the page that loads a URL, as the HTML has it. */
export interface ElementInfo {
  html: string;
  inHead: boolean;
  consent: string | null;
  type: string | null;
}

/** Everything one visit saw, ready for analysis. */
export interface VisitResult extends Recording {
  kind: VisitKind;
  url: string;
  finalUrl: string;
  status: number | null;
  title: string;
  hasConsentry: boolean;
  consentryVersion: string | null;
  choice: ChoiceMethod;
  /** When the choice was made (ms since the epoch); events after it count as after the choice. */
  choiceAt: number | null;
  /** The cookie jar at the end, and just before the choice. */
  cookies: Cookie[];
  cookiesBeforeChoice: Cookie[];
  storage: { area: 'local' | 'session'; key: string }[];
  links: string[];
  held: HeldElement[];
  elements: Record<string, ElementInfo>;
  /** What Consentry's safety net caught (SPEC §3), as its `status()` lists it at the end of the visit. */
  caught: NetCatch[];
  /** `window.consentryConfig` as the page declared it (JSON-safe), if any. */
  declaredConfig: Record<string, unknown> | null;
  startedAt: number;
}

export interface VisitOptions {
  /** Quiet time that counts as "the page has settled", in ms. */
  wait: number;
  /** Longest wait for a page to settle, in ms. */
  maxWait: number;
  navigationTimeout: number;
  /** Where to save a screenshot of the viewport once the page settled (the banner's view). */
  screenshot?: string;
}

/** A page that did not load: the navigation failed (`status` null) or answered an error. */
export interface VisitError extends Error {
  name: 'VisitError';
  status: number | null;
}

const visitError = (message: string, status: number | null): VisitError =>
  Object.assign(new Error(message), { name: 'VisitError' as const, status });

/** Whether `error` is a page that did not load, rather than a fault of the scanner. */
export const isVisitError = (error: unknown): error is VisitError =>
  error instanceof Error && error.name === 'VisitError';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Waits until no request has started or ended for `wait` ms, or `maxWait` ms have passed. */
async function settle(recorder: Recorder, { wait, maxWait }: VisitOptions) {
  const start = Date.now();
  while (Date.now() - start < maxWait) {
    await sleep(Math.min(100, Math.max(wait, 20)));
    // A request open for longer than a few seconds (a stream, a long poll, a host that never
    // answers) does not hold the page back.
    if (recorder.inFlight(wait + 2000) === 0 && Date.now() - recorder.lastActivity() >= wait) return;
  }
}

/** Clicks the banner's button for `action`, or asks the console API when the banner shows none. */
async function choose(page: Page, action: 'reject-all' | 'accept-all'): Promise<ChoiceMethod> {
  // Playwright's CSS engine pierces the open shadow root of #consentry.
  const button = page.locator(`#consentry [data-action="${action}"]`).filter({ visible: true }).first();
  try {
    await button.waitFor({ state: 'visible', timeout: 5000 });
    await button.click({ timeout: 5000 });
    return 'button';
  } catch {
    const method = action === 'reject-all' ? 'rejectAll' : 'acceptAll';
    const called = await page
      .evaluate((m) => {
        const api = (window as unknown as { Consentry?: Record<string, () => void> }).Consentry;
        if (typeof api?.[m] !== 'function') return false;
        api[m]();
        return true;
      }, method)
      .catch(() => false);
    return called ? 'api' : 'none';
  }
}

/** What the scanner reads from the page's DOM at the end of a visit. */
function readPage(urls: string[]) {
  const abs = (value: string | null) => {
    if (!value) return null;
    try {
      return new URL(value, document.baseURI).href;
    } catch {
      return null;
    }
  };
  const held = [...document.querySelectorAll('[data-consent]')].map((el) => ({
    tag: el.localName,
    url: abs(el.getAttribute('data-src') ?? el.getAttribute('src')),
    consent: el.getAttribute('data-consent') ?? '',
    hasSrc: el.localName !== 'script' && el.hasAttribute('src') && !el.hasAttribute('data-src'),
  }));
  const wanted = new Set(urls);
  const elements: Record<string, { html: string; inHead: boolean; consent: string | null; type: string | null }> = {};
  for (const el of document.querySelectorAll(
    'script[src], iframe[src], img[src], link[href], embed[src], video[src]',
  )) {
    const url = abs(el.getAttribute('src') ?? el.getAttribute('href'));
    if (!url || !wanted.has(url) || elements[url]) continue;
    // The start tag as written, boolean attributes without the ="" the DOM adds.
    const tag = el.outerHTML.slice(0, el.outerHTML.indexOf('>') + 1).replace(/=""/g, '');
    elements[url] = {
      html: tag.length > 240 ? `${tag.slice(0, 239)}…` : tag,
      inHead: document.head?.contains(el) ?? false,
      consent: el.getAttribute('data-consent'),
      type: el.getAttribute('type'),
    };
  }
  const keys = (area: Storage | undefined, name: 'local' | 'session') => {
    try {
      return area ? Object.keys(area).map((key) => ({ area: name, key })) : [];
    } catch {
      return [];
    }
  };
  let declaredConfig: Record<string, unknown> | null = null;
  try {
    const config = (window as unknown as { consentryConfig?: unknown }).consentryConfig;
    if (config && typeof config === 'object') declaredConfig = JSON.parse(JSON.stringify(config));
  } catch {
    // A config that cannot be copied (cycles) is left out of the comparison.
  }
  const consentry = (window as unknown as { Consentry?: { version?: unknown } }).Consentry;
  return {
    held,
    elements,
    storage: [...keys(globalThis.localStorage, 'local'), ...keys(globalThis.sessionStorage, 'session')],
    // The site's own links: the consent banner's (its policy links are children of
    // #consentry, readable by auditors) would put the policies first in every crawl.
    links: [...document.querySelectorAll('a[href]')]
      .filter((a) => !a.closest('#consentry'))
      .map((a) => (a as HTMLAnchorElement).href),
    declaredConfig,
    hasConsentry: Boolean(consentry || document.getElementById('consentry')),
    consentryVersion: typeof consentry?.version === 'string' ? consentry.version : null,
  };
}

/**
 * One visit of one page in a fresh browser context, as a visitor would make it: load the
 * page, wait for it to settle, then (for `reject` and `accept`) answer the banner and wait
 * again. Throws a `VisitError` when the page does not load.
 */
export async function visit(
  browser: Browser,
  url: string,
  kind: VisitKind,
  options: VisitOptions,
): Promise<VisitResult> {
  const startedAt = Date.now();
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'en-US' });
  try {
    const recorder = await startRecording(context);
    const page = await context.newPage();
    await recorder.attach(page);
    const status = await load(page, url, options);
    await settle(recorder, options);
    const early = await page.evaluate(readPage, []).catch(() => null);
    if (kind === 'first' && options.screenshot) await page.screenshot({ path: options.screenshot }).catch(() => {});
    // The engine has had the page's settling time to start; a few seconds more at most.
    const netWait = Math.min(options.maxWait, 3000);
    const answer =
      kind !== 'first' && early?.hasConsentry
        ? await answerBanner(page, kind, recorder, options, netWait)
        : unanswered();
    const recording = await recorder.finish();
    const parserUrls = recording.requests.filter((r) => r.frames.length === 0).map((r) => r.url);
    const read = (await page.evaluate(readPage, parserUrls).catch(() => null)) ?? early;
    const hasConsentry = Boolean(read?.hasConsentry || early?.hasConsentry);
    const caughtAfter = hasConsentry ? await readNet(page, netWait) : [];
    return {
      kind,
      url,
      finalUrl: page.url(),
      status,
      title: await page.title().catch(() => ''),
      hasConsentry,
      consentryVersion: read?.consentryVersion ?? early?.consentryVersion ?? null,
      choice: answer.choice,
      choiceAt: answer.choiceAt,
      cookies: await context.cookies(),
      cookiesBeforeChoice: answer.cookiesBeforeChoice,
      storage: read?.storage ?? [],
      links: read?.links ?? [],
      held: read?.held ?? [],
      elements: read?.elements ?? {},
      caught: mergeCatches(answer.caughtBefore, caughtAfter),
      declaredConfig: read?.declaredConfig ?? early?.declaredConfig ?? null,
      startedAt,
      ...recording,
    };
  } finally {
    await context.close().catch(() => {});
  }
}

/** Opens the page and returns its status; a `VisitError` when it does not load or answers an error. */
async function load(page: Page, url: string, options: VisitOptions): Promise<number | null> {
  let response: Awaited<ReturnType<Page['goto']>>;
  try {
    response = await page.goto(url, { waitUntil: 'load', timeout: options.navigationTimeout });
  } catch (error) {
    throw visitError(`${url} could not be loaded: ${(error as Error).message.split('\n')[0]}`, null);
  }
  const status = response?.status() ?? null;
  if (status !== null && status >= 400) throw visitError(`${url} answered ${status}`, status);
  return status;
}

/** How a visit answered the banner, and what the page held and had set just before. */
interface Answer {
  choice: ChoiceMethod;
  choiceAt: number | null;
  cookiesBeforeChoice: Cookie[];
  caughtBefore: NetCatch[];
}

/** A visit that made no choice: the first, or one of a page without Consentry. */
const unanswered = (): Answer => ({ choice: 'none', choiceAt: null, cookiesBeforeChoice: [], caughtBefore: [] });

/**
 * Answers Consentry's banner as the visit says (Reject all, Accept all) and lets the page
 * settle: what the net held and the cookie jar are read just before, and the time of the
 * choice kept (null when no choice could be made).
 */
async function answerBanner(
  page: Page,
  kind: 'reject' | 'accept',
  recorder: Recorder,
  options: VisitOptions,
  netWait: number,
): Promise<Answer> {
  // Read before the choice too: a released script of the HTML is replaced by a copy.
  const caughtBefore = await readNet(page, netWait);
  const cookiesBeforeChoice = await page.context().cookies();
  let choiceAt: number | null = Date.now();
  const choice = await choose(page, kind === 'reject' ? 'reject-all' : 'accept-all');
  if (choice === 'none') choiceAt = null;
  else await settle(recorder, options);
  return { choice, choiceAt, cookiesBeforeChoice, caughtBefore };
}
