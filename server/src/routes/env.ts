import type { Ingest } from '../ingest.js';
import type { ResolvedOptions } from '../options.js';
import type { RequestStore } from '../store/requests.js';
import type { Store } from '../store/store.js';

/** What every route reaches: the resolved options, the stores (once open), the ingest queue and the webhook. */
export interface Deps {
  options: ResolvedOptions;
  store: () => Promise<Store>;
  ingest: () => Promise<Ingest>;
  requests: () => Promise<RequestStore>;
  /** Starts posting what the webhook is owed, when it has a URL; returns at once. */
  notify: () => void;
}

/** What the host passes with each request: the client's address, where the host knows it. */
export interface Bindings {
  ip?: string;
}

export type Env = { Bindings: Bindings };
