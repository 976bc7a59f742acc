// The dashboard at /consent/admin (SPEC §9). Plain DOM, no build step. Every value that
// comes from a receipt reaches the page as text (textContent, text nodes), never as HTML.

// The built-in categories' names from the catalog, as the server gives them (server/src/dashboard/categories.ts).
import { categoryNames } from './categories.js';

const tokenKey = 'consentry-admin-token';
const pageSize = 50;
const byId = (id) => /** @type {HTMLElement} */ (document.getElementById(id));
const darkScheme = matchMedia('(prefers-color-scheme: dark)');

// Storage can be switched off; the dashboard then asks for the token on each visit.
const session = {
  get: () => {
    try {
      return sessionStorage.getItem(tokenKey) ?? '';
    } catch {
      return '';
    }
  },
  set: (value) => {
    try {
      if (value) sessionStorage.setItem(tokenKey, value);
      else sessionStorage.removeItem(tokenKey);
    } catch {}
  },
};

const state = {
  /** The admin token, also in sessionStorage: gone when the tab closes. */
  token: session.get(),
  days: Number(/** @type {HTMLSelectElement} */ (byId('period')).value) || 30,
  /** The `next` cursor of the receipts list, or null at its end. */
  next: null,
  /** Object URLs of the charts on show, revoked when replaced. */
  chartUrls: new Map(),
};

const methodNames = new Map([
  ['banner', 'Banner'],
  ['preferences', 'Preferences'],
  ['api', 'Site script (API)'],
  ['signal', 'Privacy signal'],
]);
const percentFormat = new Intl.NumberFormat('en-US', { style: 'percent', maximumFractionDigits: 0 });
const numberFormat = new Intl.NumberFormat('en-US');
const share = (part, whole) => (whole > 0 ? percentFormat.format(part / whole) : '–');
const number = (n) => numberFormat.format(n);
const plural = (n, one, many) => `${number(n)} ${n === 1 ? one : many}`;
/** A category as people read it: the catalog's name for a built-in one (`Analytics`), the id for the site's own. */
const categoryLabel = (id) => categoryNames.get(id) ?? id;
const periodName = (days) => (days === 365 ? 'the last 12 months' : `the last ${days} days`);
/** `2026-06-01T14:03:22.000Z` as `2026-06-01 14:03:22` and `zone`; another offset is kept as written. */
const readableTime = (iso, zone = '') =>
  typeof iso === 'string'
    ? iso
        .replace('T', ' ')
        .replace(/\.\d+/, '')
        .replace(/(Z|\+00:00)$/, zone)
    : '';

/**
 * An element with attributes and children; string children become text nodes, so
 * nothing passed here is ever parsed as HTML.
 */
function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) if (value !== undefined) el.setAttribute(name, value);
  for (const child of children) el.append(child instanceof Node ? child : document.createTextNode(String(child)));
  return el;
}

/** An answer the dashboard cannot use, with its HTTP status and the server's message. */
const apiError = (status, message) => Object.assign(new Error(message), { status });

/** Calls an admin route with the bearer token (posting `sent` as JSON, when given); rejects with an `apiError` unless 2xx. */
async function api(path, sent) {
  const headers = { authorization: `Bearer ${state.token}` };
  const init =
    sent === undefined
      ? { headers, cache: 'no-store' }
      : {
          method: 'POST',
          headers: { ...headers, 'content-type': 'application/json' },
          body: JSON.stringify(sent),
          cache: 'no-store',
        };
  let response;
  try {
    response = await fetch(path, init);
  } catch {
    throw apiError(0, 'The records server cannot be reached. Check that it is running, then try again.');
  }
  if (response.ok) return response;
  const body = await response.json().catch(() => ({}));
  throw apiError(response.status, typeof body.error === 'string' ? body.error : response.statusText);
}

/** What to tell the person about a failed call, in words that say what to do. */
function explain(error) {
  if (error.status === 401) return 'The server did not accept that token. Check it and try again.';
  if (error.status === 503 && /CONSENTRY_ADMIN_TOKEN/.test(error.message)) {
    return 'This server has no admin token configured. Set CONSENTRY_ADMIN_TOKEN where it runs, restart it, then sign in.';
  }
  if (error.status === 0) return error.message;
  return `The server answered ${error.status}: ${error.message}`;
}

// --- signing in and out ---

function showSignIn(message = '') {
  byId('dashboard').hidden = true;
  byId('sign-out').hidden = true;
  byId('sign-in').hidden = false;
  const input = /** @type {HTMLInputElement} */ (byId('token'));
  byId('token-error').textContent = message;
  if (message) input.setAttribute('aria-invalid', 'true');
  else input.removeAttribute('aria-invalid');
  input.focus();
}

function signOut(message = '') {
  state.token = '';
  session.set('');
  for (const url of state.chartUrls.values()) URL.revokeObjectURL(url);
  state.chartUrls.clear();
  for (const id of [
    'rates-rows',
    'categories-rows',
    'revisions-rows',
    'receipt-rows',
    'receipt-fields',
    'request-list',
  ]) {
    byId(id).replaceChildren();
  }
  byId('receipt').hidden = true;
  byId('lookup-message').textContent = '';
  byId('requests-summary').textContent = '';
  showSignIn(message);
}

/** Any call answered 401 or 503-without-token means the token no longer works: back to the form. */
function handle(error, where) {
  if (error.status === 401 || (error.status === 503 && /CONSENTRY_ADMIN_TOKEN/.test(error.message))) {
    signOut(explain(error));
    return;
  }
  const banner = byId('load-error');
  banner.textContent = `${where}: ${explain(error)}`;
  banner.hidden = false;
}

async function signIn(event) {
  event.preventDefault();
  const input = /** @type {HTMLInputElement} */ (byId('token'));
  const token = input.value.trim();
  if (!token) {
    byId('token-error').textContent = 'Enter the admin token.';
    input.setAttribute('aria-invalid', 'true');
    input.focus();
    return;
  }
  const button = /** @type {HTMLButtonElement} */ (event.target.querySelector('button'));
  button.disabled = true;
  byId('token-error').textContent = '';
  state.token = token;
  try {
    const stats = await (await api(`/consent/stats?days=${state.days}`)).json();
    session.set(token);
    input.value = '';
    openDashboard(stats);
  } catch (error) {
    state.token = '';
    showSignIn(explain(error));
  } finally {
    button.disabled = false;
  }
}

function openDashboard(stats) {
  byId('sign-in').hidden = true;
  byId('dashboard').hidden = false;
  byId('sign-out').hidden = false;
  byId('load-error').hidden = true;
  byId('dashboard-title').focus();
  showStats(stats);
  void loadCharts();
  void loadRevisions();
  void loadReceipts();
  void verifyChain();
  void loadRequests();
}

// --- the period: figures, charts, tables ---

async function loadPeriod() {
  byId('load-error').hidden = true;
  try {
    showStats(await (await api(`/consent/stats?days=${state.days}`)).json());
    await Promise.all([loadCharts(), loadRevisions()]);
    announce(`Showing ${periodName(state.days)}.`);
  } catch (error) {
    handle(error, 'The figures could not be loaded');
  }
}

/** A table cell with a share of `whole` and its count, `73% (44)`; a dash when there is nothing to share. */
const shareCell = (n, whole) =>
  h(
    'td',
    { class: 'num' },
    n === 0 && whole === 0 ? '–' : `${share(n, whole)} `,
    h('span', { class: 'count' }, `(${number(n)})`),
  );

const totalsOf = (stats) =>
  stats.reduce(
    (t, d) => ({
      decisions: t.decisions + d.decisions,
      acceptAll: t.acceptAll + d.acceptAll,
      rejectAll: t.rejectAll + d.rejectAll,
      custom: t.custom + d.custom,
      gpc: t.gpc + d.gpc,
    }),
    { decisions: 0, acceptAll: 0, rejectAll: 0, custom: 0, gpc: 0 },
  );

/** Each category's granted decisions over the period, highest share first (as the chart orders them). */
function categoriesOf(stats) {
  const granted = new Map();
  for (const day of stats) {
    for (const [id, part] of Object.entries(day.granted)) {
      granted.set(id, (granted.get(id) ?? 0) + Math.round(part * day.decisions));
    }
  }
  return [...granted].sort(([a, x], [b, y]) => y - x || (a < b ? -1 : 1));
}

function showStats(stats) {
  const t = totalsOf(stats);
  const figure = (name, value) => {
    document.querySelector(`[data-figure="${name}"]`).textContent = value;
  };
  figure('decisions', number(t.decisions));
  figure('decisions-sub', `in ${periodName(state.days)}`);
  figure('accept', share(t.acceptAll, t.decisions));
  figure('accept-sub', `${number(t.acceptAll)} of ${number(t.decisions)}`);
  figure('reject', share(t.rejectAll, t.decisions));
  figure('reject-sub', `${number(t.rejectAll)} of ${number(t.decisions)}`);
  figure('gpc', share(t.gpc, t.decisions));
  figure('gpc-sub', `${number(t.gpc)} sent the signal`);

  byId('rates-rows').replaceChildren(
    ...stats
      .slice()
      .reverse()
      .map((d) =>
        h(
          'tr',
          {},
          h('th', { scope: 'row' }, d.date),
          h('td', { class: 'num' }, number(d.decisions)),
          shareCell(d.acceptAll, d.decisions),
          shareCell(d.custom, d.decisions),
          shareCell(d.rejectAll, d.decisions),
          shareCell(d.gpc, d.decisions),
        ),
      ),
  );
  byId('rates-caption').textContent = `Decisions per day in ${periodName(state.days)}, newest first (UTC)`;

  const categories = categoriesOf(stats);
  byId('categories-rows').replaceChildren(
    ...(categories.length === 0
      ? [h('tr', {}, h('td', { colspan: '3' }, 'No decisions in this period.'))]
      : categories.map(([id, n]) =>
          h(
            'tr',
            { 'data-category': id },
            h('th', { scope: 'row' }, categoryLabel(id)),
            h('td', { class: 'num' }, share(n, t.decisions)),
            h('td', { class: 'num' }, `${number(n)} of ${number(t.decisions)}`),
          ),
        )),
  );
  byId('categories-caption').textContent = `Grants per category in ${periodName(state.days)}`;

  byId('rates-chart').dataset.alt =
    t.decisions === 0
      ? `Chart: no decisions in ${periodName(state.days)}.`
      : `Chart of each day's decisions in ${periodName(state.days)}: overall ${share(t.acceptAll, t.decisions)} accept all, ${share(t.custom, t.decisions)} custom, ${share(t.rejectAll, t.decisions)} reject all. The table below has each day's numbers.`;
  byId('categories-chart').dataset.alt =
    categories.length === 0
      ? `Chart: no decisions in ${periodName(state.days)}.`
      : `Chart of the share of decisions granting each category: ${categories.map(([id, n]) => `${categoryLabel(id)} ${share(n, t.decisions)}`).join(', ')}.`;
}

/** Fetches one chart with the token and shows it through an object URL. */
async function loadChart(name) {
  const img = /** @type {HTMLImageElement} */ (byId(`${name}-chart`));
  const figure = img.parentElement;
  const width = Math.min(1600, Math.max(280, Math.round(figure.clientWidth || 720)));
  const theme = darkScheme.matches ? 'dark' : 'light';
  const placeholder = figure.querySelector('[data-placeholder]');
  try {
    const blob = await (
      await api(`/consent/charts/${name}.svg?days=${state.days}&width=${width}&theme=${theme}`)
    ).blob();
    const url = URL.createObjectURL(blob);
    const old = state.chartUrls.get(name);
    state.chartUrls.set(name, url);
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

async function loadCharts() {
  try {
    await Promise.all([loadChart('rates'), loadChart('categories')]);
  } catch (error) {
    handle(error, 'A chart could not be loaded');
  }
}

// --- policy revisions ---

/** One revision's row; the revision is the site's own text, so it goes in as a text node like every value. */
function revisionRow(r) {
  const time = (iso) => h('td', { class: 'nowrap' }, h('time', { datetime: iso }, readableTime(iso)));
  return h(
    'tr',
    {},
    h('th', { scope: 'row' }, String(r.revision)),
    h('td', { class: 'num' }, number(r.decisions)),
    shareCell(r.acceptAll, r.decisions),
    shareCell(r.rejectAll, r.decisions),
    shareCell(r.custom, r.decisions),
    shareCell(r.gpc, r.decisions),
    time(r.first),
    time(r.last),
  );
}

/** Every revision's decisions, newest first (the server answers the first received first). */
async function loadRevisions() {
  try {
    const { revisions } = await (await api('/consent/revisions')).json();
    byId('revisions-rows').replaceChildren(
      ...(revisions.length === 0
        ? [h('tr', {}, h('td', { colspan: '8' }, 'No decisions yet.'))]
        : revisions.slice().reverse().map(revisionRow)),
    );
  } catch (error) {
    handle(error, 'The decisions per policy revision could not be loaded');
  }
}

// --- receipts ---

/** The optional categories a receipt granted, in words short enough for a table cell. */
function granted(choices) {
  const optional = Object.keys(choices ?? {}).filter((id) => id !== 'necessary');
  const ids = optional.filter((id) => choices[id] === true);
  if (ids.length === 0) return 'Necessary only';
  return ids.length === optional.length ? 'All' : ids.map(categoryLabel).join(', ');
}

function receiptRow(r) {
  const open = h('button', { type: 'button', class: 'link mono', 'data-receipt': r.id }, r.id);
  return h(
    'tr',
    {},
    h('td', { class: 'nowrap' }, h('time', { datetime: r.receivedAt }, readableTime(r.receivedAt))),
    h('td', {}, open),
    h('td', {}, methodNames.get(r.method) ?? String(r.method)),
    h('td', {}, granted(r.choices)),
    h('td', {}, r.gpc ? 'Yes' : 'No'),
    h('td', { class: 'revision' }, String(r.revision)),
  );
}

async function loadReceipts(more = false) {
  const button = /** @type {HTMLButtonElement} */ (byId('more'));
  const cursor = more && state.next ? `&cursor=${encodeURIComponent(state.next)}` : '';
  button.disabled = true;
  try {
    const page = await (await api(`/consent/receipts?limit=${pageSize}${cursor}`)).json();
    const rows = page.receipts.map(receiptRow);
    if (more) byId('receipt-rows').append(...rows);
    else byId('receipt-rows').replaceChildren(...rows);
    state.next = page.next;
    byId('receipts-empty').hidden = byId('receipt-rows').childElementCount > 0;
    button.hidden = !page.next;
    if (more) {
      announce(`${plural(rows.length, 'more receipt', 'more receipts')} shown.`);
      // The button is gone at the end of the list: keep focus in the table, on the first new row.
      if (!page.next) rows[0]?.querySelector('button')?.focus();
    }
  } catch (error) {
    handle(error, 'The receipts could not be loaded');
  } finally {
    button.disabled = false;
  }
}

const fieldRows = (r) => [
  ['Decided (visitor’s clock)', readableTime(r.timestamp, ' UTC')],
  ['Received (server’s clock)', readableTime(r.receivedAt, ' UTC')],
  ['Method', methodNames.get(r.method) ?? String(r.method)],
  ['Global Privacy Control', r.gpc ? 'Sent' : 'Not sent'],
  ['Policy revision', String(r.revision)],
];

function showReceipt(r) {
  const fields = [
    h('div', { class: 'wide' }, h('dt', {}, 'Receipt id'), h('dd', { class: 'mono' }, String(r.id))),
    ...fieldRows(r).map(([name, value]) => h('div', {}, h('dt', {}, name), h('dd', {}, value))),
  ];
  const choices = h(
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
  fields.push(h('div', { class: 'wide' }, h('dt', {}, 'Choices'), h('dd', {}, choices)));
  fields.push(
    h('div', { class: 'wide' }, h('dt', {}, 'Chain hash (SHA-256)'), h('dd', { class: 'mono hash' }, String(r.hash))),
  );
  byId('receipt-fields').replaceChildren(...fields);
  byId('receipt-title').textContent = 'Receipt found';
  byId('receipt').hidden = false;
}

async function findReceipt(id) {
  const message = byId('lookup-message');
  byId('receipt').hidden = true;
  if (!id) {
    message.textContent = 'Enter a receipt id to look it up.';
    return;
  }
  message.textContent = 'Looking it up…';
  try {
    showReceipt(await (await api(`/consent/receipts/${encodeURIComponent(id)}`)).json());
    message.textContent = `Found receipt ${id}.`;
    return true;
  } catch (error) {
    if (error.status === 404) message.textContent = `Not found: no receipt has the id “${id}”.`;
    else {
      message.textContent = '';
      handle(error, 'The receipt could not be looked up');
    }
  }
}

// --- privacy requests ---

/** Each kind of request as the dashboard names it (SPEC §9). */
const kindNames = new Map([
  ['access', 'See their data'],
  ['correct', 'Correct their data'],
  ['delete', 'Delete their data'],
  ['opt-out', 'Opt out of sale, sharing and targeted ads'],
  ['limit-use', 'Limit the use of sensitive data'],
  ['other', 'Other request'],
]);
const statusNames = new Map([
  ['open', 'Open'],
  ['done', 'Done'],
  ['refused', 'Refused'],
]);
const dayMs = 86_400_000;

/** Days from today (UTC) to `due` (`YYYY-MM-DD`): negative once it has passed. */
function daysLeft(due) {
  const now = new Date();
  return Math.round(
    (Date.parse(`${due}T00:00:00Z`) - Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate())) / dayMs,
  );
}

/** The time left to answer, in words: `12 days left`, `Due today`, `Overdue by 3 days`. */
function timeLeft(due) {
  const days = daysLeft(due);
  if (days < 0) return `Overdue by ${plural(-days, 'day', 'days')}`;
  return days === 0 ? 'Due today' : plural(days, 'day left', 'days left');
}

/** One request's history: each status with its time and its note, as text. */
function historyOf(request) {
  const entries = request.history.map((entry, i) =>
    h(
      'li',
      {},
      h('time', { datetime: entry.at }, readableTime(entry.at)),
      ` ${i === 0 ? 'Received' : (statusNames.get(entry.status) ?? String(entry.status))}`,
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
function closeForm(request, key) {
  const field = (name) => `${key}-${name}`;
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
function requestItem(request, index) {
  const key = `request-${index}`;
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
    closeForm(request, key),
  );
}

/** The open requests, overdue first (the server gives the oldest due first). */
async function loadRequests() {
  try {
    const { requests } = await (await api('/consent/requests?status=open')).json();
    byId('request-list').replaceChildren(...requests.map(requestItem));
    const overdue = requests.filter((r) => daysLeft(r.due) < 0).length;
    byId('requests-summary').textContent =
      requests.length === 0
        ? 'No open requests.'
        : `${plural(requests.length, 'open request', 'open requests')}, ${overdue === 0 ? 'none' : number(overdue)} overdue.`;
  } catch (error) {
    handle(error, 'The privacy requests could not be loaded');
  }
}

/** Closes a request with the outcome and the note of its form; the list then shows the requests still open. */
async function closeRequest(event) {
  const form = event.target.closest('form.close-request');
  if (!form) return;
  event.preventDefault();
  const note = form.elements.namedItem('note');
  const error = form.querySelector('.error');
  if (!note.value.trim()) {
    error.textContent = 'Write a note: what was done, or why the request was refused.';
    note.setAttribute('aria-invalid', 'true');
    note.focus();
    return;
  }
  const status = form.elements.namedItem('status').value;
  const button = form.querySelector('button');
  button.disabled = true;
  try {
    await api(`/consent/requests/${encodeURIComponent(form.dataset.request)}`, { status, note: note.value });
    await loadRequests();
    byId('requests-title').focus();
    announce(`Request closed as ${statusNames.get(status).toLowerCase()}.`);
  } catch (failure) {
    error.textContent = `It could not be closed: ${explain(failure)}`;
    button.disabled = false;
    handle(failure, 'The request could not be closed');
  }
}

// --- export and the chain ---

/** Downloads an export with the token, as `<file>-<today>.<format>`. */
async function download({ path, file, format }, button) {
  const name = format.toUpperCase();
  button.disabled = true;
  announce(`Preparing the ${name} file…`);
  try {
    const blob = await (await api(path)).blob();
    const url = URL.createObjectURL(blob);
    const link = h('a', { href: url, download: `${file}-${new Date().toISOString().slice(0, 10)}.${format}` });
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
    announce(`The ${name} file is downloading.`);
  } catch (error) {
    handle(error, 'The export failed');
  } finally {
    button.disabled = false;
  }
}

async function verifyChain() {
  const chain = byId('chain');
  chain.dataset.state = 'checking';
  chain.textContent = 'Checking the chain…';
  try {
    const { ok, count, firstBad } = await (await api('/consent/verify')).json();
    chain.dataset.state = ok ? 'ok' : 'broken';
    if (ok) {
      chain.replaceChildren(h('strong', {}, 'Intact.'), ` All ${plural(count, 'receipt links', 'receipts link')} up.`);
    } else if (firstBad === 'head') {
      chain.replaceChildren(
        h('strong', {}, 'Broken after the last receipt.'),
        ` ${plural(count, 'receipt checks', 'receipts check')} out, but the newest ones were removed.`,
      );
    } else {
      chain.replaceChildren(
        h('strong', {}, 'Broken'),
        ' at receipt ',
        h('span', { class: 'mono' }, String(firstBad)),
        ` (number ${number(count)} of the chain). It was changed or removed outside Consentry.`,
      );
    }
  } catch (error) {
    chain.dataset.state = 'unknown';
    chain.textContent = 'The chain could not be checked.';
    handle(error, 'The chain could not be checked');
  }
}

function announce(message) {
  const region = byId('announce');
  region.textContent = '';
  // A new text node after clearing, so the same message twice is announced twice.
  setTimeout(() => {
    region.textContent = message;
  }, 50);
}

// --- wiring ---

byId('token-form').addEventListener('submit', signIn);
byId('sign-out').addEventListener('click', () => signOut());
byId('period').addEventListener('change', (event) => {
  state.days = Number(event.target.value);
  void loadPeriod();
});
byId('lookup').addEventListener('submit', async (event) => {
  event.preventDefault();
  const input = /** @type {HTMLInputElement} */ (byId('lookup-id'));
  if (await findReceipt(input.value.trim())) byId('receipt-title').focus();
});
byId('receipt-rows').addEventListener('click', async (event) => {
  const button = event.target.closest('button[data-receipt]');
  if (!button) return;
  /** @type {HTMLInputElement} */ (byId('lookup-id')).value = button.dataset.receipt;
  if (await findReceipt(button.dataset.receipt)) byId('receipt-title').focus();
});
byId('more').addEventListener('click', () => loadReceipts(true));
for (const button of document.querySelectorAll('[data-export]')) {
  const format = button.dataset.export;
  button.addEventListener('click', () =>
    download({ path: `/consent/export.${format}`, file: 'consentry-receipts', format }, button),
  );
}
byId('export-requests').addEventListener('click', (event) =>
  download({ path: '/consent/requests.csv', file: 'consentry-requests', format: 'csv' }, event.currentTarget),
);
byId('request-list').addEventListener('submit', closeRequest);
byId('verify').addEventListener('click', verifyChain);
darkScheme.addEventListener('change', () => state.token && loadCharts());

// Charts are drawn for their width: draw them again when it changes by more than a little.
let drawnWidth = 0;
let resizeTimer;
new ResizeObserver(([entry]) => {
  const width = entry.contentRect.width;
  if (!state.token || width === 0 || Math.abs(width - drawnWidth) < 40) return;
  const first = drawnWidth === 0;
  drawnWidth = width;
  if (first) return;
  clearTimeout(resizeTimer);
  resizeTimer = setTimeout(loadCharts, 250);
}).observe(byId('rates-figure'));

// The page opens on the sign-in form; a token kept in this tab skips it.
if (state.token) {
  api(`/consent/stats?days=${state.days}`)
    .then((r) => r.json())
    .then(openDashboard, (error) => signOut(explain(error)));
}
