import { clearPending } from '../storage/cookie.js';
import type { CreateRecords, Records } from '../storage/records.js';

/** The consent history and log, loaded the first time a decision or a recovery needs them. */
export interface RecordsLoader {
  /** Resolves to undefined when they cannot load: the cookie still holds the choice. */
  get(): Promise<Records | undefined>;
}

/**
 * Loads the records module once; a failed load is logged and tried again by the next call.
 * @example createRecordsLoader(win, endpoint, load, log).get().then((r) => r?.list())
 */
export function createRecordsLoader(
  win: Window,
  logEndpoint: string | undefined,
  load: (() => Promise<CreateRecords>) | undefined,
  log: (message: string) => void,
): RecordsLoader {
  let records: Promise<Records | undefined> | undefined;
  return {
    get: () =>
      (records ??= (load?.() ?? Promise.reject(new Error('no records module')))
        .then((create) => create({ logEndpoint, settled: () => clearPending(win.location.hostname) }))
        .catch((error) => {
          records = undefined;
          log(`no consent history or log (${error}); the cookie still holds the choice.`);
          return undefined;
        })),
  };
}
