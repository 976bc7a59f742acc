import { readFile } from 'node:fs/promises';

/**
 * The page's Content-Security-Policy: its own script and stylesheet only, charts as `blob:`
 * images, no inline code, never framed.
 */
export const pageCsp =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' blob:; connect-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

/** Headers every dashboard file is sent with. */
export const pageHeaders = {
  'content-security-policy': pageCsp,
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'referrer-policy': 'no-referrer',
  'cross-origin-opener-policy': 'same-origin',
  // Small files, checked again each time, so an upgraded server never runs an old script.
  'cache-control': 'no-cache',
} as const;

/** The files the page is made of, by the name it is served under. */
const files = {
  'index.html': 'text/html; charset=utf-8',
  'app.js': 'text/javascript; charset=utf-8',
  'app.css': 'text/css; charset=utf-8',
  'icon.svg': 'image/svg+xml; charset=utf-8',
} as const;

export type AssetName = keyof typeof files;

// server/src/dashboard/ (tests, tsx) and server/dist/dashboard/ (built) sit at the same depth under server/.
const folder = new URL('../../dashboard/', import.meta.url);
// The server runs from its TypeScript only in the repository (the tests), never once published.
const fromSource = import.meta.url.endsWith('.ts');

/**
 * The page's script: one bundle of src/dashboard/client/ (server/scripts/build-dashboard.mjs),
 * which the build writes beside this file, or which is bundled here from the client's
 * TypeScript when the server runs from source, so the tests always load the script as it is.
 */
async function script(): Promise<string> {
  if (!fromSource) return readFile(new URL('app.js', import.meta.url), 'utf8');
  const bundler = new URL('../../scripts/build-dashboard.mjs', import.meta.url);
  const { bundleDashboard } = (await import(bundler.href)) as { bundleDashboard: () => Promise<string> };
  return bundleDashboard();
}

/**
 * The page's files, read once on first use and kept; a read that failed is tried again.
 * The page, its stylesheet and its icon are server/dashboard/'s; its script is `script()`.
 * @example const { body, type } = await assets('app.js')
 */
export function dashboardAssets() {
  const cache = new Map<AssetName, Promise<string>>();
  return async (name: AssetName) => {
    let body = cache.get(name);
    if (!body) {
      body = name === 'app.js' ? script() : readFile(new URL(name, folder), 'utf8');
      cache.set(name, body);
      body.catch(() => cache.delete(name));
    }
    return { body: await body, type: files[name] };
  };
}
