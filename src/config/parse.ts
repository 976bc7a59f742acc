import type { Attributes } from './attributes.js';
import { builtInCategories, defaults } from './defaults.js';
import { readConfig } from './read.js';
import { type CategoryConfig, type ConsentryConfig, type Service, schema } from './schema.js';
import { checkField } from './validate.js';

/** A category after defaults and config are merged. */
export interface Category extends CategoryConfig {
  /** The category's id: a built-in one (SPEC §2) or the config's. */
  id: string;
  /** The services it covers: the config's, else the built-in category's. */
  services: Service[];
  /** Counts as sale or sharing under US state law: Global Privacy Control opts it out. */
  saleOrShare: boolean;
}

/** Keys that resolve to their type, not their input: the config's `true` button is a place. */
type Resolved = 'revision' | 'floatingButton' | 'categories';

/** Keys that always resolve to a value: the defaults, and the lists and maps that default to empty. */
type Defaulted = Exclude<keyof typeof defaults | 'sensitivePaths' | 'sensitiveData' | 'translations', Resolved>;

/** The configuration in force: every key with a default present, every value checked. */
export interface ResolvedConfig
  extends Omit<ConsentryConfig, Defaulted | Resolved>,
    Required<Pick<ConsentryConfig, Defaulted>> {
  /** Bump it to ask everyone again: a stored choice from another revision counts as none. */
  revision: string;
  /** Where the reopen button sits, or `false` for none. */
  floatingButton: false | 'bottom-left' | 'bottom-right';
  /** The built-in categories in their order, then the config's, each merged over its default. */
  categories: Category[];
}

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
 * Checks a raw config against the schema and merges it over the defaults; the script
 * tag's data attributes, when given, win over the config's keys. A key that fails its
 * check, or throws when read, is reported and left at its default, never half-applied.
 * @example parseConfig({ policyUrl: '/privacy' }).config.expiresDays // 180
 */
export function parseConfig(input: unknown, attributes: Attributes = {}): ParsedConfig {
  const { entries, errors } = readConfig(input);
  const ok: ConsentryConfig = {};
  // Later wins: a bad attribute resets its key to the default even where the config set it.
  for (const [key, value] of new Map([...entries, ...Object.entries(attributes)])) {
    if (value === undefined) continue;
    const error = checkField(schema, key, value, key);
    if (error) errors.push(error);
    else (ok as Record<string, unknown>)[key] = value;
  }
  const { revision = defaults.revision, floatingButton = true } = ok;
  return {
    errors,
    config: {
      ...defaults,
      sensitivePaths: [],
      sensitiveData: [],
      translations: {},
      ...ok,
      revision: String(revision),
      floatingButton: floatingButton === true ? defaults.floatingButton : floatingButton,
      categories: mergeCategories(ok.categories),
    },
  };
}
