import { chartWidth } from '../../routes/bounds.js';
import type { Theme } from '../svg.js';
import { byId } from './dom.js';
import type { Page } from './page.js';

const darkScheme = matchMedia('(prefers-color-scheme: dark)');

/** The two charts, by the name of their route (`/consent/charts/<name>.svg`) and of their `<img>` (`#<name>-chart`). */
type Chart = 'rates' | 'categories';

/** The charts of a period, as images the page fetches with the token. */
export interface Charts {
  load(days: number): Promise<void>;
  /** Lets go of the images on show (at sign-out). */
  clear(): void;
}

/**
 * The charts: each drawn by the server for the width its figure has and the visitor's
 * colour scheme, shown through an object URL, revoked when replaced.
 */
export function createCharts({ api, fail }: Page): Charts {
  const urls = new Map<Chart, string>();

  async function loadChart(name: Chart, days: number) {
    const img = byId<HTMLImageElement>(`${name}-chart`);
    const figure = img.parentElement as HTMLElement;
    const width = Math.min(
      chartWidth.max,
      Math.max(chartWidth.min, Math.round(figure.clientWidth || chartWidth.fallback)),
    );
    const theme: Theme = darkScheme.matches ? 'dark' : 'light';
    const placeholder = figure.querySelector('[data-placeholder]') as HTMLElement;
    try {
      const blob = await (await api(`/consent/charts/${name}.svg?days=${days}&width=${width}&theme=${theme}`)).blob();
      const url = URL.createObjectURL(blob);
      const old = urls.get(name);
      urls.set(name, url);
      img.alt = img.dataset.alt ?? '';
      img.src = url;
      await img.decode().catch(() => {});
      img.hidden = false;
      placeholder.hidden = true;
      if (old) URL.revokeObjectURL(old);
    } catch (error) {
      placeholder.textContent = 'The chart could not be drawn; the table below has the same numbers.';
      placeholder.hidden = false;
      throw error;
    }
  }

  return {
    async load(days) {
      try {
        await Promise.all([loadChart('rates', days), loadChart('categories', days)]);
      } catch (error) {
        fail(error, 'A chart could not be loaded');
      }
    },
    clear() {
      for (const url of urls.values()) URL.revokeObjectURL(url);
      urls.clear();
    },
  };
}

/**
 * Calls `redraw` while `signedIn()` when the colour scheme changes, and when `figure`'s width
 * changes by more than a little (charts are drawn for their width), once it settles.
 */
export function redrawOnChange(figure: HTMLElement, signedIn: () => boolean, redraw: () => void) {
  darkScheme.addEventListener('change', () => signedIn() && redraw());
  let drawnWidth = 0;
  let resizeTimer: ReturnType<typeof setTimeout> | undefined;
  new ResizeObserver(([entry]) => {
    const width = entry.contentRect.width;
    if (!signedIn() || width === 0 || Math.abs(width - drawnWidth) < 40) return;
    const first = drawnWidth === 0;
    drawnWidth = width;
    if (first) return;
    clearTimeout(resizeTimer);
    resizeTimer = setTimeout(redraw, 250);
  }).observe(figure);
}
