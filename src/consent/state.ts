import type { Category, Choices, Receipt, ResolvedMode } from '../types.js';

/** What the consent rules depend on besides the visitor's own choice. */
export interface ConsentContext {
  categories: readonly Category[];
  /** The mode in force: `auto` is already resolved. */
  mode: ResolvedMode;
  /** Global Privacy Control is on and honored. */
  gpc: boolean;
  /** This page never releases sale-or-share categories. */
  sensitive: boolean;
  /** The config could not be used: nothing but `necessary` is granted. */
  failed: boolean;
}

const isOptedOutBySignal = (ctx: ConsentContext, c: Category) => ctx.gpc && c.saleOrShare;

const build = (ctx: ConsentContext, value: (c: Category) => boolean): Choices =>
  Object.fromEntries(ctx.categories.map((c) => [c.id, c.id === 'necessary' || value(c)]));

/**
 * The choices before the visitor decides: opt-in grants nothing; opt-out grants every
 * category the privacy signal does not opt out.
 * @example defaultChoices(ctx).analytics // false in opt-in mode
 */
export const defaultChoices = (ctx: ConsentContext): Choices =>
  build(ctx, (c) => ctx.mode === 'opt-out' && !isOptedOutBySignal(ctx, c));

/**
 * "Accept all": every category, except that under GPC a sale-or-share category keeps
 * its current value, since only its own switch may grant it (SPEC §5).
 */
export const acceptAllChoices = (ctx: ConsentContext, current: Choices): Choices =>
  build(ctx, (c) => !isOptedOutBySignal(ctx, c) || current[c.id] === true);

/** "Reject all": only `necessary`. */
export const rejectAllChoices = (ctx: ConsentContext): Choices => build(ctx, () => false);

/** Applies a partial choice over the current one; unknown ids are ignored. */
export const mergeChoices = (ctx: ConsentContext, current: Choices, partial: Partial<Choices>): Choices =>
  build(ctx, (c) => (typeof partial[c.id] === 'boolean' ? (partial[c.id] as boolean) : current[c.id] === true));

/**
 * What is actually released on this page: the choice, minus whatever a sensitive page
 * or an unusable config forbids.
 */
export const effectiveChoices = (ctx: ConsentContext, choices: Choices): Choices =>
  build(ctx, (c) => !ctx.failed && choices[c.id] === true && !(ctx.sensitive && c.saleOrShare));

/** The categories granted in `before` and not in `after`. */
export const revokedIds = (before: Choices, after: Choices): string[] =>
  Object.keys(before).filter((id) => before[id] && !after[id]);

/**
 * The choice after Global Privacy Control opts the visitor out of sale and sharing, or
 * null when the signal changes nothing: no signal, a config that failed, an opt-in
 * visit with no choice yet (nothing is granted anyway), a stored choice made while the
 * signal was on, or one that grants no sale-or-share category.
 * @example signalOptOut(ctx, { advertising: true }, receiptWithoutGpc) // { advertising: false, … }
 */
export function signalOptOut(ctx: ConsentContext, choices: Choices, stored: Receipt | null): Choices | null {
  if (!ctx.gpc || ctx.failed || stored?.gpc) return null;
  const granted = ctx.categories.some((c) => c.saleOrShare && choices[c.id]);
  if (stored ? !granted : ctx.mode !== 'opt-out') return null;
  return build(ctx, (c) => choices[c.id] === true && !c.saleOrShare);
}
