import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { parseConfig } from '../../src/config/parse';
import type { ConsentContext } from '../../src/consent/state';
import type { HeldRecord } from '../../src/gate/gate';
import { buildStatus } from '../../src/status';
import { makeChoices, makeReceipt, resetPage } from './support/page';

function statusInput(overrides: Partial<Parameters<typeof buildStatus>[0]> = {}) {
  const { config } = parseConfig({});
  const ctx: ConsentContext = {
    categories: config.categories,
    mode: 'opt-in',
    gpc: false,
    sensitive: false,
    failed: false,
  };
  return {
    win: window as Window,
    config,
    ctx,
    receipt: null,
    granted: makeChoices(),
    marked: [] as HeldRecord[],
    errors: [] as string[],
    ...overrides,
  };
}

describe('buildStatus', () => {
  beforeEach(() => {
    vi.spyOn(console, 'table').mockImplementation(() => {});
    vi.spyOn(console, 'warn').mockImplementation(() => {});
  });
  afterEach(() => {
    vi.restoreAllMocks();
    resetPage();
  });

  it('reports no decision before the visitor decides', () => {
    expect(buildStatus(statusInput())).toMatchObject({
      consentId: null,
      decidedAt: null,
      expiresAt: null,
      revision: '1',
      mode: 'opt-in',
    });
  });

  it('dates the expiry expiresDays after the decision', () => {
    const receipt = makeReceipt({ timestamp: '2025-01-01T00:00:00.000Z' });
    const status = buildStatus(statusInput({ receipt }));
    expect(status.consentId).toBe(receipt.id);
    expect(status.decidedAt).toBe('2025-01-01T00:00:00.000Z');
    expect(status.expiresAt).toBe('2025-06-30T00:00:00.000Z');
  });

  it('lists cookies no service declares, and not the declared ones nor its own', () => {
    for (const c of ['_ga=1', '_ga_X1=2', '_fbp=3', '_hjid=4', 'consentry=5', 'session=6'])
      document.cookie = `${c}; Path=/`;
    expect(buildStatus(statusInput()).undeclaredCookies).toEqual(['_hjid', 'session']);
  });

  it('describes held elements by tag, id and address', () => {
    document.body.innerHTML =
      '<script type="text/plain" id="ga" data-consent="analytics" src="/ga.js"></script><script type="text/plain" data-consent="social"></script>';
    const [ga, inline] = Array.from(document.querySelectorAll('script'));
    const marked: HeldRecord[] = [
      { el: ga, categories: ['analytics'], state: 'loaded' },
      { el: inline, categories: ['social'], state: 'held' },
    ];
    expect(buildStatus(statusInput({ marked })).held).toEqual([
      { element: '<script#ga> /ga.js', categories: ['analytics'], state: 'loaded' },
      { element: '<script> (inline)', categories: ['social'], state: 'held' },
    ]);
  });

  it('prints the facts, then each category with the Consent Mode state', () => {
    buildStatus(statusInput({ errors: ['a', 'b'] }));
    expect(console.table).toHaveBeenCalledWith(
      expect.objectContaining({ consentId: null, revision: '1', configErrors: 'a; b', undeclaredCookies: '' }),
    );
    expect(console.table).toHaveBeenCalledWith(
      expect.objectContaining({ necessary: true, analytics: false, analytics_storage: 'denied' }),
    );
  });

  it('runs the Consent Mode self-check and says in the console what it found', () => {
    document.head.innerHTML =
      '<script src="https://www.googletagmanager.com/gtag/js?id=G-1"></script><script src="/consentry.js"></script>';
    const status = buildStatus(statusInput());
    expect(status.consentModeCheck.defaultBeforeTags).toBe(false);
    expect(status.consentModeCheck.missingKeys).toEqual([
      'ad_storage',
      'ad_user_data',
      'ad_personalization',
      'analytics_storage',
    ]);
    expect(console.warn).toHaveBeenCalledWith(expect.stringContaining("a Google tag came before Consentry's default"));
    document.head.innerHTML = '';
  });
});
