import { randomUUID } from 'node:crypto';
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { RecordsServerOptions } from '../src/options.js';
import { createRecordsServer, type RecordsServer } from '../src/server.js';
import type { Db } from '../src/store/db.js';
import type { StoredRequest } from '../src/store/requests.js';
import { parseCsv } from './support/csv.js';
import { testDatabases } from './support/databases.js';
import { adminGet, adminPost, adminPreflight, countOf, postRequest, site } from './support/http.js';
import { reusedDatabase, tracked } from './support/reuse.js';

/*
 * Privacy requests (SPEC §9): the visitor's POST, its rate limit counted from the database,
 * the admin list, the change of status and the CSV export. The webhook has its own file.
 */

const t0 = new Date('2026-11-30T12:00:00.000Z');
const minute = 60_000;
const hour = 60 * minute;
const day = 24 * hour;

const errorOf = async (response: Response) => ((await response.json()) as { error: string }).error;
const valid = (overrides: Record<string, unknown> = {}) => ({
  kind: 'access',
  email: 'ana@example.com',
  message: 'Which data do you hold about me?',
  consentId: randomUUID(),
  ...overrides,
});

describe.each(testDatabases())('privacy requests on $name', (kind) => {
  const database = reusedDatabase(kind);
  let db: Db;
  let servers: ReturnType<typeof tracked>;
  let clock: Date;
  const started: RecordsServer[] = [];
  /** A server on the test's database and clock; the rate limit is high unless the test sets it. */
  const serve = (options: RecordsServerOptions = {}) => {
    const server = createRecordsServer({
      db: servers.db,
      adminToken: 'test-token',
      now: () => clock,
      requestLimit: 1000,
      ...options,
    });
    started.push(server);
    return server;
  };
  const listed = async (records: RecordsServer, status = 'all') => {
    const response = await records(adminGet(`/consent/requests?status=${status}`));
    expect(response.status).toBe(200);
    return ((await response.json()) as { requests: StoredRequest[] }).requests;
  };
  const count = () => countOf(db, 'consentry_requests');

  beforeEach(async () => {
    db = await database.fresh();
    servers = tracked(db);
    clock = t0;
  });
  afterEach(async () => {
    await Promise.all(started.splice(0).map((s) => s.close()));
    await servers.settled();
  });
  afterAll(() => database.close());

  describe('POST /consent/requests', () => {
    it('stores a request (201) with its id and due date, and lists it open with its first status', async () => {
      const records = serve();
      const sent = valid();
      const response = await records(postRequest(sent));
      expect(response.status).toBe(201);
      const body = (await response.json()) as { id: string; due: string };
      expect(body).toEqual({ id: expect.stringMatching(/^[0-9a-f-]{36}$/), due: '2026-12-30' });
      expect(await listed(records)).toEqual([
        {
          id: body.id,
          ...sent,
          receivedAt: t0.toISOString(),
          due: '2026-12-30',
          status: 'open',
          history: [{ status: 'open', at: t0.toISOString(), note: '' }],
        },
      ]);
    });

    it('keeps nothing of the visitor but what they sent and their network prefix', async () => {
      const records = serve();
      const response = await records(postRequest(valid({ message: undefined, consentId: undefined })), {
        ip: '203.0.113.77',
      });
      expect(response.status).toBe(201);
      const [row] = await db.query('SELECT * FROM consentry_requests');
      expect(Object.keys(row).sort()).toEqual(
        ['consent_id', 'due', 'email', 'id', 'ip_prefix', 'kind', 'message', 'received_at', 'seq'].sort(),
      );
      expect(row).toMatchObject({ ip_prefix: '203.0.113.0/24', consent_id: null, message: '' });
      const [request] = await listed(records);
      expect(request).toMatchObject({ message: '', consentId: null });
    });

    it.each([
      ['the day it arrived in UTC', '2026-11-30T23:59:59.999Z', {}, '2026-12-30'],
      ['the next day, a minute later', '2026-12-01T00:00:00.000Z', {}, '2026-12-31'],
      ['--request-days 45', '2026-11-30T12:00:00.000Z', { requestDays: 45 }, '2027-01-14'],
      ['a leap day', '2028-01-30T08:00:00.000Z', {}, '2028-02-29'],
    ])('counts the due date from %s', async (_, at, options, due) => {
      clock = new Date(at);
      const response = await serve(options)(postRequest(valid()));
      expect(((await response.json()) as { due: string }).due).toBe(due);
    });

    it('takes every kind of request', async () => {
      const records = serve();
      for (const k of ['access', 'correct', 'delete', 'opt-out', 'limit-use', 'other'])
        expect((await records(postRequest(valid({ kind: k })))).status).toBe(201);
      expect(await count()).toBe(6);
    });

    it('gives back a message and a note that start with U+FEFF as sent', async () => {
      const records = serve();
      const { id } = (await (await records(postRequest(valid({ message: '\ufeffHi' })))).json()) as { id: string };
      await records(adminPost(`/consent/requests/${id}`, { status: 'done', note: '\ufeff' }));
      const [request] = await listed(records);
      expect(request.message).toBe('\ufeffHi');
      expect(request.history[1].note).toBe('\ufeff');
    });

    it('stores markup and spreadsheet formulas in every field as text, lines and tabs kept', async () => {
      const records = serve();
      const message = `<script>alert(1)</script>\n=cmd|' /C calc'!A0\r\n\t+1 -1 @SUM(A1) '); DROP TABLE consentry_requests; --`;
      const emails = ["=cmd|'/Ccalc'!A0@example.com", '+1@example.com', '-1@example.com', "o'brien@example.com"];
      for (const email of emails) expect((await records(postRequest(valid({ email, message })))).status).toBe(201);
      const requests = await listed(records);
      expect(requests.map((r) => r.email).sort()).toEqual([...emails].sort());
      expect(requests.every((r) => r.message === message)).toBe(true);
    });

    const invalid: [string, Record<string, unknown>, string][] = [
      ['no kind', { kind: undefined }, 'kind'],
      ['a kind it does not know', { kind: 'erase' }, 'kind'],
      ['a kind in upper case', { kind: 'ACCESS' }, 'kind'],
      ['a kind that is a number', { kind: 1 }, 'kind'],
      ['no e-mail', { email: undefined }, 'email'],
      ['an e-mail without @', { email: 'ana.example.com' }, 'email'],
      ['an e-mail with markup', { email: '<script>@example.com' }, 'email'],
      ['an e-mail with a space', { email: 'ana maria@example.com' }, 'email'],
      ['an e-mail with a line break', { email: 'ana@example.com\nBcc: x@y.z' }, 'email'],
      [
        'an e-mail of 255 characters',
        { email: `${'a'.repeat(64)}@${'b'.repeat(61)}.${'c'.repeat(61)}.${'d'.repeat(62)}.com` },
        'email',
      ],
      ['an e-mail with 65 characters before the @', { email: `${'a'.repeat(65)}@example.com` }, 'email'],
      ['an e-mail that is an array', { email: ['ana@example.com'] }, 'email'],
      ['a message of 4001 characters', { message: 'm'.repeat(4001) }, 'message'],
      ['a message with NUL', { message: 'a\u0000b' }, 'message'],
      ['a message with a bell', { message: 'a\u0007b' }, 'message'],
      ['a message with an escape sequence', { message: 'a\u001b[31mb' }, 'message'],
      ['a message with DEL', { message: 'a\u007fb' }, 'message'],
      ['a message with a lone surrogate', { message: 'a\ud800b' }, 'message'],
      ['a message that is null', { message: null }, 'message'],
      ['a consent id that is not a UUID', { consentId: 'abc' }, 'consentId'],
      ['a consent id in upper case', { consentId: 'F47AC10B-58CC-4372-A567-0E02B2C3D479' }, 'consentId'],
      ['a consent id of version 1', { consentId: 'f47ac10b-58cc-1372-a567-0e02b2c3d479' }, 'consentId'],
      ['a consent id with SQL', { consentId: "'; DROP TABLE consentry_requests; --" }, 'consentId'],
      ['an id of its own (the server gives ids)', { id: randomUUID() }, 'id'],
      ['a status of its own', { status: 'done' }, 'status'],
      ['an unknown key', { extra: 1 }, 'extra'],
    ];
    it.each(invalid)('refuses %s (400) naming the field, without a row', async (_, change, field) => {
      const records = serve();
      const response = await records(postRequest(JSON.stringify({ ...valid(), ...change })));
      expect(response.status).toBe(400);
      expect(await errorOf(response)).toContain(field);
      expect(await count()).toBe(0);
    });

    it('keeps a message of exactly 4000 characters, and an e-mail of 254', async () => {
      const email = `${'a'.repeat(64)}@${'b'.repeat(61)}.${'c'.repeat(61)}.${'d'.repeat(61)}.com`;
      expect(email).toHaveLength(254);
      const response = await serve()(postRequest(valid({ email, message: 'm'.repeat(4000) })));
      expect(response.status).toBe(201);
    });

    it.each([
      ['not JSON', '{"kind":'],
      ['empty', ''],
      ['a JSON array', '[]'],
      ['JSON null', 'null'],
      ['a JSON string', '"access"'],
      ['a __proto__ key', '{"__proto__":{"kind":"access"},"kind":"access","email":"a@b.c"}'],
    ])('refuses a body that is %s (400)', async (_, body) => {
      const response = await serve()(postRequest(body));
      expect(response.status).toBe(400);
      expect(await errorOf(response)).toMatch(/JSON|__proto__/);
      expect(await count()).toBe(0);
    });

    it.each([
      ['no content type', null],
      ['text/plain', 'text/plain;charset=UTF-8'],
      ['a form', 'application/x-www-form-urlencoded'],
      ['multipart', 'multipart/form-data; boundary=x'],
      ['application/jsonp', 'application/jsonp'],
    ])('refuses %s (415), without a row', async (_, contentType) => {
      const response = await serve()(postRequest(valid(), { contentType }));
      expect(response.status).toBe(415);
      expect(await errorOf(response)).toMatch(/application\/json/);
      expect(await count()).toBe(0);
    });

    /** A valid request padded with spaces to exactly `size` bytes. */
    const padded = (size: number) => {
      const json = JSON.stringify(valid());
      return `${json.slice(0, -1)}${' '.repeat(size - json.length)}}`;
    };

    it('takes a request of exactly 8 KB', async () => {
      expect((await serve()(postRequest(padded(8192)))).status).toBe(201);
    });

    it.each([
      ['with a content length', true],
      ['without one (chunked)', false],
    ])('refuses a body over 8 KB %s (413), without a row', async (_, withLength) => {
      const records = serve();
      for (const size of [8193, 100_000]) {
        const body = padded(size);
        const request = withLength
          ? postRequest(body, { headers: { 'content-length': String(size) } })
          : new Request(`${site}/consent/requests`, {
              method: 'POST',
              headers: { 'content-type': 'application/json' },
              body: new Blob([body]).stream(),
              duplex: 'half',
            } as RequestInit);
        const response = await records(request);
        expect(response.status).toBe(413);
        expect(await errorOf(response)).toMatch(/8 KB/);
      }
      expect(await count()).toBe(0);
    });

    it('answers the POST and its preflight for an allowed origin only, never the admin GET', async () => {
      const origin = 'https://other.example';
      const records = serve({ allowedOrigins: [origin] });
      const allowed = await records(postRequest(valid(), { headers: { origin } }));
      expect(allowed.status).toBe(201);
      expect(allowed.headers.get('access-control-allow-origin')).toBe(origin);
      const stranger = await records(postRequest(valid(), { headers: { origin: 'https://evil.example' } }));
      expect(stranger.headers.get('access-control-allow-origin')).toBeNull();
      const preflight = await records(adminPreflight('/consent/requests', origin));
      expect(preflight.headers.get('access-control-allow-headers') ?? '').not.toMatch(/authorization/i);
      expect(preflight.headers.get('access-control-allow-methods') ?? '').not.toMatch(/GET/);
    });
  });

  describe('the rate limit', () => {
    const post = (records: RecordsServer, ip?: string, body: unknown = valid()) => records(postRequest(body), { ip });

    it('refuses a sixth request from one network within the hour (429, Retry-After), and takes others', async () => {
      const records = serve({ requestLimit: undefined });
      for (let i = 0; i < 5; i++) {
        clock = new Date(t0.getTime() + i * minute);
        expect((await post(records, `198.51.100.${i + 1}`)).status).toBe(201);
      }
      clock = new Date(t0.getTime() + 5 * minute);
      const refused = await post(records, '198.51.100.200');
      expect(refused.status).toBe(429);
      // The first of the five leaves the hour at t0 + 60 min: 55 minutes from now.
      expect(refused.headers.get('retry-after')).toBe(String(55 * 60));
      expect(await errorOf(refused)).toMatch(/at most 5 requests an hour/);
      // The same network in IPv4-mapped form is the same network.
      expect((await post(records, '::ffff:198.51.100.9')).status).toBe(429);
      // Other networks are not held back.
      expect((await post(records, '198.51.101.1')).status).toBe(201);
      expect((await post(records, '2001:db8:1::1')).status).toBe(201);
      expect(await count()).toBe(7);

      clock = new Date(t0.getTime() + hour - 1);
      expect((await post(records, '198.51.100.1')).status).toBe(429);
      clock = new Date(t0.getTime() + hour);
      expect((await post(records, '198.51.100.1')).status).toBe(201);
      expect((await post(records, '198.51.100.1')).status).toBe(429);
    });

    it('counts what the database holds, so a new server on the same database still refuses', async () => {
      const first = serve({ requestLimit: undefined });
      for (let i = 0; i < 5; i++) expect((await post(first, '2001:db8:5:1::1')).status).toBe(201);
      await first.close();
      const second = serve({ requestLimit: undefined });
      // The same /48.
      expect((await post(second, '2001:db8:5:ffff::2')).status).toBe(429);
      expect((await post(second, '2001:db8:6::1')).status).toBe(201);
    });

    it('does not count refused bodies', async () => {
      const records = serve({ requestLimit: undefined });
      const ip = '192.0.2.10';
      for (const bad of [{ ...valid(), kind: 'nope' }, '{', { ...valid(), email: 'x' }])
        for (let i = 0; i < 4; i++) expect((await post(records, ip, bad)).status).toBe(400);
      for (let i = 0; i < 3; i++)
        expect((await records(postRequest(valid(), { contentType: 'text/plain' }), { ip })).status).toBe(415);
      for (let i = 0; i < 5; i++) expect((await post(records, ip)).status).toBe(201);
      expect((await post(records, ip)).status).toBe(429);
    });

    it('follows --request-limit, and counts requests arriving together no further than the limit', async () => {
      const records = serve({ requestLimit: 3 });
      const answers = await Promise.all(Array.from({ length: 8 }, () => post(records, '192.0.2.77')));
      expect(answers.map((a) => a.status).sort()).toEqual([201, 201, 201, 429, 429, 429, 429, 429]);
      expect(await count()).toBe(3);
    });

    it('counts the network behind a trusted proxy from X-Forwarded-For', async () => {
      const records = serve({ requestLimit: 1, trustProxy: true });
      const via = (forwarded: string) =>
        records(postRequest(valid(), { headers: { 'x-forwarded-for': forwarded } }), { ip: '10.0.0.1' });
      expect((await via('203.0.113.5, 10.0.0.1')).status).toBe(201);
      expect((await via('203.0.113.6')).status).toBe(429);
      expect((await via('198.51.100.5')).status).toBe(201);
      const [row] = await db.query<{ ip_prefix: string }>(
        "SELECT ip_prefix FROM consentry_requests WHERE ip_prefix LIKE '203.%'",
      );
      expect(row.ip_prefix).toBe('203.0.113.0/24');
    });

    it('counts requests from no known address as one network', async () => {
      const records = serve({ requestLimit: 2 });
      expect((await post(records)).status).toBe(201);
      expect((await post(records, 'not an address')).status).toBe(201);
      expect((await post(records)).status).toBe(429);
    });

    it('never holds back the admin routes', async () => {
      const records = serve({ requestLimit: 1 });
      const ip = '198.51.100.3';
      const { id } = (await (await post(records, ip)).json()) as { id: string };
      expect((await post(records, ip)).status).toBe(429);
      for (let i = 0; i < 3; i++) {
        expect((await records(adminGet('/consent/requests'), { ip })).status).toBe(200);
        expect((await records(adminGet('/consent/requests.csv'), { ip })).status).toBe(200);
        const closed = await records(adminPost(`/consent/requests/${id}`, { status: 'done', note: `n${i}` }), { ip });
        expect(closed.status).toBe(200);
      }
    });
  });

  describe('the admin routes', () => {
    const someId = randomUUID();
    const routes: [string, () => Request, (token: string | null) => Request][] = [
      ['GET /consent/requests', () => adminGet('/consent/requests'), (t) => adminGet('/consent/requests', t)],
      [
        'GET /consent/requests.csv',
        () => adminGet('/consent/requests.csv'),
        (t) => adminGet('/consent/requests.csv', t),
      ],
      [
        'POST /consent/requests/<id>',
        () => adminPost(`/consent/requests/${someId}`, { status: 'done', note: 'x' }),
        (t) => adminPost(`/consent/requests/${someId}`, { status: 'done', note: 'x' }, t),
      ],
    ];

    it.each(routes)('%s answers 401 without the token or with another, with WWW-Authenticate', async (_, __, as) => {
      const records = serve();
      for (const token of [null, 'wrong-token', 'test-toke', 'test-token2']) {
        const response = await records(as(token));
        expect(response.status).toBe(401);
        expect(response.headers.get('www-authenticate')).toMatch(/^Bearer/);
      }
    });

    it.each(routes)('%s answers 503 when no admin token is configured', async (_, request) => {
      for (const adminToken of [undefined, '']) {
        const response = await serve({ adminToken })(request());
        expect(response.status).toBe(503);
        expect(await errorOf(response)).toMatch(/CONSENTRY_ADMIN_TOKEN/);
      }
    });

    /** Three requests, received a day apart, due on 2026-12-30, 12-10 and 12-20. */
    async function threeRequests(records: RecordsServer, short: RecordsServer, middle: RecordsServer) {
      const ids: string[] = [];
      for (const [i, server] of [records, short, middle].entries()) {
        clock = new Date(t0.getTime() + i * day);
        ids.push(
          ((await (await server(postRequest(valid({ email: `p${i}@example.com` })))).json()) as { id: string }).id,
        );
      }
      return ids;
    }

    it('lists open, closed or all requests, the oldest due first, each with its history', async () => {
      const records = serve();
      const [a, b, c] = await threeRequests(records, serve({ requestDays: 9 }), serve({ requestDays: 18 }));
      expect((await listed(records, 'open')).map((r) => r.id)).toEqual([b, c, a]);
      // Open ones when the query says nothing.
      const byDefault = (await (await records(adminGet('/consent/requests'))).json()) as { requests: unknown[] };
      expect(byDefault.requests).toHaveLength(3);

      clock = new Date(t0.getTime() + 3 * day);
      const closed = await records(
        adminPost(`/consent/requests/${c}`, { status: 'refused', note: 'Could not verify' }),
      );
      expect(closed.status).toBe(200);
      expect(closed.headers.get('cache-control')).toBe('no-store');
      expect(await closed.json()).toMatchObject({
        id: c,
        status: 'refused',
        due: '2026-12-20',
        history: [
          { status: 'open', at: new Date(t0.getTime() + 2 * day).toISOString(), note: '' },
          { status: 'refused', at: clock.toISOString(), note: 'Could not verify' },
        ],
      });
      expect((await listed(records, 'open')).map((r) => r.id)).toEqual([b, a]);
      expect((await listed(records, 'closed')).map((r) => r.id)).toEqual([c]);
      expect((await listed(records, 'all')).map((r) => r.id)).toEqual([b, c, a]);
    });

    it('adds each change of status as a new row of the history, and can open a request again', async () => {
      const records = serve();
      const { id } = (await (await records(postRequest(valid()))).json()) as { id: string };
      const steps = [
        { status: 'done', note: 'Sent the data by e-mail' },
        { status: 'open', note: 'They wrote back: something is missing' },
        { status: 'done', note: 'Sent the rest\nwith\ttabs' },
      ];
      for (const [i, step] of steps.entries()) {
        clock = new Date(t0.getTime() + (i + 1) * hour);
        // The id is found whatever its case.
        const path = `/consent/requests/${i === 1 ? id.toUpperCase() : id}`;
        const response = await records(adminPost(path, step));
        expect(response.status).toBe(200);
        expect(((await response.json()) as StoredRequest).status).toBe(step.status);
      }
      const [request] = await listed(records);
      expect(request.history.map(({ status, note }) => ({ status, note }))).toEqual([
        { status: 'open', note: '' },
        ...steps,
      ]);
      expect(request.history.map((h) => h.at)).toEqual(
        [0, 1, 2, 3].map((i) => new Date(t0.getTime() + i * hour).toISOString()),
      );
      expect(await countOf(db, 'consentry_request_statuses')).toBe(4);
    });

    it('answers 404 for a request it does not have', async () => {
      const records = serve();
      for (const id of [randomUUID(), 'not-an-id', "1' OR '1'='1", '%E0%A4%A']) {
        const response = await records(adminPost(`/consent/requests/${id}`, { status: 'done', note: 'x' }));
        expect(response.status).toBe(404);
        expect(await errorOf(response)).toMatch(/no request/);
      }
      expect(await countOf(db, 'consentry_request_statuses')).toBe(0);
    });

    it.each([
      ['a status it does not know', { status: 'closed', note: 'x' }, 'status'],
      ['no status', { note: 'x' }, 'status'],
      ['no note', { status: 'done' }, 'note'],
      ['an empty note', { status: 'done', note: '' }, 'note'],
      ['a note of 2001 characters', { status: 'done', note: 'n'.repeat(2001) }, 'note'],
      ['a note with NUL', { status: 'done', note: 'a\u0000' }, 'note'],
      ['a note that is a number', { status: 'done', note: 1 }, 'note'],
      ['an unknown key', { status: 'done', note: 'x', at: '2020-01-01' }, 'at'],
      ['not JSON', '{"status":', 'JSON'],
      ['an array', '[]', 'JSON object'],
    ])('refuses a change of status with %s (400), adding nothing', async (_, body, field) => {
      const records = serve();
      const { id } = (await (await records(postRequest(valid()))).json()) as { id: string };
      const response = await records(adminPost(`/consent/requests/${id}`, body));
      expect(response.status).toBe(400);
      expect(await errorOf(response)).toContain(field);
      expect(await countOf(db, 'consentry_request_statuses')).toBe(1);
    });

    it('refuses a change of status that is not JSON (415)', async () => {
      const records = serve();
      const { id } = (await (await records(postRequest(valid()))).json()) as { id: string };
      const response = await records(
        adminPost(`/consent/requests/${id}`, 'status=done&note=x', 'test-token', 'application/x-www-form-urlencoded'),
      );
      expect(response.status).toBe(415);
    });

    it.each(['closed-ish', 'OPEN', ''])('refuses the list filter status=%s (400)', async (status) => {
      const response = await serve()(adminGet(`/consent/requests?status=${status}`));
      expect(response.status).toBe(400);
      expect(await errorOf(response)).toContain('status');
    });

    it('keeps requests and their history append-only: the database refuses to change or delete a row', async () => {
      const records = serve();
      await records(postRequest(valid()));
      for (const sql of [
        "UPDATE consentry_requests SET email = 'x@y.z'",
        'DELETE FROM consentry_requests',
        "UPDATE consentry_request_statuses SET status = 'done'",
        'DELETE FROM consentry_request_statuses',
      ])
        await expect(db.query(sql), sql).rejects.toThrow(/append-only/);
    });

    it('exports CSV: a row per request, every field as sent, formulas escaped, lines kept in their cell', async () => {
      const records = serve();
      const hostile = valid({
        kind: 'delete',
        email: "=cmd|'/Ccalc'!A0@example.com",
        message: '=HYPERLINK("http://evil.example","click"), then\r\nline two',
      });
      const plain = valid({ kind: 'opt-out', email: 'bo@example.com', message: undefined, consentId: undefined });
      const others = ['+1', '-1', '@SUM(A1)', '\tTab', '\rCR'].map((message) => valid({ message }));
      const ids: string[] = [];
      for (const body of [hostile, plain, ...others])
        ids.push(((await (await records(postRequest(body))).json()) as { id: string }).id);
      clock = new Date(t0.getTime() + day);
      await records(adminPost(`/consent/requests/${ids[1]}`, { status: 'done', note: '=1+1, "quoted"' }));

      const response = await records(adminGet('/consent/requests.csv'));
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toMatch(/^text\/csv/);
      expect(response.headers.get('content-disposition')).toBe('attachment; filename="consentry-requests.csv"');
      const rows = parseCsv(await response.text());
      expect(rows[0]).toEqual([
        'id',
        'kind',
        'email',
        'message',
        'consentId',
        'receivedAt',
        'due',
        'status',
        'history',
      ]);
      expect(rows).toHaveLength(8);
      const at = t0.toISOString();
      expect(rows[1]).toEqual([
        ids[0],
        'delete',
        `'${hostile.email}`,
        `'${hostile.message}`,
        hostile.consentId,
        at,
        '2026-12-30',
        'open',
        `${at} open`,
      ]);
      expect(rows[2]).toEqual([
        ids[1],
        'opt-out',
        'bo@example.com',
        '',
        '',
        at,
        '2026-12-30',
        'done',
        `${at} open\n${clock.toISOString()} done: =1+1, "quoted"`,
      ]);
      expect(rows.slice(3).map((r) => r[3])).toEqual(["'+1", "'-1", "'@SUM(A1)", "'\tTab", "'\rCR"]);
    });

    it('exports nothing but the header when there are no requests', async () => {
      expect(await (await serve()(adminGet('/consent/requests.csv'))).text()).toBe(
        'id,kind,email,message,consentId,receivedAt,due,status,history\r\n',
      );
    });
  });

  it('answers 503, not a crash, when the database fails while a request is stored', async () => {
    const records = serve();
    await records.ready;
    await db.exec('ALTER TABLE consentry_request_statuses RENAME TO consentry_request_statuses_gone');
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    try {
      const response = await records(postRequest(valid()));
      expect(response.status).toBe(503);
      expect(response.headers.get('retry-after')).toBe('5');
    } finally {
      logged.mockRestore();
      await db.exec('ALTER TABLE consentry_request_statuses_gone RENAME TO consentry_request_statuses');
    }
    // All or nothing: the request's row went with its status's.
    expect(await count()).toBe(0);
  });
});
