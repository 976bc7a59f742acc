import type { DayStats } from '../store/store.js';
import { categoryLabel } from './categories.js';
import { count, type Palette, percent, px, shortDay, svgDocument, tag, text } from './svg.js';
import { grantsPerCategory, type Totals, totalsOf } from './totals.js';

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
const gridSteps = [0, 25, 50, 75, 100];

/** Each category's share of the period's decisions that granted it, highest first, with the name it is shown by. */
export const categoryShares = (stats: readonly DayStats[]) =>
  grantsPerCategory(stats).map((g) => ({ ...g, label: categoryLabel(g.id) }));

const emptyNote = (width: number, y: number, palette: Palette, note: string) =>
  tag(
    'text',
    { x: width / 2, y, dy: '0.32em', 'text-anchor': 'middle', fill: palette.muted, 'font-size': 14 },
    text(note),
  );

// --- the rates chart ---

/** Where the rates chart draws: its plot inside the margins, and each day's band and bar. */
interface RatesLayout {
  width: number;
  height: number;
  left: number;
  right: number;
  top: number;
  bottom: number;
  plotH: number;
  band: number;
  barW: number;
  palette: Palette;
}

function ratesLayout(days: number, { width, palette }: ChartOptions): RatesLayout {
  const height = 300;
  const margin = { top: 44, right: 20, bottom: 30, left: 46 };
  const plotH = height - margin.top - margin.bottom;
  const band = (width - margin.left - margin.right) / Math.max(days, 1);
  return {
    width,
    height,
    left: margin.left,
    right: width - margin.right,
    top: margin.top,
    bottom: margin.top + plotH,
    plotH,
    band,
    barW: Math.max(1, band * (days > 60 ? 0.8 : 0.66)),
    palette,
  };
}

/** The horizontal lines at 0, 25 … 100%, labelled on the left. */
const ratesGrid = ({ left, right, bottom, plotH, palette }: RatesLayout) =>
  gridSteps.map((p) => {
    const y = px(bottom - (plotH * p) / 100);
    return (
      tag('line', { x1: left, x2: right, y1: y, y2: y, stroke: palette.grid }) +
      tag('text', { x: left - 8, y, dy: '0.32em', 'text-anchor': 'end', fill: palette.muted }, text(`${p}%`))
    );
  });

/** A swatch and a name per kind, in a row above the plot. */
function ratesLegend({ left, palette }: RatesLayout) {
  let x = left;
  return kinds.map(({ key, label }) => {
    const item =
      tag('rect', { x, y: 14, width: 12, height: 12, rx: 2, fill: palette[key] }) +
      tag('text', { x: x + 18, y: 20, dy: '0.32em' }, text(label));
    x += 18 + label.length * charWidth + 18;
    return item;
  });
}

/** A day's stacked segments, bottom up, each with its share and count in a `<title>`. */
function daySegments(day: DayStats, x: number, { bottom, plotH, barW, palette }: RatesLayout) {
  let y = bottom;
  return kinds.map(({ key, label }) => {
    const h = (plotH * day[key]) / day.decisions;
    y -= h;
    if (day[key] === 0) return '';
    const title = `${day.date}: ${label} ${percent(day[key], day.decisions)} (${count(day[key])} of ${count(day.decisions)})`;
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
      tag('title', {}, text(title)),
    );
  });
}

/** Each day's bar (a grey line on a day without decisions) and, every few days, its date below. */
function ratesBars(stats: readonly DayStats[], layout: RatesLayout) {
  const { left, bottom, band, barW, palette } = layout;
  // Label every nth day, counted back from the newest, so labels never overlap.
  const labelEvery = Math.max(1, Math.ceil(52 / band));
  return stats.map((day, i) => {
    const x = px(left + i * band + (band - barW) / 2);
    const centre = px(left + i * band + band / 2);
    const label =
      (stats.length - 1 - i) % labelEvery === 0
        ? tag(
            'text',
            { x: centre, y: bottom + 18, 'text-anchor': 'middle', fill: palette.muted },
            text(shortDay(day.date)),
          )
        : '';
    if (day.decisions > 0) return daySegments(day, x, layout).join('') + label;
    const mark = { x, y: bottom - 2, width: px(barW), height: 2, fill: palette.grid };
    return tag('rect', mark, tag('title', {}, text(`${day.date}: no decisions`))) + label;
  });
}

/** The rates chart's `<title>` and `<desc>`: the period, and its overall shares. */
function ratesText(stats: readonly DayStats[], totals: Totals) {
  const { decisions } = totals;
  const shares = kinds.map(({ key, label }) => `${percent(totals[key], decisions)} ${label.toLowerCase()}`).join(', ');
  return {
    title: stats.length === 1 ? 'Consent decisions today' : `Consent decisions per day, ${lastDays(stats.length)}`,
    desc:
      decisions === 0
        ? `${noDecisions(stats.length)}.`
        : `${count(decisions)} decisions from ${stats[0].date} to ${stats[stats.length - 1].date}: ${shares}.`,
  };
}

/**
 * Each day's decisions as a 100% stacked bar: accept all, custom, reject all. Every
 * segment carries a `<title>` with its day, share and count.
 * @example ratesChart(await store.stats(30), { width: 720, palette: palettes.light })
 */
export function ratesChart(stats: readonly DayStats[], options: ChartOptions): string {
  const layout = ratesLayout(stats.length, options);
  const totals = totalsOf(stats);
  const empty = emptyNote(layout.width, layout.top + layout.plotH / 2, layout.palette, noDecisions(stats.length));
  return svgDocument(layout, layout.palette, ratesText(stats, totals), [
    ...ratesGrid(layout),
    ...ratesLegend(layout),
    ...(totals.decisions === 0 ? [empty] : ratesBars(stats, layout)),
  ]);
}

// --- the categories chart ---

type Share = ReturnType<typeof categoryShares>[number];

/** Where the categories chart draws: a row per category, its label, its bar and its value. */
interface CategoriesLayout {
  width: number;
  height: number;
  top: number;
  rowH: number;
  labelW: number;
  /** How many characters of a label fit. */
  fits: number;
  barX: number;
  barMax: number;
  axisY: number;
  palette: Palette;
}

function categoriesLayout(shares: readonly Share[], { width, palette }: ChartOptions): CategoriesLayout {
  const rowH = 38;
  const top = 12;
  const rows = Math.max(shares.length, 2);
  const longest = Math.max(0, ...shares.map((s) => s.label.length));
  const labelW = Math.round(Math.min(Math.max(longest * charWidth + 16, 72), width * 0.36));
  const valueW = 48;
  return {
    width,
    height: top + rows * rowH + 30,
    top,
    rowH,
    labelW,
    fits: Math.floor((labelW - 16) / charWidth),
    barX: labelW,
    barMax: width - labelW - valueW - 8,
    axisY: top + rows * rowH,
    palette,
  };
}

/** The vertical lines at 0, 25 … 100%, labelled below. */
const categoriesGrid = ({ barX, barMax, top, axisY, palette }: CategoriesLayout) =>
  gridSteps.map((p) => {
    const x = px(barX + (barMax * p) / 100);
    return (
      tag('line', { x1: x, x2: x, y1: top, y2: axisY, stroke: palette.grid }) +
      tag('text', { x, y: axisY + 18, 'text-anchor': 'middle', fill: palette.muted }, text(`${p}%`))
    );
  });

/** A category's row: its name (shortened to fit), its bar on a track, and its percentage. */
function categoryRow(s: Share, i: number, { top, rowH, labelW, fits, barX, barMax, palette }: CategoriesLayout) {
  const mid = top + i * rowH + rowH / 2;
  const shown = s.label.length > fits ? `${s.label.slice(0, Math.max(fits - 1, 1))}…` : s.label;
  const title = `${s.label}: granted in ${percent(s.granted, s.decisions)} of decisions (${count(s.granted)} of ${count(s.decisions)})`;
  const bar = (width: number) => ({ x: barX, y: px(mid - 8), width: px(width), height: 16, rx: 3 });
  return (
    tag('text', { x: labelW - 10, y: mid, dy: '0.32em', 'text-anchor': 'end' }, text(shown)) +
    tag('rect', { ...bar(barMax), fill: palette.track }) +
    tag(
      'rect',
      { ...bar(barMax * s.share), fill: palette.granted, 'data-category': s.id },
      tag('title', {}, text(title)),
    ) +
    tag(
      'text',
      { x: px(barX + barMax + 8), y: mid, dy: '0.32em', 'font-weight': 600 },
      text(percent(s.granted, s.decisions)),
    )
  );
}

/**
 * For each category, the share of the period's decisions that granted it, as horizontal
 * bars labelled with the category's name (the catalog's for a built-in one, else its id)
 * and the percentage; each bar keeps the id in `data-category`.
 * @example categoriesChart(await store.stats(30), { width: 720, palette: palettes.dark })
 */
export function categoriesChart(stats: readonly DayStats[], options: ChartOptions): string {
  const shares = categoryShares(stats);
  const layout = categoriesLayout(shares, options);
  const { decisions } = totalsOf(stats);
  const empty = decisions === 0 ? noDecisions(stats.length) : 'No categories in these decisions';
  const listed = shares.map((s) => `${s.label} ${percent(s.granted, s.decisions)}`).join(', ');
  return svgDocument(
    layout,
    layout.palette,
    {
      title: `Share of decisions granting each category, ${lastDays(stats.length)}`,
      desc: shares.length === 0 ? `${empty}.` : `${listed} of ${count(decisions)} decisions.`,
    },
    [
      ...categoriesGrid(layout),
      ...(shares.length === 0
        ? [emptyNote(layout.width, layout.top + layout.rowH, layout.palette, empty)]
        : shares.map((s, i) => categoryRow(s, i, layout))),
    ],
  );
}
