/**
 * The Consentry demo server: a dependency-free Node 20 HTTP server on 127.0.0.1 that
 * serves the demo med-spa site (demo/site/), the built widget from dist/ exactly as a
 * customer would host it, local stand-ins for third-party tags, and the Consentry records
 * server (consentry-server) mounted on the same origin: /consent/receipts stores the
 * widget's receipts in an embedded PostgreSQL (PGlite) under demo/data/records, sets the
 * choice cookie over HTTP, and /consent/admin is its dashboard.
 *
 *   node demo/server.mjs            # PORT=4173 by default; tries the next ports if busy
 *
 * A test can start it in-process:
 *
 *   import { startDemoServer } from '../demo/server.mjs';
 *   const demo = await startDemoServer({ port: 0 });   // { url, port, adminToken, requests, close }
 */
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { dirname, extname, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createRecordsServer, toNodeListener } from 'consentry-server';

const here = dirname(fileURLToPath(import.meta.url));
const siteRoot = resolve(here, 'site');
const pagesRoot = resolve(here, 'pages');
const layoutFile = resolve(here, 'layout.html');
const standInRoot = resolve(here, 'stand-in');
const distRoot = resolve(here, '..', 'dist');
const defaultDataDir = resolve(here, 'data', 'records');

/** Clean paths of the site's pages and the file in demo/pages/ each one serves. */
const pages = new Map([
  ['/', 'index.html'],
  ['/treatments', 'treatments.html'],
  ['/booking', 'booking.html'],
  ['/privacy', 'privacy.html'],
  ['/cookies', 'cookies.html'],
  ['/contact', 'contact.html'],
  ['/consent-log', 'consent-log.html'],
]);
const cleanPathOf = new Map([...pages].map(([path, file]) => [file, path]));

const contentTypes = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.gif': 'image/gif',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.ts': 'text/plain; charset=utf-8',
};

// Microsoft Clarity's hosts, as Clarity's CSP guidance lists them (its tag loads from
// www.clarity.ms and further scripts from *.clarity.ms, sends to lettered *.clarity.ms
// hosts, and syncs through c.bing.com):
// https://learn.microsoft.com/en-us/clarity/setup-and-installation/clarity-csp
const clarityHosts = 'https://*.clarity.ms https://c.bing.com';

/**
 * The policy every HTML response carries. It allows no inline style and no inline script
 * but the page's own, each by its hash: the one a page has is Clarity's snippet, pasted
 * into layout.html as an agency would. So the demo proves the widget and the site work
 * under a strict Content Security Policy.
 */
function cspFor(html) {
  const hashes = [...html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)].map(
    ([, body]) => `'sha256-${createHash('sha256').update(body).digest('base64')}'`,
  );
  return [
    "default-src 'self'",
    ["script-src 'self'", ...hashes, clarityHosts].join(' '),
    "style-src 'self'",
    `img-src 'self' data: ${clarityHosts}`,
    "font-src 'self'",
    `connect-src 'self' ${clarityHosts}`,
    "frame-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'self'",
  ].join('; ');
}

const baseHeaders = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'same-origin',
};
/** The headers of an HTML response: its policy, from its own inline scripts. */
const htmlHeaders = (html) => ({ 'content-security-policy': cspFor(String(html)) });

const maxBody = 16 * 1024;

/** The file under `root` that `urlPath` names, or null when it would leave `root`. */
function safeJoin(root, urlPath) {
  let decoded;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const file = resolve(root, `.${sep}${decoded.replace(/^[/\\]+/, '')}`);
  return file.startsWith(root + sep) ? file : null;
}

/**
 * A page of the site: its fragment in demo/pages/ (a comment with title, description,
 * <html> attributes and scripts, then its <main>) in demo/layout.html, which holds what
 * every page shares — the Consentry embed first of all. The nav marks the current page.
 */
async function renderPage(name, path) {
  const [layout, page] = await Promise.all([readFile(layoutFile, 'utf8'), readFile(resolve(pagesRoot, name), 'utf8')]);
  const [, front, main] = page.match(/^<!--\n([\s\S]*?)\n-->\n([\s\S]*)$/) ?? [];
  if (main === undefined) throw new Error(`${name} has no front comment`);
  const fields = { html: '', title: '', description: '' };
  const scripts = [];
  for (const line of front.split('\n')) {
    const [key, value] = [line.slice(0, line.indexOf(':')), line.slice(line.indexOf(':') + 1).trim()];
    if (key === 'script') scripts.push(`\n<script src="${value}" defer></script>`);
    else fields[key] = value;
  }
  return layout
    .replace('{{html}}', fields.html && ` ${fields.html}`)
    .replace('{{title}}', () => fields.title)
    .replace('{{description}}', () => fields.description)
    .replace('{{scripts}}', () => scripts.join(''))
    .replace('{{main}}', () => main.trimEnd())
    .replace(`<li><a href="${path}">`, `<li><a href="${path}" aria-current="page">`);
}

async function readRegularFile(file) {
  try {
    if (!(await stat(file)).isFile()) return null;
    return await readFile(file);
  } catch {
    return null;
  }
}

const typeOf = (file) => contentTypes[extname(file).toLowerCase()] ?? 'application/octet-stream';

/**
 * Starts the demo server. With `port` busy it tries the next 20 ports; `port: 0` takes
 * any free one. `dataDir` (default demo/data/records) is the records server's PGlite
 * directory; `adminToken` (default CONSENTRY_ADMIN_TOKEN, else a random one) opens its
 * dashboard.
 * @param {{ port?: number, host?: string, dataDir?: string, adminToken?: string, quiet?: boolean }} [options]
 * @returns {Promise<{ url: string, port: number, dataDir: string, adminToken: string, requests: {method: string, path: string}[], close: () => Promise<void> }>}
 */
export async function startDemoServer(options = {}) {
  const host = options.host ?? '127.0.0.1';
  const firstPort = options.port ?? (Number(process.env.PORT) || 4173);
  const dataDir = resolve(options.dataDir ?? defaultDataDir);
  const adminToken = options.adminToken ?? (process.env.CONSENTRY_ADMIN_TOKEN || randomBytes(12).toString('base64url'));

  mkdirSync(dataDir, { recursive: true });
  if (!options.quiet) console.log(`[demo] opening the records database in ${dataDir} (the first start creates it)`);
  // The spa's policy: "We will respond to all requests … within thirty (30) days."
  const records = createRecordsServer({ dataDir, adminToken, requestDays: 30 });
  await records.ready;
  const recordsListener = toNodeListener(records);

  /** The last requests seen (method and path), for tests that check what was fetched. */
  const requests = [];

  function send(req, res, status, headers, body) {
    res.writeHead(status, { ...baseHeaders, ...headers });
    res.end(req.method === 'HEAD' ? undefined : body);
  }

  function sendJson(req, res, status, value, headers = {}) {
    send(
      req,
      res,
      status,
      { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', ...headers },
      `${JSON.stringify(value)}\n`,
    );
  }

  async function notFound(req, res) {
    const page = await renderPage('404.html', null).catch(() => null);
    if (page) {
      return send(
        req,
        res,
        404,
        { 'content-type': contentTypes['.html'], 'cache-control': 'no-cache', ...htmlHeaders(page) },
        page,
      );
    }
    send(req, res, 404, { 'content-type': 'text/plain; charset=utf-8' }, 'Not found\n');
  }

  function methodNotAllowed(req, res, allow) {
    send(req, res, 405, { allow, 'content-type': 'text/plain; charset=utf-8' }, `Method not allowed; use ${allow}\n`);
  }

  /** Serves a file under `root`, or answers 404. */
  async function serveFile(req, res, root, urlPath, headers = {}, allowHtml = true) {
    const file = safeJoin(root, urlPath);
    if (file && !allowHtml && extname(file).toLowerCase() === '.html') return notFound(req, res);
    const body = file && (await readRegularFile(file));
    if (!body) return notFound(req, res);
    const type = typeOf(file);
    send(
      req,
      res,
      200,
      { 'content-type': type, ...(type.startsWith('text/html') ? htmlHeaders(body) : {}), ...headers },
      body,
    );
  }

  function readBody(req) {
    return new Promise((resolveBody, reject) => {
      const chunks = [];
      let size = 0;
      const onData = (chunk) => {
        size += chunk.length;
        if (size > maxBody) {
          // Answer 413 at once; the rest of the body is read and dropped.
          req.off('data', onData);
          req.resume();
          reject(Object.assign(new Error('too large'), { status: 413 }));
          return;
        }
        chunks.push(chunk);
      };
      req.on('data', onData);
      req.on('end', () => resolveBody(Buffer.concat(chunks).toString('utf8')));
      req.on('error', reject);
    });
  }

  /**
   * The demo's consent-log page reads the newest receipts here. A real site would not
   * publish its receipts: the demo does, through the records server's admin API, so a
   * newcomer sees each choice arrive.
   */
  async function consentLog(req, res) {
    if (req.method !== 'GET' && req.method !== 'HEAD') return methodNotAllowed(req, res, 'GET, HEAD');
    const answer = await records(
      new Request('http://demo/consent/receipts?limit=100', { headers: { authorization: `Bearer ${adminToken}` } }),
    );
    if (!answer.ok) return sendJson(req, res, 502, { error: `the records server answered ${answer.status}` });
    const { receipts } = await answer.json();
    sendJson(req, res, 200, receipts);
  }

  async function handle(req, res) {
    const raw = req.url ?? '/';
    const url = new URL(`http://localhost${raw.startsWith('/') ? raw : `/${raw}`}`);
    const path = url.pathname;
    requests.push({ method: req.method ?? 'GET', path });
    if (requests.length > 1000) requests.splice(0, requests.length - 1000);

    if (path.startsWith('/consent/') || path === '/.well-known/gpc.json') return recordsListener(req, res);
    if (path === '/api/consent-log') return consentLog(req, res);
    if (path === '/booking' && req.method === 'POST') {
      // The booking form is a stand-in: its answers are read and thrown away, never stored.
      await readBody(req).catch(() => {});
      return send(req, res, 303, { location: '/booking?demo-request=sent', 'cache-control': 'no-store' });
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') return methodNotAllowed(req, res, 'GET, HEAD');

    // The built widget, as a customer hosts it; never cached, so a rebuild shows at once.
    if (path.startsWith('/dist/')) {
      // The README's hosting notes: the files named by the release's hash are cached for a
      // year; the tag is not cached by the demo, so a rebuild shows at the next reload.
      return serveFile(req, res, distRoot, path.slice('/dist/'.length), {
        'cache-control': /\.[0-9a-f]{8}\.js$/.test(path) ? 'public, max-age=31536000, immutable' : 'no-store',
      });
    }

    // Stand-ins for third-party tags; never cached, so every release is a real request.
    if (path.startsWith('/stand-in/')) {
      return serveFile(req, res, standInRoot, path.slice('/stand-in/'.length), { 'cache-control': 'no-store' });
    }

    const page = pages.get(path);
    if (page) {
      const html = await renderPage(page, path);
      return send(
        req,
        res,
        200,
        { 'content-type': contentTypes['.html'], 'cache-control': 'no-cache', ...htmlHeaders(html) },
        html,
      );
    }

    // /privacy/ → /privacy, /privacy.html → /privacy, /index.html → /
    const withoutSlash = path.length > 1 && path.endsWith('/') ? path.replace(/\/+$/, '') : null;
    const clean = withoutSlash && pages.has(withoutSlash) ? withoutSlash : cleanPathOf.get(path.slice(1));
    if (clean) return send(req, res, 301, { location: clean + url.search, 'cache-control': 'no-cache' });

    // The site's assets (CSS, scripts, icons); HTML only through the clean paths above.
    return serveFile(req, res, siteRoot, path, { 'cache-control': 'no-cache' }, false);
  }

  const listener = (req, res) => {
    handle(req, res).catch((error) => {
      if (!options.quiet) console.error('[demo]', error);
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
      res.end('Internal server error\n');
    });
  };

  const listen = (port) =>
    new Promise((resolveListen, reject) => {
      const server = createServer(listener);
      server.once('error', reject);
      server.listen(port, host, () => {
        server.off('error', reject);
        resolveListen(server);
      });
    });

  let server;
  for (let attempt = 0; ; attempt++) {
    const port = firstPort === 0 ? 0 : firstPort + attempt;
    try {
      server = await listen(port);
      break;
    } catch (error) {
      if (error.code !== 'EADDRINUSE' || firstPort === 0 || attempt >= 20) throw error;
      if (!options.quiet) console.log(`[demo] port ${port} is busy, trying ${port + 1}`);
    }
  }

  const { port } = server.address();
  const shownHost = host.includes(':') ? `[${host}]` : host;
  return {
    url: `http://${shownHost}:${port}/`,
    port,
    dataDir,
    adminToken,
    requests,
    close: () =>
      new Promise((resolveClose) => {
        server.close(() => resolveClose());
        server.closeAllConnections();
      }).then(() => records.close()),
  };
}

const runDirectly = process.argv[1] && pathToFileURL(resolve(process.argv[1])).href === import.meta.url;
if (runDirectly) {
  const demo = await startDemoServer();
  if (!existsSync(resolve(distRoot, 'consentry.js'))) {
    console.warn('[demo] dist/consentry.js is missing: run `npm run build` first (or `npm run demo`).');
  }
  console.log(`Consentry demo: ${demo.url}`);
  console.log(`Records dashboard: ${demo.url}consent/admin (admin token: ${demo.adminToken})`);
  console.log(`Consent receipts are stored in ${demo.dataDir} (PGlite)`);
  const stop = () => demo.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
