/**
 * A thin driver layer, so one journey runs the same in Chromium (Playwright), Firefox
 * (Puppeteer over WebDriver BiDi) and WebKit (WebKitGTK's MiniBrowser over classic
 * WebDriver). Each engine file is a factory that returns an {@link Engine}; a journey
 * launches the engine once per file and opens a fresh {@link Driver} (its own cookies
 * and storage) per test.
 *
 * Only what journeys need is here. Selectors are CSS, matched in the document and in
 * every open shadow root (the widget's `#consentry` and each placeholder's), first match
 * wins; one selector never spans a shadow boundary.
 */

export type EngineName = 'chromium' | 'firefox' | 'webkit';

/** A cookie as every engine reports it. */
export interface StoredCookie {
  name: string;
  value: string;
  domain: string;
  path: string;
  /** When it expires, in seconds since the epoch; null for a session cookie. */
  expires: number | null;
}

/** The focused element, looked up through shadow roots, reduced to what an assertion needs. */
export interface Focused {
  tag: string;
  action: string | null;
  category: string | null;
  /** The accessible name as the widget gives it: `aria-label`, else the text. */
  text: string;
  inDialog: boolean;
}

/** A function run in the page: it must not close over anything in the test. */
export type PageFunction<A, R> = (arg: A) => R | Promise<R>;

/** What each engine implements behind {@link Driver.evaluate}'s overloads. */
// biome-ignore lint/suspicious/noExplicitAny: the overloads on Driver give callers the types
export type Evaluate = (fn: string | PageFunction<any, unknown>, arg?: unknown) => Promise<any>;

/** One tab of one engine, with storage of its own. */
export interface Driver {
  readonly engine: EngineName;
  /** Navigates and waits for the load event. */
  open(url: string): Promise<void>;
  /** Reloads and waits for the load event. */
  reload(): Promise<void>;
  /** Waits (up to `timeout` ms) for the element to be there, then clicks it as a visitor would. */
  click(selector: string, timeout?: number): Promise<void>;
  /** Focuses the element from script: the set-up for a keyboard journey. */
  focus(selector: string): Promise<void>;
  /** Presses a key on the focused element: `Tab`, `Shift+Tab`, `Enter`, `Space`, `Escape`. */
  press(key: Key): Promise<void>;
  /** Types text into the focused element, key by key. */
  type(text: string): Promise<void>;
  /** Evaluates an expression in the page and returns its awaited, JSON-like value. */
  evaluate<R>(expression: string): Promise<R>;
  /** Runs `fn()`, or `fn(arg)`, in the page and returns its awaited, JSON-like result. */
  evaluate<R>(fn: () => R | Promise<R>): Promise<R>;
  evaluate<R, A>(fn: PageFunction<A, R>, arg: A): Promise<R>;
  /** Makes the viewport about `width`×`height` CSS pixels (WebKit sizes its window, toolbar included). */
  resize(width: number, height: number): Promise<void>;
  /** A PNG of the viewport as the engine renders it. */
  screenshot(): Promise<Buffer>;
  /** The cookies the page's URL can see, with their expiry. */
  cookies(): Promise<StoredCookie[]>;
  activeElementDescription(): Promise<Focused | null>;
  /**
   * Uncaught errors, unhandled rejections and `console.error` calls since the driver
   * opened. WebKit's classic WebDriver reports none of these, so there they come from
   * {@link errorProbe}, which the page must carry (see {@link withErrorProbe}).
   */
  errors(): Promise<string[]>;
  close(): Promise<void>;
}

export type Key = 'Tab' | 'Shift+Tab' | 'Enter' | 'Space' | 'Escape';

/** An engine, launched once: it hands out drivers. */
export interface Browser {
  readonly engine: EngineName;
  /** The engine's version as it reports it. */
  readonly version: string;
  newDriver(): Promise<Driver>;
  close(): Promise<void>;
}

/** What a journey may ask of an engine at launch. */
export interface LaunchOptions {
  /**
   * Third-party host names a local test server answers at `port` on 127.0.0.1, over HTTP
   * and TLS with a self-signed certificate the engine is told to accept. Chromium resolves
   * the hosts to it; Firefox and WebKit use it as their HTTP proxy. Either way a request
   * keeps its real host name, so a page can use the vendors' own URLs.
   */
  thirdParty?: { hosts: string[]; port: number };
}

export interface Engine {
  readonly name: EngineName;
  launch(options?: LaunchOptions): Promise<Browser>;
}

/**
 * Source of a page function `(selector) => Element | null`: the first match in the
 * document, else in open shadow roots, breadth first.
 */
export const deepQuerySource = `function deepQuery(selector) {
  const roots = [document];
  for (let i = 0; i < roots.length; i++) {
    const found = roots[i].querySelector(selector);
    if (found) return found;
    for (const el of roots[i].querySelectorAll('*')) if (el.shadowRoot) roots.push(el.shadowRoot);
  }
  return null;
}`;

/** Source of a page function `(element) => Focused`. */
export const describeSource = `function describe(el) {
  return {
    tag: el.tagName.toLowerCase(),
    action: el.getAttribute('data-action'),
    category: el.getAttribute('data-category'),
    text: (el.getAttribute('aria-label') || el.textContent || '').trim(),
    inDialog: !!el.closest('[data-part="preferences"]'),
  };
}`;

/** An expression: the focused element, through shadow roots, described; null when none. */
export const describeActiveExpression = `(() => {
  const describe = ${describeSource};
  let el = document.activeElement;
  while (el && el.shadowRoot && el.shadowRoot.activeElement) el = el.shadowRoot.activeElement;
  return el && el !== document.body ? describe(el) : null;
})()`;

/** An expression: whether an element matches `selector` anywhere, shadow roots included. */
export const existsExpression = (selector: string) => `(${deepQuerySource})(${JSON.stringify(selector)}) !== null`;

/** Whether an element matches `selector` in the document or an open shadow root. */
export const exists = (driver: Driver, selector: string) => driver.evaluate<boolean>(existsExpression(selector));

/**
 * What Tab can reach inside the element `selector` matches (a dialog, say), in tree
 * order: buttons, links, enabled inputs and summaries that are rendered (not in a closed
 * `<details>`, not hidden); with `scrollers`, also each element that scrolls its overflow
 * (Firefox puts those in the Tab order, so the keyboard can scroll them). Each described
 * as {@link Driver.activeElementDescription} describes the focused one.
 */
export const focusablesIn = (driver: Driver, selector: string, { scrollers = false } = {}) =>
  driver.evaluate<Focused[]>(`(() => {
    const describe = ${describeSource};
    const root = (${deepQuerySource})(${JSON.stringify(selector)});
    if (!root) return [];
    const focusable = 'button, a[href], input:not([disabled]), summary, [tabindex]:not([tabindex="-1"])';
    const shown = (el) => (el.checkVisibility ? el.checkVisibility({ visibilityProperty: true }) : el.getClientRects().length > 0);
    const scrolls = (el) => /auto|scroll/.test(getComputedStyle(el).overflowY) && el.scrollHeight > el.clientHeight;
    return Array.from(root.querySelectorAll('*'))
      .filter((el) => shown(el) && (el.matches(focusable) || (${scrollers} && scrolls(el))))
      .map(describe);
  })()`);

/**
 * A script for the top of `<head>` that records uncaught errors, unhandled rejections
 * and `console.error` calls in `window.__engineErrors`: the only error channel in WebKit,
 * where classic WebDriver has no console events and no init scripts.
 *
 * Only `ErrorEvent`s count: a plain `error` event is a resource that failed to load, and
 * Firefox fires one on an iframe whose `src` is set while the page still parses (the
 * frame loads all the same), which is no failure of the page.
 */
export const errorProbe = `<script>
(function () {
  var errors = (window.__engineErrors = []);
  addEventListener('error', function (e) {
    if (e instanceof ErrorEvent) errors.push('uncaught: ' + e.message);
  }, true);
  addEventListener('unhandledrejection', function (e) {
    errors.push('unhandled rejection: ' + (e.reason && e.reason.stack || e.reason));
  });
  var original = console.error;
  console.error = function () {
    errors.push('console.error: ' + Array.prototype.map.call(arguments, String).join(' '));
    return original.apply(console, arguments);
  };
})();
</script>`;

/** `html` with {@link errorProbe} first thing in its `<head>`. */
export const withErrorProbe = (html: string) => html.replace(/<head>/i, `<head>${errorProbe}`);

/** The page's own error records (see {@link errorProbe}); empty when the page has no probe. */
export const probedErrorsExpression = 'window.__engineErrors ? window.__engineErrors.slice() : []';

/** `Shift+Tab` → `{ modifiers: ['Shift'], key: 'Tab' }`. */
export function parseKey(key: Key): { modifiers: string[]; key: string } {
  const parts = key.split('+');
  return { modifiers: parts.slice(0, -1), key: parts[parts.length - 1] };
}

/**
 * Polls `check` until it returns true, or throws `message` after `timeout` ms. One of the
 * two timed waits left in the tests, and not a guess: classic WebDriver (WebKit's) sends
 * no events, so a condition in the page can only be asked for again; it returns as soon as
 * the condition holds.
 */
export async function until(check: () => Promise<boolean>, message: string, timeout = 5000): Promise<void> {
  const deadline = Date.now() + timeout;
  for (;;) {
    if (await check()) return;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeout} ms: ${message}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}
