import type { ConsentryConfig } from './schema.js';

/**
 * Config keys the script tag may set as data attributes (SPEC §1): `data-policy-url`
 * sets `policyUrl`, `data-ga-id` sets `gaId`, as `dataset` names them. Only the key
 * names: the script tag reads them without the schema's checks, which the engine runs.
 */
const attributeKeys = [
  'policyUrl',
  'cookiePolicyUrl',
  'revision',
  'lang',
  'mode',
  'gaId',
  'logEndpoint',
  'cookieDomain',
  'region',
] as const satisfies readonly (keyof ConsentryConfig)[];

/** The config keys set by the script tag's data attributes, each as the attribute's text. */
export type Attributes = { [K in (typeof attributeKeys)[number]]?: string };

/**
 * Reads the config keys set as data attributes on the script tag; values stay strings.
 * @example readAttributes(document.currentScript) // { policyUrl: '/privacy' }
 */
export function readAttributes(el: Element | null): Attributes {
  const out: Attributes = {};
  const data = (el as HTMLElement | null)?.dataset;
  for (const key of attributeKeys) {
    const value = data?.[key];
    if (value !== undefined) out[key] = value;
  }
  return out;
}
