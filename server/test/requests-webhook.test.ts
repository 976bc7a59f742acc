import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { retryDelay } from '../src/notify.js';
import type { RecordsServerOptions } from '../src/options.js';
import { createRecordsServer, type RecordsServer } from '../src/server.js';
import type { Db } from '../src/store/db.js';
import type { StoredRequest } from '../src/store/requests.js';
import { testDatabases } from './support/databases.js';
import { adminGet, adminPost, countOf, postRequest } from './support/http.js';
import { type Answer, type Receiver, startReceiver } from './support/receiver.js';
import { reusedDatabase, tracked } from './support/reuse.js';
import { manualTimers } from './support/timers.js';

/*
 * The privacy requests' webhook (SPEC §9, `--notify-url`): each new request posted once to
 * the URL as the admin list gives it, with `Idempotency-Key`, retried after 1 s and then
 * at growing intervals of at most 60 s, at once after a restart. The receiver is a real
 * HTTP server on 127.0.0.1; the retries' and timeouts' timers are the test's, fired by hand.
 */

const t0 = new Date('2026-11-30T12:00:00.000Z');

describe('retryDelay', () => {
  it('waits 1 s, then twice as long each time, at most 60 s', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8, 50].map(retryDelay)).toEqual([
      1000, 2000, 4000, 8000, 16_000, 32_000, 60_000, 60_000, 60_000,
    ]);
  });
});

describe.each(testDatabases())('the webhook on $name', (kind) => {
  const database = reusedDatabase(kind);
  let db: Db;
  let servers: ReturnType<typeof tracked>;
  let receivers: Receiver[] = [];
  const started: RecordsServer[] = [];
  let logged: ReturnType<typeof vi.spyOn>;

  const receive = async (answer?: Answer, location?: string) => {
    const receiver = await startReceiver(answer, location);
    receivers.push(receiver);
    return receiver;
  };
  /** A server posting to `receiver`, its timers fired by the test only. */
  const serve = (receiver: Receiver | null, options: RecordsServerOptions = {}) => {
    const timers = manualTimers();
    const records = createRecordsServer({
      db: servers.db,
      adminToken: 'test-token',
      now: () => t0,
      requestLimit: 1000,
      notifyUrl: receiver?.url,
      timers: timers.timers,
      ...options,
    });
    started.push(records);
    return { records, timers };
  };
  const send = async (records: RecordsServer, email = 'ana@example.com') => {
    const response = await records(postRequest({ kind: 'delete', email, message: '<b>Delete</b> =1+1' }));
    expect(response.status).toBe(201);
    return ((await response.json()) as { id: string }).id;
  };
  const listed = async (records: RecordsServer) =>
    ((await (await records(adminGet('/consent/requests?status=all'))).json()) as { requests: StoredRequest[] })
      .requests;
  const owed = async () =>
    (
      await db.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM consentry_request_outbox o
         WHERE NOT EXISTS (SELECT 1 FROM consentry_request_deliveries d WHERE d.request_id = o.request_id)`,
      )
    )[0].n;

  beforeEach(async () => {
    db = await database.fresh();
    servers = tracked(db);
    // Each failed delivery is logged; expected here.
    logged = vi.spyOn(console, 'error').mockImplementation(() => {});
  });
  afterEach(async () => {
    await Promise.all(started.splice(0).map((s) => s.close()));
    await servers.settled();
    await Promise.all(receivers.map((r) => r.close()));
    receivers = [];
    logged.mockRestore();
  });
  afterAll(() => database.close());

  it('posts each new request once, as the admin list gives it, with its id as the Idempotency-Key', async () => {
    const receiver = await receive();
    const { records, timers } = serve(receiver);
    const ids = [await send(records, 'a@example.com'), await send(records, 'b@example.com')];
    await receiver.until((hits) => hits.length === 2);
    await records.notifyOwed();
    const list = await listed(records);
    expect(receiver.hits.map((h) => h.key).sort()).toEqual([...ids].sort());
    for (const hit of receiver.hits) {
      expect(hit.contentType).toBe('application/json');
      expect(hit.body).toEqual(list.find((r) => r.id === hit.key));
      expect(hit.body).toMatchObject({ status: 'open', message: '<b>Delete</b> =1+1', history: [{ status: 'open' }] });
    }
    // Recorded as delivered: another pass, or a new server on the same database, posts nothing again.
    expect(await owed()).toBe(0);
    expect(await countOf(db, 'consentry_request_deliveries')).toBe(2);
    await records.notifyOwed();
    await serve(receiver).records.notifyOwed();
    expect(receiver.hits).toHaveLength(2);
    expect(timers.delays()).toEqual([]);
    expect(logged).not.toHaveBeenCalled();
  });

  it('writes the delivery owed in the same transaction as the request, and none without --notify-url', async () => {
    const { records } = serve(null);
    await send(records);
    expect(await countOf(db, 'consentry_request_outbox')).toBe(0);
    const receiver = await receive(() => 503);
    const posting = serve(receiver).records;
    const id = await send(posting);
    const [row] = await db.query<{ id: string }>('SELECT request_id::text AS id FROM consentry_request_outbox');
    expect(row.id).toBe(id);
    // The first request, made with no webhook, is never posted.
    await posting.notifyOwed();
    expect(receiver.hits.map((h) => h.key)).toEqual([id]);
  });

  it('tries again after 1 s, then at growing intervals of at most 60 s, until it answers 2xx', async () => {
    const statuses = [503, 500, 429, 404, 400, 502, 503, 500];
    const receiver = await receive((n) => statuses[n] ?? 200);
    const { records, timers } = serve(receiver);
    const id = await send(records);
    await records.notifyOwed();
    const waited: number[] = [];
    for (let attempt = 1; attempt <= statuses.length; attempt++) {
      expect(receiver.hits).toHaveLength(attempt);
      waited.push(...timers.delays());
      expect(timers.fire()).toBe(1);
      await records.notifyOwed();
    }
    expect(waited).toEqual([1000, 2000, 4000, 8000, 16_000, 32_000, 60_000, 60_000]);
    expect(receiver.hits.map((h) => h.answered)).toEqual([...statuses, 200]);
    expect(receiver.hits.every((h) => h.key === id)).toBe(true);
    expect(timers.delays()).toEqual([]);
    expect(await owed()).toBe(0);
    expect(logged).toHaveBeenCalledTimes(statuses.length);
    expect(String(logged.mock.calls[0][0])).toContain(id);
  });

  it('keeps one back-off per request: a request that fails holds back no other', async () => {
    const receiver = await receive((n) => (n === 0 ? 503 : 200));
    const { records, timers } = serve(receiver);
    const first = await send(records, 'a@example.com');
    await records.notifyOwed();
    const second = await send(records, 'b@example.com');
    await records.notifyOwed();
    expect(receiver.hits.map((h) => [h.key, h.answered])).toEqual([
      [first, 503],
      [second, 200],
    ]);
    expect(timers.delays()).toEqual([1000]);
    timers.fire();
    await records.notifyOwed();
    expect(receiver.taken()).toEqual(new Set([first, second]));
  });

  it('counts no answer within 10 s as a failure, and tries again', async () => {
    const receiver = await receive((n) => (n === 0 ? 'hang' : 200));
    const { records, timers } = serve(receiver);
    const id = await send(records);
    await receiver.until((hits) => hits.length === 1);
    expect(timers.delays()).toEqual([10_000]);
    expect(timers.fire(10_000)).toBe(1);
    await records.notifyOwed();
    expect(timers.delays()).toEqual([1000]);
    timers.fire();
    await records.notifyOwed();
    expect(receiver.hits.map((h) => [h.key, h.answered])).toEqual([
      [id, 'hang'],
      [id, 200],
    ]);
    expect(await owed()).toBe(0);
  });

  it('posts to the configured URL only: a redirect is a failure, not followed', async () => {
    const elsewhere = await receive();
    const receiver = await receive((n) => (n === 0 ? 307 : 200), elsewhere.url);
    const { records, timers } = serve(receiver);
    await send(records);
    await records.notifyOwed();
    expect(timers.delays()).toEqual([1000]);
    timers.fire();
    await records.notifyOwed();
    expect(receiver.hits.map((h) => h.answered)).toEqual([307, 200]);
    expect(elsewhere.hits).toEqual([]);
  });

  it('posts at once, when a server starts, what was owed before it stopped', async () => {
    const down = await receive(() => 503);
    const first = serve(down);
    const ids = [await send(first.records, 'a@example.com'), await send(first.records, 'b@example.com')];
    await first.records.notifyOwed();
    expect(first.timers.delays()).toEqual([1000, 1000]);
    await first.records.close();
    expect(first.timers.delays()).toEqual([]);
    expect(await owed()).toBe(2);

    const up = await receive();
    const second = serve(up);
    // No timer fired, no call: the start itself posts them.
    await up.until((hits) => hits.length === 2);
    expect(up.taken()).toEqual(new Set(ids));
    await second.records.notifyOwed();
    expect(await owed()).toBe(0);
    expect(up.hits).toHaveLength(2);
  });

  it('sends the request as it stands when it is posted, closed since it was received', async () => {
    const receiver = await receive((n) => (n === 0 ? 503 : 200));
    const { records, timers } = serve(receiver);
    const id = await send(records);
    await records.notifyOwed();
    await records(adminPost(`/consent/requests/${id}`, { status: 'refused', note: 'A test' }));
    timers.fire();
    await records.notifyOwed();
    expect(receiver.hits[1].body).toMatchObject({ id, status: 'refused' });
  });

  it('posts again, with the same key, a request taken whose delivery the database failed to record', async () => {
    const receiver = await receive();
    const { records, timers } = serve(receiver);
    await records.ready;
    await db.exec(`CREATE FUNCTION consentry_test_fail() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN RAISE EXCEPTION 'the disk is full'; END $$;
      CREATE TRIGGER consentry_test_fail BEFORE INSERT ON consentry_request_deliveries
        FOR EACH ROW EXECUTE FUNCTION consentry_test_fail();`);
    let id: string;
    try {
      id = await send(records);
      await receiver.until((hits) => hits.length === 1);
      await records.notifyOwed();
      // Taken, but not recorded: the request is owed still, and waits its back-off.
      expect(timers.delays()).toEqual([1000]);
      expect(await owed()).toBe(1);
    } finally {
      await db.exec('DROP FUNCTION consentry_test_fail() CASCADE');
    }
    timers.fire();
    await records.notifyOwed();
    expect(receiver.hits.map((h) => [h.key, h.answered])).toEqual([
      [id, 200],
      [id, 200],
    ]);
    expect(await owed()).toBe(0);
  });

  it('reads the outbox again, backing off, while the database fails', async () => {
    const receiver = await receive((n) => (n === 0 ? 503 : 200));
    const { records, timers } = serve(receiver);
    const id = await send(records);
    await records.notifyOwed();
    expect(timers.delays()).toEqual([1000]);
    await db.exec('ALTER TABLE consentry_request_deliveries RENAME TO consentry_request_deliveries_gone');
    try {
      const waited: number[] = [];
      for (let pass = 0; pass < 3; pass++) {
        timers.fire();
        await records.notifyOwed();
        waited.push(...timers.delays());
      }
      expect(waited).toEqual([1000, 2000, 4000]);
      expect(receiver.hits).toHaveLength(1);
    } finally {
      await db.exec('ALTER TABLE consentry_request_deliveries_gone RENAME TO consentry_request_deliveries');
    }
    timers.fire();
    await records.notifyOwed();
    expect(receiver.hits.map((h) => [h.key, h.answered])).toEqual([
      [id, 503],
      [id, 200],
    ]);
    expect(await owed()).toBe(0);
  });

  it('keeps its outbox append-only: the database refuses to change or delete a row', async () => {
    const receiver = await receive();
    const { records } = serve(receiver);
    await send(records);
    await receiver.until((hits) => hits.length === 1);
    await records.notifyOwed();
    for (const sql of [
      'DELETE FROM consentry_request_outbox',
      'DELETE FROM consentry_request_deliveries',
      'UPDATE consentry_request_deliveries SET status = 500',
    ])
      await expect(db.query(sql), sql).rejects.toThrow(/append-only/);
  });
});
