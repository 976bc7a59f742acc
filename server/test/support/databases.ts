import { randomUUID } from 'node:crypto';
import postgres from 'postgres';
import { inject } from 'vitest';
import type { Db } from '../../src/store/db.js';
import { migrate } from '../../src/store/migrations.js';
import { openPglite } from '../../src/store/pglite.js';
import { openPostgres } from '../../src/store/postgres.js';

/** A database kind the suites run against. */
export interface TestDatabase {
  name: 'pglite' | 'postgres';
  /** A new, empty, migrated database of that kind. */
  open(): Promise<Db>;
}

/** A fresh database on the test cluster, dropped again when the returned Db closes. */
async function freshPostgres(): Promise<Db> {
  const { url, drop } = await freshPostgresUrl();
  const db = openPostgres(url);
  return {
    ...db,
    kind: db.kind,
    async close() {
      await db.close();
      await drop();
    },
  };
}

/** The URL of the test cluster, or null when this run has none (suites skip). */
export const postgresUrl = () => inject('postgres')?.url ?? null;

/** The test cluster's controls, for the fault tests. */
export const postgresControl = () => inject('postgres')?.control ?? null;

let shared: Promise<Db> | undefined;
/** Drops every table and function the migrations make: the database as new. */
export const dropSchema = `DROP TABLE IF EXISTS consentry_receipts, consentry_chain, consentry_migrations,
    consentry_requests, consentry_request_statuses, consentry_request_outbox, consentry_request_deliveries CASCADE;
  DROP FUNCTION IF EXISTS consentry_forbid_update(), consentry_forbid_change() CASCADE;`;

/** PGlite always; PostgreSQL when the run has a cluster. Each `open()` is a new migrated database. */
export function testDatabases(): TestDatabase[] {
  const url = postgresUrl();
  const list: TestDatabase[] = [
    {
      name: 'pglite',
      async open() {
        // Starting PGlite takes seconds: one per test file, its tables dropped between tests.
        shared ??= openPglite();
        const db = await shared;
        await migrate(db);
        return { ...db, kind: db.kind, close: () => db.exec(dropSchema) };
      },
    },
  ];
  if (url)
    list.push({
      name: 'postgres',
      async open() {
        const db = await freshPostgres();
        await migrate(db);
        return db;
      },
    });
  return list;
}

/** A fresh PostgreSQL database's URL on the test cluster (for a server process of its own). */
export async function freshPostgresUrl(): Promise<{ url: string; drop(): Promise<void> }> {
  const adminUrl = postgresUrl();
  if (!adminUrl) throw new Error('no PostgreSQL cluster in this run');
  const name = `consentry_test_${randomUUID().replaceAll('-', '')}`;
  const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`CREATE DATABASE ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      await admin.unsafe(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    },
  };
}
