/**
 * What the widget takes of the service catalog (catalog/, `consentry-catalog`): per service
 * its id, name, provider, category, purpose, policy link and cookies, no more. The build
 * (vite.config.ts) writes it into `consentry-services.js`, loaded only when a config names
 * services by id, and the three built-in declarations into the engine. No file under src/
 * imports the catalog itself, so the npm package's types stand alone.
 */

/** A unit a cookie's lifetime is counted in; each is one `Intl.NumberFormat` formats. */
export type DurationUnit = 'minute' | 'hour' | 'day' | 'week' | 'month' | 'year';

/**
 * How long a cookie lives, as data every language can render: `'session'`, or a number of
 * units. The catalog's `Duration`, restated here (test/unit/catalog.test.ts keeps the two equal).
 */
export type Duration = 'session' | { value: number; unit: DurationUnit };

/** A cookie of a catalog service, as the preferences' tables show it. */
export interface CatalogCookie {
  name: string;
  duration: Duration;
  purpose: string;
}

/** A catalog service, as the widget knows it. */
export interface CatalogEntry {
  id: string;
  name: string;
  provider: string;
  /** Its category: `necessary`, `preferences`, `analytics`, `advertising` or `social`. */
  category: string;
  purpose: string;
  policyUrl?: string;
  cookies: CatalogCookie[];
  /** The safety net's table entries that are this service's (src/gate/net-table.ts), so a catch can be named. */
  net?: number[];
}

/** What `widgetEntries` reads of a catalog service: the catalog's own entries fit. */
export interface CatalogSource extends Omit<CatalogEntry, 'cookies'> {
  cookies: readonly CatalogCookie[];
}

/**
 * The services `analytics` and `advertising` declare when the config names none (SPEC §2).
 * @example builtInServiceIds.includes('meta-pixel') // true
 */
export const builtInServiceIds: readonly string[] = ['google-analytics', 'google-ads', 'meta-pixel'];

/**
 * The widget's part of catalog entries: hosts, script patterns, storage keys and notes
 * stay out (the build's job, in vite.config.ts). With `net` (the service of each of the
 * safety net's table entries, in order), each entry lists its own table entries.
 * @example widgetEntries(catalog.filter((s) => s.id === 'meta-pixel'))[0].cookies[0].name // '_fbp'
 */
export const widgetEntries = (services: readonly CatalogSource[], net: readonly string[] = []): CatalogEntry[] =>
  services.map(({ id, name, provider, category, purpose, policyUrl, cookies }) => {
    const entries = net.flatMap((service, i) => (service === id ? [i] : []));
    return {
      id,
      name,
      provider,
      category,
      purpose,
      ...(policyUrl ? { policyUrl } : {}),
      cookies: cookies.map(({ name, duration, purpose }) => ({ name, duration, purpose })),
      ...(entries.length ? { net: entries } : {}),
    };
  });

/**
 * The catalog id of the safety net's table entry `entry`, from the entries at hand.
 * @example serviceOfEntry(catalogServices, 12) // 'microsoft-clarity'
 */
export const serviceOfEntry = (services: readonly CatalogEntry[], entry: number): string | undefined =>
  services.find((s) => s.net?.includes(entry))?.id;
