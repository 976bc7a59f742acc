import type { Attributes } from './attributes.js';
import type { CatalogEntry } from './catalog.js';
import { builtInCategories, defaults } from './defaults.js';
import { readConfig } from './read.js';
import { type CategoryConfig, type ConsentryConfig, type PolicyChange, schema } from './schema.js';
import { type DeclaredService, type NamedServices, nameServices } from './services.js';
import { checkField } from './validate.js';

/** A category after defaults and config are merged. */
export interface Category extends Omit<CategoryConfig, 'services'> {
  /** The category's id: a built-in one (SPEC §2) or the config's. */
  id: string;
  /** The services it covers: those the config names or describes, else the built-in category's. */
  services: DeclaredService[];
  /** Counts as sale or sharing under US state law: Global Privacy Control opts it out. */
  saleOrShare: boolean;
}

/** Keys that resolve to their type, not their input: the config's `true` button is a place. */
type Resolved = 'revision' | 'floatingButton' | 'categories' | 'services';

/** Keys that always resolve to a value: the defaults, and the lists and maps that default to empty. */
type Defaulted = Exclude<keyof typeof defaults | 'sensitivePaths' | 'sensitiveData' | 'translations', Resolved>;

/** The configuration in force: every key with a default present, every value checked. */
export interface ResolvedConfig
  extends Omit<ConsentryConfig, Defaulted | Resolved>,
    Required<Pick<ConsentryConfig, Defaulted>> {
  /**
   * The revision in force: the config's, or `policyChange.revision` from its `effective`
   * day on. A stored choice from another revision counts as none.
   */
  revision: string;
  /** Where the reopen button sits, or `false` for none. */
  floatingButton: false | 'bottom-left' | 'bottom-right';
  /** The built-in categories in their order, then the config's, each merged over its default. */
  categories: Category[];
  /** The catalog ids the config's `services` names (SPEC §2), each once, in order; the unknown ones left out. */
  services: string[];
}

/**
 * The moment a policy change takes effect: 00:00 UTC on its `effective` day, the same
 * moment for every visitor and for the records server's per-revision counts.
 */
export const changeDay = (change: PolicyChange): number => Date.parse(change.effective);

/** The result of parsing: a config that is always usable, and what was wrong with the input. */
export interface ParsedConfig {
  config: ResolvedConfig;
  errors: string[];
}

// Validation leaves each entry's `services` and `saleOrShare` either valid or absent; the
// services come from `named`, the catalog's and the config's together.
const mergeCategories = (input: Record<string, CategoryConfig> = {}, named: NamedServices): Category[] =>
  Array.from(new Set([...builtInCategories.map((c) => c.id), ...Object.keys(input)]), (id) => {
    const builtIn = builtInCategories.find((c) => c.id === id);
    return {
      saleOrShare: false,
      ...builtIn,
      ...input[id],
      id,
      services: named.lists.get(id) ?? (named.replacesBuiltIns ? [] : (builtIn?.services ?? [])),
    };
  });

/**
 * Checks a raw config against the schema and merges it over the defaults; the script
 * tag's data attributes, when given, win over the config's keys. A key that fails its
 * check, or throws when read, is reported and left at its default, never half-applied.
 * Catalog ids (`services`) are checked against `catalog`; without it, any id is an error.
 * A `policyChange` whose `effective` day has come by `now` gives the revision in force.
 * @example parseConfig({ policyUrl: '/privacy' }).config.expiresDays // 180
 */
export function parseConfig(
  input: unknown,
  attributes: Attributes = {},
  catalog?: readonly CatalogEntry[],
  now: Date = new Date(),
): ParsedConfig {
  const { entries, errors } = readConfig(input);
  const ok: ConsentryConfig = {};
  // Later wins: a bad attribute resets its key to the default even where the config set it.
  for (const [key, value] of new Map([...entries, ...Object.entries(attributes)])) {
    if (value === undefined) continue;
    const error = checkField(schema, key, value, key);
    if (error) errors.push(error);
    else (ok as Record<string, unknown>)[key] = value;
  }
  const { policyChange, floatingButton = true, logEndpoint } = ok;
  const revision =
    policyChange && now.getTime() >= changeDay(policyChange)
      ? policyChange.revision
      : (ok.revision ?? defaults.revision);
  const named = nameServices(ok, catalog);
  errors.push(...named.errors);
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
      // The records server answers both: `/consent/receipts` and `/consent/requests`.
      requestEndpoint: ok.requestEndpoint ?? logEndpoint?.replace(/[^/?#]*([?#].*)?$/, 'requests'),
      categories: mergeCategories(ok.categories, named),
      services: named.ids,
    },
  };
}
