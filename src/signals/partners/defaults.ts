/**
 * The partners' denied defaults, sent by the script tag before any other tag runs
 * (SPEC §5): each in the vendor's own queue, in the shape the vendor's loader keeps, so
 * the loader still runs and its tag reads the default first.
 */
import { clarityDefault } from './clarity.js';
import { metaDefault } from './meta.js';
import { tiktokDefault } from './tiktok.js';
import { uetDefault } from './uet.js';

const defaults: Record<string, (win: Window) => void> = {
  'microsoft-ads': uetDefault,
  'microsoft-clarity': clarityDefault,
  'tiktok-pixel': tiktokDefault,
  'meta-pixel': metaDefault,
};

/**
 * Queues the denied default of each partner named in `ids` (the config's `services` as
 * written); anything else in it is left for the engine to report.
 * @example sendPartnerDefaults(window, ['microsoft-clarity', 'meta-pixel'])
 */
export function sendPartnerDefaults(win: Window, ids: unknown): void {
  if (Array.isArray(ids))
    for (const id of new Set(ids)) if (typeof id === 'string' && Object.hasOwn(defaults, id)) defaults[id](win);
}
