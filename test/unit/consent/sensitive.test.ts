import { afterEach, describe, expect, it } from 'vitest';
import { isSensitivePage, matchesPath } from '../../../src/consent/sensitive';
import { cleanPage } from '../support/page';

describe('matchesPath', () => {
  it('matches a plain pattern as a prefix', () => {
    expect(matchesPath('/booking', '/booking')).toBe(true);
    expect(matchesPath('/booking', '/booking/step-2')).toBe(true);
    expect(matchesPath('/booking', '/about')).toBe(false);
  });

  it('matches * as any text, anchored at both ends', () => {
    expect(matchesPath('/treatments/*', '/treatments/knee')).toBe(true);
    expect(matchesPath('/treatments/*/book', '/treatments/knee/book')).toBe(true);
    expect(matchesPath('/treatments/*/book', '/treatments/knee/book/extra')).toBe(false);
    expect(matchesPath('/treatments/*', '/about/treatments/knee')).toBe(false);
  });

  it('treats other regular-expression characters literally', () => {
    expect(matchesPath('/a.b/*', '/a.b/c')).toBe(true);
    expect(matchesPath('/a.b/*', '/axb/c')).toBe(false);
  });
});

describe('isSensitivePage', () => {
  afterEach(cleanPage);

  it('is false on an ordinary page', () => {
    history.replaceState(null, '', '/about');
    expect(isSensitivePage(document, ['/booking'])).toBe(false);
  });

  it('is true on a path that matches sensitivePaths', () => {
    history.replaceState(null, '', '/treatments/knee');
    expect(isSensitivePage(document, ['/booking', '/treatments/*'])).toBe(true);
  });

  it('is true when <html> carries data-consentry-sensitive', () => {
    document.documentElement.setAttribute('data-consentry-sensitive', '');
    expect(isSensitivePage(document, [])).toBe(true);
  });
});
