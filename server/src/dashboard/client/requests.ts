import type { StoredRequest } from '../../store/requests.js';
import { count } from '../svg.js';
import { announce } from './announce.js';
import { explain, json } from './api.js';
import { byId } from './dom.js';
import { plural } from './format.js';
import type { Page } from './page.js';
import { daysLeft, requestItem, statusName } from './request-item.js';

/** The open requests, overdue first (the server gives the oldest due first). */
export async function loadRequests({ api, fail }: Page) {
  try {
    const { requests } = await json<{ requests: StoredRequest[] }>(api, '/consent/requests?status=open');
    byId('request-list').replaceChildren(...requests.map((r, i) => requestItem(r, i)));
    const overdue = requests.filter((r) => daysLeft(r.due) < 0).length;
    byId('requests-summary').textContent =
      requests.length === 0
        ? 'No open requests.'
        : `${plural(requests.length, 'open request', 'open requests')}, ${overdue === 0 ? 'none' : count(overdue)} overdue.`;
  } catch (error) {
    fail(error, 'The privacy requests could not be loaded');
  }
}

/** Closes a request with the outcome and the note of its form; the list then shows the requests still open. */
export async function closeRequest(page: Page, event: SubmitEvent) {
  const form = (event.target as Element).closest<HTMLFormElement>('form.close-request');
  if (!form) return;
  event.preventDefault();
  const note = form.elements.namedItem('note') as HTMLTextAreaElement;
  const error = form.querySelector('.error') as HTMLElement;
  if (!note.value.trim()) {
    error.textContent = 'Write a note: what was done, or why the request was refused.';
    note.setAttribute('aria-invalid', 'true');
    note.focus();
    return;
  }
  const status = (form.elements.namedItem('status') as HTMLSelectElement).value;
  const button = form.querySelector('button') as HTMLButtonElement;
  button.disabled = true;
  try {
    await page.api(`/consent/requests/${encodeURIComponent(form.dataset.request ?? '')}`, { status, note: note.value });
    await loadRequests(page);
    byId('requests-title').focus();
    announce(`Request closed as ${statusName(status).toLowerCase()}.`);
  } catch (failure) {
    error.textContent = `It could not be closed: ${explain(failure)}`;
    button.disabled = false;
    page.fail(failure, 'The request could not be closed');
  }
}
