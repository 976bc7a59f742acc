import { genesisHash } from '../chain.js';
import type { Db } from './db.js';

/**
 * The schema, as numbered steps. A step is never edited once released: a change is a
 * new step. PGlite and PostgreSQL run the same steps. Step 1 takes the chain's first head
 * from `genesisHash`, which the verifiers of an exported chain start from too.
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
  INSERT INTO consentry_chain (seq, hash) VALUES (0, '${genesisHash}');

  -- Receipts are never changed: only retention deletes them.
  CREATE FUNCTION consentry_forbid_update() RETURNS trigger LANGUAGE plpgsql AS $$
  BEGIN
    RAISE EXCEPTION 'consentry_receipts is append-only';
  END
  $$;
  CREATE TRIGGER consentry_receipts_append_only BEFORE UPDATE ON consentry_receipts
    FOR EACH ROW EXECUTE FUNCTION consentry_forbid_update();
  `,
  `
  -- Privacy requests (SPEC §9), append-only: what the visitor sent, when, the date the
  -- answer is owed, and the network prefix the rate limit counts (never the address).
  CREATE TABLE consentry_requests (
    seq         bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    id          uuid        NOT NULL UNIQUE,
    kind        text        NOT NULL,
    email       text        NOT NULL,
    message     text        NOT NULL,
    consent_id  uuid,
    received_at timestamptz NOT NULL,
    due         date        NOT NULL,
    ip_prefix   text
  );
  CREATE INDEX consentry_requests_received_at ON consentry_requests (received_at);

  -- Each request's history: a change of status is a new row, the first one 'open' as received.
  CREATE TABLE consentry_request_statuses (
    seq        bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    request_id uuid        NOT NULL REFERENCES consentry_requests (id),
    status     text        NOT NULL CHECK (status IN ('open', 'done', 'refused')),
    note       text        NOT NULL,
    at         timestamptz NOT NULL
  );
  CREATE INDEX consentry_request_statuses_request ON consentry_request_statuses (request_id, seq);

  -- The webhook's outbox: a row per request owed to --notify-url, written in the request's
  -- own transaction, and a row per delivery the receiver answered 2xx. Owed = the first
  -- without the second, so a delivery owed outlives any restart.
  CREATE TABLE consentry_request_outbox (
    seq        bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    request_id uuid   NOT NULL UNIQUE REFERENCES consentry_requests (id)
  );
  CREATE TABLE consentry_request_deliveries (
    request_id   uuid        PRIMARY KEY REFERENCES consentry_request_outbox (request_id),
    delivered_at timestamptz NOT NULL,
    status       int         NOT NULL
  );

  -- No row of these four is changed or deleted: a request and its answer are records the
  -- site must keep (California: at least 24 months, CCPA Regulations §7101(a)).
  CREATE FUNCTION consentry_forbid_change() RETURNS trigger LANGUAGE plpgsql AS $$
  BEGIN
    RAISE EXCEPTION '% is append-only', TG_TABLE_NAME;
  END
  $$;
  CREATE TRIGGER consentry_requests_append_only BEFORE UPDATE OR DELETE ON consentry_requests
    FOR EACH ROW EXECUTE FUNCTION consentry_forbid_change();
  CREATE TRIGGER consentry_request_statuses_append_only BEFORE UPDATE OR DELETE ON consentry_request_statuses
    FOR EACH ROW EXECUTE FUNCTION consentry_forbid_change();
  CREATE TRIGGER consentry_request_outbox_append_only BEFORE UPDATE OR DELETE ON consentry_request_outbox
    FOR EACH ROW EXECUTE FUNCTION consentry_forbid_change();
  CREATE TRIGGER consentry_request_deliveries_append_only BEFORE UPDATE OR DELETE ON consentry_request_deliveries
    FOR EACH ROW EXECUTE FUNCTION consentry_forbid_change();
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
