import type { FirstLayerStrings } from '../i18n/index.js';
import type { Category } from '../types.js';

type Lookup = Record<string, string | undefined>;

/**
 * A category's visible name: the config's own first, else the translation for a built-in
 * id, else the id itself. Apart from {@link categoryText}, so the first layer (which names
 * categories on embed placeholders and describes none) does not carry the descriptions' lookup.
 * @example categoryLabel(t, { id: 'analytics', services: [], saleOrShare: false }) // 'Analytics'
 */
export const categoryLabel = (t: FirstLayerStrings, c: Category): string =>
  c.label ?? (t as unknown as Lookup)[`${c.id}Label`] ?? c.id;

/**
 * A category's visible name and description: the config's own words first, else the
 * translation for a built-in id, else the id itself.
 * @example categoryText(t, { id: 'analytics', services: [], saleOrShare: false }).label // 'Analytics'
 */
export function categoryText(t: FirstLayerStrings, c: Category): { label: string; description: string } {
  return {
    label: categoryLabel(t, c),
    description: c.description ?? (t as unknown as Lookup)[`${c.id}Description`] ?? '',
  };
}
