import { afterEach, describe, expect, it } from 'vitest';
import { clearChoice, clearPending, readChoice, writeChoice } from '../../../src/storage/cookie';
import { cookieNamesOnPage, makeChoices, makeReceipt, resetPage, storeCookie } from '../support/page';

const hostOnly = () => ({ days: 180, secure: false });

describe('cookie storage', () => {
  afterEach(resetPage);

  it('reads nothing, and no problem, when there is no cookie', () => {
    expect(readChoice()).toEqual({ receipt: null, pending: false });
  });

  it('reads nothing, and no problem, when cookies cannot be read at all', () => {
    // A sandboxed frame's document throws on every cookie access.
    const refuse = () => {
      throw new DOMException('The document is sandboxed', 'SecurityError');
    };
    Object.defineProperty(document, 'cookie', { get: refuse, set: refuse, configurable: true });
    try {
      expect(readChoice()).toEqual({ receipt: null, pending: false });
    } finally {
      delete (document as { cookie?: string }).cookie;
    }
  });

  it('writes the receipt to the consentry cookie and reads it back', () => {
    const receipt = makeReceipt({ choices: makeChoices({ analytics: true }), method: 'preferences' });
    expect(writeChoice(receipt, hostOnly())).toBe(true);
    expect(cookieNamesOnPage().sort()).toEqual(['consentry', 'consentry_pending']);
    expect(readChoice().receipt).toEqual(receipt);
  });

  it('marks the receipt pending until the history and the log have it', () => {
    writeChoice(makeReceipt(), hostOnly());
    expect(readChoice().pending).toBe(true);
    clearPending(location.hostname);
    expect(readChoice().pending).toBe(false);
    expect(cookieNamesOnPage()).toEqual(['consentry']);
  });

  it('says so when the browser does not keep the cookie', () => {
    // A cookie jar that drops every write, as a browser that blocks cookies does.
    Object.defineProperty(document, 'cookie', { get: () => '', set: () => {}, configurable: true });
    try {
      expect(writeChoice(makeReceipt(), hostOnly())).toBe(false);
    } finally {
      delete (document as { cookie?: string }).cookie;
    }
  });

  it('stores JSON that a server can decode', () => {
    const receipt = makeReceipt();
    writeChoice(receipt, hostOnly());
    const raw = document.cookie
      .split('; ')
      .find((c) => c.startsWith('consentry='))
      ?.slice('consentry='.length);
    expect(JSON.parse(decodeURIComponent(raw ?? ''))).toEqual(receipt);
  });

  it('reads a cookie written by someone else, URI-encoded', () => {
    const receipt = makeReceipt({ revision: '7' });
    storeCookie(receipt);
    expect(readChoice().receipt).toEqual(receipt);
  });

  it('reports a cookie that is not JSON as corrupt', () => {
    storeCookie('{"id":');
    const stored = readChoice();
    expect(stored.receipt).toBeNull();
    expect(stored.problem).toContain("'consentry' cookie is corrupt");
  });

  it('reports JSON that is not a receipt as corrupt', () => {
    storeCookie({ ...makeReceipt(), choices: { analytics: 'yes' } });
    const stored = readChoice();
    expect(stored.receipt).toBeNull();
    expect(stored.problem).toContain('corrupt');
  });

  it('clears the stored choice', () => {
    writeChoice(makeReceipt(), hostOnly());
    clearChoice(location.hostname);
    expect(cookieNamesOnPage()).toEqual([]);
    expect(readChoice().receipt).toBeNull();
  });

  it('leaves other cookies alone when it clears', () => {
    document.cookie = 'session=abc; Path=/';
    writeChoice(makeReceipt(), hostOnly());
    clearChoice(location.hostname);
    expect(cookieNamesOnPage()).toEqual(['session']);
  });
});
