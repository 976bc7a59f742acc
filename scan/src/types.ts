import type { ChoiceMethod, VisitKind } from './visit.js';

export type { ChoiceMethod, VisitKind } from './visit.js';

/** A category id: a built-in one, one the site's config adds, or `unknown` when nothing classifies it. */
export type Category = string;

/** How a cookie, request or storage key was classified, from most to least trusted. */
export type ClassifiedBy =
  /** the service catalog, by cookie name, URL or storage key */
  | 'catalog'
  /** the catalog, by the third-party domain the cookie was set on */
  | 'catalog-domain'
  /** the script or response that set it belongs to a catalog service */
  | 'setter'
  /** the site's own `window.consentryConfig` declares it */
  | 'config'
  /** the element that loaded it carries `data-consent` */
  | 'markup'
  | 'unknown';

/** What kind of thing caused a request or a cookie. */
export type CauseKind =
  | 'html'
  /** fetched by the browser's preload scanner: a tag in the HTML that Consentry's safety net kept from running */
  | 'preload'
  | 'script'
  | 'inline-script'
  | 'stylesheet'
  | 'released'
  | 'iframe-content'
  | 'response'
  | 'browser'
  | 'unknown';

/** Why a request was made or a cookie set, in words and in parts. */
export interface Cause {
  kind: CauseKind;
  text: string;
  /** The script (URL) or the element (start tag) responsible, and the line in its file. */
  script?: string;
  element?: string;
  line?: number;
  /** For `iframe-content`: the third-party frame it happened in. */
  frame?: string;
}

/** A tracker request or a non-necessary cookie before any choice or after Reject all (SPEC §10). */
export interface Leak {
  visit: 'first' | 'reject';
  kind: 'cookie' | 'request';
  /** The cookie's name, or the request's host and path. */
  name: string;
  cause: string;
  causeKind: CauseKind;
  category: Category;
  service: string | null;
  serviceId?: string;
  /** A request's full URL (the first seen), or a cookie's domain. */
  url?: string;
  domain?: string;
  script?: string;
  line?: number;
  element?: string;
  /** How many requests this leak stands for (the same URL and cause, or an iframe's own loads). */
  count: number;
}

/**
 * An element Consentry's safety net caught (SPEC §3): a `<script>` or `<iframe>` of a
 * catalog service that nobody marked, held until its category is granted. Not a leak: a
 * script inserted it and it was never requested, or it is written in the HTML and never ran.
 * A request the browser made for it anyway (`requested`: its preload scanner fetched a
 * `<script src>` of the HTML) is a leak of its own, with the cause kind `preload`.
 */
export interface CaughtFinding {
  visit: VisitKind;
  /** As `Consentry.status()` names it: `<script> https://…`. */
  element: string;
  url: string;
  tag: 'script' | 'iframe';
  service: string | null;
  serviceId?: string;
  category: Category;
  /** `auto-held` until its category was granted, then `loaded` (after Accept all). */
  state: 'auto-held' | 'loaded';
  /** Written in the page's HTML, rather than inserted by a script. */
  inHtml: boolean;
  /** The browser requested it before any choice anyway (only markup stops a preload). */
  requested: boolean;
  /** The markup that holds it so that the browser never requests it. */
  markup: string;
}

/** A cookie one of the page's visits saw. */
export interface CookieFinding {
  name: string;
  domain: string;
  category: Category;
  service: string | null;
  serviceId?: string;
  classifiedBy: ClassifiedBy;
  /** The category the site's config gives it, when it differs from the catalog's. */
  declaredCategory?: string;
  /** The catalog's pattern it matched (`_ga_*`), its documented lifetime and purpose. */
  pattern?: string;
  duration?: string;
  purpose?: string;
  /** The lifetime it was set with, as seen. */
  lifetime: string;
  thirdParty: boolean;
  setBy: string | null;
  visits: VisitKind[];
}

/** A request to another site, or a first-party one that a service or `data-consent` claims. */
export interface RequestFinding {
  name: string;
  url: string;
  host: string;
  /** Chrome's resource type: `script`, `document` (an iframe), `image`, `fetch`, … */
  type: string;
  thirdParty: boolean;
  category: Category;
  service: string | null;
  serviceId?: string;
  classifiedBy: ClassifiedBy;
  cause: string;
  visits: VisitKind[];
  count: number;
}

export interface StorageFinding {
  area: 'local' | 'session';
  key: string;
  category: Category;
  service: string | null;
  visits: VisitKind[];
}

export interface PageReport {
  url: string;
  finalUrl: string;
  title: string;
  status: number | null;
  consentry: boolean;
  /** The visits made; without Consentry on the page, only the first. */
  visits: VisitKind[];
  choices: Partial<Record<'reject' | 'accept', ChoiceMethod>>;
  leaks: Leak[];
  /** What Consentry's safety net held, per visit: not leaks, but tags to mark. */
  caught: CaughtFinding[];
  cookies: CookieFinding[];
  requests: RequestFinding[];
  storage: StorageFinding[];
  error?: string;
}

/** A cookie of a service found on the site, as the inventory and the draft list it. */
export interface InventoryCookie {
  name: string;
  domain: string;
  /** The lifetime it was set with, as seen; and the vendor's documented one when the catalog has it. */
  lifetime: string;
  duration?: string;
  purpose?: string;
  seen: string[];
  setBy: string[];
}

/** A service the scan found on the site, with its evidence. */
export interface ServiceFinding {
  id?: string;
  name: string;
  provider?: string;
  category: Category;
  purpose?: string;
  policyUrl?: string;
  note?: string;
  classifiedBy: ClassifiedBy;
  cookies: InventoryCookie[];
  /** Hosts it was requested from (other sites) and the site's own scripts or frames that are it. */
  hosts: string[];
  scripts: string[];
  storage: string[];
  pages: string[];
  leaks: number;
  /** The markup that would hold each of its tags that Consentry's safety net caught. */
  caught: string[];
}

export interface Inventory {
  categories: { id: Category; services: ServiceFinding[] }[];
  unknown: { cookies: CookieFinding[]; requests: RequestFinding[]; storage: StorageFinding[] };
}

/** report.json (SPEC §10): `{ url, scannedAt, leakCount, pages: [{ url, leaks, cookies }] }` and more. */
export interface ScanReport {
  url: string;
  scannedAt: string;
  leakCount: number;
  tool: { name: 'consentry-scan'; version: string };
  durationMs: number;
  consentry: { found: boolean; version: string | null };
  summary: {
    pages: number;
    visits: number;
    leaks: { first: number; reject: number };
    /** Elements Consentry's safety net caught (each page's element once), and how many of them the browser fetched anyway. */
    caught: { elements: number; requested: number };
    cookies: number;
    services: number;
    unknown: number;
  };
  pages: PageReport[];
  inventory: Inventory;
  /** `window.consentryConfig` as the site's first page with one declared it (JSON-safe). */
  declaredConfig: Record<string, unknown> | null;
  /** A file in the output folder: the first page at first visit, banner and all. */
  screenshot: string | null;
  notes: string[];
}
