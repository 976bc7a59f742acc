import {
  type ConsentContext,
  defaultChoices,
  effectiveChoices,
  mergeChoices,
  revokedIds,
  signalOptOut,
} from '../consent/state.js';
import type { Choices, Receipt } from '../types.js';

/** One move from one choice to the next, as the change path's subscribers see it. */
export interface Change {
  /** The categories granted on this page before and after. */
  before: Choices;
  after: Choices;
  /** Granted before and not after, on this page. */
  revoked: string[];
  /** Chosen before and not after, even where this page never granted it (a sensitive page). */
  withdrawn: string[];
  /** Resolves once the history and the log have the decision, if one was recorded. */
  saved?: Promise<unknown>;
}

/**
 * The consent state of one page: the visitor's choice, what is granted, the receipt
 * standing for it. Subscribers hear each change in the order they subscribed.
 */
export interface ConsentStore {
  readonly ctx: ConsentContext;
  /** The choice the privacy signal made over the stored one at start-up, if any (SPEC §5). */
  readonly signalled: Choices | null;
  choices(): Choices;
  granted(): Choices;
  receipt(): Receipt | null;
  /** Sets the receipt that stands for the choice (null: forgotten). */
  keep(receipt: Receipt | null): void;
  /** Moves to `next` and tells every change subscriber. */
  change(next: Choices, saved?: Promise<unknown>): void;
  onChange(fn: (change: Change) => void): void;
  onReceipt(fn: (receipt: Receipt | null) => void): void;
}

/**
 * The state at start-up: the stored receipt over the defaults, then Global Privacy
 * Control over both. A stored grant made without the signal yields to it (CCPA regs
 * §7025(c)); one made with the signal on, by the category's own switch, stands.
 * @example createStore(ctx, readChoice().receipt).granted().analytics
 */
export function createStore(ctx: ConsentContext, stored: Receipt | null): ConsentStore {
  let receipt = stored;
  let choices = stored ? mergeChoices(ctx, defaultChoices(ctx), stored.choices) : defaultChoices(ctx);
  const signalled = signalOptOut(ctx, choices, stored);
  if (signalled) choices = signalled;
  let granted = effectiveChoices(ctx, choices);
  const changeSubscribers: ((change: Change) => void)[] = [];
  const receiptSubscribers: ((receipt: Receipt | null) => void)[] = [];
  return {
    ctx,
    signalled,
    choices: () => ({ ...choices }),
    granted: () => ({ ...granted }),
    receipt: () => receipt,
    keep(next) {
      receipt = next;
      for (const fn of receiptSubscribers) fn(next);
    },
    change(next, saved) {
      const before = granted;
      const withdrawn = revokedIds(choices, next);
      choices = next;
      granted = effectiveChoices(ctx, next);
      const change = { before, after: granted, revoked: revokedIds(before, granted), withdrawn, saved };
      for (const fn of changeSubscribers) fn(change);
    },
    onChange: (fn) => void changeSubscribers.push(fn),
    onReceipt: (fn) => void receiptSubscribers.push(fn),
  };
}
