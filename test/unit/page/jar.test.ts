import { afterEach, describe, expect, it } from 'vitest';
import { deleteCookies, matchesCookie, parentDomains, readCookies, writeCookie } from '../../../src/page/jar';
import { cleanPage, cookieNamesOnPage } from '../support/page';

type HappyDOMWindow = { happyDOM: { setURL(url: string): void } };
const setURL = (url: string) => (window as unknown as HappyDOMWindow).happyDOM.setURL(url);

const setCookies = (...pairs: string[]) => {
  for (const pair of pairs) document.cookie = `${pair}; Path=/`;
};

describe('matchesCookie', () => {
  it('matches an exact name only', () => {
    expect(matchesCookie('_ga', '_ga')).toBe(true);
    expect(matchesCookie('_ga', '_ga_ABC')).toBe(false);
    expect(matchesCookie('_ga', '_g')).toBe(false);
  });

  it('matches a prefix when the pattern ends in *', () => {
    expect(matchesCookie('_ga_*', '_ga_ABC123')).toBe(true);
    expect(matchesCookie('_ga_*', '_ga_')).toBe(true);
    expect(matchesCookie('_ga_*', '_ga')).toBe(false);
    expect(matchesCookie('_gat*', '_gat')).toBe(true);
    expect(matchesCookie('_gat*', '_gat_UA-1')).toBe(true);
    expect(matchesCookie('_gcl_*', '_gid')).toBe(false);
  });
});

describe('parentDomains', () => {
  it('lists the host and each parent domain', () => {
    expect(parentDomains('a.shop.example.com')).toEqual(['a.shop.example.com', 'shop.example.com', 'example.com']);
  });

  it('gives a two-label host alone', () => {
    expect(parentDomains('example.com')).toEqual(['example.com']);
  });

  it('gives a single-label host and IP addresses as they are', () => {
    expect(parentDomains('localhost')).toEqual(['localhost']);
    expect(parentDomains('192.168.1.20')).toEqual(['192.168.1.20']);
    expect(parentDomains('[::1]')).toEqual(['[::1]']);
  });
});

/** Runs `fn` while every read and write of `document.cookie` throws, as in a sandboxed frame. */
function sandboxed(fn: () => void) {
  const refuse = () => {
    throw new DOMException('The document is sandboxed', 'SecurityError');
  };
  Object.defineProperty(document, 'cookie', { get: refuse, set: refuse, configurable: true });
  try {
    fn();
  } finally {
    delete (document as { cookie?: string }).cookie;
  }
}

describe('readCookies', () => {
  afterEach(cleanPage);

  it('sees none, writes none and deletes none where cookies cannot be read at all', () => {
    sandboxed(() => {
      expect(readCookies()).toEqual({});
      expect(writeCookie('consentry', '{}', { days: 1, secure: false })).toBe(false);
      expect(deleteCookies('example.com', ['consentry'])).toEqual([]);
    });
  });

  it('reads every cookie the page can see, percent-decoded', () => {
    setCookies('_ga=GA1.1.1', 'theme=dark', `consentry=${encodeURIComponent('{"a":1}')}`);
    expect(readCookies()).toEqual({ _ga: 'GA1.1.1', theme: 'dark', consentry: '{"a":1}' });
  });

  it('is empty without cookies', () => {
    expect(readCookies()).toEqual({});
  });
});

describe('writeCookie', () => {
  afterEach(cleanPage);

  it('writes the value as encodeURIComponent does, the way the records server sets the choice', () => {
    const value = JSON.stringify({ id: 'x', choices: { analytics: true } });
    expect(writeCookie('consentry', value, { days: 180, secure: false })).toBe(true);
    expect(document.cookie).toContain(`consentry=${encodeURIComponent(value)}`);
    expect(readCookies().consentry).toBe(value);
  });
});

describe('deleteCookies', () => {
  afterEach(async () => {
    await cleanPage();
    setURL('http://localhost:3000/');
  });

  it('deletes _ga and _ga_ABC and leaves other cookies', () => {
    setCookies('_ga=GA1.1.123', '_ga_ABC=GS1.1.456', 'session=abc', '_gid=GA1.1.789');
    const deleted = deleteCookies(location.hostname, ['_ga', '_ga_*']);
    expect(deleted).toEqual(['_ga', '_ga_ABC']);
    expect(cookieNamesOnPage()).toEqual(['session', '_gid']);
  });

  it('deletes nothing when no pattern matches', () => {
    setCookies('session=abc');
    expect(deleteCookies(location.hostname, ['_fbp', '_gcl_*'])).toEqual([]);
    expect(cookieNamesOnPage()).toEqual(['session']);
  });

  it('deletes a cookie set on a parent domain as well as on the host', () => {
    setURL('https://shop.example.com/cart');
    document.cookie = '_ga=GA1.2.1; Path=/; Domain=example.com';
    document.cookie = '_ga_XYZ=GS1.2.1; Path=/; Domain=shop.example.com';
    document.cookie = '_fbp=fb.1.1; Path=/';
    document.cookie = 'cart=3; Path=/; Domain=example.com';
    expect(cookieNamesOnPage().sort()).toEqual(['_fbp', '_ga', '_ga_XYZ', 'cart']);
    deleteCookies(location.hostname, ['_ga', '_ga_*', '_fbp']);
    expect(cookieNamesOnPage()).toEqual(['cart']);
  });
});
