import type { Mode, ResolvedMode } from '../types.js';

// EU member states, the other EEA states (IS, LI, NO), the UK and Switzerland: opt-in law.
const optInCountries = new Set(
  'AT BE BG CY CZ DE DK EE ES FI FR GR HR HU IE IT LT LU LV MT NL PL PT RO SE SI SK IS LI NO GB UK CH'.split(' '),
);

/**
 * Resolves `auto` from the site-supplied region: opt-in in the EEA, the UK and
 * Switzerland, and whenever the region is unknown; opt-out elsewhere.
 * @example resolveMode('auto', 'US-CO') // 'opt-out'
 */
export function resolveMode(mode: Mode, region: string | undefined): ResolvedMode {
  if (mode !== 'auto') return mode;
  if (!region) return 'opt-in';
  return optInCountries.has(region.slice(0, 2).toUpperCase()) ? 'opt-in' : 'opt-out';
}
