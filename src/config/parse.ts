import type { Category, CategoryConfig, ConsentryConfig, ResolvedConfig } from '../types.js';
import { builtInCategories, defaults } from './defaults.js';
import {
  arrayOf,
  bool,
  type Check,
  intRange,
  isPlainObject,
  oneOf,
  pattern,
  record,
  shape,
  text,
  url,
} from './validate.js';

const cookieDeclaration = shape({ name: text, duration: text, purpose: text }, ['name']);
const service = shape(
  { name: text, provider: text, purpose: text, policyUrl: url, cookies: arrayOf(cookieDeclaration) },
  ['name'],
);
const category = shape({ label: text, description: text, services: arrayOf(service), saleOrShare: bool });

const revision: Check = (v, key) =>
  (typeof v === 'number' && Number.isFinite(v)) || (typeof v === 'string' && v.trim() !== '')
    ? undefined
    : `${key} must be a number or a non-empty string such as 2, not ${JSON.stringify(v)}.`;

/** Every key a config may hold, and how it is checked. */
const schema: Record<keyof ConsentryConfig, Check> = {
  policyUrl: url,
  cookiePolicyUrl: url,
  revision,
  lang: pattern(/^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/, 'es or en-US'),
  mode: oneOf(['opt-in', 'opt-out', 'auto']),
  region: pattern(/^[A-Za-z]{2}(-[A-Za-z0-9]{1,3})?$/, 'US-CO or FR'),
  gaId: pattern(/^G-[A-Z0-9]{4,}$/, 'G-XXXXXXXXXX'),
  logEndpoint: url,
  cookieDomain: pattern(/^\.?[a-z0-9-]+(\.[a-z0-9-]+)*$/i, 'example.com'),
  expiresDays: intRange(1, defaults.maxExpiresDays),
  reloadOnRevoke: bool,
  honorGPC: bool,
  sensitivePaths: arrayOf(pattern(/^\//, '/booking or /treatments/*')),
  limitUseUrl: url,
  contact: shape({ email: pattern(/^[^\s@]+@[^\s@]+$/, 'privacy@example.com'), phone: text, address: text, url }),
  floatingButton: oneOf([true, false, 'bottom-left', 'bottom-right']),
  theme: oneOf(['auto', 'light', 'dark']),
  categories: record(/^[a-z][a-z0-9_-]*$/, 'use lower-case letters, digits, - and _', category),
  translations: record(
    /^[a-z]{2,3}(-[A-Za-z0-9]+)*$/,
    "use a language code such as 'es'",
    record(/^\w+$/, 'use an interface string key', text),
  ),
};

/** The result of parsing: a config that is always usable, and what was wrong with the input. */
export interface ParsedConfig {
  config: ResolvedConfig;
  errors: string[];
}

function mergeCategories(input: Record<string, CategoryConfig> | undefined): Category[] {
  const merged = builtInCategories.map((c) => ({ ...c, ...input?.[c.id], id: c.id }) as Category);
  for (const [id, entry] of Object.entries(input ?? {})) {
    if (!merged.some((c) => c.id === id)) merged.push({ services: [], saleOrShare: false, ...entry, id });
  }
  return merged.map((c) => ({ ...c, services: c.services ?? [], saleOrShare: c.saleOrShare ?? false }));
}

/**
 * Checks a raw config against the schema and merges it over the defaults. A key that
 * fails its check is reported and left at its default, never half-applied.
 * @example parseConfig({ policyUrl: '/privacy' }).config.expiresDays // 180
 */
export function parseConfig(input: unknown): ParsedConfig {
  const errors: string[] = [];
  const ok: ConsentryConfig = {};
  if (input !== undefined && !isPlainObject(input)) {
    errors.push(`the config must be an object such as { policyUrl: '/privacy' }, not ${JSON.stringify(input)}.`);
  } else {
    for (const [key, value] of Object.entries(input ?? {})) {
      if (value === undefined) continue;
      // Own keys only: `constructor` or `__proto__` must not find Object.prototype's members.
      const check = Object.hasOwn(schema, key) ? schema[key as keyof ConsentryConfig] : undefined;
      const error = check
        ? check(value, key)
        : `'${key}' is not a known key: check its spelling against the configuration reference in the README.`;
      if (error) errors.push(error);
      else (ok as Record<string, unknown>)[key] = value;
    }
  }
  const floating = ok.floatingButton ?? true;
  return {
    errors,
    config: {
      ...ok,
      revision: String(ok.revision ?? defaults.revision),
      mode: ok.mode ?? defaults.mode,
      expiresDays: ok.expiresDays ?? defaults.expiresDays,
      reloadOnRevoke: ok.reloadOnRevoke ?? defaults.reloadOnRevoke,
      honorGPC: ok.honorGPC ?? defaults.honorGPC,
      sensitivePaths: ok.sensitivePaths ?? [],
      floatingButton: floating === true ? defaults.floatingButton : floating,
      theme: ok.theme ?? 'auto',
      categories: mergeCategories(ok.categories),
      translations: ok.translations ?? {},
    },
  };
}
