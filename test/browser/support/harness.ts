import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { launchChromium } from './browser';
import { startServer, type TestServer } from './server';

/**
 * One Chromium and one test server per file, a fresh browser context per test (no
 * cookies or storage shared between tests), and every console message collected.
 */
export function useBrowserHarness() {
  let browser: Browser;
  let server: TestServer;
  let context: BrowserContext | undefined;
  const consoleMessages: string[] = [];

  beforeAll(async () => {
    [browser, server] = await Promise.all([launchChromium(), startServer()]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  beforeEach(() => {
    server.reset();
    consoleMessages.length = 0;
  });
  afterEach(async () => {
    await context?.close();
    context = undefined;
  });

  return {
    get server() {
      return server;
    },
    consoleMessages,
    /** The test's browser context, created on first use with `options` (viewport, colour scheme…). */
    async context(options: BrowserContextOptions = {}): Promise<BrowserContext> {
      context ??= await browser.newContext(options);
      return context;
    },
    /** Opens `path` in a new tab and waits for Consentry's engine to run there. */
    async open(path: string, origin?: string): Promise<Page> {
      const page = await (await this.context()).newPage();
      page.on('console', (m) => consoleMessages.push(`${m.type()}: ${m.text()}`));
      await page.goto((origin ?? server.origin) + path);
      await whenReady(page);
      return page;
    },
  };
}

/**
 * Waits until Consentry's engine runs on the page: it starts after the first frame, and
 * until then `window.Consentry` is the script tag's stub. 'ready' answers late subscribers too.
 */
export async function whenReady(page: Page): Promise<void> {
  await page.waitForFunction(() => 'Consentry' in window);
  await page.evaluate(() => new Promise<void>((resolve) => window.Consentry.on('ready', () => resolve())));
}

/**
 * Proof that the page has done what it was going to do, without waiting a guessed time:
 * two animation frames (layout shifts are reported by then), then a request the page makes
 * to its own origin, answered after everything it asked for before. Whatever the page had
 * not requested when that request returns, it did not request on its way there: releasing
 * a held tag inserts it, and the insertion is the request.
 */
export async function settled(page: Page): Promise<void> {
  await page.evaluate(() =>
    new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))).then(() =>
      fetch('/settled').then(() => undefined),
    ),
  );
}

/** The held stand-in scripts that have run on the page, in order. */
export const ran = (page: Page) => page.evaluate(() => window.__ran ?? []);

/** Collects the page's Content-Security-Policy violations (`directive blocked-uri`), from its first script on. */
export async function watchViolations(page: Page): Promise<string[]> {
  const violations: string[] = [];
  await page.exposeFunction('__violation', (v: string) => violations.push(v));
  await page.addInitScript(() =>
    document.addEventListener('securitypolicyviolation', (e) =>
      window.__violation?.(`${e.violatedDirective} ${e.blockedURI}`),
    ),
  );
  return violations;
}
