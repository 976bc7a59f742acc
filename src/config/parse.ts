import type { Category, CategoryConfig, ConsentryConfig, ResolvedConfig } from '../types.js';
import { builtInCategories, defaults } from './defaults.js';
import {
  arrayOf,
  bool,
  type Check,
  check,
  checkField,
  fail,
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

/** Every key a config may hold, and how it is checked. */
const schema: Record<keyof ConsentryConfig, Check> = {
  policyUrl: url,
  cookiePolicyUrl: url,
  revision: check(
    (v) => Number.isFinite(v) || (typeof v === 'string' && v.trim() !== ''),
    'be a number or a non-empty string such as 2',
  ),
  lang: pattern(/^[a-z]{2,3}(-[a-z\d]{2,8})*$/i, 'en-US'),
  mode: oneOf(['opt-in', 'opt-out', 'auto']),
  region: pattern(/^[a-z]{2}(-[a-z\d]{1,3})?$/i, 'US-CO'),
  gaId: pattern(/^G-[A-Z\d]{4,}$/, 'G-XXXXXXXXXX'),
  logEndpoint: url,
  cookieDomain: pattern(/^\.?[a-z\d-]+(\.[a-z\d-]+)*$/i, 'example.com'),
  // At most 13 months: the longest a choice may stand (docs/compliance.md).
  expiresDays: check(
    (v) => Number.isInteger(v) && (v as number) >= 1 && (v as number) <= 395,
    'be a whole number from 1 to 395',
  ),
  reloadOnRevoke: bool,
  honorGPC: bool,
  sensitivePaths: arrayOf(pattern(/^\//, '/booking')),
  limitUseUrl: url,
  contact: shape({ email: pattern(/^[^\s@]+@[^\s@]+$/, 'privacy@example.com'), phone: text, address: text, url }),
  floatingButton: oneOf([true, false, 'bottom-left', 'bottom-right']),
  theme: oneOf(['auto', 'light', 'dark']),
  categories: record(pattern(/^[a-z][a-z\d_-]*$/, 'live-chat'), category),
  translations: record(pattern(/^[a-z]{2,3}(-[A-Za-z\d]+)*$/, 'es'), record(pattern(/^\w+$/, 'acceptAll'), text)),
};

/** The result of parsing: a config that is always usable, and what was wrong with the input. */
export interface ParsedConfig {
  config: ResolvedConfig;
  errors: string[];
}

// Validation leaves each entry's `services` and `saleOrShare` either valid or absent.
const mergeCategories = (input: Record<string, CategoryConfig> = {}): Category[] =>
  Array.from(new Set([...builtInCategories.map((c) => c.id), ...Object.keys(input)]), (id) => ({
    services: [],
    saleOrShare: false,
    ...builtInCategories.find((c) => c.id === id),
    ...input[id],
    id,
  }));

/**
 * Checks a raw config against the schema and merges it over the defaults. A key that
 * fails its check is reported and left at its default, never half-applied.
 * @example parseConfig({ policyUrl: '/privacy' }).config.expiresDays // 180
 */
export function parseConfig(input: unknown): ParsedConfig {
  const errors: string[] = [];
  const ok: ConsentryConfig = {};
  if (input !== undefined && !isPlainObject(input)) {
    errors.push(fail('the config', 'be an object', input));
  } else {
    for (const [key, value] of Object.entries(input ?? {})) {
      if (value === undefined) continue;
      const error = checkField(schema, key, value, key);
      if (error) errors.push(error);
      else (ok as Record<string, unknown>)[key] = value;
    }
  }
  const { revision = defaults.revision, floatingButton = true } = ok;
  return {
    errors,
    config: {
      ...defaults,
      sensitivePaths: [],
      translations: {},
      ...ok,
      revision: String(revision),
      floatingButton: floatingButton === true ? defaults.floatingButton : floatingButton,
      categories: mergeCategories(ok.categories),
    },
  };
}
