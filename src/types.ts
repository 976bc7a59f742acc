/** Public types of Consentry: configuration, receipts and the console API. */
import type { ConsentModeCheck } from './signals/consent-mode-check.js';
import type { PartnerSignals } from './signals/partners/index.js';

/** A category id: the built-in ones, or any added by the config. */
export type CategoryId = 'necessary' | 'preferences' | 'analytics' | 'advertising' | 'social' | (string & {});

export type { Choices } from './consent/choices.js';

import type { Choices } from './consent/choices.js';

export type { CatalogCookie, CatalogEntry, Duration, DurationUnit } from './config/catalog.js';
export type { Category, ResolvedConfig } from './config/parse.js';
export type {
  CategoryConfig,
  ConsentryConfig,
  CookieDeclaration,
  Mode,
  PrivacyContact,
  ResolvedMode,
  SensitiveDataKind,
  Service,
} from './config/schema.js';
export type { DeclaredCookie, DeclaredService } from './config/services.js';
export type { Method } from './consent/methods.js';

import type { ResolvedMode } from './config/schema.js';
import type { Method } from './consent/methods.js';

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
  mode: ResolvedMode;
  gpc: boolean;
  sensitivePage: boolean;
  configErrors: string[];
  categories: Choices;
  /** Each held element: marked with `data-consent`, or caught by the safety net (`auto-held`, with its catalog service). */
  held: { element: string; categories: string[]; state: HeldState; service?: string }[];
  consentMode: Record<string, 'granted' | 'denied'>;
  /** Whether the page's Consent Mode set-up works, as Google's Tag Assistant would check it. */
  consentModeCheck: ConsentModeCheck;
  undeclaredCookies: string[];
  /** The last value Consentry sent to each partner named in `services` (SPEC §5): `{ 'tiktok-pixel': 'revoke' }`. */
  partners: PartnerSignals;
}

export type { ConsentModeCheck } from './signals/consent-mode-check.js';
export type { PartnerSignals } from './signals/partners/index.js';

/**
 * A held element's state: `held` by its markup, `auto-held` by the safety net (SPEC §3),
 * `loaded` once released; `unheld` marks a markup slip that let a tag run unguarded.
 */
export type HeldState = 'held' | 'auto-held' | 'loaded' | 'unheld';

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
  /** Prints the report and resolves to it: its code loads the first time it is asked for (SPEC §8). */
  status(): Promise<Status>;
  history(): Promise<Receipt[]>;
  /** Stops Consentry on this page: its observers, tab sync, timers and listeners; the view closes. */
  destroy(): void;
  readonly version: string;
}
