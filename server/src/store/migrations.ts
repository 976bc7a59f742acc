import type { Db } from './db.js';

/**
 * The schema, as numbered steps. A step is never edited once released: a change is a
 * new step. PGlite and PostgreSQL run the same steps.
 */
export const migrations: readonly string[] = [
  `
  -- Receipts, append-only. Each row's hash covers the previous row's hash and the receipt
  -- as received (canonical JSON), so an edited, inserted or removed row breaks the chain.
  CREATE TABLE consentry_receipts (
    seq         bigint      PRIMARY KEY,
    id          uuid        NOT NULL UNIQUE,
    body        text        NOT NULL,
    ts          timestamptz NOT NULL,
    revision    text        NOT NULL,
    method      text        NOT NULL,
    gpc         boolean     NOT NULL,
    kind        text        NOT NULL,
    choices     jsonb       NOT NULL,
    received_at timestamptz NOT NULL,
    ip_prefix   text,
    prev_hash   text        NOT NULL,
    hash        text        NOT NULL
  );
  CREATE INDEX consentry_receipts_received_at ON consentry_receipts (received_at);

  -- The chain's head: one row, locked by every append, so appends from any number of
  -- server processes line up one after another.
  CREATE TABLE consentry_chain (
    one  boolean PRIMARY KEY DEFAULT true CHECK (one),
    seq  bigint  NOT NULL,
    hash text    NOT NULL
  );
  INSERT INTO consentry_chain (seq, hash) VALUES (0, repeat('0', 64));

  -- Receipts are never changed: only retention deletes them.
  CREATE FUNCTION consentry_forbid_update() RETURNS trigger LANGUAGE plpgsql AS $$
  BEGIN
    RAISE EXCEPTION 'consentry_receipts is append-only';
  END
  $$;
  CREATE TRIGGER consentry_receipts_append_only BEFORE UPDATE ON consentry_receipts
    FOR EACH ROW EXECUTE FUNCTION consentry_forbid_update();
  `,
];

// Any number: it only has to be the same in every process that migrates this database.
const migrationLock = 0x636f6e73;

/**
 * Brings the schema up to date, once, even when several servers start together.
 * @example await migrate(db)
 */
export async function migrate(db: Db): Promise<void> {
  await db.exec(`CREATE TABLE IF NOT EXISTS consentry_migrations (
    version int PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())`);
  await db.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock($1)', [migrationLock]);
    const [{ done }] = await tx.query<{ done: number }>(
      'SELECT coalesce(max(version), 0)::int AS done FROM consentry_migrations',
    );
    for (let version = done + 1; version <= migrations.length; version++) {
      await tx.exec(migrations[version - 1]);
      await tx.query('INSERT INTO consentry_migrations (version) VALUES ($1)', [version]);
    }
  });
}
