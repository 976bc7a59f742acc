import { createReceipt, isCurrent } from '../consent/receipt.js';
import { acceptAllChoices, defaultChoices, mergeChoices, rejectAllChoices } from '../consent/state.js';
import { clearChoice, cookieOptions, writeChoice } from '../storage/cookie.js';
import { createTabSync, type SyncMessage } from '../storage/sync.js';
import type { Choices, Method, Receipt, ResolvedConfig } from '../types.js';
import type { RecordsLoader } from './records.js';
import type { Scope } from './scope.js';
import type { ConsentStore } from './store.js';

/** The ways a choice is made: by the visitor, the page's API, another tab, or a reset. */
export interface Decisions {
  acceptAll(method: Method): void;
  rejectAll(method: Method): void;
  set(partial: Partial<Choices>, method: Method): void;
  /** Stores a receipt for `next` without changing anything (the signal's own decision at start-up). */
  record(next: Choices, method: Method): Promise<void>;
  /** Forgets the choice here and in the other tabs; the banner asks again. */
  reset(): void;
}

interface DecisionDeps {
  win: Window;
  config: ResolvedConfig;
  records: RecordsLoader;
  scope: Scope;
  log: (level: 'error' | 'warn', message: string) => void;
}

/**
 * Turns decisions into receipts and changes: the cookie in the same task as the click,
 * then the other tabs, then the history and the log; then the change path (SPEC §3).
 * A tab still on another revision (an older page) cannot decide for this one.
 * @example createDecisions(store, deps).acceptAll('banner')
 */
export function createDecisions(store: ConsentStore, { win, config, records, scope, log }: DecisionDeps): Decisions {
  const { ctx } = store;
  const current = (r: Receipt) => isCurrent(r, config.revision, config.expiresDays, new Date());
  const sync = createTabSync((message: SyncMessage) => {
    if ('reset' in message) return forget(false);
    if (!current(message.receipt)) return;
    store.keep(message.receipt);
    store.change(mergeChoices(ctx, defaultChoices(ctx), message.receipt.choices));
  });
  scope.onStop(() => sync.close());

  function record(next: Choices, method: Method): Promise<void> {
    const receipt = createReceipt(next, method, config.revision, ctx.gpc, new Date());
    if (!writeChoice(receipt, cookieOptions(win, config)))
      log('warn', 'cookies are blocked, so this choice holds for this page view only.');
    sync.post({ receipt });
    store.keep(receipt);
    return records.get().then((kept) => kept?.save(receipt));
  }

  function decide(next: Choices, method: Method) {
    store.change(next, record(next, method));
    if (ctx.failed) log('error', 'the choice is saved, but nothing is released until the config is fixed.');
  }

  function forget(broadcast: boolean) {
    clearChoice(win.location.hostname);
    if (broadcast) sync.post({ reset: true });
    store.change(defaultChoices(ctx));
    store.keep(null);
  }

  return {
    acceptAll: (method) => decide(acceptAllChoices(ctx, store.choices()), method),
    rejectAll: (method) => decide(rejectAllChoices(ctx), method),
    set: (partial, method) => decide(mergeChoices(ctx, store.choices(), partial), method),
    record,
    reset: () => forget(true),
  };
}
