import type { ConsentryConfig } from '../types.js';

/**
 * Config keys the script tag may set as data attributes (SPEC §1): `data-policy-url`
 * sets `policyUrl`, `data-ga-id` sets `gaId`, as `dataset` names them.
 */
const attributeKeys: readonly (keyof ConsentryConfig)[] = [
  'policyUrl',
  'cookiePolicyUrl',
  'revision',
  'lang',
  'mode',
  'gaId',
  'logEndpoint',
  'cookieDomain',
  'region',
];

/**
 * Reads the config keys set as data attributes on the script tag; values stay strings.
 * @example readAttributes(document.currentScript) // { policyUrl: '/privacy' }
 */
export function readAttributes(el: Element | null): Record<string, string> {
  const out: Record<string, string> = {};
  const data = (el as HTMLElement | null)?.dataset;
  for (const key of attributeKeys) {
    const value = data?.[key];
    if (value !== undefined) out[key] = value;
  }
  return out;
}
