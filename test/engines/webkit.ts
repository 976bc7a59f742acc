import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import {
  Capabilities,
  error,
  Key,
  type WebDriver as SeleniumDriver,
  WebDriver,
  type WebElement,
} from 'selenium-webdriver';
import { Executor, HttpClient } from 'selenium-webdriver/http';
import {
  type Browser,
  type Driver,
  deepQuerySource,
  describeActiveExpression,
  type Engine,
  type Evaluate,
  type Focused,
  type LaunchOptions,
  parseKey,
  probedErrorsExpression,
  type StoredCookie,
  until,
} from './driver';

const miniBrowser = process.env.WEBKIT_MINIBROWSER ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';
const webDriverBinary = process.env.WEBKIT_WEBDRIVER ?? 'WebKitWebDriver';

/** What WebDriver answers a click on an element that is still moving in, or was just re-rendered. */
const notYet = [
  error.ElementNotInteractableError,
  error.ElementClickInterceptedError,
  error.StaleElementReferenceError,
];

const keys: Record<string, string> = {
  Tab: Key.TAB,
  Enter: Key.ENTER,
  Space: Key.SPACE,
  Escape: Key.ESCAPE,
  Shift: Key.SHIFT,
};

/** A TCP port nobody listens on right now. */
const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });

/**
 * A virtual X display of its own: Xvfb picks a free display number and writes it to
 * the pipe on fd 3 once it accepts clients (`-displayfd`), so nothing waits blindly and
 * two runs never collide. MiniBrowser has no headless mode in WebKitGTK 2.50.
 */
async function startXvfb(): Promise<{ display: string; process: ChildProcess }> {
  const xvfb = spawn('Xvfb', ['-displayfd', '3', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], {
    stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  xvfb.stderr?.on('data', (d) => {
    stderr += d;
  });
  const display = await new Promise<string>((resolve, reject) => {
    let out = '';
    xvfb.stdio[3]?.on('data', (d) => {
      out += d;
      if (out.includes('\n')) resolve(`:${out.trim()}`);
    });
    xvfb.once('error', reject);
    xvfb.once('exit', (code) => reject(new Error(`Xvfb exited (${code}) before it was ready: ${stderr}`)));
  });
  return { display, process: xvfb };
}

/**
 * Opens a tab: a new WebDriver session, which is a new MiniBrowser with ephemeral
 * storage. Classic WebDriver has no console events, so errors come from the page's own
 * probe (see errorProbe), read before each navigation and at the end.
 */
async function webkitDriver(url: string, acceptInsecureCerts: boolean): Promise<Driver> {
  const capabilities = new Capabilities({
    'webkitgtk:browserOptions': { binary: miniBrowser, args: ['--automation'] },
    acceptInsecureCerts,
  });
  const session: SeleniumDriver = await WebDriver.createSession(new Executor(new HttpClient(url)), capabilities);
  await session.manage().window().setRect({ width: 1280, height: 800 });
  // Fail a stuck step in seconds, not at the test's timeout (WebKitWebDriver waits 300 s for a load).
  await session.manage().setTimeouts({ pageLoad: 20_000, script: 15_000 });
  const errors: string[] = [];

  const evaluate: Evaluate = async (fn, arg) => {
    const call = typeof fn === 'string' ? `(${fn})` : `(${fn.toString()})(arguments[0])`;
    const result = (await session.executeAsyncScript(
      `const done = arguments[arguments.length - 1];
       Promise.resolve().then(() => ${call}).then(
         (value) => done({ value: value === undefined ? null : value }),
         (e) => done({ error: String((e && e.stack) || e) }));`,
      arg ?? null,
    )) as { value: unknown } | { error: string };
    if ('error' in result) throw new Error(`in the page: ${result.error}`);
    return result.value;
  };

  const keepErrors = async () => {
    errors.push(...((await evaluate(probedErrorsExpression).catch(() => [])) as string[]));
  };

  const find = async (selector: string, timeout: number): Promise<WebElement> => {
    let element: WebElement | null = null;
    await until(
      async () => {
        element = (await session.executeScript(
          `return (${deepQuerySource})(arguments[0]);`,
          selector,
        )) as WebElement | null;
        return element !== null;
      },
      `no element matches ${selector}`,
      timeout,
    );
    return element as unknown as WebElement;
  };

  return {
    engine: 'webkit',
    async open(target) {
      await keepErrors();
      await session.get(target);
    },
    async reload() {
      await keepErrors();
      await session.navigate().refresh();
    },
    // WebDriver's Element Click: scrolled into view, hit-tested, real mouse events. Tried
    // again while WebDriver finds the element not interactable yet, as Playwright and
    // Puppeteer wait for it to be stable: the banner rises from below the viewport for 0.2 s.
    async click(selector, timeout = 5000) {
      // An element still moving in (the banner rises for 0.2 s) can be hit-tested at a point
      // it has left by the time the click lands, and the click goes to the page: wait for
      // the page's finite animations, in every shadow tree, to end first.
      await evaluate(() => {
        const roots = [document, ...Array.from(document.querySelectorAll('*'), (el) => el.shadowRoot)];
        const running = new Set(roots.flatMap((root) => root?.getAnimations() ?? []));
        const ended = Promise.all(
          [...running]
            .filter((a) => Number.isFinite(Number(a.effect?.getComputedTiming().endTime)))
            .map((a) => a.finished.catch(() => undefined)),
        );
        // A page that is not drawing never ends its animations: the click then goes ahead.
        return Promise.race([ended, new Promise((resolve) => setTimeout(resolve, 2000))]);
      });
      await until(
        async () => {
          try {
            await (await find(selector, timeout)).click();
            return true;
          } catch (e) {
            if (notYet.some((type) => e instanceof type)) return false;
            throw e;
          }
        },
        `${selector} never took a click`,
        timeout,
      );
    },
    async focus(selector) {
      await session.executeScript('arguments[0].focus();', await find(selector, 5000));
    },
    async press(combo) {
      const { modifiers, key } = parseKey(combo);
      let actions = session.actions({ async: true });
      for (const m of modifiers) actions = actions.keyDown(keys[m]);
      actions = actions.keyDown(keys[key]).keyUp(keys[key]);
      for (const m of modifiers.reverse()) actions = actions.keyUp(keys[m]);
      await actions.perform();
    },
    async type(text) {
      await session.actions({ async: true }).sendKeys(text).perform();
    },
    evaluate: evaluate as Driver['evaluate'],
    // WebDriver's Take Screenshot (WebKitGTK under Xvfb draws an element screenshot black).
    screenshot: async () => Buffer.from(await session.takeScreenshot(), 'base64'),
    async resize(width, height) {
      await session.manage().window().setRect({ width, height });
    },
    async cookies(): Promise<StoredCookie[]> {
      return (await session.manage().getCookies()).map((c) => ({
        name: c.name,
        value: c.value,
        domain: c.domain ?? '',
        path: c.path ?? '/',
        expires: typeof c.expiry === 'number' ? c.expiry : c.expiry instanceof Date ? c.expiry.getTime() / 1000 : null,
      }));
    },
    activeElementDescription: () => evaluate(describeActiveExpression) as Promise<Focused | null>,
    async errors() {
      return [...errors, ...((await evaluate(probedErrorsExpression)) as string[])];
    },
    async close() {
      await session.quit();
    },
  };
}

/**
 * Every host but the loopback through the local server as an HTTP proxy. WebDriver's
 * `proxy` capability cannot say this to WebKitGTK (its `sslProxy` becomes an `https://`
 * proxy, one spoken to over TLS, and our certificate is refused there), but the browser's
 * default proxy resolver (libproxy) reads these variables, which MiniBrowser inherits from
 * WebKitWebDriver. `no_proxy` keeps WebKitWebDriver's own link to the browser direct.
 */
const proxiedBy = (port: number) => ({
  http_proxy: `http://127.0.0.1:${port}`,
  https_proxy: `http://127.0.0.1:${port}`,
  no_proxy: '127.0.0.1,localhost',
});

/** WebKitGTK's MiniBrowser through WebKitWebDriver and selenium-webdriver, on an Xvfb display of its own. */
export const webkit = (): Engine => ({
  name: 'webkit',
  async launch({ thirdParty }: LaunchOptions = {}): Promise<Browser> {
    const xvfb = await startXvfb();
    const port = await freePort();
    const env = { ...process.env, DISPLAY: xvfb.display, ...(thirdParty && proxiedBy(thirdParty.port)) };
    const driver = spawn(webDriverBinary, [`--port=${port}`], { env, stdio: 'ignore' });
    const stop = () => {
      driver.kill();
      xvfb.process.kill();
    };
    process.once('exit', stop);
    const url = `http://127.0.0.1:${port}`;
    try {
      await until(
        () =>
          fetch(`${url}/status`).then(
            (r) => r.ok,
            () => false,
          ),
        `${webDriverBinary} did not answer on port ${port}`,
        10_000,
      );
    } catch (e) {
      stop();
      throw e;
    }
    const version = execFileSync(miniBrowser, ['--version'], { env, encoding: 'utf8' }).trim();
    return {
      engine: 'webkit',
      version,
      newDriver: () => webkitDriver(url, Boolean(thirdParty)),
      async close() {
        process.off('exit', stop);
        const exited = (p: ChildProcess) =>
          p.exitCode !== null ? Promise.resolve() : new Promise((r) => p.once('exit', r));
        stop();
        await Promise.all([exited(driver), exited(xvfb.process)]);
      },
    };
  },
});
