import type { Category, CookieDeclaration, Service } from '../types.js';

interface Details {
  provider: string;
  purpose: string;
  policyUrl: string;
  cookies: Record<string, Omit<CookieDeclaration, 'name'>>;
}

const google = 'https://policies.google.com/privacy';

/** What the built-in services are, for the tables; the gate knows only their cookie names. */
const known: Record<string, Details> = {
  'Google Analytics': {
    provider: 'Google LLC',
    purpose: 'Visit statistics',
    policyUrl: google,
    cookies: {
      _ga: { duration: '2 years', purpose: 'Tells visitors apart' },
      '_ga_*': { duration: '2 years', purpose: 'Keeps session state' },
      _gid: { duration: '24 hours', purpose: 'Tells visitors apart' },
      '_gat*': { duration: '1 minute', purpose: 'Limits the request rate' },
    },
  },
  'Google Ads': {
    provider: 'Google LLC',
    purpose: 'Ad conversion measurement',
    policyUrl: google,
    cookies: { '_gcl_*': { duration: '90 days', purpose: 'Links ad clicks to visits' } },
  },
  'Meta Pixel': {
    provider: 'Meta Platforms, Inc.',
    purpose: 'Ad targeting and measurement',
    policyUrl: 'https://www.facebook.com/privacy/policy/',
    cookies: {
      _fbp: { duration: '90 days', purpose: 'Tells browsers apart for ads' },
      _fbc: { duration: '90 days', purpose: 'Stores the last ad click' },
    },
  },
};

/**
 * A service with what is known about it filled in where the config left it out; what
 * the config says always wins.
 * @example withDetails({ name: 'Google Analytics', cookies: [{ name: '_ga' }] }).provider // 'Google LLC'
 */
export function withDetails(service: Service): Service {
  const d = known[service.name];
  if (!d) return service;
  return {
    provider: d.provider,
    purpose: d.purpose,
    policyUrl: d.policyUrl,
    ...service,
    cookies: service.cookies?.map((c) => ({ ...d.cookies[c.name], ...c })),
  };
}

/** The categories with their services' details filled in. */
export const describeServices = (categories: readonly Category[]): Category[] =>
  categories.map((c) => ({ ...c, services: c.services.map(withDetails) }));
