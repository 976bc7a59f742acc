import { afterAll, beforeAll, expect } from 'vitest';
import { methods, type Receipt } from '../../src/receipt.js';
import { createRecordsServer, type RecordsServer } from '../../src/server.js';
import type { Db } from '../../src/store/db.js';
import type { TestDatabase } from './databases.js';
import { adminGet, countRows, postReceipt } from './http.js';
import {
  acceptedTypes,
  type Body,
  type changes,
  encode,
  iso,
  maxBytes,
  type Transport,
} from './receipt-arbitraries.js';
import { reusedDatabase, tracked } from './reuse.js';

/*
 * The receipts' property tests' model of what the server stores, and the servers they send
 * to: one file's database of a kind, a server that reads the socket's address and one that
 * trusts a proxy, both on a stopped clock.
 */

/** The server's clock in the property tests. */
export const clock = new Date('2026-11-30T12:00:00.000Z');

const canonical = (r: Receipt) =>
  JSON.stringify([
    r.id,
    r.timestamp,
    r.revision,
    Object.entries(r.choices).sort(([a], [b]) => (a < b ? -1 : 1)),
    r.method,
    r.gpc,
  ]);

/** The receipts the server has stored, as the test knows them. */
export class Model {
  readonly stored = new Map<string, Receipt>();
  readonly ids: string[] = [];
  /** What the server must answer to a valid receipt. */
  expect(r: Receipt): 201 | 200 | 409 {
    const known = this.stored.get(r.id);
    return known === undefined ? 201 : canonical(known) === canonical(r) ? 200 : 409;
  }
  add(r: Receipt) {
    this.stored.set(r.id, r);
    this.ids.push(r.id);
  }
}

/** A stored receipt sent again, as it was or changed (still valid). */
function resent(model: Model, pick: number, change: (typeof changes)[number]): { receipt: Receipt; body: string } {
  const r = model.stored.get(model.ids[pick % model.ids.length]) as Receipt;
  const entries = Object.entries(r.choices);
  const other: Record<(typeof changes)[number], () => Receipt> = {
    same: () => ({ ...r }),
    reordered: () => ({ ...r, choices: Object.fromEntries([...entries].reverse()) }),
    gpc: () => ({ ...r, gpc: !r.gpc }),
    revision: () => ({ ...r, revision: r.revision === 'b' ? 'c' : 'b' }),
    method: () => ({ ...r, method: methods[(methods.indexOf(r.method) + 1) % methods.length] }),
    choices: () => ({
      ...r,
      choices: entries.length ? { ...r.choices, [entries[0][0]]: !entries[0][1] } : { necessary: true },
    }),
    timestamp: () => ({ ...r, timestamp: iso(Date.parse(r.timestamp) - 1000) }),
  };
  const receipt = other[change]();
  return { receipt, body: change === 'reordered' ? encode(receipt, 'reversed') : JSON.stringify(receipt) };
}

/** The choice cookie exactly as the server must write it for `r` (fields in the schema's order). */
const cookieFor = (r: Receipt, https: boolean) => {
  const { id, timestamp, revision, choices, method, gpc } = r;
  const value = encodeURIComponent(JSON.stringify({ id, timestamp, revision, choices, method, gpc }));
  return `consentry=${value}; Path=/; Max-Age=${180 * 86_400}; SameSite=Lax${https ? '; Secure' : ''}`;
};

const byteLength = (body: string | Uint8Array) =>
  typeof body === 'string' ? new TextEncoder().encode(body).length : body.length;

/** The bytes a generated body sends, and the receipt it holds when it holds a valid one. */
function bytesOf(model: Model, body: Body): { receipt?: Receipt; bytes: string | Uint8Array; named?: string[] } {
  if (body.kind === 'valid') return { receipt: body.receipt, bytes: encode(body.receipt, body.how) };
  if (body.kind === 'resend') {
    if (model.ids.length === 0) return { receipt: body.fallback, bytes: JSON.stringify(body.fallback) };
    const { receipt, body: bytes } = resent(model, body.pick, body.change);
    return { receipt, bytes };
  }
  return { bytes: body.body, named: body.kind === 'invalid' ? body.named : undefined };
}

/** The servers one property file sends to, with the model of what they stored. */
export interface ReceiptServers {
  db: Db;
  plain: RecordsServer;
  proxied: RecordsServer;
  model: Model;
}

/**
 * A file's servers on a new database of `kind`, opened before its tests and closed after.
 * @example const servers = receiptServers(kind); it('…', async () => { await send(servers, body, type, transport) })
 */
export function receiptServers(kind: TestDatabase): ReceiptServers {
  const database = reusedDatabase(kind);
  const servers = { model: new Model() } as ReceiptServers;
  let view: ReturnType<typeof tracked>;
  beforeAll(async () => {
    servers.db = await database.fresh();
    view = tracked(servers.db);
    const options = { db: view.db, adminToken: 'test-token', now: () => clock };
    servers.plain = createRecordsServer(options);
    servers.proxied = createRecordsServer({ ...options, trustProxy: true });
    await Promise.all([servers.plain.ready, servers.proxied.ready]);
  });
  afterAll(async () => {
    await Promise.all([servers.plain?.close(), servers.proxied?.close()]);
    await view?.settled();
    await database.close();
  });
  return servers;
}

/** Checks an answer that refuses: a message, no cookie, and (for a 400) the name of a field it got wrong. */
function expectRefusal(text: string, cookie: string | null, status: number, named: string[] | undefined) {
  const { error } = JSON.parse(text) as { error: unknown };
  expect(error).toEqual(expect.any(String));
  expect(cookie).toBeNull();
  if (status === 400 && named) expect(named.some((name) => (error as string).includes(name))).toBe(true);
}

/**
 * Sends one generated request; checks its answer against the model; returns the status.
 * `alone`: no other request is in flight, so the rows can be counted after it.
 */
export async function send(
  { db, plain, proxied, model }: ReceiptServers,
  body: Body,
  contentType: string | null,
  t: Transport,
  alone = true,
): Promise<number> {
  const { receipt, bytes, named } = bytesOf(model, body);
  const accepted = contentType !== null && acceptedTypes.includes(contentType);
  const expected = !accepted ? 415 : byteLength(bytes) > maxBytes ? 413 : receipt ? model.expect(receipt) : 400;

  const headers: Record<string, string> = {};
  if (t.forwardedFor !== undefined) headers['x-forwarded-for'] = t.forwardedFor;
  if (t.cookie !== undefined) headers.cookie = t.cookie;
  const url = `${t.https ? 'https' : 'http'}://shop.example/consent/receipts`;
  const server = t.trustProxy ? proxied : plain;
  const response = await server(postReceipt(bytes, { contentType, headers, url }), { ip: t.ip });
  const text = await response.text();
  // The model follows what the server did, so a failure is reported once, not again by every later case.
  if (response.status === 201 && receipt) model.add(receipt);
  expect(response.status).toBe(expected);
  const cookie = response.headers.get('set-cookie');
  if (expected >= 400) expectRefusal(text, cookie, expected, named);
  else {
    expect(JSON.parse(text)).toEqual({ id: receipt?.id, stored: expected === 201 ? 'new' : 'already' });
    // Without a choice cookie in the request, every 2xx sets it (with one, only when not older).
    if (t.cookie === undefined && receipt) expect(cookie).toBe(cookieFor(receipt, t.https));
  }
  // Receipts sent together may be stored while this answer is checked: their batch counts after.
  if (alone) expect(await countRows(db)).toBe(model.stored.size);
  return response.status;
}

/**
 * After a property: the chain still verifies over everything it stored, no other row exists,
 * no address is stored whole, and the export holds exactly the stored receipts, each once.
 */
export async function expectStoredAsModeled({ db, plain, model }: ReceiptServers) {
  const response = await plain(adminGet('/consent/verify'));
  expect(await response.json()).toEqual({ ok: true, count: model.stored.size, firstBad: null });
  expect(await countRows(db)).toBe(model.stored.size);
  const prefixes = await db.query<{ ip_prefix: string | null }>('SELECT DISTINCT ip_prefix FROM consentry_receipts');
  for (const { ip_prefix } of prefixes)
    if (ip_prefix !== null)
      expect(ip_prefix).toMatch(/^(\d{1,3}\.\d{1,3}\.\d{1,3}\.0\/24|[0-9a-f]{1,4}(:[0-9a-f]{1,4}){2}::\/48)$/);
  expect(model.stored.size).toBeGreaterThan(0);
  const lines = (await (await plain(adminGet('/consent/export.jsonl'))).text()).trimEnd().split('\n');
  expect(lines.map((l) => (JSON.parse(l) as Receipt).id).sort()).toEqual([...model.stored.keys()].sort());
}
