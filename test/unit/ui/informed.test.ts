import { describe, expect, it, vi } from 'vitest';
import { parseConfig } from '../../../src/config/parse';
import { languages } from '../../../src/i18n/languages';
import { en } from '../../../src/i18n/strings/en';
import type { ConsentryConfig } from '../../../src/types';
import { brand, informedText } from '../../../src/ui/informed';
import { listText, spanText } from '../../../src/ui/intl';

const text = (config: ConsentryConfig, lang = 'en', mode: 'opt-in' | 'opt-out' = 'opt-in') =>
  informedText(parseConfig(config).config, { ...(languages[lang] ?? en), ...config.translations?.[lang] }, lang, mode);

/** A service described in full, in `category`, by `provider`, with one cookie of `duration`. */
const service = (provider: string, duration = '1 day') => ({
  name: `${provider} tag`,
  provider,
  cookies: [{ name: `_${provider.slice(0, 3).toLowerCase()}`, duration }],
});

describe('the first layer tells what informed consent needs', () => {
  it('names the purposes, the partners, how long the cookies and the choice last, and where to withdraw', () => {
    // No services configured: the built-in declarations (Google Analytics, Google Ads, the Meta pixel).
    expect(text({})).toBe(
      'With your consent, we and our partners Google and Meta use cookies for remembering your settings, visit statistics, personalized ads, and social media content. ' +
        'These cookies last up to 2 years; your choice is kept for 180 days. ' +
        'You can withdraw your consent at any time with the “Cookie settings” button.',
    );
  });

  it('names the partners of the configured services, each once, and counts the rest when there are more than five', () => {
    const six = [
      'Google LLC',
      'Meta Platforms, Inc.',
      'Microsoft Corporation',
      'TikTok Pte. Ltd.',
      'Hotjar Ltd.',
      'Pinterest, Inc.',
    ];
    const config = (providers: string[]) => ({
      categories: {
        analytics: { services: providers.map((p) => service(p)) },
        advertising: { services: [service('Google LLC')] },
      },
    });
    expect(text(config(six.slice(0, 5)))).toContain(
      'we and our partners Google, Meta, Microsoft, TikTok, and Hotjar use',
    );
    expect(text(config(six))).toContain('we and our partners Google, Meta, Microsoft, and 3 more use');
  });

  it('leaves the site itself and necessary services out of the partners', () => {
    const config = {
      categories: {
        necessary: { services: [service('Cloudflare, Inc.')] },
        analytics: { services: [service('the site (Matomo)')] },
        advertising: { services: [] },
      },
    };
    expect(text(config)).toMatch(/^With your consent, we use cookies for /);
    expect(text(config)).not.toContain('Cloudflare');
  });

  it('takes the longest cookie of a category that needs consent, from the catalog or from text that reads as a duration', () => {
    const config = (duration: string) => ({
      categories: {
        necessary: { services: [service('Stripe, Inc.', '10 years')] },
        analytics: { services: [service('Hotjar Ltd.', '365 days'), service('Mixpanel, Inc.', duration)] },
        advertising: { services: [] },
      },
    });
    expect(text(config('13 months'))).toContain('These cookies last up to 13 months;');
    expect(text(config('6 weeks'))).toContain('These cookies last up to 365 days;');
    // Text that is not a duration is left out; with none left, only the choice's time is said.
    expect(
      text({
        categories: {
          analytics: { services: [service('Hotjar Ltd.', 'until you log out')] },
          advertising: { services: [] },
        },
      }),
    ).toContain(
      'we and our partners Hotjar use cookies for remembering your settings, visit statistics, personalized ads, and social media content. Your choice is kept for 180 days.',
    );
  });

  it('says how long the choice lasts from expiresDays, and where to withdraw without the floating button', () => {
    const said = text({ expiresDays: 395, floatingButton: false });
    expect(said).toContain('your choice is kept for 395 days.');
    expect(said).toMatch(/You can withdraw your consent at any time in the cookie settings\.$/);
  });

  it("names a site's own category by its label, and takes the config's words over the built-in ones", () => {
    const said = text({
      categories: { chat: { label: 'live chat' } },
      translations: { en: { purposeSocial: 'videos', reopen: 'Privacy choices' } },
    });
    expect(said).toContain('personalized ads, videos, and live chat.');
    expect(said).toContain('with the “Privacy choices” button.');
  });

  it('says in opt-out mode that the cookies are on and how to opt out, not that consent was asked', () => {
    expect(text({}, 'en', 'opt-out')).toMatch(
      /^We and our partners Google and Meta use cookies for .* You can opt out at any time with the “Cookie settings” button\.$/,
    );
    expect(
      text(
        { floatingButton: false, categories: { advertising: { services: [] }, analytics: { services: [] } } },
        'en',
        'opt-out',
      ),
    ).toMatch(/^We use cookies for .* You can opt out at any time in the cookie settings\.$/);
  });

  it('is written in the language asked for', () => {
    expect(text({}, 'de')).toContain('Google und Meta');
    expect(text({}, 'de')).toContain('180 Tage');
  });
});

describe('brand', () => {
  it.each([
    ['Meta Platforms, Inc.', 'Meta'],
    ['Microsoft Corporation', 'Microsoft'],
    ['Google LLC', 'Google'],
    ['TikTok Pte. Ltd.', 'TikTok'],
    ['Heap Inc. (Contentsquare)', 'Heap'],
    ['SoundCloud Global Limited & Co. KG', 'SoundCloud'],
    ['PayPal Holdings, Inc.', 'PayPal'],
    ['Hotjar', 'Hotjar'],
  ])('calls %s %s', (provider, name) => {
    expect(brand(provider)).toBe(name);
  });
});

describe("where the browser's Intl lacks the language", () => {
  it("writes lists and durations with the language's own words", () => {
    vi.spyOn(Intl.NumberFormat, 'supportedLocalesOf').mockReturnValue([]);
    vi.spyOn(Intl.ListFormat, 'supportedLocalesOf').mockReturnValue([]);
    const cy = languages.cy;
    expect(listText(['Google', 'Meta', 'Apple'], 'cy', cy)).toBe(`Google, Meta ${cy.and} Apple`);
    expect(spanText({ value: 13, unit: 'month' }, 'cy', cy)).toBe(`13 ${cy.months}`);
    expect(spanText({ value: 2, unit: 'week' }, 'cy', cy)).toBe(`14 ${cy.days}`);
    expect(spanText({ value: 30, unit: 'hour' }, 'cy', cy)).toBe(`2 ${cy.days}`);
    vi.restoreAllMocks();
  });
});
