import { nodeTimers, type Timers } from './notify.js';
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
  /** Days the site gives itself to answer a privacy request: its due date; default 30. */
  requestDays?: number;
  /** Privacy requests one network (/24 or /48) may send an hour; default 5. */
  requestLimit?: number;
  /** Where each new privacy request is posted (a webhook for the site's mail or ticket system). */
  notifyUrl?: string;
  /** The clock; tests pass a fixed one. */
  now?: () => Date;
  /** The timers the webhook's retries and timeouts wait on; tests pass their own. */
  timers?: Timers;
}

/** The options with every default filled in. */
export interface ResolvedOptions
  extends Required<Omit<RecordsServerOptions, 'databaseUrl' | 'db' | 'adminToken' | 'cookieDomain' | 'notifyUrl'>> {
  databaseUrl?: string;
  notifyUrl?: string;
  db?: Db;
  adminToken?: string;
  cookieDomain?: string;
}

const whole = (value: number | undefined, fallback: number, name: string, max: number) => {
  const n = value ?? fallback;
  if (!Number.isInteger(n) || n < 1 || n > max)
    throw new RangeError(`${name} must be a whole number from 1 to ${max}, not ${value}`);
  return n;
};

/** The webhook's URL, checked: absolute http or https, without credentials (fetch refuses them). */
const webhookUrl = (value: string | undefined) => {
  if (!value) return undefined;
  const url = URL.canParse(value) ? new URL(value) : null;
  if (!url || !/^https?:$/.test(url.protocol))
    throw new RangeError(`notifyUrl must be an http or https URL, not ${value}`);
  if (url.username || url.password)
    throw new RangeError('notifyUrl must not hold a user name or password: put a secret in its path or query');
  return url.href;
};

/**
 * Fills in the defaults and checks the numbers; throws a `RangeError` naming the option
 * that cannot be used, so a server never starts half-configured.
 */
export function resolveOptions(options: RecordsServerOptions = {}): ResolvedOptions {
  return {
    ...options,
    dataDir: options.dataDir ?? './consentry-data',
    expiresDays: whole(options.expiresDays, 180, 'expiresDays', 395),
    retentionDays: whole(options.retentionDays, 730, 'retentionDays', 36_500),
    allowedOrigins: options.allowedOrigins ?? [],
    trustProxy: options.trustProxy ?? false,
    // California gives 45 days (Civ. Code §1798.130(a)(2)), with one extension to 90.
    requestDays: whole(options.requestDays, 30, 'requestDays', 365),
    requestLimit: whole(options.requestLimit, 5, 'requestLimit', 10_000),
    notifyUrl: webhookUrl(options.notifyUrl),
    now: options.now ?? (() => new Date()),
    timers: options.timers ?? nodeTimers,
    adminToken: options.adminToken || undefined,
  };
}
