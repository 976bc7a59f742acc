import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../src/store/db.js';
import { createStore, type Incoming, type Store } from '../src/store/store.js';
import { testDatabases } from './support/databases.js';
import { acceptAll, makeReceipt, rejectAll } from './support/receipts.js';

const arriving = (receipt = makeReceipt(), receivedAt = new Date()): Incoming => ({
  receipt,
  receivedAt,
  ipPrefix: '203.0.113.0/24',
});

describe.each(testDatabases())('the receipts store on $name', ({ open }) => {
  let db: Db;
  let store: Store;
  beforeEach(async () => {
    db = await open();
    store = createStore(db);
  });
  afterEach(() => db.close());

  it('stores a new receipt once and reads it back with when it arrived and its hash', async () => {
    const incoming = arriving();
    expect(await store.append([incoming])).toEqual(['created']);
    const stored = await store.get(incoming.receipt.id);
    expect(stored).toMatchObject({ ...incoming.receipt, receivedAt: incoming.receivedAt.toISOString() });
    expect(stored?.hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('tells the same receipt again from another one under the same id, and keeps one row', async () => {
    const first = arriving();
    await store.append([first]);
    const again = { ...first.receipt, choices: { ...first.receipt.choices } };
    const other = { ...first.receipt, choices: rejectAll };
    expect(await store.append([arriving(again), arriving(other)])).toEqual(['same', 'conflict']);
    expect((await store.list({ limit: 10 })).receipts).toHaveLength(1);
  });

  it('compares content whatever the order of the categories', async () => {
    const first = arriving(makeReceipt({ choices: { necessary: true, analytics: false } }));
    await store.append([first]);
    const reordered = { ...first.receipt, choices: { analytics: false, necessary: true } };
    expect(await store.append([arriving(reordered)])).toEqual(['same']);
  });

  it('resolves duplicates inside one batch in order', async () => {
    const r = makeReceipt();
    expect(await store.append([arriving(r), arriving(r), arriving({ ...r, gpc: true })])).toEqual([
      'created',
      'same',
      'conflict',
    ]);
  });

  it('links every receipt to the one before, and verify says the chain holds', async () => {
    for (let i = 0; i < 5; i++) await store.append([arriving(), arriving()]);
    expect(await store.verify()).toEqual({ ok: true, count: 10, firstBad: null });
  });

  it('refuses to change a stored receipt', async () => {
    await store.append([arriving()]);
    await expect(db.query("UPDATE consentry_receipts SET method = 'api'")).rejects.toThrow(/append-only/);
  });

  it('finds an edited, a removed and an inserted row', async () => {
    const rows = Array.from({ length: 4 }, () => arriving());
    await store.append(rows);
    // What an attacker with database access would do: switch off the guard and edit a row.
    await db.exec('ALTER TABLE consentry_receipts DISABLE TRIGGER consentry_receipts_append_only');
    await db.query(
      `UPDATE consentry_receipts SET body = replace(body, '"analytics":true', '"analytics":false') WHERE id = $1`,
      [rows[2].receipt.id],
    );
    expect(await store.verify()).toEqual({ ok: false, count: 3, firstBad: rows[2].receipt.id });

    await db.query('DELETE FROM consentry_receipts WHERE id = $1', [rows[2].receipt.id]);
    expect(await store.verify()).toEqual({ ok: false, count: 3, firstBad: rows[3].receipt.id });
  });

  it('finds the newest receipts removed', async () => {
    const rows = [arriving(), arriving()];
    await store.append(rows);
    await db.query('DELETE FROM consentry_receipts WHERE id = $1', [rows[1].receipt.id]);
    expect(await store.verify()).toMatchObject({ ok: false, firstBad: 'head' });
  });

  it('deletes only what retention allows, and the chain still verifies from the oldest row left', async () => {
    const old = arriving(makeReceipt(), new Date(Date.now() - 800 * 86_400_000));
    await store.append([old, arriving(), arriving()]);
    expect(await store.purge(new Date(Date.now() - 730 * 86_400_000))).toBe(1);
    expect(await store.get(old.receipt.id)).toBeNull();
    expect(await store.verify()).toEqual({ ok: true, count: 2, firstBad: null });
  });

  it('lists newest first, a page at a time, filtered by method and time', async () => {
    const t0 = Date.UTC(2026, 10, 1);
    const all = Array.from({ length: 7 }, (_, i) =>
      arriving(makeReceipt({ method: i % 2 ? 'api' : 'banner' }), new Date(t0 + i * 60_000)),
    );
    for (const a of all) await store.append([a]);
    const first = await store.list({ limit: 3 });
    expect(first.receipts.map((r) => r.id)).toEqual([all[6], all[5], all[4]].map((a) => a.receipt.id));
    const second = await store.list({ limit: 3, cursor: first.next ?? undefined });
    expect(second.receipts.map((r) => r.id)).toEqual([all[3], all[2], all[1]].map((a) => a.receipt.id));
    const last = await store.list({ limit: 3, cursor: second.next ?? undefined });
    expect(last).toMatchObject({ next: null, receipts: [{ id: all[0].receipt.id }] });

    const api = await store.list({ limit: 10, method: 'api' });
    expect(api.receipts.map((r) => r.method)).toEqual(['api', 'api', 'api']);
    const window = await store.list({ limit: 10, from: new Date(t0 + 2 * 60_000), to: new Date(t0 + 4 * 60_000) });
    expect(window.receipts.map((r) => r.id)).toEqual([all[3], all[2]].map((a) => a.receipt.id));
  });

  it('streams every receipt oldest first across pages', async () => {
    const all = Array.from({ length: 25 }, () => arriving());
    await store.append(all);
    const seen: string[] = [];
    for await (const r of store.all(10)) seen.push(r.id);
    expect(seen).toEqual(all.map((a) => a.receipt.id));
  });

  it("counts each day's decisions, kinds, GPC and grant shares", async () => {
    const now = new Date(Date.UTC(2026, 11, 2, 12));
    const today = (choices: Record<string, boolean>, gpc = false) =>
      arriving(makeReceipt({ choices, gpc }), new Date(now.getTime() - 3_600_000));
    const yesterday = arriving(makeReceipt({ choices: acceptAll }), new Date(now.getTime() - 86_400_000));
    await store.append([
      today(acceptAll),
      today(rejectAll, true),
      today({ ...rejectAll, analytics: true }),
      today(acceptAll),
      yesterday,
    ]);
    const days = await store.stats(3, now);
    expect(days.map((d) => d.date)).toEqual(['2026-11-30', '2026-12-01', '2026-12-02']);
    expect(days[0]).toMatchObject({ decisions: 0, granted: {} });
    expect(days[1]).toMatchObject({ decisions: 1, acceptAll: 1 });
    expect(days[2]).toEqual({
      date: '2026-12-02',
      decisions: 4,
      acceptAll: 2,
      rejectAll: 1,
      custom: 1,
      gpc: 1,
      granted: { necessary: 1, preferences: 0.5, analytics: 0.75, advertising: 0.5, social: 0.5 },
    });
  });

  it("counts each policy revision's decisions, kinds, GPC and grant shares, the first received first", async () => {
    const t0 = Date.UTC(2026, 10, 1);
    const at = (minutes: number) => new Date(t0 + minutes * 60_000);
    const under = (revision: string, choices: Record<string, boolean>, minutes: number, gpc = false) =>
      arriving(makeReceipt({ revision, choices, gpc }), at(minutes));
    // Appended out of time order, and "10" sorts before "9" as text: the order is by arrival alone.
    await store.append([
      under('10', acceptAll, 30),
      under('10', { ...rejectAll, analytics: true }, 50, true),
      under('9', acceptAll, 0),
      under('9', rejectAll, 10, true),
      under('9', acceptAll, 40),
      under('9', { ...rejectAll, social: true }, 20),
    ]);
    expect(await store.revisions()).toEqual([
      {
        revision: '9',
        decisions: 4,
        acceptAll: 2,
        rejectAll: 1,
        custom: 1,
        gpc: 1,
        granted: { necessary: 1, preferences: 0.5, analytics: 0.5, advertising: 0.5, social: 0.75 },
        first: at(0).toISOString(),
        last: at(40).toISOString(),
      },
      {
        revision: '10',
        decisions: 2,
        acceptAll: 1,
        rejectAll: 0,
        custom: 1,
        gpc: 1,
        granted: { necessary: 1, preferences: 0.5, analytics: 1, advertising: 0.5, social: 0.5 },
        first: at(30).toISOString(),
        last: at(50).toISOString(),
      },
    ]);
  });

  it('gives no revisions when it holds no receipts', async () => {
    expect(await store.revisions()).toEqual([]);
  });

  it('names every category any receipt holds', async () => {
    await store.append([arriving(makeReceipt({ choices: { necessary: true, chat: false } })), arriving()]);
    expect(await store.categories()).toEqual([
      'advertising',
      'analytics',
      'chat',
      'necessary',
      'preferences',
      'social',
    ]);
  });
});
