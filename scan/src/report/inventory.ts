import { serviceById } from 'consentry-catalog';
import type {
  CaughtFinding,
  CookieFinding,
  Inventory,
  PageReport,
  RequestFinding,
  ServiceFinding,
  StorageFinding,
} from '../types.js';
import { categoryOrder } from './categories.js';

const push = <T>(list: T[], value: T | null | undefined) => {
  if (value != null && !list.includes(value)) list.push(value);
};

/** What a first-party URL held by `data-consent` is called when no service claims it. */
const heldName = (r: RequestFinding) =>
  r.type === 'document' ? `Embedded page ${r.name}` : r.type === 'script' ? `Script ${r.name}` : r.name;

/** The inventory as it is built: the services found by key, what nothing classified, and who owns which script. */
interface Tally {
  services: Map<string, ServiceFinding>;
  unknownCookies: Map<string, CookieFinding>;
  unknownRequests: Map<string, RequestFinding>;
  unknownStorage: Map<string, StorageFinding>;
  /** The site's own scripts and frames that set a service's cookies are that service. */
  scriptOwner: Map<string, string>;
}

/**
 * The site's cookie and service inventory across all pages: each service found, with its
 * cookies (by the catalog's pattern), hosts, the site's scripts that are it, the pages it
 * was on, its leaks and the tags of it that Consentry's safety net caught; and what nothing
 * could classify.
 */
export function buildInventory(pages: readonly PageReport[]): Inventory {
  const tally: Tally = {
    services: new Map(),
    unknownCookies: new Map(),
    unknownRequests: new Map(),
    unknownStorage: new Map(),
    scriptOwner: new Map(),
  };
  // Every page's cookies first: they tell which of the site's scripts belong to which service.
  for (const page of pages) for (const cookie of page.cookies) addCookie(tally, page.url, cookie);
  for (const page of pages) {
    for (const request of page.requests) addRequest(tally, page.url, request);
    for (const item of page.storage) addStorage(tally, item);
    // A tag the safety net held is the service's too, even when no visit requested it.
    for (const c of page.caught) addCaught(tally, page.url, c);
    for (const leak of page.leaks) {
      const service = [...tally.services.values()].find(
        (s) => (leak.serviceId && s.id === leak.serviceId) || (leak.service && s.name === leak.service),
      );
      if (service) service.leaks++;
    }
  }
  const services = [...tally.services.values()];
  const ids = [...new Set([...categoryOrder, ...services.map((s) => s.category)])];
  return {
    categories: ids
      .map((id) => ({ id, services: services.filter((s) => s.category === id) }))
      .filter((c) => c.services.length > 0),
    unknown: {
      cookies: [...tally.unknownCookies.values()],
      requests: [...tally.unknownRequests.values()],
      storage: [...tally.unknownStorage.values()],
    },
  };
}

/** The service found under `key`, added with the catalog's facts about it the first time. */
function serviceFor(
  { services }: Tally,
  key: string,
  fields: Pick<ServiceFinding, 'name' | 'category' | 'classifiedBy'> & { id?: string },
): ServiceFinding {
  const known = services.get(key);
  if (known) return known;
  const entry = fields.id ? serviceById(fields.id) : undefined;
  const found: ServiceFinding = {
    ...(fields.id ? { id: fields.id } : {}),
    name: fields.name,
    category: fields.category,
    classifiedBy: fields.classifiedBy,
    ...(entry
      ? {
          provider: entry.provider,
          purpose: entry.purpose,
          ...(entry.policyUrl ? { policyUrl: entry.policyUrl } : {}),
          ...(entry.note ? { note: entry.note } : {}),
        }
      : {}),
    cookies: [],
    hosts: [],
    scripts: [],
    storage: [],
    pages: [],
    leaks: 0,
    caught: [],
  };
  services.set(key, found);
  return found;
}

/** A cookie joins its service, under the catalog's pattern it matched; or what nothing classified. */
function addCookie(tally: Tally, page: string, cookie: CookieFinding) {
  if (cookie.category === 'unknown') {
    tally.unknownCookies.set(`${cookie.name}|${cookie.domain}`, cookie);
    return;
  }
  // A cookie classified by the data-consent of the script that set it belongs to that script.
  const name = cookie.service ?? `Script ${cookie.setBy}`;
  const key = cookie.serviceId ?? `${cookie.category}|${name}`;
  const service = serviceFor(tally, key, {
    id: cookie.serviceId,
    name,
    category: cookie.category,
    classifiedBy: cookie.classifiedBy,
  });
  push(service.pages, page);
  const pattern = cookie.pattern ?? cookie.name;
  let entry = service.cookies.find((c) => c.name === pattern && c.domain === cookie.domain);
  if (!entry) {
    entry = {
      name: pattern,
      domain: cookie.domain,
      lifetime: cookie.lifetime,
      ...(cookie.duration ? { duration: cookie.duration } : {}),
      ...(cookie.purpose ? { purpose: cookie.purpose } : {}),
      seen: [],
      setBy: [],
    };
    service.cookies.push(entry);
  }
  push(entry.seen, cookie.name);
  push(entry.setBy, cookie.setBy);
  if (cookie.setBy && !cookie.thirdParty && cookie.setBy.startsWith('/')) tally.scriptOwner.set(cookie.setBy, key);
}

/** A request joins its service (by the catalog, the markup, or the cookies its script sets); or what nothing classified. */
function addRequest(tally: Tally, page: string, request: RequestFinding) {
  const owner = request.service ? undefined : tally.scriptOwner.get(request.name);
  if (!request.service && !owner && request.classifiedBy !== 'markup') {
    const known = tally.unknownRequests.get(request.name);
    if (known) known.count += request.count;
    else tally.unknownRequests.set(request.name, { ...request });
    return;
  }
  const key = owner ?? request.serviceId ?? `${request.category}|${request.service ?? heldName(request)}`;
  const service = serviceFor(tally, key, {
    id: request.serviceId,
    name: request.service ?? heldName(request),
    category: request.category,
    classifiedBy: request.classifiedBy,
  });
  push(service.pages, page);
  if (request.thirdParty) push(service.hosts, request.host);
  else push(service.scripts, request.name);
}

/** A storage key joins the service of its name, if one was found; or what nothing classified. */
function addStorage(tally: Tally, item: StorageFinding) {
  if (!item.service) {
    tally.unknownStorage.set(`${item.area}|${item.key}`, item);
    return;
  }
  const service = [...tally.services.values()].find((s) => s.name === item.service);
  if (service) push(service.storage, item.key);
}

/** A tag the safety net caught joins its service, with the markup that would hold it. */
function addCaught(tally: Tally, page: string, c: CaughtFinding) {
  const service = serviceFor(tally, c.serviceId ?? `${c.category}|${c.service ?? c.url}`, {
    id: c.serviceId,
    name: c.service ?? c.url,
    category: c.category,
    classifiedBy: 'catalog',
  });
  push(service.pages, page);
  push(service.caught, c.markup);
}
