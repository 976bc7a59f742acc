import postgres from 'postgres';
import type { Db, Queryable, Row } from './db.js';

type Sql = postgres.Sql | postgres.TransactionSql;

const queryable = (sql: Sql): Queryable => ({
  async query<T extends Row>(text: string, params: readonly unknown[] = []) {
    return (await sql.unsafe(text, params as postgres.ParameterOrJSON<never>[])) as unknown as T[];
  },
  exec: async (script) => void (await sql.unsafe(script).simple()),
});

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
    transaction: (work) => sql.begin((tx) => work(queryable(tx))) as Promise<never>,
    close: () => sql.end({ timeout: 5 }),
  };
}
