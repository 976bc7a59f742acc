/**
 * Services by name (SPEC §2): the config's top-level `services` and the catalog ids among
 * `categories.<id>.services`, checked against the catalog and turned into the services each
 * category declares. The catalog comes from `consentry-services.js` (the script tag loads it
 * only for a config that names ids) or, in the npm module, from the bundle.
 */
import type { CatalogEntry, Duration } from './catalog.js';
import type { CategoryConfig, ConsentryConfig, CookieDeclaration, Service } from './schema.js';

/** A cookie a category declares: a config's, its duration text, or a catalog's, its duration data. */
export interface DeclaredCookie extends Omit<CookieDeclaration, 'duration'> {
  /** As the config writes it (`'13 months'`), or the catalog's data (`{ value: 13, unit: 'month' }`). */
  duration?: string | Duration;
}

/** A service a category declares: one the config describes, or a catalog entry named by `id`. */
export interface DeclaredService extends Omit<Service, 'cookies'> {
  /** The catalog id, for a service from the catalog. */
  id?: string;
  cookies?: DeclaredCookie[];
}

/**
 * A catalog entry as a category declares it: name, provider, purpose, policy link, cookies
 * and its id.
 * @example fromCatalog(entry).cookies?.[0] // { name: '_ga', duration: { value: 2, unit: 'year' }, purpose: '…' }
 */
export const fromCatalog = ({ id, name, provider, purpose, policyUrl, cookies }: CatalogEntry): DeclaredService => ({
  id,
  name,
  provider,
  purpose,
  ...(policyUrl ? { policyUrl } : {}),
  cookies: cookies.map((c) => ({ ...c })),
});

/** The services named by id, per category, and what was wrong with the names. */
export interface NamedServices {
  /** The config's `services` the catalog knows, each once, in order. */
  ids: string[];
  /** Per category id, the services the config gives it, from the catalog or described in full. */
  lists: Map<string, DeclaredService[]>;
  /** `services` is set: a category the config gives no services declares none (no built-in ones). */
  replacesBuiltIns: boolean;
  errors: string[];
}

/**
 * Checks every catalog id a config names and places each service: a category that lists an
 * id gets it, any other id joins its catalog category; explicit services add to them. An
 * unknown id is an error naming its key and the id (the engine then fails closed, SPEC §1).
 * @example nameServices({ services: ['hotjar'] }, catalog).lists.get('analytics')?.[0].name // 'Hotjar'
 */
export function nameServices(config: ConsentryConfig, catalog: readonly CatalogEntry[] | undefined): NamedServices {
  const known = new Map((catalog ?? []).map((entry) => [entry.id, entry]));
  const errors: string[] = [];
  const missing: string[] = [];
  const find = (id: string, path: string) => {
    const entry = known.get(id);
    if (!entry && catalog)
      errors.push(`${path} must be an id from Consentry's catalog (catalog/README.md), not '${id}'.`);
    if (!entry && !catalog) missing.push(`${path} '${id}'`);
    return entry;
  };
  const named = (config.services ?? []).flatMap((id, i) => find(id, `services[${i}]`) ?? []);
  const categories: Record<string, CategoryConfig> = config.categories ?? {};
  // An id a category lists is placed there, not (also) in its catalog category.
  const placed = new Set(Object.values(categories).flatMap((c) => c.services ?? []));

  const lists = new Map<string, DeclaredService[]>();
  const add = (category: string, service: DeclaredService) => {
    const list = lists.get(category) ?? [];
    if (!service.id || !list.some((s) => s.id === service.id)) list.push(service);
    lists.set(category, list);
  };
  for (const entry of named) if (!placed.has(entry.id)) add(entry.category, fromCatalog(entry));
  for (const [category, { services }] of Object.entries(categories)) {
    if (!services) continue;
    if (!lists.has(category)) lists.set(category, []);
    services.forEach((s, i) => {
      const entry = typeof s === 'string' ? find(s, `categories.${category}.services[${i}]`) : undefined;
      if (typeof s !== 'string') add(category, s);
      else if (entry) add(category, fromCatalog(entry));
    });
  }
  if (missing.length)
    errors.push(
      `${missing.join(', ')}: Consentry's service catalog (consentry-services.js) did not load, so no id can be checked.`,
    );
  return { ids: [...new Set(named.map((e) => e.id))], lists, replacesBuiltIns: config.services !== undefined, errors };
}
