import fc from 'fast-check';
import { methods, type Receipt } from '../../src/receipt.js';

/*
 * What the receipts' property tests send to POST /consent/receipts and the admin routes:
 * valid receipts written every way a client might, receipts with one to three things wrong,
 * bodies that are no receipt at all, content types, and the ways a request reaches the
 * server. Written from SPEC §7 and §9, not taken from the server.
 */

const hour = 3_600_000;
const day = 24 * hour;
export const maxBytes = 8 * 1024;
// Receipts are dated by the real clock, which the schema checks them against; the margins
// (a day in the past, an hour in the future) leave the run time to spare.
export const base = Date.now();
const fields = ['id', 'timestamp', 'revision', 'choices', 'method', 'gpc'] as const;
type Field = (typeof fields)[number];

const uuidV4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const categoryId = /^[a-z][a-z0-9_-]{0,63}$/;
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what a revision must not hold
const control = /[\u0000-\u001f\u007f]/;
const isPlainObject = (x: unknown): x is Record<string, unknown> =>
  typeof x === 'object' && x !== null && !Array.isArray(x);
const validRevision = (r: unknown) =>
  typeof r === 'string' && r.length >= 1 && r.length <= 100 && !control.test(r) && !/\p{Cs}/u.test(r);

/** Whether a value would pass for the field: the hostile generators below keep only those that would not. */
const passes: Record<Field, (v: unknown) => boolean> = {
  id: (v) => typeof v === 'string' && uuidV4.test(v),
  timestamp: (v) => typeof v === 'string' && /^\d{4}-\d{2}-\d{2}T/.test(v),
  revision: validRevision,
  choices: (v) =>
    isPlainObject(v) &&
    Object.keys(v).length <= 50 &&
    Object.entries(v).every(([k, x]) => categoryId.test(k) && typeof x === 'boolean'),
  method: (v) => (methods as readonly unknown[]).includes(v),
  gpc: (v) => typeof v === 'boolean',
};

// --- Valid receipts ---------------------------------------------------------------------

export const iso = (t: number) => new Date(t).toISOString();
const pad = (n: number) => String(n).padStart(2, '0');

/** A valid timestamp, written as toISOString does, or without milliseconds, with microseconds, at an offset, or as 24:00. */
const validTimestamp = fc
  .tuple(
    fc.integer({ min: -398 * day, max: 23 * hour }),
    fc.constantFrom('ms', 'seconds', 'micro', 'offset', 'midnight'),
    fc.integer({ min: -14 * 4, max: 14 * 4 }),
  )
  .map(([delta, format, quarters]) => {
    const t = base + delta;
    if (format === 'seconds') return `${iso(t).slice(0, 19)}Z`;
    if (format === 'micro') return `${iso(t).slice(0, 23)}456Z`;
    // The day before, at its end: the same instant as this day's start.
    if (format === 'midnight') return `${iso(t - day).slice(0, 10)}T24:00:00Z`;
    if (format === 'offset') {
      const minutes = quarters * 15;
      const sign = minutes < 0 ? '-' : '+';
      const local = iso(t + minutes * 60_000).slice(0, 23);
      return `${local}${sign}${pad(Math.floor(Math.abs(minutes) / 60))}:${pad(Math.abs(minutes) % 60)}`;
    }
    return iso(t);
  });

const injections = [
  "'; DROP TABLE consentry_receipts; --",
  "1' OR '1'='1",
  "' UNION SELECT hash FROM consentry_chain --",
  '$1',
  "E'\\x00'",
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  '=cmd|" /C calc"!A0',
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a log4j-style lookup, sent as text
  '${jndi:ldap://x/a}',
  '{{constructor.constructor("alert(1)")()}}',
  '../../../../etc/passwd',
  '%00',
  '\\',
  '"',
  '\u202e',
  '\ufeff',
  '\uffff',
  '🍪',
  '__proto__',
  'constructor',
  'prototype',
  'toString',
];

const validRevisionArb = fc.oneof(
  fc.constantFrom('1', 'v2', '2026-11-01', 'r'.repeat(100), ...injections.filter(validRevision)),
  fc.string({ unit: 'binary', minLength: 1, maxLength: 25 }).filter(validRevision),
);

const categoryKey = fc.oneof(
  fc.constantFrom(
    'necessary',
    'preferences',
    'analytics',
    'advertising',
    'social',
    'live-chat',
    'constructor',
    'prototype',
    'tostring',
    'valueof',
    'hasownproperty',
  ),
  fc.stringMatching(/^[a-z][a-z0-9_-]{0,63}$/),
);

export const validReceipt: fc.Arbitrary<Receipt> = fc.record({
  id: fc.uuid({ version: 4 }),
  timestamp: validTimestamp,
  revision: validRevisionArb,
  choices: fc.dictionary(categoryKey, fc.boolean(), { maxKeys: 50 }),
  method: fc.constantFrom(...methods),
  gpc: fc.boolean(),
});

/** A valid receipt's JSON, written one of the ways a client might. */
export const encodings = ['compact', 'pretty', 'reversed', 'duplicate-key'] as const;
export function encode(receipt: Receipt, how: (typeof encodings)[number]): string {
  const json = JSON.stringify(receipt);
  if (how === 'pretty') return JSON.stringify(receipt, null, 2);
  if (how === 'reversed') return JSON.stringify(Object.fromEntries(Object.entries(receipt).reverse()));
  // JSON.parse keeps the last of a repeated key: the bogus first one is overwritten.
  if (how === 'duplicate-key') return `{"gpc":"<b>no</b>","method":null,${json.slice(1)}`;
  return json;
}

// --- Hostile values -----------------------------------------------------------------------

const codeUnits = (min: number, max: number) => fc.integer({ min, max }).map((c) => String.fromCharCode(c));
const loneSurrogates = fc.string({ unit: codeUnits(0xd800, 0xdfff), minLength: 1, maxLength: 3 });
const controls = fc.string({ unit: codeUnits(0, 0x1f), minLength: 1, maxLength: 3 });
const hostileString = fc.oneof(
  fc.constantFrom(...injections, '', ' ', 'null', 'true', '0', 'NaN'),
  fc
    .tuple(
      fc.string({ maxLength: 8 }),
      fc.oneof(fc.constantFrom(...injections), loneSurrogates, controls),
      fc.string({ maxLength: 8 }),
    )
    .map((parts) => parts.join('')),
  fc.integer({ min: 101, max: 12_000 }).map((n) => 'x'.repeat(n)),
  fc.string({ unit: 'binary', maxLength: 30 }),
);
/** Arrays and objects nested up to a few thousand deep. */
const deep = fc.integer({ min: 1, max: 3000 }).map((depth) => {
  let v: unknown = true;
  for (let i = 0; i < depth; i++) v = i % 2 ? { a: v } : [v];
  return v;
});
const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  hostileString,
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.jsonValue({ maxDepth: 2 }), { maxLength: 5 }),
  fc.dictionary(fc.string({ maxLength: 6 }), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 5 }),
  deep,
);

const yearMonth = (monthsBack: number) => {
  const d = new Date(base);
  return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() - monthsBack, 1)).toISOString().slice(0, 7);
};
/** Values for a field that the schema must refuse. */
const invalidFor: Record<Field, fc.Arbitrary<unknown>> = {
  id: fc.oneof(
    hostileValue,
    fc.uuid({ version: 4 }).map((u) => u.toUpperCase()),
    fc.uuid({ version: 1 }),
    fc.uuid({ version: 4 }).map((u) => `{${u}}`),
    fc.uuid({ version: 4 }).map((u) => u.replaceAll('-', '')),
    fc.uuid({ version: 4 }).map((u) => `${u}' OR '1'='1`),
  ),
  timestamp: fc.oneof(
    hostileValue.filter((v) => !passes.timestamp(v)),
    // Beyond the day of slack ahead, or the 400 days behind, with margins.
    fc.integer({ min: 25 * hour, max: 100 * 365 * day }).map((d) => iso(base + d)),
    fc.integer({ min: 401 * day, max: 100 * 365 * day }).map((d) => iso(base - d)),
    // Days the calendar does not have, in the months the schema would otherwise take.
    fc.tuple(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 29, max: 31 })).map(([back, date]) => {
      const month = yearMonth(back);
      const length = new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)), 0)).getUTCDate();
      return date > length ? `${month}-${date}T12:00:00.000Z` : `${month}-${pad(date)}T25:00:00.000Z`;
    }),
    fc
      .tuple(fc.integer({ min: 15, max: 23 }), fc.integer({ min: 0, max: 59 }), fc.constantFrom('+', '-'))
      .filter(([h, m]) => h > 14 || m > 0)
      .map(([h, m, sign]) => `${iso(base - day).slice(0, 19)}${sign}${pad(h)}:${pad(m)}`),
    fc.constantFrom(
      'yesterday',
      iso(base).slice(0, 10),
      iso(base).replace('T', ' '),
      new Date(base).toString(),
      String(base),
      `${iso(base).slice(0, 19)}`,
      `${iso(base).slice(0, 19)}.1234567Z`,
      `${iso(base).slice(0, 11)}12:60:00Z`,
      `+0${iso(base)}`,
    ),
  ),
  revision: fc.oneof(
    hostileValue,
    fc.constant(''),
    fc.integer({ min: 101, max: 400 }).map((n) => 'r'.repeat(n)),
    fc.tuple(fc.string({ maxLength: 5 }), fc.oneof(controls, loneSurrogates)).map(([a, b]) => a + b),
  ),
  choices: fc.oneof(
    hostileValue,
    fc.array(fc.boolean(), { maxLength: 3 }),
    // A key the schema refuses, among good ones.
    fc
      .tuple(
        fc.dictionary(categoryKey, fc.boolean(), { maxKeys: 5 }),
        fc.oneof(hostileString, fc.constantFrom('Analytics', 'live chat', '1st', '_x', '-x', 'a'.repeat(65))),
        fc.boolean(),
      )
      .map(([good, key, granted]) => {
        const choices = { ...good };
        Object.defineProperty(choices, key, { value: granted, enumerable: true, configurable: true, writable: true });
        return choices;
      }),
    fc.constant(JSON.parse('{"necessary":true,"__proto__":true}')),
    // A value that is not true or false.
    fc
      .tuple(categoryKey, fc.oneof(hostileValue, fc.constantFrom('true', 1, 0, null)))
      .map(([key, value]) => ({ necessary: true, [key]: value })),
    fc
      .integer({ min: 51, max: 80 })
      .map((n) => Object.fromEntries(Array.from({ length: n }, (_, i) => [`c${i}`, true]))),
  ),
  method: fc.oneof(
    hostileValue,
    fc.constantFrom(...methods).map((m) => m.toUpperCase()),
    fc.constantFrom(...methods).map((m) => ` ${m}`),
    fc.constantFrom(...methods).map((m) => `${m}\u0000`),
  ),
  gpc: fc.oneof(hostileValue, fc.constantFrom('true', 'false', 1, 0, null, [true])),
};
// What a hostile generator happens to make right is left out (timestamps are checked above:
// their wrong dates look like dates).
for (const field of fields)
  if (field !== 'timestamp') invalidFor[field] = invalidFor[field].filter((v) => !passes[field](v));

const extraKey = fc
  .oneof(
    fc.constantFrom('__proto__', 'constructor', 'toString', 'valueOf', 'ID', 'receivedAt', 'hash', 'seq', 'ip', ''),
    fc.string({ maxLength: 10 }),
  )
  .filter((k) => !(fields as readonly string[]).includes(k));

type Mutation = { field: Field; value: unknown } | { field: Field; missing: true } | { extra: string; value: unknown };
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.constantFrom(...fields).chain((field) => invalidFor[field].map((value) => ({ field, value }))),
  },
  { weight: 1, arbitrary: fc.constantFrom(...fields).map((field) => ({ field, missing: true as const })) },
  { weight: 1, arbitrary: fc.record({ extra: extraKey, value: fc.jsonValue({ maxDepth: 1 }) }) },
);

/** A valid receipt with one to three things wrong, and the names the 400 may give. */
export const invalidReceipt = fc
  .tuple(validReceipt, fc.array(mutation, { minLength: 1, maxLength: 3 }))
  .map(([r, changes]) => {
    const body: Record<string, unknown> = { ...r };
    const named: string[] = [];
    for (const change of changes) {
      if ('extra' in change) {
        Object.defineProperty(body, change.extra, {
          value: change.value,
          enumerable: true,
          configurable: true,
          writable: true,
        });
        named.push(change.extra);
      } else if ('missing' in change) {
        delete body[change.field];
        named.push(change.field);
      } else {
        body[change.field] = change.value;
        // JSON has no undefined, and writes NaN and Infinity as null: still wrong for every field.
        named.push(change.field);
      }
    }
    return { body: JSON.stringify(body), named };
  });

/** Bodies that are no receipt at all. */
export const garbage: fc.Arbitrary<string | Uint8Array> = fc.oneof(
  fc.uint8Array({ maxLength: 10_000 }),
  fc.jsonValue().map((v) => JSON.stringify(v)),
  fc.anything({ maxDepth: 3 }).map((v) => JSON.stringify(v) ?? ''),
  fc.integer({ min: 1, max: 6000 }).map((d) => `${'['.repeat(d)}${']'.repeat(d)}`),
  fc.integer({ min: 1, max: 2000 }).map((d) => `${'{"a":'.repeat(d)}1${'}'.repeat(d)}`),
  fc.tuple(validReceipt, fc.nat()).map(([r, cut]) => {
    const json = JSON.stringify(r);
    return json.slice(0, cut % json.length);
  }),
  fc
    .tuple(
      validReceipt,
      fc.string({ minLength: 1, maxLength: 20 }).filter((s) => /\S/.test(s)),
    )
    .map(([r, tail]) => JSON.stringify(r) + tail),
  validReceipt.map((r) => `[${JSON.stringify(r)}]`),
  validReceipt.map((r) => JSON.stringify(JSON.stringify(r))),
  fc.constantFrom('', 'null', 'true', '42', '"receipt"', '{', '}', '{}', '{"__proto__":{}}', 'NaN', '\u0000'),
);

// --- Requests -------------------------------------------------------------------------------

export const acceptedTypes = [
  'application/json',
  'application/json; charset=utf-8',
  'APPLICATION/JSON',
  'text/plain',
  'text/plain;charset=UTF-8',
  'text/plain; charset=iso-8859-1',
];
export const printable = fc.string({ unit: codeUnits(0x20, 0x7e), maxLength: 40 });
const refusedType = fc.oneof(
  fc.constantFrom(
    null,
    '',
    'text/html',
    'application/x-www-form-urlencoded',
    'multipart/form-data; boundary=x',
    'application/jsonp',
    'application/json-patch+json',
    'application/xml',
    'text/plainx',
    'image/png',
    'application/octet-stream',
    '*/*',
  ),
  printable.filter((t) => !/^\s*(application\/json|text\/plain)/i.test(t)),
);

/** How a request reaches the server: the socket's address, a proxy's header, the visitor's cookie, the scheme. */
export const transport = fc.record({
  https: fc.boolean(),
  trustProxy: fc.boolean(),
  ip: fc.option(fc.oneof(fc.ipV4(), fc.ipV6(), printable), { nil: undefined }),
  forwardedFor: fc.option(fc.oneof(fc.ipV4(), fc.ipV6(), printable), { nil: undefined }),
  cookie: fc.option(
    fc.oneof(
      printable,
      printable.map((s) => `consentry=${s}`),
      fc.jsonValue({ maxDepth: 2 }).map((v) => `consentry=${encodeURIComponent(JSON.stringify(v))}`),
    ),
    { nil: undefined },
  ),
});
export type Transport = typeof transport extends fc.Arbitrary<infer T> ? T : never;

export type Body =
  | { kind: 'valid'; receipt: Receipt; how: (typeof encodings)[number] }
  | { kind: 'resend'; pick: number; change: (typeof changes)[number]; fallback: Receipt }
  | { kind: 'invalid'; body: string; named: string[] }
  | { kind: 'garbage'; body: string | Uint8Array };
export const changes = ['same', 'reordered', 'gpc', 'revision', 'method', 'choices', 'timestamp'] as const;

const bodyArb: fc.Arbitrary<Body> = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant('valid' as const),
      receipt: validReceipt,
      how: fc.constantFrom(...encodings),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('resend' as const),
      pick: fc.nat(),
      change: fc.constantFrom(...changes),
      fallback: validReceipt,
    }),
  },
  { weight: 4, arbitrary: invalidReceipt.map((i) => ({ kind: 'invalid' as const, ...i })) },
  { weight: 3, arbitrary: garbage.map((body) => ({ kind: 'garbage' as const, body })) },
);

export const requestArb = fc.record({
  body: bodyArb,
  contentType: fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom(...acceptedTypes) },
    { weight: 1, arbitrary: refusedType },
  ),
  transport,
});

// --- Admin queries ----------------------------------------------------------------------------

const queryValue = fc.oneof(
  printable.map(encodeURIComponent),
  fc.constantFrom('%', '%ZZ', '%E0%A4%A', '%00', '%C0%AF', '%ff', '+', '%2B1', ''),
  fc.stringMatching(/^\d{1,25}$/),
  fc.integer().map(String),
  fc.constantFrom('NaN', 'Infinity', '-0', '1e3', '0x10', ' 1', '1 '),
  fc
    .constantFrom(
      '9223372036854775807',
      '9223372036854775808',
      '9999999999999999999',
      iso(base),
      '2026-02-30',
      '1',
      new Date(base).toUTCString(),
      '-000001-01-01T00:00:00Z',
      '+275760-09-13T00:00:00.000Z',
      '-271821-04-20T00:00:00.000Z',
      '0000-01-01T00:00:00Z',
      '9999-12-31T23:59:59.999Z',
      '10000-01-01',
    )
    .map(encodeURIComponent),
  fc.constantFrom(...methods),
);
const queryKey = fc.oneof(
  fc.constantFrom('from', 'to', 'method', 'limit', 'cursor', 'days'),
  printable.map(encodeURIComponent),
);
export const query = fc
  .array(fc.tuple(queryKey, queryValue), { maxLength: 4 })
  .map((pairs) => pairs.map(([k, v]) => `${k}=${v}`).join('&'));
export const segment = fc.oneof(
  fc.uuid({ version: 4 }),
  printable.filter((s) => s.length > 0).map(encodeURIComponent),
  fc.constantFrom('%ZZ', '%E0%A4%A', '%00', '..', '%2F', 'null', "1'%20OR%20'1'%3D'1"),
);
