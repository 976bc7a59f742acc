import { sameLifetime } from '../lifetime.js';
import type { CookieFinding, Leak, PageReport, RequestFinding, ScanReport, ServiceFinding } from '../types.js';
import { categoryText } from './categories.js';
import { type CaughtElement, caughtElements } from './caught.js';
import { html, type SafeHtml, safeHref } from './escape.js';
import { styles } from './styles.js';

const visitLabel: Record<string, string> = {
  first: 'Before any choice',
  reject: 'After Reject all',
  accept: 'After Accept all',
};

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

const pathOf = (url: string, origin: string) => (url.startsWith(origin) ? url.slice(origin.length) || '/' : url);

const cat = (id: string) => html`<span class="cat ${/^[a-z][\w-]*$/.test(id) ? id : 'other'}">${id}</span>`;

const link = (url: string | undefined, text: string) => {
  const href = safeHref(url);
  return href ? html`<a href="${href}" rel="noreferrer">${text}</a>` : html`${text}`;
};

const duration = (ms: number) =>
  ms < 60_000 ? `${Math.round(ms / 1000)} s` : `${Math.floor(ms / 60_000)} min ${Math.round((ms % 60_000) / 1000)} s`;

function verdict(report: ScanReport): SafeHtml {
  const { first, reject } = report.summary.leaks;
  if (report.leakCount === 0) {
    return html`<section class="verdict ok"><div class="mark" aria-hidden="true">✓</div><div>
      <h2>No leaks found</h2>
      <p>Nothing the scan could classify as a tracker loaded, and no cookie outside <em>necessary</em> was set, before a choice or after Reject all, on ${plural(report.summary.pages, 'page')}.</p>
      ${heldByNet(report)}
    </div></section>`;
  }
  const parts = [first && `${first} before any choice`, reject && `${reject} after Reject all`].filter(Boolean);
  return html`<section class="verdict bad"><div class="mark" aria-hidden="true">!</div><div>
    <h2>${plural(report.leakCount, 'leak')}: ${parts.join(', ')}</h2>
    <p>Trackers loaded or cookies set without consent. Each leak below names its page and its cause; fix the markup or the script it points to, then scan again.</p>
    ${heldByNet(report)}
  </div></section>`;
}

/** The verdict's word on what only Consentry's safety net held. */
const heldByNet = (report: ScanReport): SafeHtml | '' => {
  const n = report.summary.caught.elements;
  return n
    ? html`<p>Consentry’s safety net held ${plural(n, 'tag')} nobody marked: <a href="#caught">mark ${n === 1 ? 'it' : 'them'}</a> so the browser never fetches ${n === 1 ? 'it' : 'them'}.</p>`
    : '';
};

function cards(report: ScanReport): SafeHtml {
  const s = report.summary;
  const card = (n: number, label: string, tone = '') =>
    html`<div class="card ${tone}"><div class="n">${n}</div><div class="l">${label}</div></div>`;
  return html`<section class="cards" aria-label="Summary">
    ${card(s.leaks.first, 'leaks before any choice', s.leaks.first ? 'bad' : '')}
    ${card(s.leaks.reject, 'leaks after Reject all', s.leaks.reject ? 'bad' : '')}
    ${card(s.caught.elements, 'held by the safety net', s.caught.elements ? 'warn' : '')}
    ${card(s.cookies, 'cookies seen')}
    ${card(s.services, 'services found')}
    ${card(s.unknown, 'not classified', s.unknown ? 'warn' : '')}
    ${card(s.pages, 'pages scanned')}
  </section>`;
}

function overview(report: ScanReport): SafeHtml {
  const withConsentry = report.pages.filter((p) => p.consentry).length;
  const facts = [
    report.consentry.found
      ? html`Consentry ${report.consentry.version ? html`<span class="mono">${report.consentry.version}</span> ` : ''}found on ${withConsentry} of ${plural(report.summary.pages, 'page')}.`
      : html`No Consentry banner found: first visits only.`,
    html`${plural(report.summary.visits, 'visit')}, each in a fresh browser: no interaction; after <em>Reject all</em>; after <em>Accept all</em>.`,
    html`Took ${duration(report.durationMs)}.`,
    ...report.notes.map((n) => html`${n}`),
  ];
  const shot = report.screenshot
    ? html`<figure class="panel"><img src="${report.screenshot}" alt="The start page on a first visit, as the scan saw it" width="1280" height="800">
        <figcaption>The start page on a first visit, before any choice.</figcaption></figure>`
    : html`<div class="panel"><p class="empty">No screenshot.</p></div>`;
  return html`<section class="split">${shot}<div class="panel"><h2>What the scan did</h2>
    <ul class="facts">${facts.map((f) => html`<li>${f}</li>`)}</ul></div></section>`;
}

function leakRow(leak: Leak): SafeHtml {
  const where = leak.kind === 'cookie' ? leak.domain : leak.url;
  return html`<tr>
    <td><span class="pill ${leak.visit}">${visitLabel[leak.visit]}</span></td>
    <td class="name"><span class="kind">${leak.kind}</span> ${leak.name}${leak.count > 1 ? html` <span class="sub">${leak.count} requests</span>` : ''}${where && where !== leak.name ? html`<span class="sub">${where}</span>` : ''}</td>
    <td>${leak.service ?? html`<em>unknown service</em>`}<br>${cat(leak.category)}</td>
    <td class="cause">${leak.cause}${leak.element ? html`<code>${leak.element}</code>` : ''}</td>
  </tr>`;
}

function leaks(report: ScanReport, origin: string): SafeHtml {
  const pages = report.pages.filter((p) => p.leaks.length);
  const body = pages.length
    ? html`<div class="table-wrap"><table class="leaks">
        <thead><tr><th>Visit</th><th>Cookie or request</th><th>Service</th><th>Cause</th></tr></thead>
        <tbody>${pages.map(
          (
            p,
          ) => html`<tr class="group"><td colspan="4">${link(p.url, pathOf(p.url, origin))} · ${plural(p.leaks.length, 'leak')}</td></tr>
          ${p.leaks.map(leakRow)}`,
        )}</tbody></table></div>`
    : html`<p class="empty">None.</p>`;
  return html`<section id="leaks"><h2>Leaks</h2>
    <p class="legend">A leak is a request to a tracker, or a cookie no category marks necessary, before any choice or after Reject all. Unclassified ones count: the scan never guesses that something is necessary.</p>
    ${body}</section>`;
}

function caughtRow(c: CaughtElement): SafeHtml {
  const where = c.inHtml
    ? 'written in the HTML: never ran before a choice'
    : 'inserted by a script: never requested before a choice';
  return html`<tr>
    <td class="name"><span class="kind">${c.tag}</span> ${c.url}</td>
    <td>${c.service ?? html`<em>unknown service</em>`}<br>${cat(c.category)}</td>
    <td>${where}${c.requested ? html`<span class="sub">but the browser’s preload scanner fetched it ahead of the parser: a leak, above</span>` : ''}<br>${c.visits.map((v) => html`<span class="pill ${v}">${v}</span> `)}</td>
    <td class="cause"><code>${c.markup}</code></td>
  </tr>`;
}

function caught(report: ScanReport, origin: string): SafeHtml | '' {
  const elements = caughtElements(report.pages);
  if (!elements.length) return '';
  const pages = [...new Set(elements.map((c) => c.page))];
  return html`<section id="caught"><h2>Held by Consentry’s safety net: mark these tags so the browser never fetches them</h2>
    <p class="legend">Nobody marked these scripts and iframes, but they belong to a service of the catalog, so Consentry held them until their category was granted. They are not leaks: one that a script inserts is never requested, and a <span class="mono">&lt;script src&gt;</span> written in the HTML never runs. Yet a browser may fetch a script written in the HTML ahead of the parser, before any script of the page runs (then that request is a leak), and the net holds only what the catalog knows. The markup beside each holds it for good.</p>
    <div class="table-wrap"><table class="leaks">
      <thead><tr><th>Tag</th><th>Service</th><th>In the page</th><th>Markup that holds it</th></tr></thead>
      <tbody>${pages.map((page) => {
        const rows = elements.filter((c) => c.page === page);
        return html`<tr class="group"><td colspan="4">${link(page, pathOf(page, origin))} · ${plural(rows.length, 'tag')}</td></tr>
          ${rows.map(caughtRow)}`;
      })}</tbody></table></div></section>`;
}

function serviceCard(service: ServiceFinding, origin: string): SafeHtml {
  const cookieRows = service.cookies.map(
    (
      c,
    ) => html`<tr><td class="name mono">${c.name}${c.seen.length > 1 || c.seen[0] !== c.name ? html`<span class="sub">seen: ${c.seen.join(', ')}</span>` : ''}</td>
      <td class="mono">${c.domain}</td><td>${c.lifetime}${c.duration && !sameLifetime(c.duration, c.lifetime) ? html`<span class="sub">documented: ${c.duration}</span>` : ''}</td><td>${c.purpose ?? ''}</td>
      <td class="mono">${c.setBy.join(', ')}</td></tr>`,
  );
  const where = [
    service.hosts.length ? html`<span>Requests to <span class="mono">${service.hosts.join(', ')}</span></span>` : '',
    service.scripts.length ? html`<span>Loads <span class="mono">${service.scripts.join(', ')}</span></span>` : '',
    service.storage.length ? html`<span>Storage <span class="mono">${service.storage.join(', ')}</span></span>` : '',
    service.caught.length
      ? html`<span><a href="#caught">Held by Consentry’s safety net</a>: ${plural(service.caught.length, 'tag')}</span>`
      : '',
    html`<span>Pages: ${service.pages.map((p, i) => html`${i ? ', ' : ''}${pathOf(p, origin)}`)}</span>`,
  ];
  const by: Record<string, string> = {
    catalog: 'from the catalog',
    'catalog-domain': 'from the catalog, by its domain',
    setter: 'by the script that set it',
    config: 'as your config declares it',
    markup: 'by its data-consent attribute',
  };
  return html`<article class="service">
    <header><div><h3>${service.name}</h3>
      <p>${service.provider ?? ''}${service.provider && service.purpose ? ' · ' : ''}${service.purpose ?? ''}${service.policyUrl ? html` · ${link(service.policyUrl, 'privacy policy')}` : ''}</p>
      <p>Classified ${by[service.classifiedBy] ?? ''}.</p></div>
      ${service.leaks ? html`<span class="leaks-badge">${plural(service.leaks, 'leak')}</span>` : ''}</header>
    ${cookieRows.length ? html`<table><thead><tr><th>Cookie</th><th>Domain</th><th>Lifetime</th><th>Purpose</th><th>Set by</th></tr></thead><tbody>${cookieRows}</tbody></table>` : ''}
    ${service.note ? html`<p class="note">${service.note}</p>` : ''}
    <div class="where">${where}</div>
  </article>`;
}

function inventory(report: ScanReport, origin: string): SafeHtml {
  const categories = report.inventory.categories;
  return html`<section id="inventory"><h2>Cookies and services by category</h2>
    <p class="legend">Everything the three visits set and loaded, from all pages. <span class="mono">consentry.config.js</span> beside this report declares the same, ready to check and paste.</p>
    ${categories.length ? '' : html`<p class="empty">No service found.</p>`}
    ${categories.map(
      (c) => html`<div class="category"><header>${cat(c.id)}<p>${categoryText(c.id)}</p></header>
        ${c.services.map((s) => serviceCard(s, origin))}</div>`,
    )}</section>`;
}

function unknown(report: ScanReport): SafeHtml {
  const { cookies, requests, storage } = report.inventory.unknown;
  const cookieRow = (c: CookieFinding) =>
    html`<tr><td class="name mono">${c.name}</td><td class="mono">${c.domain}</td><td>${c.lifetime}</td><td class="mono">${c.setBy ?? '—'}</td></tr>`;
  const requestRow = (r: RequestFinding) =>
    html`<tr><td class="name mono">${r.name}</td><td>${r.type}</td><td>${r.count}</td><td class="cause">${r.cause}</td></tr>`;
  return html`<section id="unknown"><h2>Not classified</h2>
    <p class="legend">The catalog does not know these and the site’s config does not declare them. They count as leaks when they come before consent: find out what each is, then declare it in its category or remove it.</p>
    ${
      cookies.length
        ? html`<div class="table-wrap"><table><thead><tr><th>Cookie</th><th>Domain</th><th>Lifetime</th><th>Set by</th></tr></thead><tbody>${cookies.map(cookieRow)}</tbody></table></div>`
        : html`<p class="empty">No unclassified cookie.</p>`
    }
    ${
      requests.length
        ? html`<div class="table-wrap spaced"><table><thead><tr><th>Request</th><th>Type</th><th>Count</th><th>Cause</th></tr></thead><tbody>${requests.map(requestRow)}</tbody></table></div>`
        : html`<p class="empty spaced">No unclassified request to another site.</p>`
    }
    ${storage.length ? html`<p class="legend spaced">Storage keys: <span class="mono">${storage.map((s) => `${s.area}Storage ${s.key}`).join(', ')}</span></p>` : ''}
  </section>`;
}

function pages(report: ScanReport, origin: string): SafeHtml {
  const row = (p: PageReport) => html`<tr>
    <td class="name">${link(p.url, pathOf(p.url, origin))}${p.title ? html`<span class="sub">${p.title}</span>` : ''}</td>
    <td>${p.visits.map((v) => html`<span class="pill ${v}">${v}</span> `)}</td>
    <td>${p.consentry ? 'yes' : 'no'}</td>
    <td>${p.leaks.length}</td><td>${p.cookies.length}</td>
    <td>${p.error ?? (p.status ? String(p.status) : '')}</td></tr>`;
  return html`<section id="pages"><h2>Pages</h2><div class="table-wrap"><table>
    <thead><tr><th>Page</th><th>Visits</th><th>Consentry</th><th>Leaks</th><th>Cookies</th><th>Status</th></tr></thead>
    <tbody>${report.pages.map(row)}</tbody></table></div></section>`;
}

/**
 * report.html: one self-contained page (its stylesheet inline, the screenshot a file beside
 * it): the verdict, the summary, the leaks per page with their causes, what Consentry's
 * safety net held (apart from the leaks), the inventory per
 * category, what nothing classified, and the pages. Every value from the site is escaped.
 */
export function renderHtml(report: ScanReport): string {
  const origin = new URL(report.url).origin;
  const host = new URL(report.url).host;
  const when = report.scannedAt.replace('T', ' ').replace(/\.\d+Z$/, ' UTC');
  const page = html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Consentry scan: ${host}</title>
<style>${{ __html: styles }}</style>
</head>
<body>
<header class="top"><div class="wrap">
  <p class="brand">Consentry scan report</p>
  <h1>${host}</h1>
  <p class="meta">${report.url} · ${when} · ${plural(report.summary.pages, 'page')} · ${plural(report.summary.visits, 'visit')}</p>
</div></header>
<main class="wrap">
${verdict(report)}
${cards(report)}
${overview(report)}
${leaks(report, origin)}
${caught(report, origin)}
${inventory(report, origin)}
${unknown(report)}
${pages(report, origin)}
<footer class="bottom">Made by consentry-scan ${report.tool.version}. Beside this file: <span class="mono">report.json</span> (the same data) and <span class="mono">consentry.config.js</span> (a draft configuration).</footer>
</main>
</body>
</html>
`;
  return page.__html;
}
