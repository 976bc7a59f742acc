import type { DayStats } from '../../store/store.js';
import { count } from '../svg.js';
import { type CategoryGrants, grantsPerCategory, type Totals, totalsOf } from '../totals.js';
import { shareCell } from './cells.js';
import { byId, h } from './dom.js';
import { categoryLabel, periodName, share } from './format.js';

/** The four figures at the top: decisions, and the shares of accept all, reject all and GPC. */
function showFigures(t: Totals, days: number) {
  const figure = (name: string, value: string) => {
    (document.querySelector(`[data-figure="${name}"]`) as HTMLElement).textContent = value;
  };
  figure('decisions', count(t.decisions));
  figure('decisions-sub', `in ${periodName(days)}`);
  figure('accept', share(t.acceptAll, t.decisions));
  figure('accept-sub', `${count(t.acceptAll)} of ${count(t.decisions)}`);
  figure('reject', share(t.rejectAll, t.decisions));
  figure('reject-sub', `${count(t.rejectAll)} of ${count(t.decisions)}`);
  figure('gpc', share(t.gpc, t.decisions));
  figure('gpc-sub', `${count(t.gpc)} sent the signal`);
}

/** The table under the rates chart: a row per day, newest first. */
function showDays(stats: readonly DayStats[], days: number) {
  byId('rates-rows').replaceChildren(
    ...stats
      .slice()
      .reverse()
      .map((d) =>
        h(
          'tr',
          {},
          h('th', { scope: 'row' }, d.date),
          h('td', { class: 'num' }, count(d.decisions)),
          shareCell(d.acceptAll, d.decisions),
          shareCell(d.custom, d.decisions),
          shareCell(d.rejectAll, d.decisions),
          shareCell(d.gpc, d.decisions),
        ),
      ),
  );
  byId('rates-caption').textContent = `Decisions per day in ${periodName(days)}, newest first (UTC)`;
}

/** The table under the categories chart: a row per category, in the chart's order. */
function showCategories(grants: readonly CategoryGrants[], t: Totals, days: number) {
  byId('categories-rows').replaceChildren(
    ...(grants.length === 0
      ? [h('tr', {}, h('td', { colspan: '3' }, 'No decisions in this period.'))]
      : grants.map(({ id, granted }) =>
          h(
            'tr',
            { 'data-category': id },
            h('th', { scope: 'row' }, categoryLabel(id)),
            h('td', { class: 'num' }, share(granted, t.decisions)),
            h('td', { class: 'num' }, `${count(granted)} of ${count(t.decisions)}`),
          ),
        )),
  );
  byId('categories-caption').textContent = `Grants per category in ${periodName(days)}`;
}

/** Each chart's text alternative, kept until its image arrives. */
function describeCharts(grants: readonly CategoryGrants[], t: Totals, days: number) {
  byId('rates-chart').dataset.alt =
    t.decisions === 0
      ? `Chart: no decisions in ${periodName(days)}.`
      : `Chart of each day's decisions in ${periodName(days)}: overall ${share(t.acceptAll, t.decisions)} accept all, ${share(t.custom, t.decisions)} custom, ${share(t.rejectAll, t.decisions)} reject all. The table below has each day's numbers.`;
  byId('categories-chart').dataset.alt =
    grants.length === 0
      ? `Chart: no decisions in ${periodName(days)}.`
      : `Chart of the share of decisions granting each category: ${grants.map(({ id, granted }) => `${categoryLabel(id)} ${share(granted, t.decisions)}`).join(', ')}.`;
}

/** The period's figures, both tables and the charts' text alternatives, from its daily stats. */
export function showStats(stats: readonly DayStats[], days: number) {
  const totals = totalsOf(stats);
  const grants = grantsPerCategory(stats);
  showFigures(totals, days);
  showDays(stats, days);
  showCategories(grants, totals, days);
  describeCharts(grants, totals, days);
}
