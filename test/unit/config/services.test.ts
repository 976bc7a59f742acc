/**
 * Services by name (SPEC §2): catalog ids in `services` and in `categories.<id>.services`,
 * checked against the catalog and filled in from it; the built-in declarations are the
 * catalog's own entries.
 */
import { type Duration as CatalogDuration, catalog, serviceById } from 'consentry-catalog';
import { afterEach, beforeEach, describe, expect, expectTypeOf, it, vi } from 'vitest';
import { createConsentry } from '../../../src/api';
import { builtInServiceIds, type Duration, serviceOfEntry, widgetEntries } from '../../../src/config/catalog';
import { parseConfig } from '../../../src/config/parse';
import { catalogServices } from '../../../src/config/services-data';
import { netEntries } from '../../../src/gate/net-table';
import { buildStatus } from '../../../src/status';
import { createRecords } from '../../../src/storage/records';
import type { ConsentryApi, ConsentryConfig } from '../../../src/types';
import { cleanPage, gtagCommands, makeChoices, trackBroadcastChannels, useEmptyIndexedDB } from '../support/page';

/** Parses `config` with the whole catalog, as the npm module and the script tag (with its file) do. */
const parse = (config: ConsentryConfig) => parseConfig(config, {}, catalogServices);
const servicesOf = (config: ConsentryConfig, category: string) =>
  parse(config).config.categories.find((c) => c.id === category)?.services;

/** A catalog entry as a category declares it. */
const declared = (id: string) => {
  const { name, provider, purpose, policyUrl, cookies } = serviceById(id) ?? { cookies: [] };
  return {
    id,
    name,
    provider,
    purpose,
    ...(policyUrl ? { policyUrl } : {}),
    cookies: cookies.map(({ name, duration, purpose }) => ({ name, duration, purpose })),
  };
};

describe('services by name', () => {
  it('fills each named service into its catalog category, with its provider, purpose, policy and cookies', () => {
    const { config, errors } = parse({ services: ['hotjar', 'meta-pixel', 'youtube', 'google-analytics'] });
    expect(errors).toEqual([]);
    expect(config.services).toEqual(['hotjar', 'meta-pixel', 'youtube', 'google-analytics']);
    const by = Object.fromEntries(config.categories.map((c) => [c.id, c.services]));
    expect(by.analytics).toEqual([declared('hotjar'), declared('google-analytics')]);
    expect(by.advertising).toEqual([declared('meta-pixel')]);
    expect(by.social).toEqual([declared('youtube')]);
    expect(by.necessary).toEqual([]);
    // The catalog's cookies, durations as data: `_ga` lives two years.
    expect(by.analytics?.[1].cookies?.[0]).toEqual({
      name: '_ga',
      duration: { value: 2, unit: 'year' },
      purpose: 'Tells visitors apart',
    });
  });

  it('replaces the built-in declarations: Google Ads goes when only the Meta pixel is named', () => {
    expect(servicesOf({ services: ['meta-pixel'] }, 'advertising')?.map((s) => s.id)).toEqual(['meta-pixel']);
    expect(servicesOf({ services: ['meta-pixel'] }, 'analytics')).toEqual([]);
    // An empty list names none, and keeps none of the built-in ones.
    expect(servicesOf({ services: [] }, 'analytics')).toEqual([]);
  });

  it('places an id a category lists in that category, and adds explicit services after the named ones', () => {
    const chat = {
      name: 'Crisp',
      provider: 'Crisp IM SAS',
      cookies: [{ name: 'crisp-client*', duration: '6 months' }],
    };
    const { config, errors } = parse({
      services: ['hotjar', 'google-analytics'],
      categories: { necessary: { services: ['hotjar'] }, analytics: { services: [chat] } },
    });
    expect(errors).toEqual([]);
    const by = Object.fromEntries(config.categories.map((c) => [c.id, c.services]));
    expect(by.necessary).toEqual([declared('hotjar')]);
    expect(by.analytics).toEqual([declared('google-analytics'), chat]);
  });

  it('keeps the built-in declarations of categories the config leaves alone when `services` is not set', () => {
    const { config, errors } = parse({ categories: { necessary: { services: ['hotjar'] } } });
    expect(errors).toEqual([]);
    expect(config.services).toEqual([]);
    const by = Object.fromEntries(config.categories.map((c) => [c.id, c.services]));
    expect(by.necessary).toEqual([declared('hotjar')]);
    expect(by.analytics).toEqual([declared('google-analytics')]);
  });

  it('lists an id named twice once', () => {
    const { config } = parse({ services: ['hotjar', 'hotjar'] });
    expect(config.services).toEqual(['hotjar']);
    expect(servicesOf({ services: ['hotjar', 'hotjar'] }, 'analytics')).toHaveLength(1);
  });

  it('reports an id the catalog does not know, naming `services` and the id', () => {
    const { config, errors } = parse({ services: ['hotjar', 'hot-jar'] });
    expect(errors).toEqual(["services[1] must be an id from Consentry's catalog (catalog/README.md), not 'hot-jar'."]);
    expect(config.services).toEqual(['hotjar']);
    expect(parse({ categories: { social: { services: ['tiktok'] } } }).errors).toEqual([
      "categories.social.services[0] must be an id from Consentry's catalog (catalog/README.md), not 'tiktok'.",
    ]);
    expect(parse({ services: ['Hotjar'] }).errors).toEqual([
      "services[0] must look like 'google-analytics', not 'Hotjar'.",
    ]);
  });

  it('reports every id when the catalog is missing (its file did not load)', () => {
    const { errors } = parseConfig({ services: ['hotjar'], categories: { social: { services: ['youtube'] } } });
    expect(errors).toEqual([
      "services[0] 'hotjar', categories.social.services[0] 'youtube': Consentry's service catalog (consentry-services.js) did not load, so no id can be checked.",
    ]);
    // A config without ids needs no catalog.
    expect(parseConfig({ services: [] }).errors).toEqual([]);
  });
});

describe('the built-in declarations', () => {
  it("are the catalog's Google Analytics, Google Ads and Meta pixel", () => {
    const { config } = parseConfig({});
    const by = Object.fromEntries(config.categories.map((c) => [c.id, c.services]));
    expect(by.analytics).toEqual([declared('google-analytics')]);
    expect(by.advertising).toEqual([declared('google-ads'), declared('meta-pixel')]);
    expect(builtInServiceIds).toEqual(['google-analytics', 'google-ads', 'meta-pixel']);
    // The config names no service: `services` is empty though these are declared.
    expect(config.services).toEqual([]);
  });

  it('hold at least the cookies SPEC §2 names', () => {
    const names = parseConfig({}).config.categories.flatMap((c) => c.services.flatMap((s) => s.cookies ?? []));
    expect(names.map((c) => c.name)).toEqual(
      expect.arrayContaining(['_ga', '_ga_*', '_gid', '_gat*', '_gcl_*', '_fbp', '_fbc']),
    );
  });
});

describe("the widget's part of the catalog (consentry-services.js)", () => {
  it('is every catalog service, without hosts, scripts, storage keys or notes', () => {
    expect(catalogServices).toEqual(
      widgetEntries(
        catalog,
        netEntries(catalog).map((e) => e.service),
      ),
    );
    expect(catalogServices.map((s) => s.id)).toEqual(catalog.map((s) => s.id));
    for (const entry of catalogServices)
      expect(
        Object.keys(entry).filter(
          (k) => !['id', 'name', 'provider', 'category', 'purpose', 'policyUrl', 'cookies', 'net'].includes(k),
        ),
      ).toEqual([]);
    expect(JSON.stringify(catalogServices)).not.toContain('googletagmanager.com');
  });

  it("names the safety net's table entries of each service, so status() can name a catch", () => {
    const entries = netEntries(catalog);
    for (const [i, e] of entries.entries()) expect(serviceOfEntry(catalogServices, i)).toBe(e.service);
    expect(catalogServices.find((s) => s.id === 'microsoft-clarity')?.net?.length).toBeGreaterThan(0);
  });

  it("restates the catalog's Duration type exactly", () => {
    expectTypeOf<Duration>().toEqualTypeOf<CatalogDuration>();
  });
});

describe('an unknown id in the running engine', () => {
  const started: ConsentryApi[] = [];
  let closeChannels: () => void;
  beforeEach(() => {
    useEmptyIndexedDB();
    closeChannels = trackBroadcastChannels();
    vi.spyOn(console, 'error').mockImplementation(() => {});
    vi.spyOn(console, 'table').mockImplementation(() => {});
    vi.spyOn(console, 'info').mockImplementation(() => {});
  });
  afterEach(async () => {
    for (const api of started.splice(0)) api.destroy();
    closeChannels();
    await cleanPage();
    vi.restoreAllMocks();
  });
  const start = (config: ConsentryConfig) => {
    const api = createConsentry(config, {
      window,
      catalog: catalogServices,
      loadRecords: async () => createRecords,
      loadStatus: async () => buildStatus,
    });
    started.push(api);
    return api;
  };

  it('is a config error: it is said, and nothing is granted, not even by Accept all', async () => {
    const consent = start({ services: ['google-analytics', 'not-a-service'] });
    expect((await consent.status()).configErrors).toEqual([expect.stringContaining("not 'not-a-service'")]);
    expect(console.error).toHaveBeenCalledWith(expect.stringContaining('services[1]'));
    consent.acceptAll();
    expect(consent.get()).toEqual(makeChoices());
    const updates = gtagCommands().filter((c) => c[0] === 'consent' && c[1] === 'update');
    expect(updates.at(-1)?.[2]).toMatchObject({ analytics_storage: 'denied', ad_storage: 'denied' });
  });

  it('a known one is no error, and Accept all grants', async () => {
    const consent = start({ services: ['google-analytics'] });
    expect((await consent.status()).configErrors).toEqual([]);
    consent.acceptAll();
    expect(consent.has('analytics')).toBe(true);
  });
});
