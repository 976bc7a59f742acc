import type { StoredReceipt } from '../../store/store.js';
import { announce } from './announce.js';
import { json } from './api.js';
import { timeCell } from './cells.js';
import { byId, h } from './dom.js';
import { categoryLabel, methodName, plural } from './format.js';
import type { Page } from './page.js';

const pageSize = 50;

/** The optional categories a receipt granted, in words short enough for a table cell. */
function granted(choices: Record<string, boolean> | undefined) {
  const optional = Object.keys(choices ?? {}).filter((id) => id !== 'necessary');
  const ids = optional.filter((id) => choices?.[id] === true);
  if (ids.length === 0) return 'Necessary only';
  return ids.length === optional.length ? 'All' : ids.map(categoryLabel).join(', ');
}

/** A receipt's row; its id is a button that looks it up. */
function receiptRow(r: StoredReceipt) {
  const open = h('button', { type: 'button', class: 'link mono', 'data-receipt': r.id }, r.id);
  return h(
    'tr',
    {},
    timeCell(r.receivedAt),
    h('td', {}, open),
    h('td', {}, methodName(r.method)),
    h('td', {}, granted(r.choices)),
    h('td', {}, r.gpc ? 'Yes' : 'No'),
    h('td', { class: 'revision' }, String(r.revision)),
  );
}

/**
 * The list of receipts, newest first, a page at a time: `load()` shows the first page,
 * `load(true)` adds the next one.
 */
export function createReceipts({ api, fail }: Page) {
  /** The `next` cursor of the list, or null at its end. */
  let next: string | null = null;

  return async function load(more = false) {
    const button = byId<HTMLButtonElement>('more');
    const cursor = more && next ? `&cursor=${encodeURIComponent(next)}` : '';
    button.disabled = true;
    try {
      const page = await json<{ receipts: StoredReceipt[]; next: string | null }>(
        api,
        `/consent/receipts?limit=${pageSize}${cursor}`,
      );
      const rows = page.receipts.map(receiptRow);
      if (more) byId('receipt-rows').append(...rows);
      else byId('receipt-rows').replaceChildren(...rows);
      next = page.next;
      byId('receipts-empty').hidden = byId('receipt-rows').childElementCount > 0;
      button.hidden = !page.next;
      if (more) {
        announce(`${plural(rows.length, 'more receipt', 'more receipts')} shown.`);
        // The button is gone at the end of the list: keep focus in the table, on the first new row.
        if (!page.next) rows[0]?.querySelector('button')?.focus();
      }
    } catch (error) {
      fail(error, 'The receipts could not be loaded');
    } finally {
      button.disabled = false;
    }
  };
}
