import type { FirstLayerStrings } from '../i18n/index.js';
import type { Category } from '../types.js';

/**
 * A category's visible name and description: the config's own words first, else the
 * translation for a built-in id, else the id itself.
 * @example categoryText(t, { id: 'analytics', services: [], saleOrShare: false }).label // 'Analytics'
 */
export function categoryText(t: FirstLayerStrings, c: Category): { label: string; description: string } {
  const strings = t as unknown as Record<string, string | undefined>;
  return {
    label: c.label ?? strings[`${c.id}Label`] ?? c.id,
    description: c.description ?? strings[`${c.id}Description`] ?? '',
  };
}
