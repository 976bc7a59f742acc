import type { DayStats } from '../store/store.js';
import { categoryLabel } from './categories.js';
import { count, type Palette, percent, px, shortDay, svgDocument, tag, text } from './svg.js';

/** How wide to draw a chart and in which colours. */
export interface ChartOptions {
  width: number;
  palette: Palette;
}

/** The decision kinds as the rates chart stacks them, bottom up, and as its legend lists them. */
const kinds = [
  { key: 'acceptAll', label: 'Accept all' },
  { key: 'custom', label: 'Custom' },
  { key: 'rejectAll', label: 'Reject all' },
] as const;

const lastDays = (n: number) => (n === 1 ? 'today' : `the last ${n} days`);
const noDecisions = (n: number) => (n === 1 ? 'No decisions today' : `No decisions in the last ${n} days`);
// An estimate of a 12px sans-serif character's width, for laying out labels without measuring.
const charWidth = 6.8;

/** Each category's share of the period's decisions that granted it, highest first, with the name it is shown by. */
export function categoryShares(stats: readonly DayStats[]) {
  const decisions = stats.reduce((sum, d) => sum + d.decisions, 0);
  const granted = new Map<string, number>();
  for (const day of stats) {
    for (const [id, share] of Object.entries(day.granted)) {
      granted.set(id, (granted.get(id) ?? 0) + Math.round(share * day.decisions));
    }
  }
  return [...granted]
    .map(([id, n]) => ({
      id,
      label: categoryLabel(id),
      granted: n,
      decisions,
      share: decisions > 0 ? n / decisions : 0,
    }))
    .sort((a, b) => b.share - a.share || (a.id < b.id ? -1 : 1));
}

const emptyNote = (width: number, y: number, palette: Palette, note: string) =>
  tag(
    'text',
    { x: width / 2, y, dy: '0.32em', 'text-anchor': 'middle', fill: palette.muted, 'font-size': 14 },
    text(note),
  );

/**
 * Each day's decisions as a 100% stacked bar: accept all, custom, reject all. Every
 * segment carries a `<title>` with its day, share and count.
 * @example ratesChart(await store.stats(30), { width: 720, palette: palettes.light })
 */
export function ratesChart(stats: readonly DayStats[], { width, palette }: ChartOptions): string {
  const height = 300;
  const margin = { top: 44, right: 20, bottom: 30, left: 46 };
  const plotW = width - margin.left - margin.right;
  const plotH = height - margin.top - margin.bottom;
  const bottom = margin.top + plotH;
  const total = (key: 'decisions' | (typeof kinds)[number]['key']) => stats.reduce((sum, d) => sum + d[key], 0);
  const decisions = total('decisions');

  const grid = [0, 25, 50, 75, 100].map((p) => {
    const y = px(bottom - (plotH * p) / 100);
    return (
      tag('line', { x1: margin.left, x2: width - margin.right, y1: y, y2: y, stroke: palette.grid }) +
      tag('text', { x: margin.left - 8, y, dy: '0.32em', 'text-anchor': 'end', fill: palette.muted }, text(`${p}%`))
    );
  });

  let legendX = margin.left;
  const legend = kinds.map(({ key, label }) => {
    const item =
      tag('rect', { x: legendX, y: 14, width: 12, height: 12, rx: 2, fill: palette[key] }) +
      tag('text', { x: legendX + 18, y: 20, dy: '0.32em' }, text(label));
    legendX += 18 + label.length * charWidth + 18;
    return item;
  });

  const band = plotW / Math.max(stats.length, 1);
  const barW = Math.max(1, band * (stats.length > 60 ? 0.8 : 0.66));
  // Label every nth day, counted back from the newest, so labels never overlap.
  const labelEvery = Math.max(1, Math.ceil(52 / band));
  const bars = stats.map((day, i) => {
    const x = px(margin.left + i * band + (band - barW) / 2);
    const centre = px(margin.left + i * band + band / 2);
    const label =
      (stats.length - 1 - i) % labelEvery === 0
        ? tag(
            'text',
            { x: centre, y: bottom + 18, 'text-anchor': 'middle', fill: palette.muted },
            text(shortDay(day.date)),
          )
        : '';
    if (day.decisions === 0) {
      return (
        tag(
          'rect',
          { x, y: bottom - 2, width: px(barW), height: 2, fill: palette.grid },
          tag('title', {}, text(`${day.date}: no decisions`)),
        ) + label
      );
    }
    let y = bottom;
    const segments = kinds.map(({ key, label: name }) => {
      const h = (plotH * day[key]) / day.decisions;
      y -= h;
      if (day[key] === 0) return '';
      return tag(
        'rect',
        {
          x,
          y: px(y),
          width: px(barW),
          height: px(h),
          fill: palette[key],
          'data-kind': key,
          'data-date': day.date,
          // A hairline of the background between segments, where bars are wide enough to spare it.
          stroke: barW >= 6 ? palette.background : undefined,
          'stroke-width': barW >= 6 ? 1 : undefined,
        },
        tag(
          'title',
          {},
          text(
            `${day.date}: ${name} ${percent(day[key], day.decisions)} (${count(day[key])} of ${count(day.decisions)})`,
          ),
        ),
      );
    });
    return segments.join('') + label;
  });

  const shares = kinds.map(({ key, label }) => `${percent(total(key), decisions)} ${label.toLowerCase()}`).join(', ');
  return svgDocument(
    { width, height },
    palette,
    {
      title: stats.length === 1 ? 'Consent decisions today' : `Consent decisions per day, ${lastDays(stats.length)}`,
      desc:
        decisions === 0
          ? `${noDecisions(stats.length)}.`
          : `${count(decisions)} decisions from ${stats[0].date} to ${stats[stats.length - 1].date}: ${shares}.`,
    },
    [
      ...grid,
      ...legend,
      ...(decisions === 0 ? [emptyNote(width, margin.top + plotH / 2, palette, noDecisions(stats.length))] : bars),
    ],
  );
}

/**
 * For each category, the share of the period's decisions that granted it, as horizontal
 * bars labelled with the category's name (the catalog's for a built-in one, else its id)
 * and the percentage; each bar keeps the id in `data-category`.
 * @example categoriesChart(await store.stats(30), { width: 720, palette: palettes.dark })
 */
export function categoriesChart(stats: readonly DayStats[], { width, palette }: ChartOptions): string {
  const shares = categoryShares(stats);
  const rowH = 38;
  const top = 12;
  const bottom = 30;
  const height = top + Math.max(shares.length, 2) * rowH + bottom;
  const longest = Math.max(0, ...shares.map((s) => s.label.length));
  const labelW = Math.round(Math.min(Math.max(longest * charWidth + 16, 72), width * 0.36));
  const fits = Math.floor((labelW - 16) / charWidth);
  const valueW = 48;
  const barX = labelW;
  const barMax = width - labelW - valueW - 8;
  const axisY = top + Math.max(shares.length, 2) * rowH;

  const grid = [0, 25, 50, 75, 100].map((p) => {
    const x = px(barX + (barMax * p) / 100);
    return (
      tag('line', { x1: x, x2: x, y1: top, y2: axisY, stroke: palette.grid }) +
      tag('text', { x, y: axisY + 18, 'text-anchor': 'middle', fill: palette.muted }, text(`${p}%`))
    );
  });

  const rows = shares.map((s, i) => {
    const mid = top + i * rowH + rowH / 2;
    const shown = s.label.length > fits ? `${s.label.slice(0, Math.max(fits - 1, 1))}…` : s.label;
    return (
      tag('text', { x: labelW - 10, y: mid, dy: '0.32em', 'text-anchor': 'end' }, text(shown)) +
      tag('rect', { x: barX, y: px(mid - 8), width: px(barMax), height: 16, rx: 3, fill: palette.track }) +
      tag(
        'rect',
        {
          x: barX,
          y: px(mid - 8),
          width: px(barMax * s.share),
          height: 16,
          rx: 3,
          fill: palette.granted,
          'data-category': s.id,
        },
        tag(
          'title',
          {},
          text(
            `${s.label}: granted in ${percent(s.granted, s.decisions)} of decisions (${count(s.granted)} of ${count(s.decisions)})`,
          ),
        ),
      ) +
      tag(
        'text',
        { x: px(barX + barMax + 8), y: mid, dy: '0.32em', 'font-weight': 600 },
        text(percent(s.granted, s.decisions)),
      )
    );
  });

  const decisions = stats.reduce((sum, d) => sum + d.decisions, 0);
  const empty = decisions === 0 ? noDecisions(stats.length) : 'No categories in these decisions';
  return svgDocument(
    { width, height },
    palette,
    {
      title: `Share of decisions granting each category, ${lastDays(stats.length)}`,
      desc:
        shares.length === 0
          ? `${empty}.`
          : `${shares.map((s) => `${s.label} ${percent(s.granted, s.decisions)}`).join(', ')} of ${count(decisions)} decisions.`,
    },
    [...grid, ...(shares.length === 0 ? [emptyNote(width, top + rowH, palette, empty)] : rows)],
  );
}
