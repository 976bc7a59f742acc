/**
 * The list the catalog's categories are written in once: each id (stable, a site's config
 * and every receipt name categories by it), its English name, and its meaning as SPEC §2
 * states it.
 */
const builtIn = [
  {
    id: 'necessary',
    name: 'Necessary',
    meaning: 'the site cannot work without it; always on, cannot be turned off',
  },
  { id: 'preferences', name: 'Preferences', meaning: 'remembers choices such as language' },
  { id: 'analytics', name: 'Analytics', meaning: 'measures visits (Google Analytics)' },
  {
    id: 'advertising',
    name: 'Advertising',
    meaning: "targeted ads and ad partners' cookies; counts as sale/sharing under US state law",
  },
  { id: 'social', name: 'Social media', meaning: 'social media plugins and embeds' },
] as const;

/** The built-in categories a service can belong to (SPEC §2). */
export type CategoryId = (typeof builtIn)[number]['id'];

/** One built-in category: its stable id, its English name, and what it covers. */
export interface CatalogCategory {
  readonly id: CategoryId;
  /** As a person reads it: `Social media` for `social`. */
  readonly name: string;
  /** What belongs in it, in SPEC §2's words. */
  readonly meaning: string;
}

/**
 * Consentry's built-in categories, in the order of SPEC §2's table. A site may add
 * categories of its own; those have no entry here and are named by their id.
 * @example categories.find((c) => c.id === 'social')?.name // 'Social media'
 */
export const categories: readonly CatalogCategory[] = builtIn;
