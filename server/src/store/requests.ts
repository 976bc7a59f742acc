import type { PrivacyRequest, RequestKind, RequestStatus, StatusChange } from '../privacy-request.js';
import type { Db, Queryable, Row } from './db.js';
import { iso } from './store.js';

/** One entry of a request's history: a status, when it was set, and the note that came with it. */
export interface StatusEntry {
  status: RequestStatus;
  at: string;
  note: string;
}

/**
 * A privacy request as the admin list, the export and the webhook give it (SPEC §9):
 * what the visitor sent, when, the date the answer is owed, and every status it has had.
 */
export interface StoredRequest {
  id: string;
  kind: RequestKind;
  email: string;
  message: string;
  consentId: string | null;
  receivedAt: string;
  /** `YYYY-MM-DD`. */
  due: string;
  /** The last entry of `history`. */
  status: RequestStatus;
  /** Oldest first; the first entry is `open`, set when the request was received. */
  history: StatusEntry[];
}

/** A request to store, with what the server gave it: its id, when it arrived, its due date, its network. */
export interface IncomingRequest {
  id: string;
  request: PrivacyRequest;
  receivedAt: Date;
  due: string;
  ipPrefix: string | null;
}

/** How many requests one network may have stored since when. */
export interface RateLimit {
  limit: number;
  since: Date;
}

/** What a create did: stored the request, or found its network at the limit (`limitedBy`: the row to age out first). */
export type Created = { created: StoredRequest } | { limitedBy: string };

/** Which requests to list: open ones, answered or refused ones, or all. */
export type StatusFilter = 'open' | 'closed' | 'all';

/** Every read and write of privacy requests and of the webhook's outbox. */
export interface RequestStore {
  /**
   * Stores a request, its first status and, when `owed`, its webhook delivery, in one
   * transaction, unless its network already has `rate.limit` requests since `rate.since`.
   */
  create(incoming: IncomingRequest, rate: RateLimit, owed: boolean): Promise<Created>;
  /** Oldest due first. */
  list(filter: StatusFilter): Promise<StoredRequest[]>;
  /** Appends a status to a request's history; null when no request has that id. */
  setStatus(id: string, change: StatusChange, at: Date): Promise<StoredRequest | null>;
  /** Requests the webhook is owed, the first owed first, leaving out those in `skip`. */
  owed(limit: number, skip: readonly string[]): Promise<StoredRequest[]>;
  /** Records that the webhook took a request (a 2xx); a second record of the same is ignored. */
  delivered(id: string, at: Date, status: number): Promise<void>;
}

interface RequestRow extends Row {
  /** The request as one JSON text (see `asJson`). */
  request: string;
}

// Each request as one JSON text, its history in order: a text column that starts with
// U+FEFF loses it in PGlite, which decodes each value with a TextDecoder that strips a
// leading byte order mark; inside JSON it is never first. `h.status` is the last status.
const asJson = `json_build_object('id', r.id, 'kind', r.kind, 'email', r.email, 'message', r.message,
    'consentId', r.consent_id, 'receivedAt', ${iso('r.received_at')}, 'due', to_char(r.due, 'YYYY-MM-DD'),
    'history', h.history)::text AS request`;
const withHistory = `CROSS JOIN LATERAL (
    SELECT json_agg(json_build_object('status', s.status, 'at', ${iso('s.at')}, 'note', s.note) ORDER BY s.seq)
             AS history,
           (array_agg(s.status ORDER BY s.seq DESC))[1] AS status
    FROM consentry_request_statuses s WHERE s.request_id = r.id
  ) h`;

const toRequest = ({ request }: RequestRow): StoredRequest => {
  const { id, kind, email, message, consentId, receivedAt, due, history } = JSON.parse(request) as Omit<
    StoredRequest,
    'status'
  >;
  const status = history[history.length - 1].status;
  return { id, kind, email, message, consentId, receivedAt, due, status, history };
};

// Any number: the same in every process that shares the database. Two servers taking
// requests from one network at once count them one after the other.
const rateLock = 0x72657173;

/** The request with that id, its history included, or null. */
const oneRequest = async (db: Queryable, id: string) =>
  (
    await db.query<RequestRow>(`SELECT ${asJson} FROM consentry_requests r ${withHistory} WHERE r.id = $1::uuid`, [id])
  ).map(toRequest)[0] ?? null;

/**
 * When the network's oldest request that still holds it at its limit arrived, or null when
 * it is under the limit: the limit-th newest of its requests since `since`.
 */
async function limitedBy(tx: Queryable, ipPrefix: string | null, { limit, since }: RateLimit) {
  const [blocking] = await tx.query<{ at: string }>(
    `SELECT ${iso('received_at')} AS at FROM consentry_requests
     WHERE received_at > $1::timestamptz AND ip_prefix IS NOT DISTINCT FROM $2::text
     ORDER BY received_at DESC LIMIT 1 OFFSET $3::int`,
    [since.toISOString(), ipPrefix, limit - 1],
  );
  return blocking?.at ?? null;
}

/** Inserts the request, its first status (`open`) and, when `owed`, its webhook delivery. */
async function insertRequest(
  tx: Queryable,
  { id, request, receivedAt, due, ipPrefix }: IncomingRequest,
  owed: boolean,
) {
  const at = receivedAt.toISOString();
  // Sent together, run in this order: each insert needs the row of the one before.
  await Promise.all([
    tx.query(
      `INSERT INTO consentry_requests (id, kind, email, message, consent_id, received_at, due, ip_prefix)
       VALUES ($1::uuid, $2, $3, $4, $5::uuid, $6::timestamptz, $7::date, $8)`,
      [id, request.kind, request.email, request.message, request.consentId ?? null, at, due, ipPrefix],
    ),
    tx.query(
      `INSERT INTO consentry_request_statuses (request_id, status, note, at) VALUES ($1::uuid, 'open', '', $2::timestamptz)`,
      [id, at],
    ),
    owed ? tx.query('INSERT INTO consentry_request_outbox (request_id) VALUES ($1::uuid)', [id]) : null,
  ]);
}

/** The request just inserted, as the store reads it back: open, with a history of one entry. */
function asStored({ id, request, receivedAt, due }: IncomingRequest): StoredRequest {
  const at = receivedAt.toISOString();
  const { kind, email, message } = request;
  const history: StatusEntry[] = [{ status: 'open', at, note: '' }];
  return {
    id,
    kind,
    email,
    message,
    consentId: request.consentId ?? null,
    receivedAt: at,
    due,
    status: 'open',
    history,
  };
}

/** Stores a request in one transaction, unless its network is at the limit; see `RequestStore.create`. */
const createRequest = (db: Db, incoming: IncomingRequest, rate: RateLimit, owed: boolean) =>
  db.transaction(async (tx): Promise<Created> => {
    await tx.query('SELECT pg_advisory_xact_lock($1::int, hashtext($2::text))', [rateLock, incoming.ipPrefix ?? '']);
    const blocking = await limitedBy(tx, incoming.ipPrefix, rate);
    if (blocking !== null) return { limitedBy: blocking };
    await insertRequest(tx, incoming, owed);
    return { created: asStored(incoming) };
  });

/** The requests with that status, oldest due first. */
async function listRequests(db: Db, filter: StatusFilter) {
  const rows = await db.query<RequestRow>(
    `SELECT ${asJson} FROM consentry_requests r ${withHistory}
     WHERE $1::text = 'all' OR (h.status = 'open') = ($1::text = 'open')
     ORDER BY r.due, r.received_at, r.seq`,
    [filter],
  );
  return rows.map(toRequest);
}

/** Appends a status to a request's history; the request as it now is, or null when no request has that id. */
async function setStatus(db: Db, id: string, { status, note }: StatusChange, at: Date) {
  const added = await db.query(
    `INSERT INTO consentry_request_statuses (request_id, status, note, at)
     SELECT id, $2, $3, $4::timestamptz FROM consentry_requests WHERE id = $1::uuid RETURNING 1`,
    [id, status, note, at.toISOString()],
  );
  return added.length === 0 ? null : oneRequest(db, id);
}

/** Up to `limit` requests the webhook is owed, the first owed first, leaving out those in `skip`. */
async function owedRequests(db: Db, limit: number, skip: readonly string[]) {
  const rows = await db.query<RequestRow>(
    `SELECT ${asJson} FROM consentry_request_outbox o
     JOIN consentry_requests r ON r.id = o.request_id ${withHistory}
     WHERE NOT EXISTS (SELECT 1 FROM consentry_request_deliveries d WHERE d.request_id = o.request_id)
       AND o.request_id <> ALL($1::uuid[])
     ORDER BY o.seq LIMIT $2::int`,
    [skip, limit],
  );
  return rows.map(toRequest);
}

/** Records the webhook's 2xx for a request, once. */
async function recordDelivery(db: Db, id: string, at: Date, status: number) {
  await db.query(
    `INSERT INTO consentry_request_deliveries (request_id, delivered_at, status)
     VALUES ($1::uuid, $2::timestamptz, $3::int) ON CONFLICT (request_id) DO NOTHING`,
    [id, at.toISOString(), status],
  );
}

/**
 * The privacy requests' store over a PGlite or PostgreSQL connection.
 * @example const requests = createRequestStore(db); await requests.list('open')
 */
export function createRequestStore(db: Db): RequestStore {
  return {
    create: (incoming, rate, owed) => createRequest(db, incoming, rate, owed),
    list: (filter) => listRequests(db, filter),
    setStatus: (id, change, at) => setStatus(db, id, change, at),
    owed: (limit, skip) => owedRequests(db, limit, skip),
    delivered: (id, at, status) => recordDelivery(db, id, at, status),
  };
}
