/** Public types of Consentry: configuration, receipts and the console API. */

/** A category id: the built-in ones, or any added by the config. */
export type CategoryId = 'necessary' | 'preferences' | 'analytics' | 'advertising' | 'social' | (string & {});

/** Whether each category is granted: `{ analytics: true, advertising: false, … }`. */
export type Choices = Record<string, boolean>;

/** How a decision was made. */
export type Method = 'banner' | 'preferences' | 'api' | 'signal';

/** The legal model the banner follows. */
export type Mode = 'opt-in' | 'opt-out' | 'auto';

/** One cookie a service sets; `name` may end in `*` to mean a prefix. */
export interface CookieDeclaration {
  name: string;
  duration?: string;
  purpose?: string;
}

/** A service (a vendor's tag) that a category covers. */
export interface Service {
  name: string;
  provider?: string;
  purpose?: string;
  policyUrl?: string;
  cookies?: CookieDeclaration[];
}

/** A category entry in the config; it merges over the built-in one of the same id. */
export interface CategoryConfig {
  label?: string;
  description?: string;
  services?: Service[];
  /** Counts as sale or sharing under US state law: Global Privacy Control opts it out. */
  saleOrShare?: boolean;
}

/** The site's contact for privacy requests, shown in the preferences. */
export interface PrivacyContact {
  email?: string;
  phone?: string;
  address?: string;
  url?: string;
}

/**
 * What a webmaster may configure, through `window.consentryConfig`, data attributes
 * of the script tag, or `createConsentry(config)`.
 * @example createConsentry({ policyUrl: '/privacy', revision: 2 })
 */
export interface ConsentryConfig {
  policyUrl?: string;
  cookiePolicyUrl?: string;
  /** Bump it to ask everyone again: a stored choice from another revision counts as none. */
  revision?: string | number;
  lang?: string;
  mode?: Mode;
  /** ISO 3166 code of the visitor's region (`US-CO`, `FR`), used by `mode: 'auto'`. */
  region?: string;
  /** A GA4 measurement id: Consentry loads gtag.js itself once `analytics` is granted. */
  gaId?: string;
  /** Receives every receipt as JSON (a same-origin `fetch` with `keepalive`; `sendBeacon` as the fallback): the records server's `/consent/receipts`. */
  logEndpoint?: string;
  cookieDomain?: string;
  /** Days a choice stays valid: default 180, at most 395. */
  expiresDays?: number;
  reloadOnRevoke?: boolean;
  honorGPC?: boolean;
  sensitivePaths?: string[];
  limitUseUrl?: string;
  contact?: PrivacyContact;
  floatingButton?: boolean | 'bottom-left' | 'bottom-right';
  /** Light or dark widget; `auto` follows the visitor's `prefers-color-scheme`. */
  theme?: 'auto' | 'light' | 'dark';
  categories?: Record<string, CategoryConfig>;
  /** Overrides of any interface string, per language: `{ es: { acceptAll: 'Aceptar' } }`. */
  translations?: Record<string, Record<string, string>>;
}

/** A category after defaults and config are merged. */
export interface Category {
  id: string;
  label?: string;
  description?: string;
  services: Service[];
  saleOrShare: boolean;
}

/** The configuration in force: every key present, every value checked. */
export interface ResolvedConfig {
  policyUrl?: string;
  cookiePolicyUrl?: string;
  revision: string;
  lang?: string;
  mode: Mode;
  region?: string;
  gaId?: string;
  logEndpoint?: string;
  cookieDomain?: string;
  expiresDays: number;
  reloadOnRevoke: boolean;
  honorGPC: boolean;
  sensitivePaths: string[];
  limitUseUrl?: string;
  contact?: PrivacyContact;
  floatingButton: false | 'bottom-left' | 'bottom-right';
  theme: 'auto' | 'light' | 'dark';
  categories: Category[];
  translations: Record<string, Record<string, string>>;
}

/** The record of one decision, kept in the visitor's history and sent to `logEndpoint`. */
export interface Receipt {
  id: string;
  /** ISO 8601 */
  timestamp: string;
  revision: string;
  choices: Choices;
  method: Method;
  gpc: boolean;
}

/** What `Consentry.status()` returns. */
export interface Status {
  consentId: string | null;
  revision: string;
  decidedAt: string | null;
  expiresAt: string | null;
  mode: 'opt-in' | 'opt-out';
  gpc: boolean;
  sensitivePage: boolean;
  configErrors: string[];
  categories: Choices;
  held: { element: string; categories: string[]; state: HeldState }[];
  consentMode: Record<string, 'granted' | 'denied'>;
  undeclaredCookies: string[];
}

/** A held element's state; `unheld` marks a markup slip that let a tag run unguarded. */
export type HeldState = 'held' | 'loaded' | 'unheld';

export type ConsentryEventName = 'change' | 'ready';

/** `window.Consentry`: the console and page API. */
export interface ConsentryApi {
  /** `{ [category]: boolean }` for every category. */
  get(): Choices;
  has(id: CategoryId): boolean;
  acceptAll(): void;
  rejectAll(): void;
  set(choices: Partial<Choices>): void;
  showBanner(): void;
  showPreferences(): void;
  hide(): void;
  reset(): void;
  on(event: ConsentryEventName, fn: (choices: Choices) => void): () => void;
  status(): Status;
  history(): Promise<Receipt[]>;
  readonly version: string;
}
