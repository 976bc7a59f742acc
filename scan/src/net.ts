import type { Page } from 'playwright-core';

/**
 * An element Consentry's safety net caught (SPEC §3), as `Consentry.status().held` lists
 * it in the page: a `<script>` or `<iframe>` of a catalog service nobody marked, held
 * until its category is granted.
 */
export interface NetCatch {
  /** As status() names it: `<script> https://…`. */
  element: string;
  tag: 'script' | 'iframe';
  url: string;
  /** What status() names its service by: a catalog id, or the host when it has no names at hand. */
  service: string;
  category: string;
  state: 'auto-held' | 'loaded';
  /** Written in the page's HTML (the net turned its type off), rather than inserted by a script. */
  inHtml: boolean;
}

/**
 * Runs in the page: the safety net's catches from `Consentry.status()`, which resolves once
 * the engine runs and its report has loaded (`consentry-status.js`, one request to the
 * site's own origin); `[]` without Consentry, or when it has not answered within `timeout`
 * ms. status() prints tables and may warn; the console is silenced until it answers or the
 * wait ends, since a page may forward its console to a monitoring service and the scanner
 * must not add requests.
 * Kept free of outside references: Playwright sends it to the page as source text.
 */
async function readCatches(timeout: number): Promise<NetCatch[]> {
  type Held = { element?: unknown; categories?: unknown; state?: unknown; service?: unknown };
  const api = (window as unknown as { Consentry?: { status?: () => Promise<{ held?: Held[] }> } }).Consentry;
  if (typeof api?.status !== 'function') return [];
  const methods = ['table', 'info', 'warn', 'log', 'error'] as const;
  const saved = methods.map((m) => console[m]);
  for (const m of methods) console[m] = () => {};
  let held: Held[];
  try {
    const status = await Promise.race([api.status(), new Promise<undefined>((r) => setTimeout(r, timeout))]);
    held = Array.isArray(status?.held) ? status.held : [];
  } catch {
    return [];
  } finally {
    methods.forEach((m, i) => {
      console[m] = saved[i];
    });
  }
  const found: NetCatch[] = [];
  for (const h of held) {
    // Marked elements have no service; the net's catches name theirs.
    if (typeof h?.service !== 'string' || (h.state !== 'auto-held' && h.state !== 'loaded')) continue;
    const m = typeof h.element === 'string' ? /^<(script|iframe)> (\S+)$/.exec(h.element) : null;
    if (!m) continue;
    const [, tag, url] = m;
    // A script the net caught in the HTML stays there, its type turned to text/plain, until released.
    const inHtml =
      tag === 'script' &&
      [...document.scripts].some(
        (s) => s.src === url && !s.hasAttribute('data-consent') && s.type.trim().toLowerCase() === 'text/plain',
      );
    const categories = Array.isArray(h.categories) ? h.categories : [];
    found.push({
      element: h.element as string,
      tag: tag as NetCatch['tag'],
      url,
      service: h.service,
      category: typeof categories[0] === 'string' ? categories[0] : 'unknown',
      state: h.state,
      inHtml,
    });
  }
  return found;
}

/**
 * What Consentry's safety net has caught on `page` so far, waiting up to `timeout` ms for
 * the engine to start; `[]` for a page without Consentry, or one whose engine never starts.
 * @example const catches = await readNet(page, 3000) // [{ element: '<script> https://…', state: 'auto-held', … }]
 */
export const readNet = (page: Page, timeout: number): Promise<NetCatch[]> =>
  page.evaluate(readCatches, timeout).catch(() => []);

/**
 * The catches a visit saw: the last read, each told whether it was written in the HTML by
 * the first read too (a released script in the HTML is replaced by a running copy).
 * @example mergeCatches(beforeChoice, atEnd)
 */
export function mergeCatches(before: readonly NetCatch[], after: readonly NetCatch[]): NetCatch[] {
  const inHtml = new Set(before.filter((c) => c.inHtml).map((c) => c.url));
  const urls = new Set(after.map((c) => c.url));
  return [
    ...after.map((c) => ({ ...c, inHtml: c.inHtml || inHtml.has(c.url) })),
    ...before.filter((c) => !urls.has(c.url)),
  ];
}

/**
 * The markup that holds a caught element so the browser never requests it (SPEC §3), as
 * the widget's own console warning gives it (src/gate/net-release.ts).
 * @example holdingMarkup({ tag: 'script', url: 'https://x/y.js', category: 'analytics' })
 */
export const holdingMarkup = ({ tag, url, category }: Pick<NetCatch, 'tag' | 'url' | 'category'>): string =>
  tag === 'script'
    ? `<script type="text/plain" data-consent="${category}" src="${url}"></script>`
    : `<iframe data-consent="${category}" data-src="${url}"></iframe>`;
