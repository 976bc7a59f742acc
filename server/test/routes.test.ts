import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { RecordsServerOptions } from '../src/options.js';
import type { Receipt } from '../src/receipt.js';
import { createRecordsServer, type RecordsServer } from '../src/server.js';
import type { Db } from '../src/store/db.js';
import { testDatabases } from './support/databases.js';
import { adminGet, adminPreflight, countRows, postReceipt, site } from './support/http.js';
import { acceptAll, makeReceipt, rejectAll } from './support/receipts.js';
import { reusedDatabase, tracked } from './support/reuse.js';

// The server's clock: when receipts arrive. Receipts themselves are dated by the real clock,
// which is what the schema checks them against.
const now = new Date('2026-11-30T12:00:00.000Z');
const day = 86_400_000;

const cookieOf = (receipt: Receipt) => `consentry=${encodeURIComponent(JSON.stringify(receipt))}`;
const errorOf = async (response: Response) => ((await response.json()) as { error: string }).error;

/** A day of the month that does not exist (the 31st of a shorter month), a few months back. */
function impossibleDate(): string {
  const today = new Date();
  for (let back = 1; ; back++) {
    const first = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() - back, 1));
    const length = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
    if (length < 31) return `${first.toISOString().slice(0, 8)}31T12:00:00.000Z`;
  }
}

describe.each(testDatabases())('the records server on $name', (kind) => {
  const database = reusedDatabase(kind);
  let db: Db;
  let servers: ReturnType<typeof tracked>;
  const started: RecordsServer[] = [];
  const serve = (options: RecordsServerOptions = {}) => {
    const server = createRecordsServer({ db: servers.db, adminToken: 'test-token', now: () => now, ...options });
    started.push(server);
    return server;
  };
  const rowOf = async (id: string) =>
    (
      await db.query<{ ip_prefix: string | null; revision: string }>(
        'SELECT ip_prefix, revision FROM consentry_receipts WHERE id = $1::uuid',
        [id],
      )
    )[0];

  beforeEach(async () => {
    db = await database.fresh();
    servers = tracked(db);
  });
  // A server's first retention run (and a start no route waited for) must end before the tables go.
  afterEach(async () => {
    await Promise.all(started.splice(0).map((s) => s.close()));
    await servers.settled();
  });
  afterAll(() => database.close());

  describe('POST /consent/receipts', () => {
    it('stores a new receipt (201) and sets the choice cookie', async () => {
      const records = serve();
      const receipt = makeReceipt();
      const response = await records(postReceipt(receipt));
      expect(response.status).toBe(201);
      expect(await response.json()).toEqual({ id: receipt.id, stored: 'new' });
      expect(response.headers.get('set-cookie')).toBe(`${cookieOf(receipt)}; Path=/; Max-Age=15552000; SameSite=Lax`);
      expect(await countRows(db)).toBe(1);
      const stored = await records(adminGet(`/consent/receipts/${receipt.id}`));
      expect(await stored.json()).toMatchObject({ ...receipt, receivedAt: now.toISOString() });
    });

    it('answers the same receipt again with 200, cookie and all, and keeps one row', async () => {
      const records = serve();
      const receipt = makeReceipt();
      expect((await records(postReceipt(receipt))).status).toBe(201);
      // The same content, its categories in another order.
      const again = { ...receipt, choices: Object.fromEntries(Object.entries(receipt.choices).reverse()) };
      const response = await records(postReceipt(again));
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual({ id: receipt.id, stored: 'already' });
      expect(response.headers.get('set-cookie')).toMatch(/^consentry=/);
      expect(await countRows(db)).toBe(1);
    });

    it('refuses another receipt under a stored id (409), without a cookie, and keeps the first', async () => {
      const records = serve();
      const receipt = makeReceipt({ choices: acceptAll });
      await records(postReceipt(receipt));
      for (const other of [
        { ...receipt, choices: rejectAll },
        { ...receipt, gpc: true },
        { ...receipt, revision: '2' },
        { ...receipt, method: 'api' as const },
        { ...receipt, timestamp: new Date(Date.parse(receipt.timestamp) - 1000).toISOString() },
      ]) {
        const response = await records(postReceipt(other));
        expect(response.status).toBe(409);
        expect(await errorOf(response)).toContain(receipt.id);
        expect(response.headers.get('set-cookie')).toBeNull();
      }
      expect(await countRows(db)).toBe(1);
      const stored = await (await records(adminGet(`/consent/receipts/${receipt.id}`))).json();
      expect(stored).toMatchObject(receipt);
    });

    const recent = () => new Date(Date.now() - 60_000).toISOString();
    const invalid: [string, unknown, string][] = [
      ['a method it does not know', { method: 'popup' }, 'method'],
      ['a method of the wrong type', { method: 1 }, 'method'],
      ['an id that is not a UUID', { id: 'not-a-uuid' }, 'id'],
      ['an id in upper case', { id: 'F47AC10B-58CC-4372-A567-0E02B2C3D479' }, 'id'],
      ['an id with SQL', { id: "'; DROP TABLE consentry_receipts; --" }, 'id'],
      ['a timestamp that is not ISO 8601', { timestamp: 'yesterday' }, 'timestamp'],
      ['a timestamp as a number', { timestamp: Date.now() }, 'timestamp'],
      ['a timestamp in the future', { timestamp: new Date(Date.now() + 2 * day).toISOString() }, 'timestamp'],
      [
        'a timestamp older than any kept choice',
        { timestamp: new Date(Date.now() - 500 * day).toISOString() },
        'timestamp',
      ],
      ['an empty revision', { revision: '' }, 'revision'],
      ['a revision of 101 characters', { revision: 'r'.repeat(101) }, 'revision'],
      ['a revision with NUL', { revision: 'a\u0000b' }, 'revision'],
      ['a revision with a lone surrogate', { revision: 'a\ud800' }, 'revision'],
      ['choices as an array', { choices: [true] }, 'choices'],
      ['choices with a value that is not boolean', { choices: { analytics: 'yes' } }, 'choices'],
      ['choices with an id in upper case', { choices: { Analytics: true } }, 'choices'],
      ['choices with a __proto__ key', JSON.parse('{"choices":{"__proto__":true}}'), 'choices'],
      [
        'choices with 51 categories',
        { choices: Object.fromEntries(Array.from({ length: 51 }, (_, i) => [`c${i}`, true])) },
        'choices',
      ],
      ['gpc as a string', { gpc: 'true' }, 'gpc'],
      ['gpc missing', { gpc: undefined }, 'gpc'],
      ['an unknown key', { extra: 1 }, 'extra'],
      ['a __proto__ key', JSON.parse('{"__proto__":{"admin":true}}'), '__proto__'],
    ];
    it.each(invalid)('refuses %s (400) naming the field, without a row or a cookie', async (_, change, field) => {
      const records = serve();
      const receipt = { ...makeReceipt({ timestamp: recent() }), ...(change as object) };
      const response = await records(postReceipt(JSON.stringify(receipt)));
      expect(response.status).toBe(400);
      expect(await errorOf(response)).toContain(field);
      expect(response.headers.get('set-cookie')).toBeNull();
      expect(await countRows(db)).toBe(0);
    });

    it.each([
      ['not JSON', '{"id":'],
      ['empty', ''],
      ['a JSON array', '[]'],
      ['JSON null', 'null'],
      ['a JSON string', '"receipt"'],
      ['deeply nested', `${'['.repeat(4000)}${']'.repeat(4000)}`],
    ])('refuses a body that is %s (400) with an error', async (_, body) => {
      const response = await serve()(postReceipt(body));
      expect(response.status).toBe(400);
      expect(await errorOf(response)).toMatch(/JSON/);
      expect(await countRows(db)).toBe(0);
    });

    it('refuses a date that does not exist (400), and the receipts arriving with it are stored', async () => {
      // Date.parse rolls the 31st of a 30-day month over into the next month; PostgreSQL refuses it.
      const records = serve();
      const bad = makeReceipt({ timestamp: impossibleDate() });
      const offset = makeReceipt({ timestamp: `${new Date().toISOString().slice(0, 19)}+16:00` });
      const good = Array.from({ length: 5 }, () => makeReceipt());
      const answers = await Promise.all([bad, ...good, offset].map((r) => records(postReceipt(r))));
      expect(answers.map((a) => a.status)).toEqual([400, 201, 201, 201, 201, 201, 400]);
      expect(await errorOf(answers[0])).toContain('timestamp');
      expect(await errorOf(answers[6])).toContain('timestamp');
      expect(await countRows(db)).toBe(5);
    });

    it('stores a category named constructor or prototype as sent', async () => {
      const records = serve();
      const receipt = makeReceipt({ choices: { necessary: true, constructor: true, prototype: false } });
      expect((await records(postReceipt(receipt))).status).toBe(201);
      const stored = (await (await records(adminGet(`/consent/receipts/${receipt.id}`))).json()) as Receipt;
      expect(stored.choices).toEqual(receipt.choices);
    });

    it('stores SQL and HTML in a revision as plain text', async () => {
      const records = serve();
      const revision = `'); DROP TABLE consentry_receipts; -- <script>alert(1)</script>`;
      const receipt = makeReceipt({ revision });
      expect((await records(postReceipt(receipt))).status).toBe(201);
      expect((await rowOf(receipt.id)).revision).toBe(revision);
    });

    it('accepts text/plain, as sendBeacon sends, and JSON with a charset', async () => {
      const records = serve();
      for (const contentType of ['text/plain;charset=UTF-8', 'application/json; charset=utf-8', 'Application/JSON']) {
        expect((await records(postReceipt(makeReceipt(), { contentType }))).status).toBe(201);
      }
      // A string body in a Request is text/plain;charset=UTF-8 by itself, as a beacon's is.
      const beacon = new Request(`${site}/consent/receipts`, { method: 'POST', body: JSON.stringify(makeReceipt()) });
      expect((await records(beacon)).status).toBe(201);
      expect(await countRows(db)).toBe(4);
    });

    it.each([
      ['no content type', null],
      ['text/html', 'text/html'],
      ['a form', 'application/x-www-form-urlencoded'],
      ['multipart', 'multipart/form-data; boundary=x'],
      ['application/jsonp', 'application/jsonp'],
      ['application/json-patch+json', 'application/json-patch+json'],
      ['application/xml', 'application/xml'],
    ])('refuses %s (415), without a row or a cookie', async (_, contentType) => {
      const response = await serve()(postReceipt(makeReceipt(), { contentType }));
      expect(response.status).toBe(415);
      expect(await errorOf(response)).toMatch(/application\/json/);
      expect(response.headers.get('set-cookie')).toBeNull();
      expect(await countRows(db)).toBe(0);
    });

    /** A valid receipt padded with spaces to exactly `size` bytes. */
    const padded = (receipt: Receipt, size: number) => {
      const json = JSON.stringify(receipt);
      return `${json.slice(0, -1)}${' '.repeat(size - json.length)}}`;
    };

    it('takes a receipt of exactly 8 KB', async () => {
      const response = await serve()(postReceipt(padded(makeReceipt(), 8192)));
      expect(response.status).toBe(201);
    });

    it.each([
      ['with a content length', true],
      ['without one (chunked)', false],
    ])('refuses a body over 8 KB %s (413), without a row or a cookie', async (_, withLength) => {
      const records = serve();
      for (const size of [8193, 100_000]) {
        const body = padded(makeReceipt(), size);
        const request = withLength
          ? postReceipt(body, { headers: { 'content-length': String(size) } })
          : new Request(`${site}/consent/receipts`, {
              method: 'POST',
              headers: { 'content-type': 'application/json' },
              body: new Blob([body]).stream(),
              duplex: 'half',
            } as RequestInit);
        expect(request.headers.has('content-length')).toBe(withLength);
        const response = await records(request);
        expect(response.status).toBe(413);
        expect(await errorOf(response)).toMatch(/8 KB/);
        expect(response.headers.get('set-cookie')).toBeNull();
      }
      expect(await countRows(db)).toBe(0);
    });

    it('answers 415 before 413: a large body of another type is refused for its type', async () => {
      const response = await serve()(postReceipt('x'.repeat(20_000), { contentType: 'text/html' }));
      expect(response.status).toBe(415);
    });

    it('answers only POST on /consent/receipts without a token', async () => {
      const records = serve();
      for (const method of ['PUT', 'DELETE', 'PATCH']) {
        const response = await records(new Request(`${site}/consent/receipts`, { method, body: '{}' }));
        expect(response.status).toBeGreaterThanOrEqual(400);
        expect(response.status).toBeLessThan(500);
      }
      expect(await countRows(db)).toBe(0);
    });
  });

  describe('the choice cookie', () => {
    it('is Secure on https, carries the Domain when configured, and lives expires-days', async () => {
      const records = serve({ cookieDomain: 'example.com', expiresDays: 30 });
      const receipt = makeReceipt();
      const response = await records(postReceipt(receipt, { url: 'https://shop.example.com/consent/receipts' }));
      expect(response.headers.get('set-cookie')).toBe(
        `${cookieOf(receipt)}; Path=/; Max-Age=${30 * 86_400}; SameSite=Lax; Secure; Domain=example.com`,
      );
    });

    it('is Secure behind a trusted proxy that says https, and not when the proxy is not trusted', async () => {
      const headers = { 'x-forwarded-proto': 'https' };
      const trusted = await serve({ trustProxy: true })(postReceipt(makeReceipt(), { headers }));
      expect(trusted.headers.get('set-cookie')).toMatch(/; Secure$/);
      const untrusted = await serve()(postReceipt(makeReceipt(), { headers }));
      expect(untrusted.headers.get('set-cookie')).not.toMatch(/Secure/);
    });

    it('holds the receipt as the widget writes it, so the widget reads it back', async () => {
      const receipt = makeReceipt({
        revision: 'v2; path=/evil, "quoted" ü €',
        choices: { necessary: true, 'live-chat': true },
      });
      const response = await serve()(postReceipt(receipt));
      const [pair] = (response.headers.get('set-cookie') ?? '').split('; ');
      expect(pair).toBe(cookieOf(receipt));
      // Nothing in the value that would end the cookie early (RFC 6265 cookie-octets).
      expect(pair.slice('consentry='.length)).toMatch(/^[^\s;,"\\]+$/);
      expect(JSON.parse(decodeURIComponent(pair.slice('consentry='.length)))).toEqual(receipt);
    });

    it('is not put back by an older receipt resent after a newer choice', async () => {
      const records = serve();
      const newer = makeReceipt({ choices: acceptAll });
      const older = makeReceipt({ choices: rejectAll, timestamp: new Date(Date.now() - 60_000).toISOString() });
      const cookie = `other=1; ${cookieOf(newer)}; theme=dark`;
      const resent = await records(postReceipt(older, { headers: { cookie } }));
      expect(resent.status).toBe(201);
      expect(resent.headers.get('set-cookie')).toBeNull();
      // The receipt is still proof of what was decided then.
      expect(await countRows(db)).toBe(1);

      const later = makeReceipt({ timestamp: new Date(Date.now() + 1000).toISOString() });
      const replaced = await records(postReceipt(later, { headers: { cookie } }));
      expect(replaced.headers.get('set-cookie')).toMatch(/^consentry=/);
    });

    it('is set when the request carries a corrupt choice cookie', async () => {
      const response = await serve()(postReceipt(makeReceipt(), { headers: { cookie: 'consentry=%E0%A4%A' } }));
      expect(response.status).toBe(201);
      expect(response.headers.get('set-cookie')).toMatch(/^consentry=/);
    });
  });

  describe("the visitor's address", () => {
    const stored = async (records: RecordsServer, ip?: string, headers: Record<string, string> = {}) => {
      const receipt = makeReceipt();
      expect((await records(postReceipt(receipt, { headers }), ip === undefined ? undefined : { ip })).status).toBe(
        201,
      );
      return (await rowOf(receipt.id)).ip_prefix;
    };

    it('is stored cut to its network, never whole', async () => {
      const records = serve();
      expect(await stored(records, '203.0.113.77')).toBe('203.0.113.0/24');
      expect(await stored(records, '::ffff:198.51.100.23')).toBe('198.51.100.0/24');
      expect(await stored(records, '2001:db8:85a3:8d3:1319:8a2e:370:7348')).toBe('2001:db8:85a3::/48');
      expect(await stored(records, '2001:db8::1')).toBe('2001:db8:0::/48');
      expect(await stored(records, 'not-an-address')).toBeNull();
      expect(await stored(records)).toBeNull();
      const all = await db.query<{ ip_prefix: string | null }>('SELECT ip_prefix FROM consentry_receipts');
      for (const { ip_prefix } of all) expect(ip_prefix ?? '').not.toMatch(/\.77|7348|23$/);
    });

    it('is read from X-Forwarded-For only behind a trusted proxy', async () => {
      const headers = { 'x-forwarded-for': '192.0.2.44, 10.0.0.1' };
      expect(await stored(serve({ trustProxy: true }), '10.0.0.1', headers)).toBe('192.0.2.0/24');
      expect(await stored(serve(), '10.0.0.1', headers)).toBe('10.0.0.0/24');
    });
  });

  describe('CORS', () => {
    const origin = 'https://other.example';

    it('lets an allowed origin post, and tells no other origin anything', async () => {
      const records = serve({ allowedOrigins: [origin] });
      const allowed = await records(postReceipt(makeReceipt(), { headers: { origin } }));
      expect(allowed.status).toBe(201);
      expect(allowed.headers.get('access-control-allow-origin')).toBe(origin);
      const refused = await records(postReceipt(makeReceipt(), { headers: { origin: 'https://evil.example' } }));
      expect(refused.headers.get('access-control-allow-origin')).toBeNull();
      // Its errors are readable too, so the widget's outbox can tell a refusal from a failure.
      const bad = await records(postReceipt({ nope: 1 }, { headers: { origin } }));
      expect(bad.status).toBe(400);
      expect(bad.headers.get('access-control-allow-origin')).toBe(origin);
    });

    it('answers a preflight from an allowed origin, and none from another', async () => {
      const records = serve({ allowedOrigins: [origin] });
      const preflight = (from: string) =>
        records(
          new Request(`${site}/consent/receipts`, {
            method: 'OPTIONS',
            headers: {
              origin: from,
              'access-control-request-method': 'POST',
              'access-control-request-headers': 'content-type',
            },
          }),
        );
      const allowed = await preflight(origin);
      expect(allowed.status).toBe(204);
      expect(allowed.headers.get('access-control-allow-origin')).toBe(origin);
      expect(allowed.headers.get('access-control-allow-methods')).toBe('POST');
      expect(allowed.headers.get('access-control-allow-headers')).toBe('content-type');
      const other = await preflight('https://evil.example');
      expect(other.headers.get('access-control-allow-origin')).toBeNull();
    });

    it('gives no origin CORS on the admin routes, not even one allowed to post', async () => {
      const records = serve({ allowedOrigins: [origin] });
      await records(postReceipt(makeReceipt()));
      for (const from of ['https://evil.example', origin]) {
        for (const path of ['/consent/receipts', '/consent/export.csv', '/consent/stats', '/consent/verify']) {
          const response = await records(adminGet(path, 'test-token', { origin: from }));
          expect(response.status).toBe(200);
          expect(response.headers.get('access-control-allow-origin')).toBeNull();
          await response.body?.cancel();
        }
      }
      // The bearer token is never allowed across origins: a preflight does not name Authorization.
      const preflight = await records(adminPreflight('/consent/receipts', origin));
      expect(preflight.headers.get('access-control-allow-headers') ?? '').not.toMatch(/authorization/i);
      expect(preflight.headers.get('access-control-allow-methods') ?? '').not.toMatch(/GET/);
    });
  });

  describe('the admin routes', () => {
    const adminPaths = [
      '/consent/receipts/f47ac10b-58cc-4372-a567-0e02b2c3d479',
      '/consent/receipts',
      '/consent/export.csv',
      '/consent/export.jsonl',
      '/consent/stats',
      '/consent/revisions',
      '/consent/verify',
    ];

    it.each(adminPaths)('%s answers 401 without the token or with another, with WWW-Authenticate', async (path) => {
      const records = serve();
      for (const request of [
        adminGet(path, null),
        adminGet(path, 'wrong-token'),
        adminGet(path, 'test-token2'),
        adminGet(path, 'test-toke'),
        adminGet(path, null, { authorization: 'Basic dGVzdC10b2tlbg==' }),
        adminGet(path, null, { authorization: 'test-token' }),
      ]) {
        const response = await records(request);
        expect(response.status).toBe(401);
        expect(response.headers.get('www-authenticate')).toMatch(/^Bearer/);
        expect(await errorOf(response)).toMatch(/Bearer/);
      }
    });

    it.each(adminPaths)('%s answers 503 when no admin token is configured', async (path) => {
      for (const adminToken of [undefined, '']) {
        const response = await serve({ adminToken })(adminGet(path));
        expect(response.status).toBe(503);
        expect(await errorOf(response)).toMatch(/CONSENTRY_ADMIN_TOKEN/);
      }
    });

    it('GET /consent/receipts/:id gives the receipt, when it arrived and its hash; 404 when unknown', async () => {
      const records = serve();
      const receipt = makeReceipt();
      await records(postReceipt(receipt));
      const found = await records(adminGet(`/consent/receipts/${receipt.id}`));
      expect(found.status).toBe(200);
      expect(found.headers.get('cache-control')).toBe('no-store');
      const body = await found.json();
      expect(body).toEqual({
        ...receipt,
        receivedAt: now.toISOString(),
        hash: expect.stringMatching(/^[0-9a-f]{64}$/),
      });
      // Ids are looked up whatever their case.
      expect((await records(adminGet(`/consent/receipts/${receipt.id.toUpperCase()}`))).status).toBe(200);
      for (const id of [makeReceipt().id, 'not-an-id', "1' OR '1'='1", '%E0%A4%A']) {
        const response = await records(adminGet(`/consent/receipts/${id}`));
        expect(response.status).toBe(404);
        expect(await errorOf(response)).toMatch(/no receipt/);
      }
    });

    it('lists newest first, a page at a time, by next and cursor', async () => {
      const records = serve();
      const all = Array.from({ length: 5 }, () => makeReceipt());
      for (const r of all) await records(postReceipt(r));
      const page = async (query: string) => {
        const response = await records(adminGet(`/consent/receipts${query}`));
        expect(response.status).toBe(200);
        return (await response.json()) as { receipts: Receipt[]; next: string | null };
      };
      const first = await page('?limit=2');
      expect(first.receipts.map((r) => r.id)).toEqual([all[4].id, all[3].id]);
      expect(first.next).toEqual(expect.any(String));
      const second = await page(`?limit=2&cursor=${first.next}`);
      expect(second.receipts.map((r) => r.id)).toEqual([all[2].id, all[1].id]);
      const last = await page(`?limit=2&cursor=${second.next}`);
      expect(last).toMatchObject({ receipts: [{ id: all[0].id }], next: null });
      expect((await page('')).receipts).toHaveLength(5);
      expect((await page('?limit=1000')).receipts).toHaveLength(5);
      expect((await page('?method=api')).receipts).toEqual([]);
      expect((await page('?method=banner')).receipts).toHaveLength(5);
      const at = now.toISOString();
      expect((await page(`?from=${at}`)).receipts).toHaveLength(5);
      expect((await page(`?to=${at}`)).receipts).toHaveLength(0);
    });

    it.each([
      ['limit=1001', 'limit'],
      ['limit=0', 'limit'],
      ['limit=-1', 'limit'],
      ['limit=ten', 'limit'],
      ['limit=1e3', 'limit'],
      ['cursor=abc', 'cursor'],
      ['cursor=1;DROP', 'cursor'],
      ['method=popup', 'method'],
      ['from=yesterday', 'from'],
      ['to=2026-13-45', 'to'],
      // Dates JavaScript takes and PostgreSQL does not read back: years before 1 and after 9999.
      ['from=-000001-01-01T00:00:00Z', 'from'],
      ['to=%2B275760-09-13T00:00:00.000Z', 'to'],
      ['from=10000-01-01', 'from'],
      // Past PostgreSQL's bigint.
      ['cursor=9999999999999999999', 'cursor'],
    ])('refuses the list query %s (400) naming %s', async (query, field) => {
      const response = await serve()(adminGet(`/consent/receipts?${query}`));
      expect(response.status).toBe(400);
      expect(await errorOf(response)).toContain(field);
    });

    it('exports CSV: the fixed columns, then one per category, cells safe from spreadsheet formulas', async () => {
      const records = serve();
      const plain = makeReceipt({ choices: { necessary: true, analytics: false } });
      const formula = makeReceipt({ revision: '=cmd()', choices: { necessary: true, chat: true } });
      const others = ['+1', '-1', '@SUM(A1)', 'a,"b"'].map((revision) => makeReceipt({ revision, method: 'api' }));
      for (const r of [plain, formula, ...others]) await records(postReceipt(r));
      const response = await records(adminGet('/consent/export.csv'));
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toMatch(/^text\/csv/);
      expect(response.headers.get('content-disposition')).toMatch(/attachment/);
      const lines = (await response.text()).split('\r\n');
      expect(lines.pop()).toBe('');
      expect(lines[0]).toBe(
        'id,timestamp,receivedAt,revision,method,gpc,advertising,analytics,chat,necessary,preferences,social',
      );
      const at = now.toISOString();
      expect(lines[1]).toBe(`${plain.id},${plain.timestamp},${at},1,banner,false,,false,,true,,`);
      expect(lines[2]).toBe(`${formula.id},${formula.timestamp},${at},'=cmd(),banner,false,,,true,true,,`);
      expect(lines.slice(3).map((l) => l.split(',')[3])).toEqual(["'+1", "'-1", "'@SUM(A1)", '"a']);
      expect(lines[6]).toContain(`,"a,""b""",api,`);
      expect(lines).toHaveLength(7);
    });

    it('exports JSON Lines: one stored receipt per line, oldest first', async () => {
      const records = serve();
      const all = Array.from({ length: 3 }, () => makeReceipt());
      for (const r of all) await records(postReceipt(r));
      const response = await records(adminGet('/consent/export.jsonl'));
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toMatch(/^application\/x-ndjson/);
      const text = await response.text();
      expect(text.endsWith('\n')).toBe(true);
      const lines = text
        .trimEnd()
        .split('\n')
        .map((l) => JSON.parse(l));
      expect(lines).toEqual(all.map((r) => ({ ...r, receivedAt: now.toISOString(), hash: expect.any(String) })));
    });

    it('exports nothing but the header when there are no receipts', async () => {
      const records = serve();
      expect(await (await records(adminGet('/consent/export.csv'))).text()).toBe(
        'id,timestamp,receivedAt,revision,method,gpc\r\n',
      );
      expect(await (await records(adminGet('/consent/export.jsonl'))).text()).toBe('');
    });

    it('counts decisions per day with stats?days=', async () => {
      const records = serve();
      await records(postReceipt(makeReceipt({ choices: acceptAll })));
      await records(postReceipt(makeReceipt({ choices: rejectAll, gpc: true })));
      const response = await records(adminGet('/consent/stats?days=3'));
      expect(response.status).toBe(200);
      const days = (await response.json()) as { date: string }[];
      expect(days.map((d) => d.date)).toEqual(['2026-11-28', '2026-11-29', '2026-11-30']);
      expect(days[0]).toEqual({
        date: '2026-11-28',
        decisions: 0,
        acceptAll: 0,
        rejectAll: 0,
        custom: 0,
        gpc: 0,
        granted: {},
      });
      expect(days[2]).toEqual({
        date: '2026-11-30',
        decisions: 2,
        acceptAll: 1,
        rejectAll: 1,
        custom: 0,
        gpc: 1,
        granted: { necessary: 1, preferences: 0.5, analytics: 0.5, advertising: 0.5, social: 0.5 },
      });
      expect(await (await records(adminGet('/consent/stats'))).json()).toHaveLength(30);
      for (const days of ['0', '367', 'x', '-3']) {
        const refused = await records(adminGet(`/consent/stats?days=${days}`));
        expect(refused.status).toBe(400);
        expect(await errorOf(refused)).toContain('days');
      }
    });

    it('counts decisions per policy revision, the first received first', async () => {
      let clock = new Date(now.getTime() - 2 * day);
      const records = serve({ now: () => clock });
      await records(postReceipt(makeReceipt({ revision: '9', choices: acceptAll })));
      clock = new Date(now.getTime() - day);
      await records(postReceipt(makeReceipt({ revision: '10', choices: rejectAll, gpc: true })));
      clock = now;
      await records(postReceipt(makeReceipt({ revision: '9', choices: rejectAll })));
      const response = await records(adminGet('/consent/revisions'));
      expect(response.status).toBe(200);
      expect(response.headers.get('cache-control')).toBe('no-store');
      expect(await response.json()).toEqual({
        revisions: [
          {
            revision: '9',
            decisions: 2,
            acceptAll: 1,
            rejectAll: 1,
            custom: 0,
            gpc: 0,
            granted: { necessary: 1, preferences: 0.5, analytics: 0.5, advertising: 0.5, social: 0.5 },
            first: new Date(now.getTime() - 2 * day).toISOString(),
            last: now.toISOString(),
          },
          {
            revision: '10',
            decisions: 1,
            acceptAll: 0,
            rejectAll: 1,
            custom: 0,
            gpc: 1,
            granted: { necessary: 1, preferences: 0, analytics: 0, advertising: 0, social: 0 },
            first: new Date(now.getTime() - day).toISOString(),
            last: new Date(now.getTime() - day).toISOString(),
          },
        ],
      });
    });

    it('gives a revision written as HTML, a formula or SQL back as the same text', async () => {
      const records = serve();
      const hostile = ['<img src=x onerror=alert(1)>', '=cmd', "'); DROP TABLE consentry_receipts; --"];
      for (const revision of hostile) await records(postReceipt(makeReceipt({ revision })));
      const { revisions } = (await (await records(adminGet('/consent/revisions'))).json()) as {
        revisions: { revision: string; decisions: number }[];
      };
      // Received together: in the order of their bytes, whatever the database's locale.
      expect(revisions.map((r) => r.revision)).toEqual([...hostile].sort());
      expect(revisions.every((r) => r.decisions === 1)).toBe(true);
    });

    it('verifies the chain, and finds an edited row', async () => {
      const records = serve();
      const all = Array.from({ length: 3 }, () => makeReceipt());
      for (const r of all) await records(postReceipt(r));
      expect(await (await records(adminGet('/consent/verify'))).json()).toEqual({ ok: true, count: 3, firstBad: null });
      await db.exec('ALTER TABLE consentry_receipts DISABLE TRIGGER consentry_receipts_append_only');
      await db.query(`UPDATE consentry_receipts SET body = replace(body, '"gpc":false', '"gpc":true') WHERE id = $1`, [
        all[1].id,
      ]);
      expect(await (await records(adminGet('/consent/verify'))).json()).toEqual({
        ok: false,
        count: 2,
        firstBad: all[1].id,
      });
    });
  });

  describe('the other routes', () => {
    it('GET /.well-known/gpc.json says GPC is honoured, dated by the clock', async () => {
      const response = await serve()(new Request(`${site}/.well-known/gpc.json`));
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toMatch(/^application\/json/);
      expect(await response.json()).toEqual({ gpc: true, lastUpdate: '2026-11-30' });
    });

    it('answers 404 with an error for a route it does not have', async () => {
      const response = await serve()(new Request(`${site}/consent/nothing`));
      expect(response.status).toBe(404);
      expect(await errorOf(response)).toBeTruthy();
    });

    it('answers 503 to every request, not a crash, when the database cannot open', async () => {
      const broken = createRecordsServer({ databaseUrl: 'postgres://nobody@127.0.0.1:1/none', now: () => now });
      started.push(broken);
      await expect(broken.ready).rejects.toThrow();
      const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
      try {
        const response = await broken(postReceipt(makeReceipt()));
        expect(response.status).toBe(503);
        expect(response.headers.get('retry-after')).toBe('5');
        expect(await errorOf(response)).toMatch(/try again/);
        expect(logged).toHaveBeenCalled();
      } finally {
        logged.mockRestore();
      }
    });
  });

  it('deletes by retention only what arrived longer ago than retention-days, and the chain still holds', async () => {
    let clock = new Date(now.getTime() - 731 * day);
    const records = serve({ now: () => clock });
    const old = makeReceipt();
    await records(postReceipt(old));
    clock = new Date(now.getTime() - 729 * day);
    await records(postReceipt(makeReceipt()));
    clock = now;
    await records(postReceipt(makeReceipt()));
    expect(await records.purgeExpired()).toBe(1);
    expect(await records.purgeExpired()).toBe(0);
    expect((await records(adminGet(`/consent/receipts/${old.id}`))).status).toBe(404);
    expect(await (await records(adminGet('/consent/verify'))).json()).toEqual({ ok: true, count: 2, firstBad: null });
  });

  it('stores receipts arriving together, each linked into one chain', async () => {
    const records = serve();
    const all = Array.from({ length: 40 }, () => makeReceipt());
    const answers = await Promise.all(all.map((r) => records(postReceipt(r))));
    expect(answers.map((a) => a.status)).toEqual(all.map(() => 201));
    expect(await countRows(db)).toBe(40);
    expect(await (await records(adminGet('/consent/verify'))).json()).toEqual({ ok: true, count: 40, firstBad: null });
  });
});
