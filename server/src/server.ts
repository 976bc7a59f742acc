import { Hono } from 'hono';
import { dashboardRoutes } from './dashboard/routes.js';
import { dayMs } from './days.js';
import { answerError, refuse } from './errors.js';
import { createIngest, type Ingest } from './ingest.js';
import { createNotifier } from './notify.js';
import { type RecordsServerOptions, type ResolvedOptions, resolveOptions } from './options.js';
import { adminRoutes } from './routes/admin.js';
import { adminToken } from './routes/admin-token.js';
import type { Deps, Env } from './routes/env.js';
import { receiptRoutes } from './routes/receipts.js';
import { requestRoutes } from './routes/requests.js';
import type { Db } from './store/db.js';
import { migrate } from './store/migrations.js';
import { openPglite } from './store/pglite.js';
import { openPostgres } from './store/postgres.js';
import { createRequestStore, type RequestStore } from './store/requests.js';
import { createStore, type Store } from './store/store.js';

/** A standard fetch handler, plus what a host needs to run it. */
export interface RecordsServer {
  /** Answers one request; `info.ip` is the client's address where the host knows it. */
  (request: Request, info?: { ip?: string }): Promise<Response>;
  /** Resolves once the database is open and migrated; rejects when it cannot be. */
  readonly ready: Promise<void>;
  /** Runs retention now: deletes receipts older than `retentionDays`; resolves with how many. */
  purgeExpired(): Promise<number>;
  /**
   * Posts to `notifyUrl` every privacy request it is owed and not waiting for a retry, now
   * (it also runs after each new request, at start, and on each retry); resolves once done.
   */
  notifyOwed(): Promise<void>;
  /** Stops the retention timer and the webhook's retries, and closes the database. */
  close(): Promise<void>;
}

const openDb = (o: ResolvedOptions): Promise<Db> | Db =>
  o.db ?? (o.databaseUrl ? openPostgres(o.databaseUrl) : openPglite(o.dataDir));

/** Opens and migrates the database, then makes on it the stores, the ingest queue and the webhook. */
async function openStores(options: ResolvedOptions) {
  const db = await openDb(options);
  await migrate(db);
  const store = createStore(db);
  const requests = createRequestStore(db);
  const { notifyUrl: url, timers, now } = options;
  const notifier = url ? createNotifier({ url, requests, timers, now }) : null;
  return { db, store, requests, notifier, ingest: createIngest(store) };
}

/**
 * The records server (SPEC §9) as a fetch handler: mount it on the site's own origin so
 * the choice cookie it sets is first-party and set over HTTP.
 * @example
 * const records = createRecordsServer({ dataDir: './consentry-data', adminToken: process.env.CONSENTRY_ADMIN_TOKEN });
 * export default { fetch: records };
 */
export function createRecordsServer(input: RecordsServerOptions = {}): RecordsServer {
  const options = resolveOptions(input);
  const opened = openStores(options);
  // Every route waits for the same start; a start that failed fails each request (503), not the process.
  opened.catch(() => {});
  const deps: Deps = {
    options,
    store: () => opened.then((o): Store => o.store),
    ingest: () => opened.then((o): Ingest => o.ingest),
    requests: () => opened.then((o): RequestStore => o.requests),
    notify: () =>
      void opened.then(
        (o) => o.notifier?.wake(),
        () => {},
      ),
  };

  const requireAdmin = adminToken(options);
  const app = new Hono<Env>()
    .route('/consent', receiptRoutes(deps))
    .route('/consent', adminRoutes(deps, requireAdmin))
    .route('/consent', requestRoutes(deps, requireAdmin))
    .route('/consent', dashboardRoutes(deps, requireAdmin))
    .get('/.well-known/gpc.json', (c) =>
      c.json({ gpc: true, lastUpdate: options.now().toISOString().slice(0, 10) }, 200, {
        'cache-control': 'public, max-age=86400',
      }),
    )
    .notFound(() => refuse(404, 'no such route').getResponse())
    .onError(answerError);

  const purgeExpired = async () => {
    const { store } = await opened;
    return store.purge(new Date(options.now().getTime() - options.retentionDays * dayMs));
  };
  const runRetention = () => purgeExpired().catch((e) => console.error('consentry-server: retention failed:', e));
  const timer = setInterval(runRetention, dayMs);
  // A timer must not keep a process alive that has nothing else to do.
  (timer as { unref?: () => void }).unref?.();
  void opened.then(runRetention, () => {});
  // Deliveries owed from before a restart go out at once.
  deps.notify();

  const handler = (request: Request, info?: { ip?: string }) => Promise.resolve(app.fetch(request, { ip: info?.ip }));
  return Object.assign(handler, {
    ready: opened.then(() => {}),
    purgeExpired,
    notifyOwed: async () => (await opened).notifier?.run(),
    async close() {
      clearInterval(timer);
      const o = await opened.catch(() => undefined);
      await o?.notifier?.stop();
      // A database handed in by the host is the host's to close.
      if (o && !options.db) await o.db.close();
    },
  });
}
