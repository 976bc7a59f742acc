/**
 * The dashboard at /consent/admin (SPEC §9): the page's script, bundled into one file that
 * index.html loads (server/scripts/build-dashboard.mjs). Plain DOM. Every value that comes
 * from a receipt or a request reaches the page as text (text nodes, textContent), never as
 * HTML.
 */
import { periodDays } from '../../routes/bounds.js';
import type { DayStats } from '../../store/store.js';
import { announce } from './announce.js';
import { createApi, explain, json, tokenRefused } from './api.js';
import { verifyChain } from './chain.js';
import { type Charts, createCharts, redrawOnChange } from './charts.js';
import { byId } from './dom.js';
import { download, type Export } from './exports.js';
import { periodName } from './format.js';
import { findReceipt } from './lookup.js';
import type { Page } from './page.js';
import { showStats } from './rates.js';
import { createReceipts } from './receipts.js';
import { closeRequest, loadRequests } from './requests.js';
import { loadRevisions } from './revisions.js';
import { clearDashboard, showDashboard, showLoadError, showSignIn } from './screens.js';
import { keepToken, keptToken } from './session.js';

/** What the page holds between events: the token in use (kept in the tab once it works), the period on show. */
interface State {
  token: string;
  days: number;
}

/** The page's state and its panels that hold their own, handed to each step below. */
interface Dashboard extends Page {
  state: State;
  charts: Charts;
  loadReceipts(more?: boolean): Promise<void>;
}

function createDashboard(): Dashboard {
  const state: State = {
    token: keptToken(),
    days: Number(byId<HTMLSelectElement>('period').value) || periodDays.fallback,
  };
  const page: Page = { api: createApi(() => state.token), fail: (error, where) => fail(dashboard, error, where) };
  const dashboard: Dashboard = { ...page, state, charts: createCharts(page), loadReceipts: createReceipts(page) };
  return dashboard;
}

/** Any call answered 401 or 503-without-token means the token no longer works: back to the form. */
function fail(d: Dashboard, error: unknown, where: string) {
  if (tokenRefused(error)) signOut(d, explain(error));
  else showLoadError(`${where}: ${explain(error)}`);
}

function signOut(d: Dashboard, message = '') {
  d.state.token = '';
  keepToken('');
  d.charts.clear();
  clearDashboard();
  showSignIn(message);
}

/** Tries the token the form holds: the dashboard when the server takes it, the form again with why not. */
async function signIn(d: Dashboard, event: SubmitEvent) {
  event.preventDefault();
  const input = byId<HTMLInputElement>('token');
  const token = input.value.trim();
  if (!token) {
    byId('token-error').textContent = 'Enter the admin token.';
    input.setAttribute('aria-invalid', 'true');
    input.focus();
    return;
  }
  const button = (event.target as HTMLFormElement).querySelector('button') as HTMLButtonElement;
  button.disabled = true;
  byId('token-error').textContent = '';
  d.state.token = token;
  try {
    const stats = await json<DayStats[]>(d.api, `/consent/stats?days=${d.state.days}`);
    keepToken(token);
    input.value = '';
    openDashboard(d, stats);
  } catch (error) {
    d.state.token = '';
    showSignIn(explain(error));
  } finally {
    button.disabled = false;
  }
}

/** Shows the dashboard with the period's stats, and loads every panel. */
function openDashboard(d: Dashboard, stats: DayStats[]) {
  showDashboard();
  showStats(stats, d.state.days);
  void d.charts.load(d.state.days);
  void loadRevisions(d);
  void d.loadReceipts();
  void verifyChain(d);
  void loadRequests(d);
}

/** The figures, charts and tables of the period just chosen. */
async function loadPeriod(d: Dashboard) {
  byId('load-error').hidden = true;
  try {
    showStats(await json<DayStats[]>(d.api, `/consent/stats?days=${d.state.days}`), d.state.days);
    await Promise.all([d.charts.load(d.state.days), loadRevisions(d)]);
    announce(`Showing ${periodName(d.state.days)}.`);
  } catch (error) {
    d.fail(error, 'The figures could not be loaded');
  }
}

/** Looks up the receipt `id`, and moves focus to it when found. */
async function lookUp(d: Dashboard, id: string) {
  if (await findReceipt(d, id)) byId('receipt-title').focus();
}

/** The receipts' lookup: the search form, and each id in the list. */
function wireLookup(d: Dashboard) {
  byId('lookup').addEventListener('submit', (event) => {
    event.preventDefault();
    void lookUp(d, byId<HTMLInputElement>('lookup-id').value.trim());
  });
  byId('receipt-rows').addEventListener('click', (event) => {
    const button = (event.target as Element).closest<HTMLButtonElement>('button[data-receipt]');
    if (!button) return;
    const id = button.dataset.receipt ?? '';
    byId<HTMLInputElement>('lookup-id').value = id;
    void lookUp(d, id);
  });
}

/** The export buttons: every receipt as CSV or JSON Lines, every privacy request as CSV. */
function wireExports(d: Dashboard) {
  for (const button of document.querySelectorAll<HTMLButtonElement>('[data-export]')) {
    const format = button.dataset.export as Export['format'];
    button.addEventListener('click', () =>
      download(d, { path: `/consent/export.${format}`, file: 'consentry-receipts', format }, button),
    );
  }
  byId('export-requests').addEventListener('click', (event) =>
    download(
      d,
      { path: '/consent/requests.csv', file: 'consentry-requests', format: 'csv' },
      event.currentTarget as HTMLButtonElement,
    ),
  );
}

function wire(d: Dashboard) {
  byId('token-form').addEventListener('submit', (event) => signIn(d, event));
  byId('sign-out').addEventListener('click', () => signOut(d));
  byId('period').addEventListener('change', (event) => {
    d.state.days = Number((event.target as HTMLSelectElement).value);
    void loadPeriod(d);
  });
  wireLookup(d);
  byId('more').addEventListener('click', () => d.loadReceipts(true));
  wireExports(d);
  byId('request-list').addEventListener('submit', (event) => closeRequest(d, event));
  byId('verify').addEventListener('click', () => verifyChain(d));
  redrawOnChange(
    byId('rates-figure'),
    () => d.state.token !== '',
    () => void d.charts.load(d.state.days),
  );
}

function main() {
  const d = createDashboard();
  wire(d);
  // The page opens on the sign-in form; a token kept in this tab skips it.
  if (d.state.token) {
    json<DayStats[]>(d.api, `/consent/stats?days=${d.state.days}`).then(
      (stats) => openDashboard(d, stats),
      (error) => signOut(d, explain(error)),
    );
  }
}

main();
