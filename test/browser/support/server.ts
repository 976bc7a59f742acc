import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';

/** One request as the server saw it. */
export interface LoggedRequest {
  method: string;
  path: string;
  headers: IncomingMessage['headers'];
  body: string;
}

/** A page the test serves: its HTML and any response headers (a CSP, say). */
export interface TestPage {
  html: string;
  headers?: Record<string, string>;
  /** Sent `afterMs` after `html`, as a long page's end streams in late. */
  rest?: { html: string; afterMs: number };
}

const dist = new URL('../../../dist/', import.meta.url).pathname;
const root = new URL('../../../', import.meta.url).pathname;
// The runtime dependencies, served so a page can import the npm build through an import map.
const servedModules = /^\/node_modules\/(preact|idb-keyval|js-cookie)\/[\w./-]+\.m?js$/;
const types: Record<string, string> = { '.js': 'text/javascript', '.mjs': 'text/javascript', '.html': 'text/html' };

/**
 * Local stand-ins for third-party tags. Each records that it ran, in order, and what
 * Consent Mode state the dataLayer held at that moment, and sets the cookies the real
 * tag would set.
 */
const standIn = (name: string, cookies: string[] = []) => `
  (window.__ran = window.__ran || []).push(${JSON.stringify(name)});
  (window.__consentAtRun = window.__consentAtRun || {})[${JSON.stringify(name)}] =
    (window.dataLayer || []).filter(function (e) { return e && e[0] === 'consent'; })
      .map(function (e) { return e[1]; });
  ${cookies.map((c) => `document.cookie = ${JSON.stringify(`${c}; path=/`)};`).join('\n')}
`;

const standIns: Record<string, string> = {
  '/stand-in/gtag.js': standIn('gtag', ['_ga=GA1.1.123.456', '_ga_TEST123=GS1.1.789']),
  '/stand-in/pixel.js': standIn('pixel', ['_fbp=fb.1.123.456']),
  '/stand-in/a.js': standIn('a'),
  '/stand-in/c.js': standIn('c'),
  '/stand-in/late.js': standIn('late'),
  '/stand-in/video.html': '<!doctype html><title>video</title><p>video stand-in</p>',
  '/stand-in/pixel.gif': 'GIF89a',
  // Paths the catalog knows on any host (tags proxied through the site's own domain), for
  // the safety net: each records its id, as `gtag:G-ONE`.
  '/gtag/js': standIn('gtag').replace(
    /"gtag"/g,
    '"gtag:" + new URL(document.currentScript.src).searchParams.get("id")',
  ),
  '/gtm.js': standIn('gtm'),
  '/matomo.js': standIn('matomo'),
  '/embed/player.html': '<!doctype html><title>player</title><p>player stand-in</p>',
};

/**
 * A test server on 127.0.0.1: serves dist/, the pages a test registers and the
 * stand-ins, delays `?delay=ms` responses, and logs every request so a test can prove
 * by the server's own record what was and was not fetched.
 */
export async function startServer() {
  const pages = new Map<string, TestPage>();
  const requests: LoggedRequest[] = [];

  async function handle(req: IncomingMessage, res: ServerResponse) {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    requests.push({
      method: req.method ?? 'GET',
      path: url.pathname,
      headers: req.headers,
      body: Buffer.concat(chunks).toString(),
    });
    const delay = Number(url.searchParams.get('delay') ?? 0);
    if (delay) await new Promise((r) => setTimeout(r, delay));

    const page = pages.get(url.pathname);
    if (page) {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', ...page.headers });
      if (!page.rest) return res.end(page.html);
      res.write(page.html);
      await new Promise((r) => setTimeout(r, page.rest?.afterMs));
      return res.end(page.rest.html);
    }
    if (url.pathname in standIns) {
      const type = url.pathname.endsWith('.html')
        ? 'text/html'
        : url.pathname.endsWith('.gif')
          ? 'image/gif'
          : 'text/javascript';
      res.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' });
      return res.end(standIns[url.pathname]);
    }
    if (url.pathname === '/log') {
      res.writeHead(204);
      return res.end();
    }
    if (url.pathname.startsWith('/dist/') || servedModules.test(url.pathname)) {
      const file = normalize(join(root, url.pathname));
      if (file.startsWith(dist) || servedModules.test(url.pathname)) {
        try {
          const body = await readFile(file);
          res.writeHead(200, {
            'content-type': types[extname(file)] ?? 'application/octet-stream',
            'cache-control': 'no-store',
          });
          return res.end(body);
        } catch {
          // 404 below
        }
      }
    }
    res.writeHead(404);
    res.end();
  }

  const server = createServer((req, res) => {
    handle(req, res).catch(() => {
      res.writeHead(500);
      res.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    port,
    origin: `http://127.0.0.1:${port}`,
    /** Serves `html` at `path` until `reset` (each test's start, in the harnesses). */
    page(path: string, html: string, headers?: Record<string, string>) {
      pages.set(path, { html, headers });
    },
    /** Serves `first` at `path` at once and `rest` only `afterMs` later, in one response. */
    streamedPage(path: string, first: string, rest: string, afterMs: number) {
      pages.set(path, { html: first, rest: { html: rest, afterMs } });
    },
    requests,
    /**
     * The paths fetched so far that start with `prefix`, the release's hash left out of
     * Consentry's file names (`consentry-engine.de.3f9a1c2b.js` as `consentry-engine.de.js`).
     */
    fetched: (prefix: string) =>
      requests.filter((r) => r.path.startsWith(prefix)).map((r) => r.path.replace(/\.[0-9a-f]{8}\.js$/, '.js')),
    clearLog: () => {
      requests.length = 0;
    },
    /** Forgets the pages and the log: a test sees only the pages it registered itself. */
    reset: () => {
      requests.length = 0;
      pages.clear();
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export type TestServer = Awaited<ReturnType<typeof startServer>>;
