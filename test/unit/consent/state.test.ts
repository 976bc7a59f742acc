import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../../src/config/parse';
import {
  acceptAllChoices,
  type ConsentContext,
  defaultChoices,
  effectiveChoices,
  mergeChoices,
  rejectAllChoices,
  revokedIds,
} from '../../../src/consent/state';
import type { CategoryConfig } from '../../../src/types';
import { allGranted, makeChoices } from '../support/page';

/** A consent context over the built-in categories (plus `categories`), opt-in, no signal. */
function makeContext(
  overrides: Partial<Omit<ConsentContext, 'categories'>> & { categories?: Record<string, CategoryConfig> } = {},
): ConsentContext {
  const { categories, ...rest } = overrides;
  return {
    categories: parseConfig({ categories }).config.categories,
    mode: 'opt-in',
    gpc: false,
    sensitive: false,
    failed: false,
    ...rest,
  };
}

describe('defaultChoices', () => {
  it('grants only necessary in opt-in mode', () => {
    expect(defaultChoices(makeContext())).toEqual(makeChoices());
  });

  it('grants every category in opt-out mode', () => {
    expect(defaultChoices(makeContext({ mode: 'opt-out' }))).toEqual(allGranted());
  });

  it('leaves advertising off in opt-out mode when GPC is on', () => {
    expect(defaultChoices(makeContext({ mode: 'opt-out', gpc: true }))).toEqual({
      ...allGranted(),
      advertising: false,
    });
  });

  it('leaves every saleOrShare category off in opt-out mode when GPC is on', () => {
    const ctx = makeContext({ mode: 'opt-out', gpc: true, categories: { social: { saleOrShare: true } } });
    expect(defaultChoices(ctx)).toMatchObject({ analytics: true, advertising: false, social: false });
  });

  it('lists custom categories too', () => {
    expect(defaultChoices(makeContext({ categories: { chat: {} } }))).toHaveProperty('chat', false);
  });
});

describe('acceptAllChoices', () => {
  it('grants every category', () => {
    expect(acceptAllChoices(makeContext(), makeChoices())).toEqual(allGranted());
  });

  it('does not grant a saleOrShare category under GPC', () => {
    const ctx = makeContext({ gpc: true, categories: { social: { saleOrShare: true } } });
    expect(acceptAllChoices(ctx, makeChoices())).toEqual({ ...allGranted(), advertising: false, social: false });
  });

  it('keeps a saleOrShare category that was granted by its own switch under GPC', () => {
    const ctx = makeContext({ gpc: true });
    expect(acceptAllChoices(ctx, makeChoices({ advertising: true })).advertising).toBe(true);
  });
});

describe('rejectAllChoices', () => {
  it('keeps only necessary', () => {
    expect(rejectAllChoices(makeContext({ mode: 'opt-out' }))).toEqual(makeChoices());
  });
});

describe('mergeChoices', () => {
  it('applies a partial choice over the current one', () => {
    const merged = mergeChoices(makeContext(), makeChoices({ social: true }), { analytics: true });
    expect(merged).toEqual(makeChoices({ analytics: true, social: true }));
  });

  it('ignores unknown ids and values that are not booleans', () => {
    const partial = { tracking: true, analytics: 'yes' } as unknown as Record<string, boolean>;
    const merged = mergeChoices(makeContext(), makeChoices(), partial);
    expect(merged).toEqual(makeChoices());
  });

  it('never turns necessary off', () => {
    expect(mergeChoices(makeContext(), makeChoices(), { necessary: false }).necessary).toBe(true);
  });

  it('grants a saleOrShare category under GPC when it is set explicitly', () => {
    expect(mergeChoices(makeContext({ gpc: true }), makeChoices(), { advertising: true }).advertising).toBe(true);
  });
});

describe('effectiveChoices', () => {
  it('releases what was chosen', () => {
    expect(effectiveChoices(makeContext(), allGranted())).toEqual(allGranted());
  });

  it('withholds advertising and saleOrShare categories on a sensitive page', () => {
    const ctx = makeContext({ sensitive: true, categories: { social: { saleOrShare: true } } });
    expect(effectiveChoices(ctx, allGranted())).toEqual({ ...allGranted(), advertising: false, social: false });
  });

  it('releases nothing but necessary when the config failed', () => {
    expect(effectiveChoices(makeContext({ failed: true }), allGranted())).toEqual(makeChoices());
  });

  it('treats a missing category as denied', () => {
    expect(effectiveChoices(makeContext(), { necessary: true }).analytics).toBe(false);
  });
});

describe('revokedIds', () => {
  it('lists the categories granted before and not after', () => {
    expect(revokedIds(allGranted(), makeChoices({ preferences: true }))).toEqual([
      'analytics',
      'advertising',
      'social',
    ]);
  });

  it('lists nothing when only grants were added', () => {
    expect(revokedIds(makeChoices(), allGranted())).toEqual([]);
  });
});
