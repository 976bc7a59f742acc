import { serviceById } from 'consentry-catalog';
import type { CookieFinding, Inventory, PageReport, RequestFinding, ServiceFinding, StorageFinding } from '../types.js';

/** Categories in the order the widget shows them; those a site adds follow. */
export const categoryOrder = ['necessary', 'preferences', 'analytics', 'advertising', 'social'];

const push = <T>(list: T[], value: T | null | undefined) => {
  if (value != null && !list.includes(value)) list.push(value);
};

/** What a first-party URL held by `data-consent` is called when no service claims it. */
const heldName = (r: RequestFinding) =>
  r.type === 'document' ? `Embedded page ${r.name}` : r.type === 'script' ? `Script ${r.name}` : r.name;

/**
 * The site's cookie and service inventory across all pages: each service found, with its
 * cookies (by the catalog's pattern), hosts, the site's scripts that are it, the pages it
 * was on, its leaks and the tags of it that Consentry's safety net caught; and what nothing
 * could classify.
 */
export function buildInventory(pages: readonly PageReport[]): Inventory {
  const services = new Map<string, ServiceFinding>();
  const unknownCookies = new Map<string, CookieFinding>();
  const unknownRequests = new Map<string, RequestFinding>();
  const unknownStorage = new Map<string, StorageFinding>();
  // The site's own scripts and frames that set a service's cookies are that service.
  const scriptOwner = new Map<string, string>();

  const serviceFor = (
    key: string,
    fields: Pick<ServiceFinding, 'name' | 'category' | 'classifiedBy'> & { id?: string },
  ): ServiceFinding => {
    let found = services.get(key);
    if (!found) {
      const entry = fields.id ? serviceById(fields.id) : undefined;
      found = {
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
    }
    return found;
  };

  for (const page of pages) {
    for (const cookie of page.cookies) {
      if (cookie.category === 'unknown') {
        unknownCookies.set(`${cookie.name}|${cookie.domain}`, cookie);
        continue;
      }
      // A cookie classified by the data-consent of the script that set it belongs to that script.
      const name = cookie.service ?? `Script ${cookie.setBy}`;
      const key = cookie.serviceId ?? `${cookie.category}|${name}`;
      const service = serviceFor(key, {
        id: cookie.serviceId,
        name,
        category: cookie.category,
        classifiedBy: cookie.classifiedBy,
      });
      push(service.pages, page.url);
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
      if (cookie.setBy && !cookie.thirdParty && cookie.setBy.startsWith('/')) scriptOwner.set(cookie.setBy, key);
    }
  }

  for (const page of pages) {
    for (const request of page.requests) {
      const owner = request.service ? undefined : scriptOwner.get(request.name);
      if (!request.service && !owner && request.classifiedBy !== 'markup') {
        const known = unknownRequests.get(request.name);
        if (known) known.count += request.count;
        else unknownRequests.set(request.name, { ...request });
        continue;
      }
      const key = owner ?? request.serviceId ?? `${request.category}|${request.service ?? heldName(request)}`;
      const service =
        services.get(key) ??
        serviceFor(key, {
          id: request.serviceId,
          name: request.service ?? heldName(request),
          category: request.category,
          classifiedBy: request.classifiedBy,
        });
      push(service.pages, page.url);
      if (request.thirdParty) push(service.hosts, request.host);
      else push(service.scripts, request.name);
    }
    for (const item of page.storage) {
      if (!item.service) {
        unknownStorage.set(`${item.area}|${item.key}`, item);
        continue;
      }
      const service = [...services.values()].find((s) => s.name === item.service);
      if (service) push(service.storage, item.key);
    }
    // A tag the safety net held is the service's too, even when no visit requested it.
    for (const c of page.caught) {
      const service = serviceFor(c.serviceId ?? `${c.category}|${c.service ?? c.url}`, {
        id: c.serviceId,
        name: c.service ?? c.url,
        category: c.category,
        classifiedBy: 'catalog',
      });
      push(service.pages, page.url);
      push(service.caught, c.markup);
    }
    for (const leak of page.leaks) {
      const service = [...services.values()].find(
        (s) => (leak.serviceId && s.id === leak.serviceId) || (leak.service && s.name === leak.service),
      );
      if (service) service.leaks++;
    }
  }

  const ids = [...new Set([...categoryOrder, ...[...services.values()].map((s) => s.category)])];
  return {
    categories: ids
      .map((id) => ({ id, services: [...services.values()].filter((s) => s.category === id) }))
      .filter((c) => c.services.length > 0),
    unknown: {
      cookies: [...unknownCookies.values()],
      requests: [...unknownRequests.values()],
      storage: [...unknownStorage.values()],
    },
  };
}
