import { afterEach, describe, expect, it } from 'vitest';
import { clearChoice, clearPending, readChoice, writeChoice } from '../../../src/storage/cookie';
import { cleanPage, cookieNamesOnPage, makeChoices, makeReceipt, storeCookie } from '../support/page';

const hostOnly = () => ({ days: 180, secure: false });

describe('cookie storage', () => {
  afterEach(cleanPage);

  it('reads nothing, and no problem, when there is no cookie', () => {
    expect(readChoice(document)).toEqual({ receipt: null, pending: false });
  });

  it('reads nothing, and no problem, when cookies cannot be read at all', () => {
    // A sandboxed frame's document throws on every cookie access.
    const sandboxed = {
      get cookie(): string {
        throw new DOMException('The document is sandboxed', 'SecurityError');
      },
    } as unknown as Document;
    expect(readChoice(sandboxed)).toEqual({ receipt: null, pending: false });
  });

  it('writes the receipt to the consentry cookie and reads it back', () => {
    const receipt = makeReceipt({ choices: makeChoices({ analytics: true }), method: 'preferences' });
    expect(writeChoice(document, receipt, hostOnly())).toBe(true);
    expect(cookieNamesOnPage().sort()).toEqual(['consentry', 'consentry_pending']);
    expect(readChoice(document).receipt).toEqual(receipt);
  });

  it('marks the receipt pending until the history and the log have it', () => {
    writeChoice(document, makeReceipt(), hostOnly());
    expect(readChoice(document).pending).toBe(true);
    clearPending(document);
    expect(readChoice(document).pending).toBe(false);
    expect(cookieNamesOnPage()).toEqual(['consentry']);
  });

  it('says so when the browser does not keep the cookie', () => {
    // A document whose cookie jar drops every write, as a browser that blocks cookies does.
    const blocked = {
      get cookie() {
        return '';
      },
      set cookie(_: string) {},
    } as unknown as Document;
    expect(writeChoice(blocked, makeReceipt(), hostOnly())).toBe(false);
  });

  it('stores JSON that a server can decode', () => {
    const receipt = makeReceipt();
    writeChoice(document, receipt, hostOnly());
    const raw = document.cookie
      .split('; ')
      .find((c) => c.startsWith('consentry='))
      ?.slice('consentry='.length);
    expect(JSON.parse(decodeURIComponent(raw ?? ''))).toEqual(receipt);
  });

  it('reads a cookie written by someone else, URI-encoded', () => {
    const receipt = makeReceipt({ revision: '7' });
    storeCookie(receipt);
    expect(readChoice(document).receipt).toEqual(receipt);
  });

  it('reports a cookie that is not JSON as corrupt', () => {
    storeCookie('{"id":');
    const stored = readChoice(document);
    expect(stored.receipt).toBeNull();
    expect(stored.problem).toContain("'consentry' cookie is corrupt");
  });

  it('reports JSON that is not a receipt as corrupt', () => {
    storeCookie({ ...makeReceipt(), choices: { analytics: 'yes' } });
    const stored = readChoice(document);
    expect(stored.receipt).toBeNull();
    expect(stored.problem).toContain('corrupt');
  });

  it('clears the stored choice', () => {
    writeChoice(document, makeReceipt(), hostOnly());
    clearChoice(document);
    expect(cookieNamesOnPage()).toEqual([]);
    expect(readChoice(document).receipt).toBeNull();
  });

  it('leaves other cookies alone when it clears', () => {
    document.cookie = 'session=abc; Path=/';
    writeChoice(document, makeReceipt(), hostOnly());
    clearChoice(document);
    expect(cookieNamesOnPage()).toEqual(['session']);
  });
});
