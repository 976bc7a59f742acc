import puppeteer, { type BrowserContext } from 'puppeteer-core';
import {
  type Browser,
  type Driver,
  describeActiveExpression,
  type Engine,
  type Evaluate,
  type Focused,
  type LaunchOptions,
  parseKey,
  type StoredCookie,
} from './driver';

const executablePath = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

/** Whether a cookie of `domain` is sent to `host` (a host-only or a parent-domain cookie). */
const sentTo = (host: string, domain: string) => {
  const d = domain.replace(/^\./, '');
  return host === d || host.endsWith(`.${d}`);
};

/** Opens a tab in a fresh BiDi user context: cookies and storage of its own. */
async function firefoxDriver(context: BrowserContext): Promise<Driver> {
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`uncaught: ${e instanceof Error ? e.message : String(e)}`));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console.error: ${m.text()}`);
  });
  const evaluate: Evaluate = (fn, arg) => (typeof fn === 'string' ? page.evaluate(fn) : page.evaluate(fn, arg));

  return {
    engine: 'firefox',
    async open(url) {
      await page.goto(url, { waitUntil: 'load' });
    },
    async reload() {
      await page.reload({ waitUntil: 'load' });
    },
    // `pierce/` matches in the document and in every open shadow root.
    async click(selector, timeout = 5000) {
      await page.locator(`pierce/${selector}`).setTimeout(timeout).click();
    },
    async focus(selector) {
      const handle = await page.waitForSelector(`pierce/${selector}`, { timeout: 5000 });
      await handle?.focus();
      await handle?.dispose();
    },
    async press(combo) {
      const { modifiers, key } = parseKey(combo);
      for (const m of modifiers) await page.keyboard.down(m as 'Shift');
      await page.keyboard.press(key as 'Tab');
      for (const m of modifiers.reverse()) await page.keyboard.up(m as 'Shift');
    },
    async type(text) {
      await page.keyboard.type(text);
    },
    evaluate: evaluate as Driver['evaluate'],
    screenshot: async () => Buffer.from(await page.screenshot()),
    async resize(width, height) {
      await page.setViewport({ width, height });
    },
    async cookies(): Promise<StoredCookie[]> {
      const host = new URL(page.url()).hostname;
      return (await context.cookies())
        .filter((c) => sentTo(host, c.domain))
        .map((c) => ({
          name: c.name,
          value: c.value,
          domain: c.domain,
          path: c.path,
          expires: c.session || c.expires < 0 ? null : c.expires,
        }));
    },
    activeElementDescription: () => evaluate(describeActiveExpression) as Promise<Focused | null>,
    errors: async () => errors.slice(),
    close: () => context.close(),
  };
}

/**
 * Every host but the loopback (never proxied) through the local server as an HTTP proxy:
 * an absolute URL for `http:`, a `CONNECT` tunnel for `https:`.
 */
const proxiedBy = (port: number) => ({
  'network.proxy.type': 1,
  'network.proxy.http': '127.0.0.1',
  'network.proxy.http_port': port,
  'network.proxy.ssl': '127.0.0.1',
  'network.proxy.ssl_port': port,
});

/** Debian's Firefox ESR, headless, driven by Puppeteer over WebDriver BiDi. */
export const firefox = (): Engine => ({
  name: 'firefox',
  async launch({ thirdParty }: LaunchOptions = {}): Promise<Browser> {
    const browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath,
      headless: true,
      acceptInsecureCerts: Boolean(thirdParty),
      // No background traffic: this machine has no network.
      extraPrefsFirefox: {
        'network.captive-portal-service.enabled': false,
        'network.connectivity-service.enabled': false,
        'browser.safebrowsing.update.enabled': false,
        'app.update.enabled': false,
        ...(thirdParty && proxiedBy(thirdParty.port)),
      },
    });
    return {
      engine: 'firefox',
      version: await browser.version(),
      newDriver: async () => firefoxDriver(await browser.createBrowserContext()),
      close: () => browser.close(),
    };
  },
});
