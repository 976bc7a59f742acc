import type { StoredReceipt } from '../../store/store.js';
import { type ApiError, json } from './api.js';
import { byId, h } from './dom.js';
import { categoryLabel, methodName, readableTime } from './format.js';
import type { Page } from './page.js';

const fieldRows = (r: StoredReceipt) => [
  ['Decided (visitor’s clock)', readableTime(r.timestamp, ' UTC')],
  ['Received (server’s clock)', readableTime(r.receivedAt, ' UTC')],
  ['Method', methodName(r.method)],
  ['Global Privacy Control', r.gpc ? 'Sent' : 'Not sent'],
  ['Policy revision', String(r.revision)],
];

/** Each category of the receipt, granted or refused. */
const choiceList = (r: StoredReceipt) =>
  h(
    'ul',
    { class: 'choices' },
    ...Object.entries(r.choices ?? {}).map(([id, on]) =>
      h(
        'li',
        { class: on ? 'on' : 'off', 'data-category': id },
        h('span', { class: 'category' }, categoryLabel(id)),
        ' ',
        on ? 'granted' : 'refused',
      ),
    ),
  );

/** Shows a receipt found: every field as text, its choices and its link of the chain. */
function showReceipt(r: StoredReceipt) {
  const fields = [
    h('div', { class: 'wide' }, h('dt', {}, 'Receipt id'), h('dd', { class: 'mono' }, String(r.id))),
    ...fieldRows(r).map(([name, value]) => h('div', {}, h('dt', {}, name), h('dd', {}, value))),
  ];
  fields.push(h('div', { class: 'wide' }, h('dt', {}, 'Choices'), h('dd', {}, choiceList(r))));
  fields.push(
    h('div', { class: 'wide' }, h('dt', {}, 'Chain hash (SHA-256)'), h('dd', { class: 'mono hash' }, String(r.hash))),
  );
  byId('receipt-fields').replaceChildren(...fields);
  byId('receipt-title').textContent = 'Receipt found';
  byId('receipt').hidden = false;
}

/** Looks a receipt up by id and shows it; true when it was found. */
export async function findReceipt({ api, fail }: Page, id: string): Promise<boolean> {
  const message = byId('lookup-message');
  byId('receipt').hidden = true;
  if (!id) {
    message.textContent = 'Enter a receipt id to look it up.';
    return false;
  }
  message.textContent = 'Looking it up…';
  try {
    showReceipt(await json<StoredReceipt>(api, `/consent/receipts/${encodeURIComponent(id)}`));
    message.textContent = `Found receipt ${id}.`;
    return true;
  } catch (error) {
    if ((error as Partial<ApiError>).status === 404) message.textContent = `Not found: no receipt has the id “${id}”.`;
    else {
      message.textContent = '';
      fail(error, 'The receipt could not be looked up');
    }
    return false;
  }
}
