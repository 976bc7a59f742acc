import type { DayStats } from '../store/store.js';

/*
 * A period's figures from its daily stats, as the charts (drawn here) and the page's tables
 * and figures (drawn by the dashboard's script, which bundles this file) both show them.
 */

/** A period's decisions of each kind, summed over its days. */
export interface Totals {
  decisions: number;
  acceptAll: number;
  rejectAll: number;
  custom: number;
  gpc: number;
}

/**
 * The period's totals.
 * @example totalsOf(await store.stats(30)).acceptAll
 */
export const totalsOf = (stats: readonly DayStats[]): Totals =>
  stats.reduce(
    (t, d) => ({
      decisions: t.decisions + d.decisions,
      acceptAll: t.acceptAll + d.acceptAll,
      rejectAll: t.rejectAll + d.rejectAll,
      custom: t.custom + d.custom,
      gpc: t.gpc + d.gpc,
    }),
    { decisions: 0, acceptAll: 0, rejectAll: 0, custom: 0, gpc: 0 },
  );

/** How many of a period's decisions granted a category, and their share (0 when there were none). */
export interface CategoryGrants {
  id: string;
  granted: number;
  decisions: number;
  share: number;
}

/**
 * Each category's granted decisions over the period, the highest share first, then by id.
 * @example grantsPerCategory(stats)[0] // { id: 'necessary', granted: 60, decisions: 60, share: 1 }
 */
export function grantsPerCategory(stats: readonly DayStats[]): CategoryGrants[] {
  const { decisions } = totalsOf(stats);
  const granted = new Map<string, number>();
  for (const day of stats) {
    for (const [id, share] of Object.entries(day.granted)) {
      granted.set(id, (granted.get(id) ?? 0) + Math.round(share * day.decisions));
    }
  }
  return [...granted]
    .map(([id, n]) => ({ id, granted: n, decisions, share: decisions > 0 ? n / decisions : 0 }))
    .sort((a, b) => b.share - a.share || (a.id < b.id ? -1 : 1));
}
