import type { Ingest } from '../ingest.js';
import type { ResolvedOptions } from '../options.js';
import type { Store } from '../store/store.js';

/** What every route reaches: the resolved options, the store (once open) and the ingest queue. */
export interface Deps {
  options: ResolvedOptions;
  store: () => Promise<Store>;
  ingest: () => Promise<Ingest>;
}

/** What the host passes with each request: the client's address, where the host knows it. */
export interface Bindings {
  ip?: string;
}

export type Env = { Bindings: Bindings };
