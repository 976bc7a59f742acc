import Cookies from 'js-cookie';
import { cookieName } from '../config/defaults.js';
import type { Receipt } from '../types.js';
import { createConsentLog } from './beacon.js';
import { createHistory } from './history.js';
import { savedKey, waitingKey } from './marks.js';

/** Where the cookie is written: `domain` shares it across subdomains. */
export interface CookieOptions {
  domain?: string;
  days: number;
  secure: boolean;
}

/** Writes the receipt as the stored choice; returns whether the browser kept it. */
export function writeChoice(receipt: Receipt, options: CookieOptions): boolean {
  try {
    Cookies.set(cookieName, JSON.stringify(receipt), {
      expires: options.days,
      path: '/',
      sameSite: 'Lax',
      secure: options.secure,
      domain: options.domain,
    });
    return Cookies.get(cookieName) !== undefined;
  } catch {
    return false;
  }
}

/** Forgets the stored choice, on the host and on the shared domain. */
export function clearChoice(options: Pick<CookieOptions, 'domain'>): void {
  try {
    Cookies.remove(cookieName, { path: '/' });
    if (options.domain) Cookies.remove(cookieName, { path: '/', domain: options.domain });
  } catch {
    // cookies blocked: nothing was stored either
  }
}

const mark = (key: string, value: string | null) => {
  try {
    if (value === null) localStorage.removeItem(key);
    else localStorage.setItem(key, value);
  } catch {
    // localStorage denied: the next page view checks IndexedDB itself
  }
};

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
  const log = logEndpoint
    ? createConsentLog(logEndpoint, (waiting) => mark(waitingKey, waiting ? '1' : null))
    : undefined;
  const keep = async (receipt: Receipt) => {
    log?.send(receipt);
    if (await history.add(receipt)) mark(savedKey, receipt.id);
  };
  return {
    save(receipt) {
      if (!writeChoice(receipt, cookie)) warn('cookies are blocked, so this choice holds for this page view only.');
      return keep(receipt);
    },
    forget: () => clearChoice(cookie),
    list: () => history.list(),
    async recover(receipt) {
      // Undefined: IndexedDB cannot tell, so there is nothing to recover into.
      if (receipt && (await history.has(receipt)) === false) await keep(receipt);
      else if (receipt) mark(savedKey, receipt.id);
      await log?.retry();
    },
  };
}

/** The module's one export for the loaders. */
export type CreateRecords = typeof createRecords;
