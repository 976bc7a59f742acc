import type { CategoryConfig, ConsentryConfig, CookieDeclaration } from './schema.js';

// Size trick: the gate needs only the cookie names (to delete them on revoke); the view
// fills in providers, purposes and durations from ui/service-details.ts.
const cookies = (names: string): CookieDeclaration[] => names.split(' ').map((name) => ({ name }));

/**
 * Built-in categories in display order; their ids are stable (SPEC §2). Each gets no
 * services and no sale or sharing unless it says otherwise.
 */
export const builtInCategories: readonly (CategoryConfig & { id: string })[] = [
  { id: 'necessary' },
  { id: 'preferences' },
  { id: 'analytics', services: [{ name: 'Google Analytics', cookies: cookies('_ga _ga_* _gid _gat*') }] },
  {
    id: 'advertising',
    saleOrShare: true,
    services: [
      { name: 'Google Ads', cookies: cookies('_gcl_*') },
      { name: 'Meta Pixel', cookies: cookies('_fbp _fbc') },
    ],
  },
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
  reloadOnRevoke: true,
  honorGPC: true,
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
