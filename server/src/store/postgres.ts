import postgres from 'postgres';
import type { Db, Queryable, Row } from './db.js';

type Sql = postgres.Sql | postgres.ReservedSql;

const queryable = (sql: Sql): Queryable => ({
  async query<T extends Row>(text: string, params: readonly unknown[] = []) {
    // Prepared (the store's statements are a fixed few): an unprepared statement with
    // parameters costs postgres.js a describe round trip first, and stops the statements
    // sent after it from going out in the same write. `?prepare=false` in the URL turns it
    // off (PgBouncer before 1.21 in transaction mode).
    return (await sql.unsafe(text, params as postgres.ParameterOrJSON<never>[], { prepare: true })) as unknown as T[];
  },
  exec: async (script) => void (await sql.unsafe(script).simple()),
});

/** Errors after which the connection is gone: PostgreSQL has rolled its transaction back. */
const connectionLost = (error: unknown) => {
  const e = error as { code?: unknown; severity?: unknown } | null;
  return (
    e?.severity === 'FATAL' ||
    e?.severity === 'PANIC' ||
    (typeof e?.code === 'string' && /^(CONNECTION_|CONNECT_TIMEOUT$|E[A-Z]+$)/.test(e.code))
  );
};

/**
 * A PostgreSQL server through the `postgres` client: a pool that reconnects by itself,
 * so a database restart costs the requests in flight (answered 503), not the server.
 * @example const db = openPostgres(process.env.DATABASE_URL)
 */
export function openPostgres(url: string, poolSize = 10): Db {
  const sql = postgres(url, {
    max: poolSize,
    onnotice: () => {},
    connect_timeout: 5,
    idle_timeout: 60,
    // Plain values in, plain values out: the store casts in SQL what it reads.
    types: {},
  });
  return {
    kind: 'postgres',
    ...queryable(sql),
    // Not sql.begin(): after an error it sends ROLLBACK on the transaction's connection even
    // when that connection has died (a restart, pg_terminate_backend), and postgres.js 3.4.9
    // then writes to a closed socket from a timer, a TypeError no caller can catch, which ends
    // the process (porsager/postgres#1208). Here a connection that is gone gets no ROLLBACK
    // and is not handed back: the pool has already marked it closed and reconnects it.
    async transaction(work) {
      const reserved = await sql.reserve();
      let alive = true;
      try {
        await reserved.unsafe('BEGIN').simple();
        const result = await work(queryable(reserved));
        await reserved.unsafe('COMMIT').simple();
        return result;
      } catch (error) {
        alive = !connectionLost(error);
        const rollback = () => reserved.unsafe('ROLLBACK').simple();
        if (alive) await rollback().catch((e) => (alive = !connectionLost(e)));
        throw error;
      } finally {
        if (alive) reserved.release();
      }
    },
    close: () => sql.end({ timeout: 5 }),
  };
}
