import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Receipt } from '../src/receipt.js';
import { createRecordsServer, type RecordsServer } from '../src/server.js';
import { openPglite } from '../src/store/pglite.js';
import { openPostgres } from '../src/store/postgres.js';
import { type Child, startCli as startChild } from './support/child.js';
import { ensureClusterRuns, pgCtl } from './support/cluster.js';
import { freshPostgresUrl, postgresControl, postgresUrl } from './support/databases.js';
import { makeReceipt } from './support/receipts.js';

/*
 * Faults: the server process killed (kill -9) while receipts stream in, and PostgreSQL
 * restarted under a running server. What must hold: every receipt answered 2xx is stored,
 * none is stored twice, the chain verifies, and a receipt that got no 2xx is stored once
 * when the widget's outbox sends it again.
 */

const root = fileURLToPath(new URL('../..', import.meta.url));
const cli = join(root, 'server/bin/consentry-server.js');
const token = 'fault-test-admin-token';
// Generous: PGlite's first start runs initdb in WebAssembly (about 20 s on 2 cores).
const startTimeoutMs = 90_000;
// No answer may take longer than this, outage or not.
const answerTimeoutMs = 15_000;
const admin = { authorization: `Bearer ${token}` };

/** What one POST got: its status, or `error` when no answer came (connection refused or cut). */
type Answer = number | 'error' | 'hang';
const ok = (a: Answer | undefined) => typeof a === 'number' && a >= 200 && a < 300;

/** Posts one receipt as the widget does; resolves with the status, never rejects. */
type Post = (receipt: Receipt) => Promise<Answer>;

/** The same bound for an HTTP answer and an in-process one: `hang` past `answerTimeoutMs`. */
async function bounded(answer: () => Promise<Response>): Promise<Answer> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<'hang'>((resolve) => {
    timer = setTimeout(() => resolve('hang'), answerTimeoutMs);
  });
  try {
    return await Promise.race([
      answer().then(
        async (r) => {
          await r.arrayBuffer();
          return r.status;
        },
        () => 'error' as const,
      ),
      late,
    ]);
  } finally {
    clearTimeout(timer);
  }
}

const overHttp =
  (base: string): Post =>
  (receipt) =>
    bounded(() =>
      fetch(`${base}/consent/receipts`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(receipt),
        signal: AbortSignal.timeout(answerTimeoutMs),
      }),
    );

/**
 * Sends receipts `inFlight` at a time, each answered before that sender takes the next,
 * until `next()` has no more. `onAnswer` sees every answer as it comes (to pull the plug).
 */
async function streamReceipts(
  post: Post,
  next: () => Receipt | undefined,
  onAnswer: (receipt: Receipt, answer: Answer) => void | Promise<void>,
  inFlight = 8,
) {
  const sender = async () => {
    for (let r = next(); r; r = next()) await onAnswer(r, await post(r));
  };
  await Promise.all(Array.from({ length: inFlight }, sender));
}

/** Sends again each receipt that got no 2xx, as the outbox does; resolves with their answers. */
async function resend(post: Post, receipts: Receipt[]): Promise<Answer[]> {
  const answers: Answer[] = [];
  let i = 0;
  await streamReceipts(
    post,
    () => receipts[i++],
    (_, a) => void answers.push(a),
  );
  return answers;
}

/** What the database holds, read back through the admin routes. */
async function storedIds(get: (path: string) => Promise<Response>) {
  const exported = await get('/consent/export.jsonl');
  expect(exported.status).toBe(200);
  const ids = (await exported.text())
    .split('\n')
    .filter(Boolean)
    .map((line) => (JSON.parse(line) as { id: string }).id);
  const verify = (await (await get('/consent/verify')).json()) as { ok: boolean; count: number };
  return { ids, unique: new Set(ids), verify };
}

/** Starts `npx consentry-server` on a free port; resolves once it prints its address. */
const startCli = (env: Record<string, string>): Promise<Child> =>
  startChild({
    cli,
    cwd: root,
    args: ['--port', '0', '--host', '127.0.0.1'],
    env: { DATABASE_URL: '', CONSENTRY_ADMIN_TOKEN: token, ...env },
    timeoutMs: startTimeoutMs,
  });

/** Stops a server process the hard way (if it still runs) and waits until it is gone. */
async function killHard(child: Child | undefined) {
  if (!child) return;
  if (child.process.exitCode === null && child.process.signalCode === null) child.process.kill('SIGKILL');
  await child.exited;
}

/**
 * kill -9 of the server mid-stream, then a restart on the same data: every 2xx is stored,
 * nothing twice, the chain holds; the receipts in doubt, sent again, end up stored once.
 */
async function killDuringStream(env: Record<string, string>, total = 400, killAfter = 250) {
  const receipts = Array.from({ length: total }, () => makeReceipt());
  const answers = new Map<string, Answer>();
  let first: Child | undefined;
  let second: Child | undefined;
  try {
    first = await startCli(env);
    const running = first;
    let acked = 0;
    let i = 0;
    let killed = false;
    await streamReceipts(
      overHttp(running.base),
      // Once the plug is pulled, the senders stop taking new receipts: those are never sent.
      () => (killed ? undefined : receipts[i++]),
      (r, a) => {
        answers.set(r.id, a);
        if (ok(a) && ++acked === killAfter) {
          killed = true;
          running.process.kill('SIGKILL');
        }
      },
    );
    expect(await running.exited).toBe('SIGKILL');

    second = await startCli(env);
    const { base } = second;
    const get = (path: string) => fetch(`${base}${path}`, { headers: admin });
    const sent = receipts.filter((r) => answers.has(r.id));
    const ackedIds = sent.filter((r) => ok(answers.get(r.id))).map((r) => r.id);
    const inDoubt = sent.filter((r) => !ok(answers.get(r.id)));

    const before = await storedIds(get);
    // Every 2xx is there, and readable one by one.
    for (const id of ackedIds) expect(before.unique.has(id), `acknowledged ${id} is stored`).toBe(true);
    const lookups = await Promise.all(ackedIds.map((id) => get(`/consent/receipts/${id}`).then((r) => r.status)));
    expect(lookups.every((s) => s === 200)).toBe(true);
    // Nothing twice, nothing that was never sent, and the chain holds.
    expect(before.ids.length).toBe(before.unique.size);
    const sentIds = new Set(sent.map((r) => r.id));
    expect(before.ids.every((id) => sentIds.has(id))).toBe(true);
    expect(before.verify).toEqual({ ok: true, count: before.ids.length, firstBad: null });

    // The outbox sends the receipts in doubt again: each is stored now, once.
    const again = await resend(overHttp(base), inDoubt);
    expect(again.every(ok)).toBe(true);
    const after = await storedIds(get);
    expect(after.ids.length).toBe(sent.length);
    expect(after.unique).toEqual(sentIds);
    expect(after.verify).toEqual({ ok: true, count: sent.length, firstBad: null });

    console.info(
      `kill -9 (${env.DATABASE_URL ? 'postgres' : 'pglite'}): sent ${sent.length}, 2xx ${ackedIds.length}, ` +
        `stored after restart ${before.ids.length} (duplicates ${before.ids.length - before.unique.size}), ` +
        `in doubt ${inDoubt.length} of which already stored ${before.ids.length - ackedIds.length}; ` +
        `after resending: stored ${after.ids.length}, duplicates ${after.ids.length - after.unique.size}`,
    );
  } finally {
    await killHard(first);
    await killHard(second);
  }
}

beforeAll(() => {
  // The CLI runs the built server: build it from the sources under test.
  execFileSync('npm', ['run', 'build', '-w', 'consentry-server'], { cwd: root, stdio: 'pipe' });
}, 120_000);

describe('kill -9 of the server while receipts stream in', () => {
  it('on PGlite: every 2xx is stored after a restart, none twice, the chain holds', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'consentry-faults-'));
    try {
      await killDuringStream({ CONSENTRY_DATA_DIR: join(dir, 'data') });
      // Beyond kill -9, a power loss: PGlite's data directory is opened with fsync on, and
      // the WAL synced by fsync() (Emscripten's fdatasync() does nothing).
      const db = await openPglite(join(dir, 'data'));
      try {
        const settings = await db.query<{ name: string; setting: string }>(
          "SELECT name, setting FROM pg_settings WHERE name IN ('fsync', 'synchronous_commit', 'wal_sync_method') ORDER BY name",
        );
        expect(settings).toEqual([
          { name: 'fsync', setting: 'on' },
          { name: 'synchronous_commit', setting: 'on' },
          { name: 'wal_sync_method', setting: 'fsync' },
        ]);
      } finally {
        await db.close();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 240_000);

  it.skipIf(!postgresUrl())(
    'on PostgreSQL: every 2xx is stored after a restart, none twice, the chain holds',
    async () => {
      const db = await freshPostgresUrl();
      try {
        await killDuringStream({ DATABASE_URL: db.url });
      } finally {
        await db.drop();
      }
    },
    120_000,
  );
});

describe.skipIf(!postgresUrl())('PostgreSQL restarted under a running server', () => {
  let records: RecordsServer | undefined;
  let db: Awaited<ReturnType<typeof freshPostgresUrl>> | undefined;

  afterAll(async () => {
    await records?.close();
    await db?.drop();
  });

  it.skipIf(!postgresControl())(
    'answers 503 during the outage, takes receipts again after it, and a resend stores each once',
    async () => {
      db = await freshPostgresUrl();
      const server = createRecordsServer({ databaseUrl: db.url, adminToken: token });
      records = server;
      await server.ready;
      const post: Post = (receipt) =>
        bounded(() =>
          server(
            new Request('http://127.0.0.1/consent/receipts', {
              method: 'POST',
              headers: { 'content-type': 'application/json' },
              body: JSON.stringify(receipt),
            }),
          ),
        );
      // The server logs each failed append: expected here by the hundred.
      const logged = vi.spyOn(console, 'error').mockImplementation(() => {});

      const sent: Receipt[] = [];
      const answers = new Map<string, Answer>();
      const during: Answer[] = [];
      let phase: 'before' | 'restarting' | 'after' = 'before';
      let restart: Promise<{ code: number | null; output: string }> | undefined;
      let okBefore = 0;
      let okAfter = 0;
      const restartAfter = 100;
      const enoughAfter = 100;
      const cap = 20_000;
      try {
        await streamReceipts(
          post,
          () => {
            if ((phase === 'after' && okAfter >= enoughAfter) || sent.length >= cap) return undefined;
            const r = makeReceipt();
            sent.push(r);
            return r;
          },
          async (r, a) => {
            const at = phase;
            answers.set(r.id, a);
            if (at === 'restarting') during.push(a);
            if (at === 'after' && ok(a)) okAfter++;
            if (at === 'before' && ok(a) && ++okBefore === restartAfter) {
              phase = 'restarting';
              restart = pgCtl(['-m', 'fast', 'restart']).then((result) => {
                phase = 'after';
                return result;
              });
            }
            // A client that got no 2xx waits a little before its next receipt, as the outbox does:
            // part of the load it simulates (the other timed wait left in the tests), not a wait for a result.
            if (!ok(a)) await new Promise((resolve) => setTimeout(resolve, 20));
          },
        );
        const restarted = await restart;
        expect(restarted?.code, restarted?.output).toBe(0);
      } finally {
        logged.mockRestore();
        await ensureClusterRuns();
      }

      const all = [...answers.values()];
      // During the outage: 503 or 2xx, nothing else, and no answer took longer than the bound.
      expect(all).not.toContain('hang');
      expect(all).not.toContain('error');
      expect(all.every((a) => ok(a) || a === 503)).toBe(true);
      expect(during).toContain(503);
      // The same server instance took receipts again once PostgreSQL was back.
      expect(okAfter).toBeGreaterThanOrEqual(enoughAfter);

      const get = (path: string) => server(new Request(`http://127.0.0.1${path}`, { headers: admin }));
      const ackedIds = sent.filter((r) => ok(answers.get(r.id))).map((r) => r.id);
      const refused = sent.filter((r) => !ok(answers.get(r.id)));
      const before = await storedIds(get);
      for (const id of ackedIds) expect(before.unique.has(id), `acknowledged ${id} is stored`).toBe(true);
      expect(before.ids.length).toBe(before.unique.size);
      expect(before.verify).toEqual({ ok: true, count: before.ids.length, firstBad: null });

      const again = await resend(post, refused);
      expect(again.every(ok)).toBe(true);
      const after = await storedIds(get);
      expect(after.ids.length).toBe(sent.length);
      expect(after.unique).toEqual(new Set(sent.map((r) => r.id)));
      expect(after.verify).toEqual({ ok: true, count: sent.length, firstBad: null });

      console.info(
        `PostgreSQL restart: sent ${sent.length}, 2xx ${ackedIds.length}, 503 ${all.filter((a) => a === 503).length} ` +
          `(${during.filter((a) => a === 503).length} during the restart), 2xx after it ${okAfter}; ` +
          `stored before resending ${before.ids.length} (in doubt but stored ${before.ids.length - ackedIds.length}); ` +
          `after resending ${refused.length}: stored ${after.ids.length}, duplicates ${after.ids.length - after.unique.size}`,
      );
    },
    120_000,
  );
});

describe.skipIf(!postgresUrl())('a database connection killed in the middle of a transaction', () => {
  it('fails that transaction, and nothing else: no uncaught error, the pool reconnects', async () => {
    const fresh = await freshPostgresUrl();
    const db = openPostgres(fresh.url);
    const uncaught: unknown[] = [];
    const collect = (e: unknown) => void uncaught.push(e);
    process.on('uncaughtException', collect);
    try {
      for (let round = 0; round < 3; round++) {
        // The backend ends itself inside the transaction, as a restart or pg_terminate_backend ends it.
        await expect(
          db.transaction((tx) => tx.query('SELECT pg_terminate_backend(pg_backend_pid())')),
        ).rejects.toBeTruthy();
        // What the client schedules after the failure runs in the next turns of the event loop.
        for (let turn = 0; turn < 3; turn++) await new Promise((resolve) => setImmediate(resolve));
        // The next transaction may still see the old session's error once; then it works again.
        let result: unknown;
        for (let attempt = 0; attempt < 5 && result === undefined; attempt++) {
          result = await db.transaction((tx) => tx.query('SELECT 1 AS one')).catch(() => undefined);
        }
        expect(result).toEqual([{ one: 1 }]);
      }
      expect(uncaught).toEqual([]);
    } finally {
      process.off('uncaughtException', collect);
      await db.close();
      await fresh.drop();
    }
  });
});
