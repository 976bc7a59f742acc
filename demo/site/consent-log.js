/*
 * Consent log page: fetches the newest receipts the records server stored (the demo
 * server's GET /api/consent-log, newest first) and lists them in the table. Same-origin
 * file: no inline script.
 */
(() => {
  const rows = document.getElementById('log-rows');
  const status = document.getElementById('log-status');
  const refresh = document.getElementById('log-refresh');
  const methods = { banner: 'Banner', preferences: 'Preferences', api: 'Console API', signal: 'Privacy signal' };

  function cell(...children) {
    const td = document.createElement('td');
    td.append(...children);
    return td;
  }

  function message(text) {
    const td = cell(text);
    td.colSpan = 7;
    const tr = document.createElement('tr');
    tr.append(td);
    rows.replaceChildren(tr);
  }

  function render(receipts) {
    if (!receipts.length) {
      message('No receipts yet. Make a choice in the cookie banner, then refresh.');
      status.textContent = 'No receipts yet.';
      return;
    }
    rows.replaceChildren(
      ...receipts.map((r) => {
        const time = document.createElement('time');
        time.dateTime = r.timestamp;
        time.textContent = new Date(r.timestamp).toLocaleString();
        const ids = Object.keys(r.choices);
        const allowed = ids.filter((id) => r.choices[id]).join(', ') || 'none';
        const refused = ids.filter((id) => !r.choices[id]).join(', ') || 'none';
        const gpc = document.createElement('span');
        gpc.className = r.gpc ? 'yes' : 'no';
        gpc.textContent = r.gpc ? 'on' : 'off';
        const id = document.createElement('code');
        id.textContent = r.id;
        const tr = document.createElement('tr');
        tr.append(
          cell(time),
          cell(methods[r.method] || r.method),
          cell(allowed),
          cell(refused),
          cell(gpc),
          cell(r.revision),
          cell(id),
        );
        return tr;
      }),
    );
    status.textContent = `${receipts.length} ${receipts.length === 1 ? 'receipt' : 'receipts'}, newest first.`;
  }

  async function load() {
    status.textContent = 'Loading the log…';
    try {
      const response = await fetch('/api/consent-log', { cache: 'no-store', headers: { accept: 'application/json' } });
      if (!response.ok) throw new Error(`the server answered ${response.status}`);
      render(await response.json());
    } catch (error) {
      message('The log could not be loaded.');
      status.textContent = `The log could not be loaded: ${error.message}.`;
    }
  }

  refresh.addEventListener('click', load);
  // A choice made on this page reaches the records server a moment later: then reload.
  window.addEventListener('consentry:change', () => setTimeout(load, 800));
  load();
})();
