import { saleOrShareByDefault } from '../consent/choices.js';
import type { CatalogEntry } from './catalog.js';
import type { CategoryConfig, ConsentryConfig } from './schema.js';
import { type DeclaredService, fromCatalog } from './services.js';

/**
 * The built-in declarations (SPEC §2): Google Analytics, Google Ads and the Meta pixel, as
 * the catalog has them, written in by the build (vite.config.ts, `builtInServiceIds`). The
 * engine needs their cookie names from the start, to delete them on revoke.
 */
declare const __CONSENTRY_BUILTIN_SERVICES__: CatalogEntry[];
/** The catalog entries of the built-in declarations. */
export const builtInServices: readonly CatalogEntry[] = __CONSENTRY_BUILTIN_SERVICES__;
const declared = (category: string) => builtInServices.filter((s) => s.category === category).map(fromCatalog);

/** A built-in category: its id, and what it declares without a config. */
export interface BuiltInCategory extends Omit<CategoryConfig, 'services'> {
  id: string;
  services?: DeclaredService[];
}

/**
 * Built-in categories in display order; their ids are stable (SPEC §2). Each gets no
 * services and no sale or sharing unless it says otherwise.
 */
export const builtInCategories: readonly BuiltInCategory[] = [
  { id: 'necessary' },
  { id: 'preferences' },
  { id: 'analytics', services: declared('analytics') },
  { id: saleOrShareByDefault, saleOrShare: true, services: declared('advertising') },
  { id: 'social' },
];

/**
 * What a config key that is absent, or fails its check, resolves to; keys that hold a
 * list or a map resolve to an empty one (./parse.ts).
 */
export const defaults = {
  revision: '1',
  mode: 'opt-in',
  expiresDays: 180,
  noticeDays: 30,
  reloadOnRevoke: true,
  honorGPC: true,
  autoHold: true,
  gpp: false,
  adsDataRedaction: false,
  urlPassthrough: false,
  floatingButton: 'bottom-left',
  theme: 'auto',
} as const satisfies ConsentryConfig;

/** The name of the first-party cookie that holds the choice (SPEC §7). */
export const cookieName = 'consentry';

/** Set while a receipt has yet to reach the history or the consent log (storage/records.ts). */
export const pendingCookie = 'consentry_pending';

/** Holds the revision whose notice the visitor dismissed (SPEC §5). */
export const noticeCookie = 'consentry_notice';
