import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../../src/config/parse';

/** The parse result for a config that only sets `key` to `value`. */
const parseOne = (key: string, value: unknown) => parseConfig({ [key]: value });

describe('parseConfig', () => {
  it('gives the documented defaults for an empty config', () => {
    const { config, errors } = parseConfig({});
    expect(errors).toEqual([]);
    expect(config).toMatchObject({
      revision: '1',
      mode: 'opt-in',
      expiresDays: 180,
      reloadOnRevoke: true,
      honorGPC: true,
      sensitivePaths: [],
      floatingButton: 'bottom-left',
      translations: {},
      gpp: false,
      adsDataRedaction: false,
      urlPassthrough: false,
      sensitiveData: [],
    });
    expect(config.policyUrl).toBeUndefined();
    expect(config.categories.map((c) => c.id)).toEqual([
      'necessary',
      'preferences',
      'analytics',
      'advertising',
      'social',
    ]);
  });

  it('treats a missing config like an empty one', () => {
    expect(parseConfig(undefined)).toEqual(parseConfig({}));
  });

  it('rejects a config that is not an object', () => {
    const { errors } = parseConfig('policyUrl=/privacy');
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain('must be an object');
  });

  it('reports an unknown key by name', () => {
    const { config, errors } = parseOne('polcyUrl', '/privacy');
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain("'polcyUrl' is not a known key");
    expect(config).not.toHaveProperty('polcyUrl');
  });

  it('reports a value of the wrong type by key', () => {
    const { config, errors } = parseOne('reloadOnRevoke', 'no');
    expect(errors).toEqual(["reloadOnRevoke must be true or false, not 'no'."]);
    expect(config.reloadOnRevoke).toBe(true);
  });

  it('refuses a javascript: URL', () => {
    const { config, errors } = parseOne('policyUrl', 'javascript:alert(1)');
    expect(errors).toHaveLength(1);
    expect(errors[0]).toBe(
      "policyUrl must be an https://, http:// or relative URL such as '/privacy', not 'javascript:alert(1)'.",
    );
    expect(config.policyUrl).toBeUndefined();
  });

  it('refuses a data: URL for the cookie policy', () => {
    const { errors } = parseOne('cookiePolicyUrl', 'data:text/html,<b>hi</b>');
    expect(errors[0]).toMatch(/^cookiePolicyUrl must be an https:\/\/, http:\/\/ or relative URL/);
  });

  it('accepts https and relative URLs', () => {
    const { config, errors } = parseConfig({ policyUrl: '/privacy', cookiePolicyUrl: 'https://example.com/cookies' });
    expect(errors).toEqual([]);
    expect(config.policyUrl).toBe('/privacy');
    expect(config.cookiePolicyUrl).toBe('https://example.com/cookies');
  });

  it('accepts expiresDays up to 395 and refuses 396', () => {
    expect(parseOne('expiresDays', 395).config.expiresDays).toBe(395);
    const { config, errors } = parseOne('expiresDays', 396);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^expiresDays must be a whole number from 1 to 395/);
    expect(config.expiresDays).toBe(180);
  });

  it('refuses expiresDays that is zero or fractional', () => {
    expect(parseOne('expiresDays', 0).errors[0]).toMatch(/^expiresDays/);
    expect(parseOne('expiresDays', 30.5).errors[0]).toMatch(/^expiresDays/);
  });

  it('reports a value JSON cannot show instead of throwing', () => {
    const cycle: unknown[] = [];
    cycle.push(cycle);
    expect(parseOne('expiresDays', 10n).errors).toHaveLength(1);
    expect(parseOne('mode', cycle).errors).toEqual(["mode must be one of 'opt-in', 'opt-out', 'auto', not an array."]);
  });

  it('refuses a gaId that is not a GA4 measurement id', () => {
    const { config, errors } = parseOne('gaId', 'UA-12345-1');
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^gaId must look like 'G-XXXXXXXXXX'/);
    expect(config.gaId).toBeUndefined();
    expect(parseOne('gaId', 'G-ABC123').config.gaId).toBe('G-ABC123');
  });

  it('refuses a mode it does not know', () => {
    const { config, errors } = parseOne('mode', 'gdpr');
    expect(errors[0]).toBe("mode must be one of 'opt-in', 'opt-out', 'auto', not 'gdpr'.");
    expect(config.mode).toBe('opt-in');
  });

  it('refuses a sensitive path that does not start with a slash', () => {
    const { config, errors } = parseOne('sensitivePaths', ['/booking', 'treatments']);
    expect(errors[0]).toMatch(/^sensitivePaths\[1\]/);
    expect(config.sensitivePaths).toEqual([]);
  });

  it('refuses a service without a name', () => {
    const { errors } = parseOne('categories', { analytics: { services: [{ provider: 'Google LLC' }] } });
    expect(errors).toEqual(['categories.analytics.services[0].name must be a string, not undefined.']);
  });

  it('refuses an unknown field in a category', () => {
    const { errors } = parseOne('categories', { analytics: { lable: 'Stats' } });
    expect(errors).toHaveLength(1);
    expect(errors[0]).toBe(
      "'categories.analytics.lable' is not a known key: use one of label, description, services, saleOrShare.",
    );
  });

  it('refuses a category id that is not lower-case', () => {
    const { errors } = parseOne('categories', { Chat: { label: 'Chat' } });
    expect(errors[0]).toBe("categories key must look like 'live-chat', not 'Chat'.");
  });

  it('refuses a javascript: URL inside a service', () => {
    const { errors } = parseOne('categories', {
      social: { services: [{ name: 'Widget', policyUrl: 'javascript:void 0' }] },
    });
    expect(errors[0]).toMatch(
      /^categories\.social\.services\[0\]\.policyUrl must be an https:.* not 'javascript:void 0'\.$/,
    );
  });

  it('leaves a bad key at its default and keeps the good ones', () => {
    const { config, errors } = parseConfig({ policyUrl: '/privacy', expiresDays: 1000, revision: 3 });
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^expiresDays/);
    expect(config.expiresDays).toBe(180);
    expect(config.policyUrl).toBe('/privacy');
    expect(config.revision).toBe('3');
  });

  it('leaves every category at its built-in value when one category is bad', () => {
    const { config } = parseConfig({
      categories: { analytics: { label: 'Stats' }, social: { saleOrShare: 'yes' } },
    });
    expect(config.categories.find((c) => c.id === 'analytics')?.label).toBeUndefined();
    expect(config.categories.find((c) => c.id === 'social')?.saleOrShare).toBe(false);
  });

  it('ignores keys set to undefined', () => {
    expect(parseConfig({ policyUrl: undefined }).errors).toEqual([]);
  });

  it('merges a category entry over the built-in one', () => {
    const { config } = parseConfig({
      categories: { analytics: { label: 'Statistics' }, social: { saleOrShare: true } },
    });
    const analytics = config.categories.find((c) => c.id === 'analytics');
    expect(analytics?.label).toBe('Statistics');
    expect(analytics?.services.map((s) => s.name)).toEqual(['Google Analytics']);
    expect(config.categories.find((c) => c.id === 'social')?.saleOrShare).toBe(true);
    expect(config.categories.find((c) => c.id === 'advertising')?.saleOrShare).toBe(true);
  });

  it('replaces the built-in services when the config lists its own', () => {
    const { config } = parseConfig({
      categories: { analytics: { services: [{ name: 'Plausible', cookies: [] }] } },
    });
    expect(config.categories.find((c) => c.id === 'analytics')?.services.map((s) => s.name)).toEqual(['Plausible']);
  });

  it('adds a custom category after the built-in ones', () => {
    const { config, errors } = parseConfig({ categories: { chat: { label: 'Live chat' } } });
    expect(errors).toEqual([]);
    expect(config.categories.map((c) => c.id)).toEqual([
      'necessary',
      'preferences',
      'analytics',
      'advertising',
      'social',
      'chat',
    ]);
    expect(config.categories.at(-1)).toEqual({ id: 'chat', label: 'Live chat', services: [], saleOrShare: false });
  });

  it('turns a numeric revision into a string', () => {
    expect(parseOne('revision', 2).config.revision).toBe('2');
    expect(parseOne('revision', '2024-06').config.revision).toBe('2024-06');
  });

  it('refuses an empty revision', () => {
    const { config, errors } = parseOne('revision', ' ');
    expect(errors[0]).toMatch(/^revision must be a number or a non-empty string/);
    expect(config.revision).toBe('1');
  });

  it('resolves floatingButton true to bottom-left and keeps false', () => {
    expect(parseOne('floatingButton', true).config.floatingButton).toBe('bottom-left');
    expect(parseOne('floatingButton', false).config.floatingButton).toBe(false);
    expect(parseOne('floatingButton', 'bottom-right').config.floatingButton).toBe('bottom-right');
  });

  it('reports every bad key, not only the first', () => {
    const { errors } = parseConfig({ gaId: 'UA-1', mode: 'strict', colour: 'red' });
    expect(errors).toHaveLength(3);
    expect(errors.join('\n')).toMatch(/gaId[\s\S]*mode[\s\S]*'colour'/);
  });

  it('accepts the kinds of sensitive data the IAB names, and refuses others', () => {
    expect(parseOne('sensitiveData', ['health', 'geolocation']).config.sensitiveData).toEqual([
      'health',
      'geolocation',
    ]);
    const { config, errors } = parseOne('sensitiveData', ['health', 'heath']);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^sensitiveData\[1\] must be one of 'racial', 'religious', 'health', .* not 'heath'\.$/);
    expect(config.sensitiveData).toEqual([]);
  });

  it.each(['gpp', 'adsDataRedaction', 'urlPassthrough'])('takes %s as true or false only', (key) => {
    expect(parseOne(key, true).config).toHaveProperty(key, true);
    expect(parseOne(key, 'yes').errors).toEqual([`${key} must be true or false, not 'yes'.`]);
  });
});

describe("parseConfig, with the script tag's data attributes", () => {
  it('lets an attribute win over the same key of the config', () => {
    const { config, errors } = parseConfig({ mode: 'opt-out', policyUrl: '/privacy' }, { mode: 'auto' });
    expect(errors).toEqual([]);
    expect(config.mode).toBe('auto');
    expect(config.policyUrl).toBe('/privacy');
  });

  it('resets a key to its default when its attribute is bad, even where the config set it', () => {
    const { config, errors } = parseConfig({ mode: 'opt-out' }, { mode: 'strict' });
    expect(errors).toEqual(["mode must be one of 'opt-in', 'opt-out', 'auto', not 'strict'."]);
    expect(config.mode).toBe('opt-in');
  });

  it('applies the attributes when there is no config', () => {
    expect(parseConfig(undefined, { revision: '4' }).config.revision).toBe('4');
  });

  describe('policyChange', () => {
    const change = { revision: 3, effective: '2027-02-01', summaryUrl: '/changes' };
    const at = (iso: string) => parseConfig({ revision: 2, policyChange: change }, {}, undefined, new Date(iso));

    it('keeps the configured revision in force until 00:00 UTC on the effective day, then the announced one', () => {
      expect(at('2027-01-31T23:59:59.999Z').config.revision).toBe('2');
      expect(at('2027-02-01T00:00:00Z').config.revision).toBe('3');
      expect(at('2027-02-01T00:00:00Z').errors).toEqual([]);
      expect(at('2027-02-01T00:00:00Z').config.noticeDays).toBe(30);
    });

    it.each([
      [{ revision: 3 }, "policyChange.effective must be a date such as '2027-03-01', not undefined."],
      [
        { revision: 3, effective: '2027-02-30' },
        "policyChange.effective must be a date such as '2027-03-01', not '2027-02-30'.",
      ],
      [
        { revision: '', effective: '2027-02-01' },
        "policyChange.revision must be a number or a non-empty string such as 2, not ''.",
      ],
      [{ revision: 3, effective: '2027-02-01', summaryUrl: 'javascript:alert(1)' }, 'policyChange.summaryUrl must be'],
      [{ revision: 3, effective: '2027-02-01', when: 'soon' }, "'policyChange.when' is not a known key"],
    ])('reports %o and keeps the configured revision', (value, message) => {
      const { config, errors } = parseConfig(
        { revision: 2, policyChange: value },
        {},
        undefined,
        new Date('2030-01-01'),
      );
      expect(errors).toEqual([expect.stringContaining(message)]);
      expect(config.revision).toBe('2');
    });

    it('takes noticeDays from 0 to 365 days', () => {
      expect(parseOne('noticeDays', 45).config.noticeDays).toBe(45);
      expect(parseOne('noticeDays', 366).errors).toEqual(['noticeDays must be a whole number from 0 to 365, not 366.']);
      expect(parseOne('noticeDays', 1.5).errors).toHaveLength(1);
    });
  });

  it('puts requestEndpoint beside logEndpoint, unless it is set; none without either', () => {
    expect(parseConfig({ logEndpoint: '/consent/receipts' }).config.requestEndpoint).toBe('/consent/requests');
    expect(
      parseConfig({ logEndpoint: 'https://records.example.com/consent/receipts?site=a' }).config.requestEndpoint,
    ).toBe('https://records.example.com/consent/requests');
    expect(parseConfig({ logEndpoint: '/r', requestEndpoint: '/ask' }).config.requestEndpoint).toBe('/ask');
    expect(parseConfig({}).config.requestEndpoint).toBeUndefined();
    expect(parseOne('requestEndpoint', 'javascript:alert(1)').errors).toHaveLength(1);
  });
});
