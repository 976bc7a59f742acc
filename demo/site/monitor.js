/*
 * Tag monitor: a demo tool, not part of the Consentry widget. A small panel, fixed
 * top-right and collapsible, that shows the last Google Consent Mode command in
 * window.dataLayer, the visitor's categories, which stand-in tags have run, what the safety
 * net caught (the tags nobody marked, from Consentry.status().held: state, service,
 * category), the last consent signal each partner got (Consentry.status().partners), the
 * cookies present, and buttons for Consentry.showPreferences() and Consentry.reset().
 * Loaded with `defer` from the same origin: no inline script, so it works under a strict CSP.
 */
(() => {
  const doc = document;
  const tags = [
    { name: 'gtag', label: 'Google Analytics', src: '/stand-in/gtag.js', category: 'analytics' },
    { name: 'pixel', label: 'Meta Pixel', src: '/stand-in/pixel.js', category: 'advertising' },
  ];
  const sensitivePage = doc.documentElement.hasAttribute('data-consentry-sensitive');
  let videoLoaded = false;
  // Consentry.status() answers once the engine runs; the stub before it only says "starting".
  let ready = false;

  /** Creates an element with attributes and children (strings become text, never HTML). */
  function h(tag, attrs, ...children) {
    const node = doc.createElement(tag);
    for (const [key, value] of Object.entries(attrs || {})) {
      if (key === 'className') node.className = value;
      else node.setAttribute(key, value);
    }
    for (const child of children) node.append(child);
    return node;
  }

  const consentMode = h('dl', { className: 'tm-grid' });
  const consentSource = h('p', { className: 'tm-small' });
  const categories = h('dl', { className: 'tm-grid' });
  const tagList = h('dl', { className: 'tm-grid' });
  const netList = h('dl', { className: 'tm-grid', id: 'tm-net' });
  const partnerList = h('dl', { className: 'tm-grid', id: 'tm-partners' });
  const cookieList = h('p', { className: 'tm-small' });
  const status = h('p', { className: 'tm-small', role: 'status' });
  const openButton = h('button', { type: 'button' }, 'Open preferences');
  const resetButton = h('button', { type: 'button' }, 'Reset consent');

  const details = h(
    'details',
    {},
    h('summary', {}, 'Tag monitor'),
    h(
      'div',
      { className: 'tm-body' },
      h('p', { className: 'tm-small' }, 'A demo tool, not part of the widget.'),
      h('h2', {}, 'Google Consent Mode'),
      consentSource,
      consentMode,
      h('h2', {}, 'Categories'),
      categories,
      h('h2', {}, 'Stand-in tags'),
      tagList,
      h('h2', {}, 'Safety net'),
      h('p', { className: 'tm-small' }, 'Tags nobody marked, held by Consentry until their category is granted.'),
      netList,
      h('h2', {}, 'Partner signals'),
      partnerList,
      h('h2', {}, 'Cookies'),
      cookieList,
      h('div', { className: 'tm-buttons' }, openButton, resetButton),
      status,
    ),
  );
  const panel = h('aside', { className: 'tag-monitor', 'aria-label': 'Tag monitor' }, details);

  /** The last `gtag('consent', …)` command: dataLayer entries are Arguments objects. */
  function lastConsentCommand() {
    const layer = Array.isArray(window.dataLayer) ? window.dataLayer : [];
    for (let i = layer.length - 1; i >= 0; i--) {
      const entry = layer[i];
      if (entry && typeof entry === 'object' && entry[0] === 'consent') return entry;
    }
    return null;
  }

  function row(list, term, value, on) {
    const dd = h('dd', {}, value);
    if (on !== undefined) dd.className = on ? 'tm-on' : 'tm-off';
    list.append(h('dt', {}, term), dd);
  }

  function tagState(tag) {
    if ((window.__ran || []).includes(tag.name)) return ['ran', true];
    const held = doc.querySelector(`script[type="text/plain"][src="${tag.src}"]`);
    if (held) return [tag.category === 'advertising' && sensitivePage ? 'held (sensitive page)' : 'held', false];
    return ['released, loading', true];
  }

  /**
   * Consentry.status(), without the tables it prints for a person at the console: the
   * monitor asks on every change, and the console should keep Consentry's own warnings
   * readable. status() resolves once its file has loaded (SPEC §8): the tables stay quiet until then.
   */
  function withStatus(then) {
    const api = window.Consentry;
    if (!ready || !api || typeof api.status !== 'function') return then(null);
    const table = console.table;
    console.table = () => {};
    const restore = () => {
      console.table = table;
    };
    let result;
    try {
      result = api.status();
    } catch {
      result = null;
    }
    Promise.resolve(result)
      .finally(restore)
      .then(then, () => then(null));
  }

  /** What the safety net caught, and the last signal each partner named in `services` got. */
  function renderStatus(status) {
    netList.replaceChildren();
    // The net's catches are the held elements that name a catalog service.
    const caught = status ? status.held.filter((item) => item.service) : [];
    if (!status) row(netList, 'Consentry', 'starting');
    else if (!caught.length) row(netList, 'Nothing caught', 'every tag is marked or allowed');
    for (const item of caught)
      row(netList, `${item.service} (${item.categories.join(' ')})`, item.state, item.state === 'loaded');

    partnerList.replaceChildren();
    const partners = Object.entries(status?.partners || {});
    if (!partners.length) row(partnerList, 'None', status ? 'no partner named in services' : 'starting');
    for (const [id, value] of partners) {
      const text =
        value && typeof value === 'object'
          ? Object.entries(value)
              .map(([key, v]) => `${key}: ${v}`)
              .join(', ')
          : String(value);
      row(partnerList, id, text);
    }
  }

  function render() {
    withStatus(renderStatus);
    const command = lastConsentCommand();
    consentMode.replaceChildren();
    if (command) {
      consentSource.textContent = `Last command: gtag('consent', '${command[1]}', …)`;
      for (const [key, value] of Object.entries(command[2] || {})) {
        if (value === 'granted' || value === 'denied') row(consentMode, key, value, value === 'granted');
        else row(consentMode, key, String(value));
      }
    } else {
      consentSource.textContent = 'No consent command in window.dataLayer yet.';
    }

    categories.replaceChildren();
    const api = window.Consentry;
    if (api && typeof api.get === 'function') {
      for (const [id, granted] of Object.entries(api.get())) row(categories, id, granted ? 'on' : 'off', granted);
    } else {
      row(categories, 'Consentry', 'not loaded', false);
    }
    openButton.disabled = !api;
    resetButton.disabled = !api;

    tagList.replaceChildren();
    for (const tag of tags) {
      const [text, on] = tagState(tag);
      row(tagList, `${tag.label} (${tag.category})`, text, on);
    }
    const frame = doc.querySelector('iframe[data-consent]');
    if (frame) {
      const text = videoLoaded ? 'loaded' : frame.hasAttribute('src') ? 'released, loading' : 'held';
      row(tagList, `Video embed (${frame.getAttribute('data-consent')})`, text, text !== 'held');
    }

    const names = doc.cookie
      .split(';')
      .map((c) => c.split('=')[0].trim())
      .filter(Boolean);
    cookieList.textContent = names.length ? names.join(', ') : 'none';
  }

  const later = () => setTimeout(render, 0);
  openButton.addEventListener('click', () => window.Consentry?.showPreferences());
  resetButton.addEventListener('click', () => {
    window.Consentry?.reset();
    status.textContent = 'Consent forgotten: the banner shows again.';
    later();
  });
  window.addEventListener('consentry:ready', () => {
    ready = true;
    later();
  });
  window.addEventListener('consentry:change', () => {
    status.textContent = `Consent changed at ${new Date().toLocaleTimeString()}.`;
    later();
  });
  window.addEventListener('standin:ran', later);
  window.addEventListener('message', (event) => {
    if (event.origin === location.origin && event.data && event.data.consentryDemo === 'stand-in') {
      videoLoaded = true;
      later();
    }
  });
  details.addEventListener('toggle', () => details.open && render());

  // Open on wide screens, where it covers only the page margin; a small toggle otherwise.
  details.open = window.matchMedia('(min-width: 90rem)').matches;
  doc.body.append(panel);
  render();
})();
