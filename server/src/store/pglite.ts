import { PGlite, type Transaction } from '@electric-sql/pglite';
import type { Db, Queryable, Row } from './db.js';

const queryable = (pg: PGlite | Transaction): Queryable => ({
  async query<T extends Row>(text: string, params: readonly unknown[] = []) {
    return (await pg.query<T>(text, params as unknown[])).rows;
  },
  exec: async (script) => void (await pg.exec(script)),
});

/**
 * Embedded PostgreSQL (PGlite), kept in `dataDir`, or in memory without one. Nothing to
 * install; one process at a time may open a data directory.
 * @example const db = await openPglite('./consentry-data')
 */
export async function openPglite(dataDir?: string): Promise<Db> {
  const pg = await PGlite.create(dataDir);
  return {
    kind: 'pglite',
    ...queryable(pg),
    transaction: (work) => pg.transaction((tx) => work(queryable(tx))),
    close: () => pg.close(),
  };
}
