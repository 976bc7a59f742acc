import type { ConsentryConfig } from '../types.js';

/** Script-tag data attributes and the config key each one sets (SPEC §1). */
const attributeKeys = {
  'data-policy-url': 'policyUrl',
  'data-cookie-policy-url': 'cookiePolicyUrl',
  'data-revision': 'revision',
  'data-lang': 'lang',
  'data-mode': 'mode',
  'data-ga-id': 'gaId',
  'data-log-endpoint': 'logEndpoint',
  'data-cookie-domain': 'cookieDomain',
  'data-region': 'region',
} as const satisfies Record<string, keyof ConsentryConfig>;

/**
 * Reads the config keys set as data attributes on the script tag; values stay strings.
 * @example readAttributes(document.currentScript) // { policyUrl: '/privacy' }
 */
export function readAttributes(el: Element | null): Record<string, string> {
  const out: Record<string, string> = {};
  if (!el) return out;
  for (const [attr, key] of Object.entries(attributeKeys)) {
    const value = el.getAttribute(attr);
    if (value !== null) out[key] = value;
  }
  return out;
}
