export { chainHash, genesisHash } from './chain.js';
export { choiceCookieHeader } from './cookie.js';
export { toNodeListener } from './node.js';
export { nodeTimers, retryDelay, type Timers } from './notify.js';
export type { RecordsServerOptions } from './options.js';
export {
  type PrivacyRequest,
  privacyRequestSchema,
  type RequestKind,
  type RequestStatus,
  requestKinds,
  requestStatuses,
  type StatusChange,
  statusChangeSchema,
} from './privacy-request.js';
export { canonicalReceipt, checkReceipt, methods, type Receipt, receiptSchema } from './receipt.js';
export { createRecordsServer, type RecordsServer } from './server.js';
export type { Db, Queryable } from './store/db.js';
export { migrate } from './store/migrations.js';
export { openPglite } from './store/pglite.js';
export { openPostgres } from './store/postgres.js';
export type { RequestStore, StatusEntry, StoredRequest } from './store/requests.js';
export { createRequestStore } from './store/requests.js';
export type {
  ChainState,
  DayStats,
  Incoming,
  ListQuery,
  Outcome,
  RevisionStats,
  Store,
  StoredReceipt,
} from './store/store.js';
export { createStore } from './store/store.js';
