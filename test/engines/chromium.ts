import type { BrowserContext, Page } from 'playwright-core';
import { launchChromium as launchWith } from '../../scripts/chromium.mjs';
import { launchChromium, testDomain } from '../browser/support/browser';
import {
  type Browser,
  type Driver,
  describeActiveExpression,
  type Engine,
  type Evaluate,
  type Focused,
  type LaunchOptions,
  type StoredCookie,
} from './driver';

/** Chromium resolving each third-party host (and the test domain) to this machine, trusting its certificate. */
const launchWithThirdParty = ({ hosts, port }: NonNullable<LaunchOptions['thirdParty']>) =>
  launchWith([
    `--host-resolver-rules=${[
      ...hosts.map((host) => `MAP ${host} 127.0.0.1:${port}`),
      `MAP *.${testDomain} 127.0.0.1`,
      `MAP ${testDomain} 127.0.0.1`,
    ].join(', ')}`,
    '--ignore-certificate-errors',
  ]);

/** Opens a tab in a fresh context: cookies and storage of its own. */
async function chromiumDriver(context: BrowserContext): Promise<Driver> {
  const page: Page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`uncaught: ${e.message}`));
  page.on('console', (m) => {
    // Chromium reports the 404 of its own favicon request as a console error: not the page's.
    if (m.type() === 'error' && !m.location().url.endsWith('/favicon.ico')) errors.push(`console.error: ${m.text()}`);
  });
  const evaluate: Evaluate = (fn, arg) => (typeof fn === 'string' ? page.evaluate(fn) : page.evaluate(fn, arg));

  return {
    engine: 'chromium',
    async open(url) {
      await page.goto(url, { waitUntil: 'load' });
    },
    async reload() {
      await page.reload({ waitUntil: 'load' });
    },
    // Playwright's CSS engine looks into open shadow roots by itself.
    async click(selector, timeout = 5000) {
      await page.locator(selector).first().click({ timeout });
    },
    async focus(selector) {
      await page.locator(selector).first().focus({ timeout: 5000 });
    },
    async press(key) {
      await page.keyboard.press(key);
    },
    async type(text) {
      await page.keyboard.type(text);
    },
    evaluate: evaluate as Driver['evaluate'],
    screenshot: () => page.screenshot(),
    resize: (width, height) => page.setViewportSize({ width, height }),
    async cookies(): Promise<StoredCookie[]> {
      return (await context.cookies(page.url())).map((c) => ({
        name: c.name,
        value: c.value,
        domain: c.domain,
        path: c.path,
        expires: c.expires < 0 ? null : c.expires,
      }));
    },
    activeElementDescription: () => evaluate(describeActiveExpression) as Promise<Focused | null>,
    errors: async () => errors.slice(),
    close: () => context.close(),
  };
}

/** Debian's Chromium through Playwright (see scripts/chromium.mjs). */
export const chromium = (): Engine => ({
  name: 'chromium',
  async launch({ thirdParty }: LaunchOptions = {}): Promise<Browser> {
    const browser = thirdParty ? await launchWithThirdParty(thirdParty) : await launchChromium();
    return {
      engine: 'chromium',
      version: browser.version(),
      newDriver: async () => chromiumDriver(await browser.newContext()),
      close: () => browser.close(),
    };
  },
});
