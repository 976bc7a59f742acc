import { parseDuration } from './duration.js';
import type { CatalogCookie, CatalogService } from './types.js';

/**
 * A cookie entry, its duration written as words and read at once (a duration it cannot
 * read throws): `cookie('_ga', '2 years', 'Tells visitors apart')`.
 */
export const cookie = (name: string, duration: string, purpose: string, domain?: string): CatalogCookie => ({
  name,
  duration: parseDuration(duration),
  purpose,
  ...(domain ? { domain } : {}),
});
type Entry = Omit<CatalogService, 'cookies' | 'hosts' | 'scripts'> & Partial<CatalogService>;

/** A catalog entry with empty cookie, host and script lists where it gives none. */
export const service = (entry: Entry): CatalogService => ({ cookies: [], hosts: [], scripts: [], ...entry });

export const google = { provider: 'Google LLC', policyUrl: 'https://policies.google.com/privacy' } as const;
export const microsoft = {
  provider: 'Microsoft Corporation',
  policyUrl: 'https://privacy.microsoft.com/privacystatement',
} as const;
export const cloudflare = {
  provider: 'Cloudflare, Inc.',
  policyUrl: 'https://www.cloudflare.com/privacypolicy/',
} as const;
export const adobe = { provider: 'Adobe Inc.', policyUrl: 'https://www.adobe.com/privacy/policy.html' } as const;
export const meta = {
  provider: 'Meta Platforms, Inc.',
  policyUrl: 'https://www.facebook.com/privacy/policy/',
} as const;
