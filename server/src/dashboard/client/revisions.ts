import type { RevisionStats } from '../../store/store.js';
import { count } from '../svg.js';
import { json } from './api.js';
import { shareCell, timeCell } from './cells.js';
import { byId, h } from './dom.js';
import type { Page } from './page.js';

/** One revision's row; the revision is the site's own text, so it goes in as a text node like every value. */
const revisionRow = (r: RevisionStats) =>
  h(
    'tr',
    {},
    h('th', { scope: 'row' }, String(r.revision)),
    h('td', { class: 'num' }, count(r.decisions)),
    shareCell(r.acceptAll, r.decisions),
    shareCell(r.rejectAll, r.decisions),
    shareCell(r.custom, r.decisions),
    shareCell(r.gpc, r.decisions),
    timeCell(r.first),
    timeCell(r.last),
  );

/** Every revision's decisions, newest first (the server answers the first received first). */
export async function loadRevisions({ api, fail }: Page) {
  try {
    const { revisions } = await json<{ revisions: RevisionStats[] }>(api, '/consent/revisions');
    byId('revisions-rows').replaceChildren(
      ...(revisions.length === 0
        ? [h('tr', {}, h('td', { colspan: '8' }, 'No decisions yet.'))]
        : revisions
            .slice()
            .reverse()
            .map((r) => revisionRow(r))),
    );
  } catch (error) {
    fail(error, 'The decisions per policy revision could not be loaded');
  }
}
