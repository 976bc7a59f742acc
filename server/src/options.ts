import type { Db } from './store/db.js';

/** How a records server runs (SPEC §9). Every field is optional. */
export interface RecordsServerOptions {
  /** PGlite's data directory; default `./consentry-data`. Ignored with `databaseUrl` or `db`. */
  dataDir?: string;
  /** `postgres://…`: use that PostgreSQL server instead of PGlite. */
  databaseUrl?: string;
  /** An open database, for tests and for sites that share their own pool. */
  db?: Db;
  /** The admin routes' bearer token; without it they answer 503. */
  adminToken?: string;
  /** `Domain` of the choice cookie, to share it across subdomains. */
  cookieDomain?: string;
  /** The choice cookie's lifetime in days; default 180 (as the widget's `expiresDays`). */
  expiresDays?: number;
  /** Receipts received longer ago than this are deleted; default 730 days. */
  retentionDays?: number;
  /** Origins of sites on other origins that may post receipts (CORS). */
  allowedOrigins?: string[];
  /** Read the client's address and scheme from `X-Forwarded-For` / `X-Forwarded-Proto` (behind a proxy you run). */
  trustProxy?: boolean;
  /** The clock; tests pass a fixed one. */
  now?: () => Date;
}

/** The options with every default filled in. */
export interface ResolvedOptions
  extends Required<Omit<RecordsServerOptions, 'databaseUrl' | 'db' | 'adminToken' | 'cookieDomain'>> {
  databaseUrl?: string;
  db?: Db;
  adminToken?: string;
  cookieDomain?: string;
}

const days = (value: number | undefined, fallback: number, name: string, max: number) => {
  const n = value ?? fallback;
  if (!Number.isInteger(n) || n < 1 || n > max)
    throw new RangeError(`${name} must be a whole number from 1 to ${max}, not ${value}`);
  return n;
};

/**
 * Fills in the defaults and checks the numbers; throws a `RangeError` naming the option
 * that cannot be used, so a server never starts half-configured.
 */
export function resolveOptions(options: RecordsServerOptions = {}): ResolvedOptions {
  return {
    ...options,
    dataDir: options.dataDir ?? './consentry-data',
    expiresDays: days(options.expiresDays, 180, 'expiresDays', 395),
    retentionDays: days(options.retentionDays, 730, 'retentionDays', 36_500),
    allowedOrigins: options.allowedOrigins ?? [],
    trustProxy: options.trustProxy ?? false,
    now: options.now ?? (() => new Date()),
    adminToken: options.adminToken || undefined,
  };
}
