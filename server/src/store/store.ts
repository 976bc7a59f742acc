import { chainHash } from '../chain.js';
import { dayMs, startOfDay } from '../days.js';
import { canonicalReceipt, decisionKind, type Receipt } from '../receipt.js';
import type { Db, Queryable } from './db.js';

/** A receipt to append, with what the server knows of its arrival. */
export interface Incoming {
  receipt: Receipt;
  receivedAt: Date;
  ipPrefix: string | null;
}

/** What an append did: stored a new row, found the same receipt already there, or another one under its id. */
export type Outcome = 'created' | 'same' | 'conflict';

/** A receipt as stored: SPEC §7's fields plus when it arrived and its link of the chain. */
export interface StoredReceipt extends Receipt {
  receivedAt: string;
  hash: string;
}

/** Which receipts to list (admin API). */
export interface ListQuery {
  from?: Date;
  to?: Date;
  method?: Receipt['method'];
  limit: number;
  /** The `next` of the previous page. */
  cursor?: string;
}

/** How a set of receipts decided: how many, of which kind, with GPC, and each category's grants. */
export interface Decided {
  decisions: number;
  acceptAll: number;
  rejectAll: number;
  custom: number;
  gpc: number;
  /** Per category, the share of these decisions that granted it (0 to 1). */
  granted: Record<string, number>;
}

/** One day of decisions (SPEC §9 `/consent/stats`). */
export interface DayStats extends Decided {
  date: string;
}

/** One policy revision's decisions, over every receipt kept (admin `/consent/revisions`). */
export interface RevisionStats extends Decided {
  revision: string;
  /** When the first and the last receipt under this revision arrived (ISO 8601, UTC). */
  first: string;
  last: string;
}

/** What `/consent/verify` answers: whether every link holds, how many rows, the first broken one. */
export interface ChainState {
  ok: boolean;
  count: number;
  firstBad: string | null;
}

/**
 * Every read and write of receipts. The only SQL of the server is in this file, requests.ts
 * (privacy requests) and migrations.ts.
 */
export interface Store {
  /** Appends receipts in one transaction, in order, each linked to the one before. */
  append(batch: readonly Incoming[]): Promise<Outcome[]>;
  get(id: string): Promise<StoredReceipt | null>;
  list(query: ListQuery): Promise<{ receipts: StoredReceipt[]; next: string | null }>;
  /** Every receipt, oldest first, read a page at a time so an export of millions streams. */
  all(pageSize?: number): AsyncGenerator<StoredReceipt>;
  stats(days: number, now?: Date): Promise<DayStats[]>;
  /** Decisions per policy revision, the revision first received first (the newest last). */
  revisions(): Promise<RevisionStats[]>;
  verify(): Promise<ChainState>;
  /** Retention, the only delete: removes receipts received before `before`; resolves with how many. */
  purge(before: Date): Promise<number>;
  /** Category ids seen in any receipt, for the export's columns. */
  categories(): Promise<string[]>;
}

/** A timestamp column as text in one format (ISO 8601, UTC, milliseconds) from PGlite and PostgreSQL alike. */
export const iso = (column: string) => `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;
// `position`, not `seq`: an output column named seq would make ORDER BY seq sort text.
const storedColumns = `seq::text AS position, body, ${iso('received_at')} AS received_at, prev_hash, hash`;

interface StoredRow {
  [key: string]: unknown;
  position: string;
  body: string;
  received_at: string;
  prev_hash: string;
  hash: string;
}

const toStored = (row: StoredRow): StoredReceipt => ({
  ...(JSON.parse(row.body) as Receipt),
  receivedAt: row.received_at,
  hash: row.hash,
});

// The columns of a new row, each sent as one text array: one statement text whatever the
// batch's size, so PostgreSQL parses and plans it once, and binds 13 values, not 13 a row.
const insertSql = `INSERT INTO consentry_receipts
     (seq, id, body, ts, revision, method, gpc, kind, choices, received_at, ip_prefix, prev_hash, hash)
   SELECT seq::bigint, id::uuid, body, ts::timestamptz, revision, method, gpc::boolean, kind, choices::jsonb,
          received_at::timestamptz, ip_prefix, prev_hash, hash
   FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[],
               $9::text[], $10::text[], $11::text[], $12::text[], $13::text[])
     AS r(seq, id, body, ts, revision, method, gpc, kind, choices, received_at, ip_prefix, prev_hash, hash)`;
const insertColumns = 13;

/** Appends the batch's new receipts after the chain's head, which it locks first. */
async function appendLocked(tx: Queryable, batch: readonly Incoming[]): Promise<Outcome[]> {
  const ids = [...new Set(batch.map((b) => b.receipt.id))];
  // Sent together (one round trip to PostgreSQL). The second statement runs once the first
  // holds the head's lock, with a snapshot of its own, so it sees every receipt committed before.
  const [[head], found] = await Promise.all([
    tx.query<{ seq: string; hash: string }>('SELECT seq::text AS seq, hash FROM consentry_chain FOR UPDATE'),
    tx.query<{ id: string; body: string }>(
      'SELECT id::text AS id, body FROM consentry_receipts WHERE id = ANY($1::uuid[])',
      [ids],
    ),
  ]);
  const existing = new Map(found.map((r) => [r.id, r.body]));
  let seq = BigInt(head.seq);
  let hash = head.hash;
  const columns: (string | null)[][] = Array.from({ length: insertColumns }, () => []);
  const outcomes: Outcome[] = [];
  for (const { receipt, receivedAt, ipPrefix } of batch) {
    const body = canonicalReceipt(receipt);
    const known = existing.get(receipt.id);
    if (known !== undefined) {
      outcomes.push(known === body ? 'same' : 'conflict');
      continue;
    }
    existing.set(receipt.id, body);
    const at = receivedAt.toISOString();
    const prev = hash;
    hash = chainHash(prev, body, at);
    seq += 1n;
    const row = [
      seq.toString(),
      receipt.id,
      body,
      receipt.timestamp,
      receipt.revision,
      receipt.method,
      String(receipt.gpc),
      decisionKind(receipt.choices),
      JSON.stringify(receipt.choices),
      at,
      ipPrefix,
      prev,
      hash,
    ];
    for (let c = 0; c < insertColumns; c++) columns[c].push(row[c]);
    outcomes.push('created');
  }
  if (columns[0].length > 0) {
    await Promise.all([
      tx.query(insertSql, columns),
      tx.query('UPDATE consentry_chain SET seq = $1::bigint, hash = $2', [seq.toString(), hash]),
    ]);
  }
  return outcomes;
}

// One statement, so the counts and the grants come from one snapshot (two statements on
// PostgreSQL's pool could each see other receipts, and a share go past 1). It reads every
// row: an index on revision would spare none of the reads of kind, gpc and choices, so
// the schema has none. The tie-break sorts by bytes (C), the same whatever a server's locale.
const revisionsSql = `WITH totals AS (
    SELECT revision, count(*)::int AS decisions,
      count(*) FILTER (WHERE kind = 'accept-all')::int AS accept_all,
      count(*) FILTER (WHERE kind = 'reject-all')::int AS reject_all,
      count(*) FILTER (WHERE kind = 'custom')::int AS custom,
      count(*) FILTER (WHERE gpc)::int AS gpc,
      min(received_at) AS first_at, max(received_at) AS last_at
    FROM consentry_receipts GROUP BY revision
  ), grants AS (
    SELECT revision, c.key AS category, count(*) FILTER (WHERE c.value = 'true'::jsonb)::int AS granted
    FROM consentry_receipts, jsonb_each(choices) AS c GROUP BY 1, 2
  )
  SELECT t.revision, t.decisions, t.accept_all, t.reject_all, t.custom, t.gpc,
    ${iso('t.first_at')} AS first_received, ${iso('t.last_at')} AS last_received,
    (SELECT coalesce(jsonb_object_agg(g.category, g.granted), '{}'::jsonb)::text
       FROM grants g WHERE g.revision = t.revision) AS granted
  FROM totals t ORDER BY t.first_at, t.revision COLLATE "C"`;

interface RevisionRow {
  [key: string]: unknown;
  revision: string;
  decisions: number;
  accept_all: number;
  reject_all: number;
  custom: number;
  gpc: number;
  first_received: string;
  last_received: string;
  /** `{ [category]: decisions granting it }` as JSON text: both clients return text alike. */
  granted: string;
}

const toRevisionStats = (row: RevisionRow): RevisionStats => {
  const counts = JSON.parse(row.granted) as Record<string, number>;
  const granted: Record<string, number> = {};
  for (const [category, n] of Object.entries(counts)) granted[category] = n / row.decisions;
  return {
    revision: row.revision,
    decisions: row.decisions,
    acceptAll: row.accept_all,
    rejectAll: row.reject_all,
    custom: row.custom,
    gpc: row.gpc,
    granted,
    first: row.first_received,
    last: row.last_received,
  };
};

/** One receipt by id, or null. */
async function getReceipt(db: Db, id: string): Promise<StoredReceipt | null> {
  const [row] = await db.query<StoredRow>(`SELECT ${storedColumns} FROM consentry_receipts WHERE id = $1::uuid`, [id]);
  return row ? toStored(row) : null;
}

/** A page of receipts, newest first, and the cursor of the next page (null at the end). */
async function listReceipts(db: Db, { from, to, method, limit, cursor }: ListQuery) {
  const rows = await db.query<StoredRow>(
    `SELECT ${storedColumns} FROM consentry_receipts
     WHERE ($1::timestamptz IS NULL OR received_at >= $1::timestamptz)
       AND ($2::timestamptz IS NULL OR received_at < $2::timestamptz)
       AND ($3::text IS NULL OR method = $3::text)
       AND ($4::bigint IS NULL OR seq < $4::bigint)
     ORDER BY seq DESC LIMIT $5::int`,
    [from?.toISOString() ?? null, to?.toISOString() ?? null, method ?? null, cursor ?? null, limit + 1],
  );
  const page = rows.slice(0, limit);
  return { receipts: page.map(toStored), next: rows.length > limit ? page[page.length - 1].position : null };
}

/** Every stored row, oldest first, read `pageSize` at a time. */
async function* allRows(db: Db, pageSize: number): AsyncGenerator<StoredRow> {
  let after = '0';
  for (;;) {
    const rows = await db.query<StoredRow>(
      `SELECT ${storedColumns} FROM consentry_receipts WHERE seq > $1::bigint ORDER BY seq LIMIT $2::int`,
      [after, pageSize],
    );
    yield* rows;
    if (rows.length < pageSize) return;
    after = rows[rows.length - 1].position;
  }
}

interface DayTotalsRow {
  [key: string]: unknown;
  date: string;
  decisions: number;
  accept_all: number;
  reject_all: number;
  custom: number;
  gpc: number;
}

interface DayGrantsRow {
  [key: string]: unknown;
  date: string;
  category: string;
  granted: number;
}

/** Each UTC day's decisions since `since`, and each day's grants per category, from the database. */
function dailyRows(db: Db, since: Date) {
  const day = `to_char(received_at AT TIME ZONE 'UTC', 'YYYY-MM-DD')`;
  return Promise.all([
    db.query<DayTotalsRow>(
      `SELECT ${day} AS date, count(*)::int AS decisions,
         count(*) FILTER (WHERE kind = 'accept-all')::int AS accept_all,
         count(*) FILTER (WHERE kind = 'reject-all')::int AS reject_all,
         count(*) FILTER (WHERE kind = 'custom')::int AS custom,
         count(*) FILTER (WHERE gpc)::int AS gpc
       FROM consentry_receipts WHERE received_at >= $1::timestamptz GROUP BY 1 ORDER BY 1`,
      [since.toISOString()],
    ),
    db.query<DayGrantsRow>(
      `SELECT ${day} AS date, c.key AS category, count(*) FILTER (WHERE c.value = 'true'::jsonb)::int AS granted
       FROM consentry_receipts, jsonb_each(choices) AS c
       WHERE received_at >= $1::timestamptz GROUP BY 1, 2`,
      [since.toISOString()],
    ),
  ]);
}

/** One day's stats from its rows: zeros for a day without decisions. */
function dayStats(date: string, totals: DayTotalsRow | undefined, grants: readonly DayGrantsRow[]): DayStats {
  const decisions = totals?.decisions ?? 0;
  const granted: Record<string, number> = {};
  for (const g of grants) if (g.date === date) granted[g.category] = decisions ? g.granted / decisions : 0;
  return {
    date,
    decisions,
    acceptAll: totals?.accept_all ?? 0,
    rejectAll: totals?.reject_all ?? 0,
    custom: totals?.custom ?? 0,
    gpc: totals?.gpc ?? 0,
    granted,
  };
}

/** The last `days` UTC days up to `now`'s, oldest first, every day present. */
async function dailyStats(db: Db, days: number, now: Date): Promise<DayStats[]> {
  const since = new Date(startOfDay(now) - (days - 1) * dayMs);
  const [totals, grants] = await dailyRows(db, since);
  const byDay = new Map(totals.map((t) => [t.date, t]));
  const out: DayStats[] = [];
  for (let d = since.getTime(); d <= now.getTime(); d += dayMs) {
    const date = new Date(d).toISOString().slice(0, 10);
    out.push(dayStats(date, byDay.get(date), grants));
  }
  return out;
}

/** Walks the chain oldest first: every link must follow the one before and hash to itself. */
async function verifyChain(db: Db): Promise<ChainState> {
  let count = 0;
  let prev: string | undefined;
  for await (const row of allRows(db, 1000)) {
    // The oldest row left after retention anchors the chain: its own prev_hash is taken as given.
    const linked = prev === undefined || row.prev_hash === prev;
    if (!linked || chainHash(row.prev_hash, row.body, row.received_at) !== row.hash) {
      return { ok: false, count: count + 1, firstBad: (JSON.parse(row.body) as Receipt).id };
    }
    prev = row.hash;
    count++;
  }
  const [head] = await db.query<{ hash: string }>('SELECT hash FROM consentry_chain');
  // A removed newest row leaves the head pointing past the last one.
  const ok = prev === undefined ? true : head.hash === prev;
  return { ok, count, firstBad: ok ? null : 'head' };
}

/** Retention: deletes the receipts received before `before`; resolves with how many. */
async function purgeBefore(db: Db, before: Date): Promise<number> {
  const rows = await db.query<{ n: number }>(
    'WITH gone AS (DELETE FROM consentry_receipts WHERE received_at < $1::timestamptz RETURNING 1) SELECT count(*)::int AS n FROM gone',
    [before.toISOString()],
  );
  return rows[0].n;
}

/** Every category id any receipt holds, sorted. */
async function categoryIds(db: Db): Promise<string[]> {
  const rows = await db.query<{ key: string }>(
    'SELECT DISTINCT jsonb_object_keys(choices) AS key FROM consentry_receipts ORDER BY 1',
  );
  return rows.map((r) => r.key);
}

/**
 * The receipts' store over a PGlite or PostgreSQL connection.
 * @example const store = createStore(await openPglite(dir)); await store.append([{ receipt, receivedAt: new Date(), ipPrefix: null }])
 */
export function createStore(db: Db): Store {
  return {
    append: (batch) => (batch.length === 0 ? Promise.resolve([]) : db.transaction((tx) => appendLocked(tx, batch))),
    get: (id) => getReceipt(db, id),
    list: (query) => listReceipts(db, query),
    async *all(pageSize = 1000) {
      for await (const row of allRows(db, pageSize)) yield toStored(row);
    },
    stats: (days, now = new Date()) => dailyStats(db, days, now),
    revisions: async () => (await db.query<RevisionRow>(revisionsSql)).map(toRevisionStats),
    verify: () => verifyChain(db),
    purge: (before) => purgeBefore(db, before),
    categories: () => categoryIds(db),
  };
}
