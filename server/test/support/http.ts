import type { Db } from '../../src/store/db.js';

/** Where the tests' requests go: any origin will do, the handler only reads the path and the scheme. */
export const site = 'http://shop.example';

/** A receipt's POST as the widget sends it (`application/json`), or with the body and headers given. */
export function postReceipt(
  body: unknown,
  { contentType = 'application/json', headers = {}, url = `${site}/consent/receipts` } = {} as {
    contentType?: string | null;
    headers?: Record<string, string>;
    url?: string;
  },
): Request {
  // A Uint8Array body gets no content type of its own, so `null` really sends none.
  const bytes =
    body instanceof Uint8Array
      ? // A copy on an ArrayBuffer of its own, as the DOM's BodyInit types it.
        new Uint8Array(body)
      : new TextEncoder().encode(typeof body === 'string' ? body : JSON.stringify(body));
  return new Request(url, {
    method: 'POST',
    body: bytes,
    headers: { ...(contentType === null ? {} : { 'content-type': contentType }), ...headers },
  });
}

/** An admin GET, with the bearer token unless `token` is null. */
export const adminGet = (path: string, token: string | null = 'test-token', headers: Record<string, string> = {}) =>
  new Request(`${site}${path}`, {
    headers: { ...(token === null ? {} : { authorization: `Bearer ${token}` }), ...headers },
  });

/** How many receipts the database holds. */
export const countRows = async (db: Db) =>
  (await db.query<{ n: number }>('SELECT count(*)::int AS n FROM consentry_receipts'))[0].n;

/** A privacy request's POST as the widget's form sends it (`application/json`), or with the body and headers given. */
export const postRequest = (body: unknown, options: Parameters<typeof postReceipt>[1] = {}) =>
  postReceipt(body, { url: `${site}/consent/requests`, ...options });

/** An admin POST of JSON, with the bearer token unless `token` is null. */
export const adminPost = (
  path: string,
  body: unknown,
  token: string | null = 'test-token',
  contentType = 'application/json',
) =>
  new Request(`${site}${path}`, {
    method: 'POST',
    body: typeof body === 'string' ? body : JSON.stringify(body),
    headers: { 'content-type': contentType, ...(token === null ? {} : { authorization: `Bearer ${token}` }) },
  });

/** How many rows a table holds. */
export const countOf = async (db: Db, table: string) =>
  (await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`))[0].n;

/**
 * A cross-origin preflight that asks to send the admin token with a GET to `path`: what
 * the server's CORS answer must never allow (the bearer token never crosses origins).
 */
export const adminPreflight = (path: string, origin: string) =>
  new Request(`${site}${path}`, {
    method: 'OPTIONS',
    headers: { origin, 'access-control-request-method': 'GET', 'access-control-request-headers': 'authorization' },
  });
