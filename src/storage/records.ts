import Cookies from 'js-cookie';
import { cookieName, pendingCookie } from '../config/defaults.js';
import type { Receipt } from '../types.js';
import { createConsentLog } from './beacon.js';
import { createHistory } from './history.js';

/** Where the cookie is written: `domain` shares it across subdomains. */
export interface CookieOptions {
  domain?: string;
  days: number;
  secure: boolean;
}

const write = (name: string, value: string, options: CookieOptions) =>
  Cookies.set(name, value, {
    expires: options.days,
    path: '/',
    sameSite: 'Lax',
    secure: options.secure,
    domain: options.domain,
  });

const remove = (name: string, options: Pick<CookieOptions, 'domain'>) => {
  try {
    Cookies.remove(name, { path: '/' });
    if (options.domain) Cookies.remove(name, { path: '/', domain: options.domain });
  } catch {
    // cookies blocked: nothing was stored either
  }
};

/** Writes the receipt as the stored choice; returns whether the browser kept it. */
export function writeChoice(receipt: Receipt, options: CookieOptions): boolean {
  try {
    write(cookieName, JSON.stringify(receipt), options);
    return Cookies.get(cookieName) !== undefined;
  } catch {
    return false;
  }
}

/** Forgets the stored choice, on the host and on the shared domain. */
export function clearChoice(options: Pick<CookieOptions, 'domain'>): void {
  remove(cookieName, options);
  remove(pendingCookie, options);
}

/** Everything that stores a decision. */
export interface Records {
  /** The cookie at once, then the history and the consent log; resolves once the history has it. */
  save(receipt: Receipt): Promise<void>;
  forget(): void;
  list(): Promise<Receipt[]>;
  /** Puts a stored receipt that never reached the history there (and the log), and resends what waits. */
  recover(receipt: Receipt | null): Promise<void>;
}

export interface RecordsOptions {
  cookie: CookieOptions;
  logEndpoint?: string;
  warn(message: string): void;
}

/**
 * The decision's records: the `consentry` cookie (js-cookie), the visitor's history
 * (IndexedDB) and the site's consent log. This module travels with the view, so a page
 * view that decides nothing never loads it.
 * @example createRecords({ cookie: { days: 180, secure: true }, warn: console.warn }).save(receipt)
 */
export function createRecords({ cookie, logEndpoint, warn }: RecordsOptions): Records {
  const history = createHistory();
  // Whether the consent log's outbox holds receipts for a later page view.
  let waiting = false;
  const log = logEndpoint ? createConsentLog(logEndpoint, (w) => (waiting = w)) : undefined;
  // The `consentry_pending` cookie says "the history or the log still lacks a receipt";
  // the gate reads it with the choice, so no other page view loads this module. It goes
  // once the history has the receipt (or IndexedDB cannot hold it) and nothing waits.
  const settle = (stored: boolean | undefined) => {
    if (stored !== false && !waiting) remove(pendingCookie, cookie);
  };
  const keep = async (receipt: Receipt) => {
    const [stored] = await Promise.all([history.add(receipt), log?.send(receipt)]);
    return stored;
  };
  return {
    save(receipt) {
      try {
        write(pendingCookie, '1', cookie);
      } catch {
        // cookies blocked: the warning below says so
      }
      if (!writeChoice(receipt, cookie)) warn('cookies are blocked, so this choice holds for this page view only.');
      return keep(receipt).then(settle);
    },
    forget: () => clearChoice(cookie),
    list: () => history.list(),
    async recover(receipt) {
      // Undefined: IndexedDB cannot tell, so there is nothing to recover into.
      const has = receipt ? await history.has(receipt) : undefined;
      const stored = receipt && has === false ? await keep(receipt) : has;
      await log?.retry();
      settle(stored);
    },
  };
}

/** The module's one export for the loaders. */
export type CreateRecords = typeof createRecords;
