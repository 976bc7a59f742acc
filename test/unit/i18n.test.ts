import { afterEach, describe, expect, it, vi } from 'vitest';
import { builtInLanguages, directionOf, fill, localize, pickLanguage } from '../../src/i18n';
import { en } from '../../src/i18n/en';
import { es } from '../../src/i18n/es';
import { cleanPage } from './support/page';

const slots = (text: string) => (text.match(/\{\w+\}/g) ?? []).sort();

/** Makes the browser prefer `languages`, in order, for this test. */
const browserPrefers = (...languages: string[]) => vi.spyOn(navigator, 'languages', 'get').mockReturnValue(languages);

describe('translations', () => {
  it('has a non-empty Spanish string for every English key', () => {
    const missing = Object.keys(en).filter((key) => {
      const text = (es as Record<string, unknown>)[key];
      return typeof text !== 'string' || text.trim() === '';
    });
    expect(missing).toEqual([]);
  });

  it('has no Spanish key that English lacks', () => {
    expect(Object.keys(es).filter((key) => !(key in en))).toEqual([]);
  });

  it('keeps every {slot} of the English strings in the Spanish ones', () => {
    const broken = Object.entries(en).filter(([key, text]) => {
      return slots(text).join() !== slots((es as Record<string, string>)[key] ?? '').join();
    });
    expect(broken.map(([key]) => key)).toEqual([]);
  });

  it('offers English and Spanish', () => {
    expect([...builtInLanguages].sort()).toEqual(['en', 'es']);
  });
});

describe('pickLanguage', () => {
  afterEach(async () => {
    vi.restoreAllMocks();
    await cleanPage();
  });

  it("prefers the config's lang over <html lang> and the browser", () => {
    document.documentElement.lang = 'en';
    browserPrefers('en-US');
    expect(pickLanguage(document, 'es', ['en', 'es'])).toBe('es');
  });

  it('takes <html lang> next, by its primary subtag', () => {
    document.documentElement.lang = 'es-MX';
    browserPrefers('en-US');
    expect(pickLanguage(document, undefined, ['en', 'es'])).toBe('es');
  });

  it("takes the browser's languages last, in order", () => {
    browserPrefers('fr-FR', 'es-ES', 'en');
    expect(pickLanguage(document, undefined, ['en', 'es'])).toBe('es');
  });

  it('skips a configured language it has no strings for', () => {
    document.documentElement.lang = 'es';
    expect(pickLanguage(document, 'de', ['en', 'es'])).toBe('es');
  });

  it('falls back to English', () => {
    document.documentElement.lang = 'ja';
    browserPrefers('ja-JP');
    expect(pickLanguage(document, undefined, ['en', 'es'])).toBe('en');
  });
});

describe('localize', () => {
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
