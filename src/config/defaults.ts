import type { Category } from '../types.js';

/** Built-in categories in display order; their ids are stable (SPEC §2). */
export const builtInCategories: readonly Category[] = [
  { id: 'necessary', services: [], saleOrShare: false },
  { id: 'preferences', services: [], saleOrShare: false },
  {
    id: 'analytics',
    saleOrShare: false,
    services: [
      {
        name: 'Google Analytics',
        provider: 'Google LLC',
        purpose: 'Visit statistics',
        policyUrl: 'https://policies.google.com/privacy',
        cookies: [
          { name: '_ga', duration: '2 years', purpose: 'Tells visitors apart' },
          { name: '_ga_*', duration: '2 years', purpose: 'Keeps session state' },
          { name: '_gid', duration: '24 hours', purpose: 'Tells visitors apart' },
          { name: '_gat*', duration: '1 minute', purpose: 'Limits the request rate' },
        ],
      },
    ],
  },
  {
    id: 'advertising',
    saleOrShare: true,
    services: [
      {
        name: 'Google Ads',
        provider: 'Google LLC',
        purpose: 'Ad conversion measurement',
        policyUrl: 'https://policies.google.com/privacy',
        cookies: [{ name: '_gcl_*', duration: '90 days', purpose: 'Links ad clicks to visits' }],
      },
      {
        name: 'Meta Pixel',
        provider: 'Meta Platforms, Inc.',
        purpose: 'Ad targeting and measurement',
        policyUrl: 'https://www.facebook.com/privacy/policy/',
        cookies: [
          { name: '_fbp', duration: '90 days', purpose: 'Tells browsers apart for ads' },
          { name: '_fbc', duration: '90 days', purpose: 'Stores the last ad click' },
        ],
      },
    ],
  },
  { id: 'social', services: [], saleOrShare: false },
];

export const defaults = {
  revision: '1',
  mode: 'opt-in',
  expiresDays: 180,
  maxExpiresDays: 395,
  reloadOnRevoke: true,
  honorGPC: true,
  floatingButton: 'bottom-left',
} as const;

/** The name of the first-party cookie that holds the choice (SPEC §7). */
export const cookieName = 'consentry';
