/**
 * One local server for a page of third-party tags on the vendors' real host names: it
 * serves the test's page and dist/ on 127.0.0.1, and answers every vendor host with the
 * stand-ins of {@link standIns}, over plain HTTP and over TLS on the same port (the first
 * byte of a connection says which), so `https://www.clarity.ms/tag/…` and
 * `//bat.bing.com/bat.js` both reach it, HSTS upgrade or not.
 *
 * Browsers reach it in two ways: Chromium resolves the vendor hosts to it
 * (`--host-resolver-rules`), Firefox and WebKit use it as their HTTP proxy (an absolute
 * URL for `http:`, `CONNECT host:443` then TLS for `https:`). Either way the request
 * keeps its real host name, which the log records.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer as createHttpServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import { type AddressInfo, createServer as createNetServer, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import type { Duplex } from 'node:stream';
import { firstPartyStandIns, standIns, vendorHosts } from './stand-ins';

/** One request as the server saw it: the host name it was for, without a port. */
export interface VendorRequest {
  host: string;
  path: string;
  query: string;
}

const root = new URL('../../', import.meta.url).pathname;
const dist = join(root, 'dist/');
const types: Record<string, string> = { '.js': 'text/javascript', '.html': 'text/html; charset=utf-8' };

/**
 * A self-signed certificate for every vendor host, made with `openssl` (the browsers are
 * told to accept it: Chromium's `--ignore-certificate-errors`, `acceptInsecureCerts` in
 * Firefox and WebKit).
 */
function selfSignedCertificate(hosts: string[]): { key: Buffer; cert: Buffer } {
  const dir = mkdtempSync(join(tmpdir(), 'consentry-tls-'));
  try {
    const san = hosts.map((h) => `DNS:${h}`).join(',');
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'rsa:2048',
        '-nodes',
        '-days',
        '2',
        '-subj',
        '/CN=consentry-test-vendors',
        '-addext',
        `subjectAltName=${san}`,
        '-keyout',
        join(dir, 'key.pem'),
        '-out',
        join(dir, 'cert.pem'),
      ],
      { stdio: 'ignore' },
    );
    return { key: readFileSync(join(dir, 'key.pem')), cert: readFileSync(join(dir, 'cert.pem')) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Serves a file of dist/, or answers 404. */
async function serveDist(path: string, res: ServerResponse) {
  const file = normalize(join(root, path));
  if (!file.startsWith(dist)) return notFound(res);
  try {
    const body = await readFile(file);
    res.writeHead(200, {
      'content-type': types[extname(file)] ?? 'application/octet-stream',
      'cache-control': 'no-store',
    });
    res.end(body);
  } catch {
    notFound(res);
  }
}

const notFound = (res: ServerResponse) => {
  res.writeHead(404, { 'cache-control': 'no-store' });
  res.end();
};

const send = (res: ServerResponse, path: string, body: string) => {
  const type = path.endsWith('.html') || path.startsWith('/embed/') ? types['.html'] : types['.js'];
  // no-store: every run of a stand-in is a request the log shows, none comes from a cache.
  res.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' });
  res.end(body);
};

/**
 * Starts the server on 127.0.0.1 at a free port.
 * @example const s = await startVendorServer(); s.page('/', html); await driver.open(`${s.origin}/`);
 */
export async function startVendorServer() {
  const pages = new Map<string, string>();
  const requests: VendorRequest[] = [];

  function handle(req: IncomingMessage, res: ServerResponse) {
    // A proxied `http:` request carries an absolute URL; every other one a path and a Host.
    const url = new URL(req.url ?? '/', `http://${req.headers.host ?? '127.0.0.1'}`);
    const host = url.hostname;
    requests.push({ host, path: url.pathname, query: url.search });
    if (host === '127.0.0.1' || host === 'localhost') {
      const page = pages.get(url.pathname);
      if (page !== undefined) return send(res, '.html', page);
      if (url.pathname in firstPartyStandIns) return send(res, url.pathname, firstPartyStandIns[url.pathname]);
      if (url.pathname.startsWith('/dist/')) return void serveDist(url.pathname, res);
      return notFound(res);
    }
    const standIn = standIns.find((s) => s.host === host && s.path.test(url.pathname));
    if (standIn) return send(res, url.pathname, standIn.body);
    notFound(res);
  }

  const { key, cert } = selfSignedCertificate(vendorHosts);
  const http = createHttpServer(handle);
  const https = createHttpsServer({ key, cert }, handle);
  // TLS starts with a handshake record (0x16); anything else is plain HTTP.
  const route = (socket: Duplex) => {
    socket.once('data', (chunk: Buffer) => {
      socket.pause();
      socket.unshift(chunk);
      (chunk[0] === 0x16 ? https : http).emit('connection', socket);
      process.nextTick(() => socket.resume());
    });
  };
  // A proxy's tunnel for `https:`: accept it and route what comes through as a new connection.
  http.on('connect', (_req: IncomingMessage, socket: Duplex, head: Buffer) => {
    socket.write('HTTP/1.1 200 Connection Established\r\n\r\n');
    if (head.length) socket.unshift(head);
    route(socket);
  });
  const sockets = new Set<Socket>();
  const server = createNetServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => {});
    route(socket);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    port,
    origin: `http://127.0.0.1:${port}`,
    /** Serves `html` at `path` on 127.0.0.1 until the server stops. */
    page(path: string, html: string) {
      pages.set(path, html);
    },
    requests,
    /** How many requests reached `host` at a path matching `path`. */
    count: (host: string, path: RegExp) => requests.filter((r) => r.host === host && path.test(r.path)).length,
    clearLog: () => {
      requests.length = 0;
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}

export type VendorServer = Awaited<ReturnType<typeof startVendorServer>>;
