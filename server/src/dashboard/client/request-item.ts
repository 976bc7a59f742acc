import { dayMs, startOfDay } from '../../days.js';
import type { RequestKind, RequestStatus } from '../../privacy-request.js';
import type { StoredRequest } from '../../store/requests.js';
import { h } from './dom.js';
import { plural, readableTime } from './format.js';

// How the dashboard names each kind of request and each status (SPEC §9); the compiler
// checks they name every one of privacy-request.ts.
const kindNames = new Map<string, string>(
  Object.entries({
    access: 'See their data',
    correct: 'Correct their data',
    delete: 'Delete their data',
    'opt-out': 'Opt out of sale, sharing and targeted ads',
    'limit-use': 'Limit the use of sensitive data',
    other: 'Other request',
  } satisfies Record<RequestKind, string>),
);
const statusNames = new Map<string, string>(
  Object.entries({ open: 'Open', done: 'Done', refused: 'Refused' } satisfies Record<RequestStatus, string>),
);

/** A status in words: `Done`. */
export const statusName = (status: string) => statusNames.get(status) ?? String(status);

/** Days from today (UTC) to `due` (`YYYY-MM-DD`): negative once it has passed. */
export const daysLeft = (due: string) => Math.round((Date.parse(`${due}T00:00:00Z`) - startOfDay(new Date())) / dayMs);

/** The time left to answer, in words: `12 days left`, `Due today`, `Overdue by 3 days`. */
function timeLeft(due: string) {
  const days = daysLeft(due);
  if (days < 0) return `Overdue by ${plural(-days, 'day', 'days')}`;
  return days === 0 ? 'Due today' : plural(days, 'day left', 'days left');
}

/** One request's history: each status with its time and its note, as text. */
function historyOf(request: StoredRequest) {
  const entries = request.history.map((entry, i) =>
    h(
      'li',
      {},
      h('time', { datetime: entry.at }, readableTime(entry.at)),
      ` ${i === 0 ? 'Received' : statusName(entry.status)}`,
      entry.note ? `: ${entry.note}` : '',
    ),
  );
  return h(
    'details',
    {},
    h('summary', {}, `History (${plural(entries.length, 'entry', 'entries')})`),
    h('ol', { class: 'history' }, ...entries),
  );
}

/** The form that closes a request: an outcome and a note, each labelled, the note required. */
function closeForm(request: StoredRequest, key: string) {
  const field = (name: string) => `${key}-${name}`;
  return h(
    'form',
    { class: 'close-request', 'data-request': request.id, novalidate: '' },
    h(
      'fieldset',
      {},
      h('legend', {}, `Close the request from ${request.email}`),
      h('label', { for: field('status') }, 'Outcome'),
      h(
        'select',
        { id: field('status'), name: 'status' },
        h('option', { value: 'done' }, 'Done: answered'),
        h('option', { value: 'refused' }, 'Refused'),
      ),
      h('label', { for: field('note') }, 'Note'),
      h(
        'p',
        { id: field('hint'), class: 'hint close-hint' },
        'What was done or why not, for the record. It is kept in the history.',
      ),
      h('textarea', {
        id: field('note'),
        name: 'note',
        rows: '3',
        maxlength: '2000',
        required: '',
        'aria-describedby': `${field('hint')} ${field('error')}`,
      }),
      h('p', { id: field('error'), class: 'error', role: 'alert' }),
      h('p', { class: 'buttons close-buttons' }, h('button', { type: 'submit', class: 'primary' }, 'Close request')),
    ),
  );
}

/** One open request: what was asked, by whom, the time left, the message as text, its history and the form. */
export function requestItem(request: StoredRequest, index: number) {
  const overdue = daysLeft(request.due) < 0;
  const fields = [
    ['E-mail', request.email],
    ['Received', readableTime(request.receivedAt, ' UTC')],
    ['Consent id', request.consentId ?? 'Not sent'],
    ['Request id', request.id],
  ];
  return h(
    'li',
    { class: 'request', 'data-request': request.id, 'data-overdue': String(overdue) },
    h('h3', {}, kindNames.get(request.kind) ?? String(request.kind)),
    h('p', { class: 'due' }, h('strong', {}, timeLeft(request.due)), ` (due ${request.due})`),
    h('dl', { class: 'fields' }, ...fields.map(([name, value]) => h('div', {}, h('dt', {}, name), h('dd', {}, value)))),
    h(
      'div',
      { class: 'message' },
      h('p', { class: 'message-label' }, 'Message'),
      h('p', { class: 'message-text' }, request.message || 'No message.'),
    ),
    historyOf(request),
    closeForm(request, `request-${index}`),
  );
}
