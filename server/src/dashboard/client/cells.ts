import { count } from '../svg.js';
import { h } from './dom.js';
import { readableTime, share } from './format.js';

/** A table cell with a share of `whole` and its count, `73% (44)`; a dash when there is nothing to share. */
export const shareCell = (n: number, whole: number) =>
  h(
    'td',
    { class: 'num' },
    n === 0 && whole === 0 ? '–' : `${share(n, whole)} `,
    h('span', { class: 'count' }, `(${count(n)})`),
  );

/** A table cell with a time, readable (UTC), and the ISO 8601 text in its `<time>`. */
export const timeCell = (iso: string) => h('td', { class: 'nowrap' }, h('time', { datetime: iso }, readableTime(iso)));
