import type { CaughtFinding, PageReport, VisitKind } from '../types.js';

/** One element Consentry's safety net caught on a page, across that page's visits. */
export interface CaughtElement extends Omit<CaughtFinding, 'visit' | 'state' | 'requested'> {
  page: string;
  /** The visits it was caught in. */
  visits: VisitKind[];
  /** The browser requested it before a choice in one of them anyway: that request is a leak. */
  requested: boolean;
}

/**
 * Each page's caught elements once (report.json lists them per visit), for the summary,
 * report.html and the `--json` output.
 * @example caughtElements(report.pages).filter((c) => c.requested) // the ones a preload fetched
 */
export function caughtElements(pages: readonly PageReport[]): CaughtElement[] {
  const found = new Map<string, CaughtElement>();
  for (const page of pages) {
    for (const { visit, state: _state, requested, ...c } of page.caught) {
      const key = `${page.url}|${c.url}`;
      const known = found.get(key);
      if (known) {
        if (!known.visits.includes(visit)) known.visits.push(visit);
        known.requested ||= requested;
        known.inHtml ||= c.inHtml;
      } else found.set(key, { page: page.url, ...c, visits: [visit], requested });
    }
  }
  return [...found.values()];
}
