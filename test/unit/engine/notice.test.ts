import { afterEach, describe, expect, it, vi } from 'vitest';
import { dismissNotice, noticeDue } from '../../../src/engine/notice';
import { readChoice } from '../../../src/storage/cookie';
import type { ConsentryConfig } from '../../../src/types';
import { makeConfig } from '../support/engine';
import { cleanPage, cookieNamesOnPage } from '../support/page';

/** Revision 2 comes into force on 1 February 2027 (00:00 UTC); its notice shows from 2 January on. */
const announced = (overrides: ConsentryConfig = {}) =>
  makeConfig({ policyUrl: '/privacy', policyChange: { revision: '2', effective: '2027-02-01' }, ...overrides });

const at = (iso: string) => Date.parse(iso);

describe('noticeDue', () => {
  it('is never due without an announced change', () => {
    expect(noticeDue(makeConfig(), undefined, at('2027-01-20T00:00:00Z'))).toBe(false);
  });

  it('is due from noticeDays before the change until the day before it', () => {
    const config = announced();
    expect(noticeDue(config, undefined, at('2027-01-01T23:59:59Z'))).toBe(false);
    expect(noticeDue(config, undefined, at('2027-01-02T00:00:00Z'))).toBe(true);
    expect(noticeDue(config, undefined, at('2027-01-31T23:59:59Z'))).toBe(true);
    expect(noticeDue(config, undefined, at('2027-02-01T00:00:00Z'))).toBe(false);
  });

  it('counts noticeDays from the config', () => {
    const config = announced({ noticeDays: 7 });
    expect(noticeDue(config, undefined, at('2027-01-24T23:59:59Z'))).toBe(false);
    expect(noticeDue(config, undefined, at('2027-01-25T00:00:00Z'))).toBe(true);
  });

  it("is not due once this revision's notice was dismissed, and is for another revision's", () => {
    const config = announced();
    expect(noticeDue(config, '2', at('2027-01-20T00:00:00Z'))).toBe(false);
    expect(noticeDue(config, '1', at('2027-01-20T00:00:00Z'))).toBe(true);
  });
});

describe('dismissNotice', () => {
  afterEach(async () => {
    vi.restoreAllMocks();
    await cleanPage();
  });

  it("remembers the announced revision's dismissal in a cookie of its own, and nothing else", () => {
    const warn = vi.fn();
    dismissNotice(window, announced(), warn);
    expect(readChoice()).toEqual({ receipt: null, pending: false, dismissed: '2' });
    expect(cookieNamesOnPage()).toEqual(['consentry_notice']);
    expect(warn).not.toHaveBeenCalled();
  });

  it('writes nothing when no change is announced', () => {
    dismissNotice(window, makeConfig(), vi.fn());
    expect(cookieNamesOnPage()).toEqual([]);
  });

  it('warns that the notice shows again when cookies are blocked', () => {
    vi.spyOn(document, 'cookie', 'set').mockImplementation(() => {});
    const warn = vi.fn();
    dismissNotice(window, announced(), warn);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('cookies are blocked'));
  });
});
