/** The name of the binding the page reports to, and of the init script in stack traces. */
export const bindingName = '__consentryScanReport';
export const instrumentScriptName = 'consentry-scan-instrument.js';

/** Where in the page's code something happened: the script's URL and line. */
export interface CodeLocation {
  url: string;
  line: number;
}

/** One thing the page did that the network alone cannot attribute, as the init script saw it. */
export interface PageWrite {
  kind: 'cookie' | 'src' | 'fetch' | 'xhr' | 'beacon';
  /** The URL assigned or requested (absolute). */
  url?: string;
  /** For `cookie`: the cookie's name, and whether the write deletes it. */
  name?: string;
  deleted?: boolean;
  /** For `src`: the element's tag, and its `data-consent` attribute if it has one. */
  tag?: string;
  consent?: string | null;
  /** The innermost frame of the page's code on the stack. */
  script: CodeLocation | null;
  /** The `<script>` running at the time, when the write happened while it first ran. */
  current: { src: string | null; consent: string | null } | null;
  documentUrl: string;
}

/** Sends one thing the page did to the scanner, with where in the page's code it happened. */
type Report = (event: Record<string, unknown>) => void;

/** The page's view of URLs, which the steps share. */
interface Urls {
  /** A URL as the page resolves it against its base. */
  absolute(value: unknown): string;
  /** Whether a URL leaves the page's origin. */
  isOtherOrigin(url: string): boolean;
}

/**
 * Runs in every frame before the page's own scripts (an init script): sets up the report to
 * the scanner, then runs each step, which wraps what the page uses to set cookies or load
 * things (`watchCookies`, `watchElements`, `watchRequests`). It changes nothing the page
 * sees. Each of these functions is sent to the browser as its source text
 * (`instrumentSource`), so none may refer to anything outside itself but its arguments.
 */
function instrument(binding: string, ownScript: string, steps: ((report: Report, urls: Urls) => void)[]): void {
  const w = window as unknown as Record<string, (event: unknown) => void>;
  /** The innermost frame of the page's code on the stack, not counting this script's. */
  const where = () => {
    const limit = Error.stackTraceLimit;
    Error.stackTraceLimit = 50;
    const stack = new Error().stack ?? '';
    Error.stackTraceLimit = limit;
    for (const line of stack.split('\n').slice(1)) {
      if (line.includes(ownScript)) continue;
      const m = line.match(/((?:https?|file):\/\/[^\s()]+?):(\d+):\d+\)?\s*$/);
      if (m) return { url: m[1], line: Number(m[2]) };
    }
    return null;
  };
  const current = () => {
    const s = document.currentScript as HTMLScriptElement | null;
    return s ? { src: s.src || null, consent: s.getAttribute('data-consent') } : null;
  };
  const report: Report = (event) => {
    try {
      w[binding]?.({ ...event, script: where(), current: current(), documentUrl: location.href });
    } catch {
      // The page replaced the binding or the frame is going away: nothing to report to.
    }
  };
  const urls: Urls = {
    absolute(value) {
      try {
        return new URL(String(value), document.baseURI).href;
      } catch {
        return String(value);
      }
    },
    isOtherOrigin(url) {
      try {
        return new URL(url).origin !== location.origin;
      } catch {
        return false;
      }
    },
  };
  for (const step of steps) step(report, urls);
}

/** Reports each cookie the page writes, through `document.cookie` or `cookieStore.set`, and whether it deletes it. */
function watchCookies(report: Report): void {
  const cookie = Object.getOwnPropertyDescriptor(Document.prototype, 'cookie');
  if (cookie?.set && cookie.get) {
    const { get, set } = cookie;
    Object.defineProperty(Document.prototype, 'cookie', {
      configurable: true,
      enumerable: cookie.enumerable,
      get() {
        return get.call(this);
      },
      set(value: string) {
        const text = String(value);
        const name = text.split(';')[0].split('=')[0].trim();
        const deleted = /;\s*max-age=\s*(0|-)/i.test(text) || /;\s*expires=[^;]*19[0-6]\d/i.test(text);
        report({ kind: 'cookie', name, deleted });
        set.call(this, value);
      },
    });
  }
  const store = (globalThis as { CookieStore?: { prototype: { set: (...args: unknown[]) => unknown } } }).CookieStore;
  if (store) {
    const original = store.prototype.set;
    store.prototype.set = function (this: unknown, ...args: unknown[]) {
      const first = args[0] as string | { name?: string };
      report({ kind: 'cookie', name: typeof first === 'string' ? first : first?.name, deleted: false });
      return original.apply(this, args);
    };
  }
}

/**
 * Reports each URL the page gives an element that loads things, by property (`src`, a link's
 * `href`) or by `setAttribute`: only what leaves the origin, plus scripts and frames, which may
 * carry data-consent.
 */
function watchElements(report: Report, { absolute, isOtherOrigin }: Urls): void {
  const hook = (proto: object | undefined, property: string, tag: string, always: boolean) => {
    const d = proto && Object.getOwnPropertyDescriptor(proto, property);
    if (!proto || !d?.set || !d.get) return;
    const { get, set } = d;
    Object.defineProperty(proto, property, {
      configurable: true,
      enumerable: d.enumerable,
      get() {
        return get.call(this);
      },
      set(this: Element, value: unknown) {
        const url = absolute(value);
        if (always || isOtherOrigin(url)) report({ kind: 'src', url, tag, consent: this.getAttribute('data-consent') });
        set.call(this, value);
      },
    });
  };
  hook(globalThis.HTMLScriptElement?.prototype, 'src', 'script', true);
  hook(globalThis.HTMLIFrameElement?.prototype, 'src', 'iframe', true);
  hook(globalThis.HTMLImageElement?.prototype, 'src', 'img', false);
  hook(globalThis.HTMLLinkElement?.prototype, 'href', 'link', false);
  const tags = new Set(['script', 'iframe', 'img', 'link']);
  const setAttribute = Element.prototype.setAttribute;
  Element.prototype.setAttribute = function (this: Element, name: string, value: string) {
    const tag = this.localName;
    const n = String(name).toLowerCase();
    if (tags.has(tag) && (n === 'src' || (n === 'href' && tag === 'link'))) {
      const url = absolute(value);
      if (tag === 'script' || tag === 'iframe' || isOtherOrigin(url))
        report({ kind: 'src', url, tag, consent: this.getAttribute('data-consent') });
    }
    return setAttribute.call(this, name, value);
  };
}

/** Reports each request the page's code makes to another origin: `fetch`, XHR and `sendBeacon`. */
function watchRequests(report: Report, { absolute, isOtherOrigin }: Urls): void {
  const originalFetch = globalThis.fetch;
  if (originalFetch) {
    globalThis.fetch = function (this: unknown, input: RequestInfo | URL, init?: RequestInit) {
      const url = absolute(input instanceof Request ? input.url : input);
      if (isOtherOrigin(url)) report({ kind: 'fetch', url });
      return originalFetch.call(this, input, init);
    } as typeof fetch;
  }
  const open = XMLHttpRequest.prototype.open as (...args: unknown[]) => void;
  XMLHttpRequest.prototype.open = function (this: XMLHttpRequest, ...args: unknown[]) {
    const url = absolute(args[1]);
    if (isOtherOrigin(url)) report({ kind: 'xhr', url });
    return open.apply(this, args);
  } as typeof XMLHttpRequest.prototype.open;
  const beacon = navigator.sendBeacon?.bind(navigator);
  if (beacon) {
    navigator.sendBeacon = (url: string | URL, data?: BodyInit | null) => {
      const absoluteUrl = absolute(url);
      if (isOtherOrigin(absoluteUrl)) report({ kind: 'beacon', url: absoluteUrl });
      return beacon(url, data);
    };
  }
}

/**
 * The init script's source: `instrument` called with its steps, all as their source text,
 * named so that its own frames can be left out of stack traces.
 */
export const instrumentSource = `(${instrument.toString()})(${JSON.stringify(bindingName)}, ${JSON.stringify(instrumentScriptName)}, [${[watchCookies, watchElements, watchRequests].map(String).join(', ')}]);\n//# sourceURL=${instrumentScriptName}\n`;
