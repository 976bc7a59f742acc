import {
  type CatalogService,
  durationText,
  matchCookie,
  matchCookieDomain,
  matchStorage,
  matchUrl,
  serviceById,
} from 'consentry-catalog';
import type { Category, ClassifiedBy } from './types.js';
import type { HeldElement } from './visit.js';

/** Who a cookie, request or key belongs to, as far as the scanner can tell. */
export interface ServiceRef {
  id?: string;
  name: string;
  provider?: string;
  purpose?: string;
  policyUrl?: string;
  note?: string;
}

export interface Classification {
  category: Category;
  service: ServiceRef | null;
  classifiedBy: ClassifiedBy;
  /** For a cookie the catalog knows: the pattern it matched, its lifetime and purpose. */
  pattern?: string;
  duration?: string;
  purpose?: string;
  /** The category the site's config gives it, when that differs from the catalog's. */
  declaredCategory?: string;
}

/** A service the site's `window.consentryConfig` declares (SPEC §2). */
export interface DeclaredService extends ServiceRef {
  category: string;
  cookies: { name: string; duration?: string; purpose?: string }[];
  /** Named by its catalog id: in the top-level `services` (`'services'`) or among a category's services (`'category'`). */
  byId?: 'services' | 'category';
}

const refOf = ({ id, name, provider, purpose, policyUrl, note }: CatalogService): ServiceRef => ({
  id,
  name,
  provider,
  purpose,
  policyUrl,
  ...(note ? { note } : {}),
});

const unknown: Classification = { category: 'unknown', service: null, classifiedBy: 'unknown' };

/** A catalog service a config names by id, as the widget places it (SPEC §2). */
const byId = (id: unknown, category: string | undefined, how: 'services' | 'category'): DeclaredService[] => {
  const entry = typeof id === 'string' ? serviceById(id) : undefined;
  if (!entry) return [];
  const cookies = entry.cookies.map((c) => ({ name: c.name, duration: durationText(c.duration), purpose: c.purpose }));
  return [{ ...refOf(entry), category: category ?? entry.category, cookies, byId: how }];
};

/**
 * The services a config declares, as the widget reads them (SPEC §2): those described in
 * full per category, and the catalog's entries it names by id (an id a category lists is
 * placed there, not in its catalog category).
 */
export function declaredServices(config: Record<string, unknown> | null): DeclaredService[] {
  const raw = config?.categories;
  const categories =
    raw && typeof raw === 'object' ? Object.entries(raw as Record<string, { services?: unknown }>) : [];
  const listed = categories.flatMap(([category, entry]) =>
    Array.isArray(entry?.services)
      ? entry.services.flatMap((s) =>
          typeof s === 'string'
            ? byId(s, category, 'category')
            : typeof s?.name === 'string'
              ? [{ ...s, category, cookies: Array.isArray(s.cookies) ? s.cookies : [] } as DeclaredService]
              : [],
        )
      : [],
  );
  const placed = new Set(listed.map((s) => s.id).filter(Boolean));
  const named = Array.isArray(config?.services)
    ? [...new Set(config.services)].filter((id) => !placed.has(id)).flatMap((id) => byId(id, undefined, 'services'))
    : [];
  return [...named, ...listed];
}

/** Whether a declared cookie name covers `name`: exact, or a prefix when it ends in `*` (SPEC §2). */
export const declares = (pattern: string, name: string) =>
  pattern.endsWith('*') ? name.startsWith(pattern.slice(0, -1)) : pattern === name;

/** The strictest category an element's `data-consent` names (space separated, all must be granted). */
const heldCategory = (consent: string) => {
  const ids = consent.split(/\s+/).filter(Boolean);
  return ids.find((id) => id !== 'necessary') ?? ids[0] ?? 'unknown';
};

/** A cookie the catalog knows, and the category the site's config gives it when that differs. */
const byCatalogCookie = (
  found: NonNullable<ReturnType<typeof matchCookie>>,
  declared: DeclaredService | undefined,
): Classification => ({
  category: found.service.category,
  service: refOf(found.service),
  classifiedBy: 'catalog',
  pattern: found.cookie.name,
  duration: durationText(found.cookie.duration),
  purpose: found.cookie.purpose,
  ...(declared && declared.category !== found.service.category ? { declaredCategory: declared.category } : {}),
});

/** A cookie only the site's config declares, as the config describes it. */
const byDeclaredCookie = (
  { name, provider, purpose, policyUrl, category }: DeclaredService,
  cookie: DeclaredService['cookies'][number],
): Classification => ({
  category,
  service: { name, provider, purpose, policyUrl },
  classifiedBy: 'config',
  pattern: cookie.name,
  duration: cookie.duration,
  purpose: cookie.purpose,
});

/**
 * Classifies what a page set and loaded: by the catalog first (facts about the service),
 * then by what the site itself says (its config, its `data-consent` markup), else
 * `unknown`. Nothing is ever guessed necessary.
 */
export function createClassifier(config: Record<string, unknown> | null, held: readonly HeldElement[]) {
  const declared = declaredServices(config);
  const declaredCookie = (name: string) => {
    for (const service of declared) {
      const cookie = service.cookies.find((c) => typeof c?.name === 'string' && declares(c.name, name));
      if (cookie) return { service, cookie };
    }
    return undefined;
  };
  const heldByUrl = new Map(held.filter((h) => h.url).map((h) => [h.url as string, h]));
  function request(url: string): Classification {
    const service = matchUrl(url);
    const element = heldByUrl.get(url);
    const markup = element ? heldCategory(element.consent) : undefined;
    if (service) {
      return {
        category: service.category,
        service: refOf(service),
        classifiedBy: 'catalog',
        ...(markup && markup !== service.category ? { declaredCategory: markup } : {}),
      };
    }
    if (markup) return { category: markup, service: null, classifiedBy: 'markup' };
    return unknown;
  }

  /**
   * A cookie by its name and domain; `setter` is the script or response URL that set it,
   * and `thirdParty` whether its domain is another site than the page's.
   */
  function cookie(name: string, domain: string, setter: string | null, thirdParty: boolean): Classification {
    const found = matchCookie(name, domain);
    const site = declaredCookie(name);
    if (found) return byCatalogCookie(found, site?.service);
    if (site) return byDeclaredCookie(site.service, site.cookie);
    const owner = thirdParty ? matchCookieDomain(domain) : undefined;
    if (owner) return { category: owner.category, service: refOf(owner), classifiedBy: 'catalog-domain' };
    if (setter) {
      const byUrl = request(setter);
      if (byUrl.classifiedBy !== 'unknown') return { ...byUrl, classifiedBy: byUrl.service ? 'setter' : 'markup' };
    }
    return unknown;
  }

  function storage(key: string): Classification {
    const service = matchStorage(key);
    return service ? { category: service.category, service: refOf(service), classifiedBy: 'catalog' } : unknown;
  }

  return { request, cookie, storage, declared };
}

export type Classifier = ReturnType<typeof createClassifier>;
