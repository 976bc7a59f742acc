import { afterEach, describe, expect, it, vi } from 'vitest';
import { directionOf, fill, localize, pickLanguage } from '../../src/i18n';
import { languages } from '../../src/i18n/languages';
import { en } from '../../src/i18n/strings/en';
import { cleanPage } from './support/page';

const slots = (text: string) => (text.match(/\{\w+\}/g) ?? []).sort();

/** Makes the browser prefer `languages`, in order, for this test. */
const browserPrefers = (...tags: string[]) => vi.spyOn(navigator, 'languages', 'get').mockReturnValue(tags);

/**
 * Strings a language may leave exactly as in English, each with why: nothing else may be.
 * Where English has a loanword (the "Cookie" column, "Services" in French), each language
 * names it its own way ("Name", "Services utilisés"), which reads as well.
 * An entry is `key: { langs: [...], why: '...' }`, e.g. a brand name or "OK".
 */
const sameAsEnglish: Record<string, { langs: string[]; why: string }> = {
  session: {
    langs: ['da', 'fr', 'sv'],
    why: "a cookie's duration until the browser closes is a session in Danish, French and Swedish too",
  },
};

const translations = Object.entries(languages).filter(([code]) => code !== 'en');

describe.each(translations)('the %s strings', (code, strings) => {
  const t = strings as Record<string, unknown>;

  it('have every English key, none empty', () => {
    const missing = Object.keys(en).filter((key) => typeof t[key] !== 'string' || (t[key] as string).trim() === '');
    expect(missing).toEqual([]);
  });

  it('have no key English lacks', () => {
    expect(Object.keys(t).filter((key) => !(key in en))).toEqual([]);
  });

  it('keep every {slot} of the English strings', () => {
    const broken = Object.entries(en).filter(([key, text]) => slots(text).join() !== slots(String(t[key])).join());
    expect(broken.map(([key]) => key)).toEqual([]);
  });

  it('leave nothing in English but the words the language shares', () => {
    const english = Object.entries(en)
      .filter(([key, text]) => t[key] === text && !sameAsEnglish[key]?.langs.includes(code))
      .map(([key]) => key);
    expect(english).toEqual([]);
  });

  it('have no leading, trailing or double spaces', () => {
    const sloppy = Object.entries(t).filter(
      ([, text]) => typeof text === 'string' && (text !== text.trim() || / {2}/.test(text)),
    );
    expect(sloppy.map(([key]) => key)).toEqual([]);
  });
});

describe('the registry', () => {
  it('names each language by its primary subtag', () => {
    expect(Object.keys(languages).filter((code) => !/^[a-z]{2,3}$/.test(code))).toEqual([]);
  });

  it('allows only shared words that are still shared', () => {
    const stale = Object.entries(sameAsEnglish).flatMap(([key, { langs }]) =>
      langs
        .filter(
          (code) =>
            (languages[code] as Record<string, string> | undefined)?.[key] !== (en as Record<string, string>)[key],
        )
        .map((code) => `${code}.${key}`),
    );
    expect(stale).toEqual([]);
  });
});

describe('pickLanguage', () => {
  const known = Object.keys(languages);
  afterEach(async () => {
    vi.restoreAllMocks();
    await cleanPage();
  });

  it("prefers the config's lang over <html lang> and the browser", () => {
    document.documentElement.lang = 'en';
    browserPrefers('en-US');
    expect(pickLanguage(document, 'es', known)).toBe('es');
  });

  it('takes <html lang> next, by its primary subtag', () => {
    document.documentElement.lang = 'es-MX';
    browserPrefers('en-US');
    expect(pickLanguage(document, undefined, known)).toBe('es');
  });

  it("takes the browser's languages last, in order", () => {
    browserPrefers('ja-JP', 'es-ES', 'en');
    expect(pickLanguage(document, undefined, known)).toBe('es');
  });

  it('skips a configured language it has no strings for', () => {
    document.documentElement.lang = 'es';
    expect(pickLanguage(document, 'tlh', known)).toBe('es');
  });

  it('falls back to English', () => {
    document.documentElement.lang = 'ja';
    browserPrefers('ja-JP', 'zh-Hant-TW');
    expect(pickLanguage(document, undefined, known)).toBe('en');
  });

  it.each([
    ['de-CH', 'de'],
    ['de-AT', 'de'],
    ['fr-CH', 'fr'],
    ['it-CH', 'it'],
    ['rm-CH', 'rm'],
    ['pt-BR', 'pt'],
    ['nb-NO', 'nb'],
    ['no', 'nb'],
    ['nn-NO', 'nb'],
    ['cy-GB', 'cy'],
    ['gd-GB', 'gd'],
    ['ga-IE', 'ga'],
    ['en-GB', 'en'],
    ['es-419', 'es'],
    ['sr-Latn-RS', 'en'],
  ])('serves <html lang="%s"> in %s', (tag, lang) => {
    document.documentElement.lang = tag;
    browserPrefers('en-US');
    expect(pickLanguage(document, undefined, known)).toBe(lang);
  });

  it('serves Nynorsk when the config brings it, Bokmål otherwise', () => {
    expect(pickLanguage(document, 'nn', [...known, 'nn'])).toBe('nn');
    expect(pickLanguage(document, 'nn', known)).toBe('nb');
  });

  it("takes a browser's regional language by its primary subtag", () => {
    browserPrefers('ja-JP', 'fi-FI', 'sv-FI');
    expect(pickLanguage(document, undefined, known)).toBe('fi');
  });

  it('reads case and underscores loosely', () => {
    expect(pickLanguage(document, 'ES_mx', known)).toBe('es');
  });

  it('takes a language the config brings strings for', () => {
    expect(pickLanguage(document, 'ar-EG', [...known, 'ar'])).toBe('ar');
  });
});

describe('localize', () => {
  const { es } = languages;
  it('gives the strings of the chunk for its language', () => {
    const { lang, dir, t } = localize(es, 'es', {});
    expect(lang).toBe('es');
    expect(dir).toBe('ltr');
    expect(t.acceptAll).toBe('Aceptar todo');
  });

  it("puts the config's overrides on top and keeps the rest", () => {
    const { t } = localize(es, 'es', { es: { acceptAll: 'Aceptar cookies' } });
    expect(t.acceptAll).toBe('Aceptar cookies');
    expect(t.rejectAll).toBe('Rechazar todo');
  });

  it('fills a language only the config has from English', () => {
    const { lang, t } = localize(en, 'fr', { fr: { acceptAll: 'Tout accepter' } });
    expect(lang).toBe('fr');
    expect(t.acceptAll).toBe('Tout accepter');
    expect(t.rejectAll).toBe('Reject all');
  });

  it('writes right-to-left languages right to left', () => {
    expect(localize(en, 'ar', { ar: { acceptAll: 'قبول الكل' } }).dir).toBe('rtl');
  });
});

describe('directionOf', () => {
  it('knows the right-to-left languages', () => {
    expect(['ar', 'he', 'fa'].map(directionOf)).toEqual(['rtl', 'rtl', 'rtl']);
    expect(['en', 'es'].map(directionOf)).toEqual(['ltr', 'ltr']);
  });
});

describe('fill', () => {
  it('fills named slots', () => {
    expect(fill('Allow {category} and load', { category: 'Social media' })).toBe('Allow Social media and load');
  });

  it('leaves a slot without a value as it is', () => {
    expect(fill('{title} is held', {})).toBe('{title} is held');
  });

  it('inserts values as they are, without reading them as templates', () => {
    expect(fill('{a}', { a: '{b}', b: 'x' })).toBe('{b}');
  });
});
