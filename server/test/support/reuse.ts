import type { Db } from '../../src/store/db.js';
import { migrate } from '../../src/store/migrations.js';
import { dropSchema, type TestDatabase } from './databases.js';

/**
 * One database of a kind for a whole file, its tables dropped and migrated again for each
 * test: a new PostgreSQL database per test costs up to a second or more on a small machine.
 * @example const database = reusedDatabase(kind); beforeEach(async () => { db = await database.fresh() }); afterAll(() => database.close())
 */
export function reusedDatabase({ open }: TestDatabase) {
  let opened: Promise<Db> | undefined;
  return {
    /** The database, empty and migrated. */
    async fresh(): Promise<Db> {
      if (!opened) {
        opened = open();
        return opened;
      }
      const db = await opened;
      await db.exec(dropSchema);
      await migrate(db);
      return db;
    },
    async close() {
      if (opened) await (await opened).close();
    },
  };
}

/**
 * The database as the servers of one test see it, every statement they start counted, so the
 * test can wait until none is running (a server's first retention run starts on its own)
 * before the next test drops the tables.
 */
export function tracked(db: Db) {
  const running = new Set<Promise<unknown>>();
  const track = <T>(work: Promise<T>): Promise<T> => {
    running.add(work);
    work.then(
      () => running.delete(work),
      () => running.delete(work),
    );
    return work;
  };
  const view: Db = {
    kind: db.kind,
    query: (text, params) => track(db.query(text, params)),
    exec: (script) => track(db.exec(script)),
    transaction: (work) => track(db.transaction(work)),
    // The test owns the database.
    close: async () => {},
  };
  return {
    db: view,
    async settled() {
      while (running.size > 0) await Promise.allSettled([...running]);
    },
  };
}
