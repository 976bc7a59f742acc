/**
 * Stand-ins for the vendors' scripts, served on the vendors' own host names by
 * vendor-server.ts. Each records that it ran (`window.__ran`), what the vendor's queue
 * held at that moment (`window.__queues[vendor]`, each call as an array), and, where the
 * vendor's script takes over its global, every call after (`window.__calls[vendor]`).
 * ES5 on purpose: they run in every engine as the vendors' files do.
 */

/** A vendor's script (or embed) at `host` + a path matching `path`. */
export interface StandIn {
  vendor: string;
  host: string;
  path: RegExp;
  body: string;
}

/** The start of every stand-in: `ran` it, `plain(args)` an Arguments or array as JSON, `mine` its later calls. */
const record = (vendor: string) => `
  (window.__ran = window.__ran || []).push(${JSON.stringify(vendor)});
  var plain = function (a) { return JSON.parse(JSON.stringify(Array.prototype.slice.call(a))); };
  var queues = (window.__queues = window.__queues || {});
  var calls = (window.__calls = window.__calls || {});
  var mine = (calls[${JSON.stringify(vendor)}] = calls[${JSON.stringify(vendor)}] || []);
  var record = function () { mine.push(plain(arguments)); };`;

/** Google's tags: what Consent Mode commands the dataLayer held when each ran. */
const google = (vendor: string) => `(function () {${record(vendor)}
  queues[${JSON.stringify(vendor)}] = (window.dataLayer || [])
    .filter(function (e) { return e && e[0] === 'consent'; })
    .map(function (e) { return plain(e); });
})();`;

/** fbevents.js takes the base code's `fbq.queue`, then answers through `fbq.callMethod`. */
const meta = `(function () {${record('meta')}
  var fbq = window.fbq;
  queues.meta = fbq.queue.map(function (a) { return plain(a); });
  fbq.queue.length = 0;
  fbq.callMethod = record;
})();`;

/** Clarity's tag reads the stub's queue `clarity.q`, then answers calls to `clarity(…)` itself. */
const clarity = `(function () {${record('clarity')}
  var stub = window.clarity;
  queues.clarity = ((stub && stub.q) || []).map(function (a) { return plain(a); });
  window.clarity = record;
})();`;

/**
 * bat.js only defines `UET`; the snippet's own `onload` on the very element it inserted
 * builds `new UET(o)` with `o.q` the `uetq` array (its items flat, as `push` put them)
 * and pushes 'pageLoad'. `__uetBuilt` counts those onloads.
 */
const uet = `(function () {${record('uet')}
  window.UET = function (o) {
    window.__uetBuilt = (window.__uetBuilt || 0) + 1;
    queues.uet = plain(o.q);
    this.push = record;
  };
})();`;

/** events.js reads the `ttq` array (each item `[method, ...args]`), then answers each method itself. */
const tiktok = `(function () {${record('tiktok')}
  var ttq = window.ttq;
  queues.tiktok = plain(ttq);
  ttq.length = 0;
  ttq.methods.forEach(function (m) {
    ttq[m] = function () { mine.push([m].concat(plain(arguments))); };
  });
})();`;

/** YouTube's player page: a frame of another origin, so it tells the page by a message. */
const youtube = `<!doctype html><title>YouTube stand-in</title><p>video</p>
<script>parent.postMessage({ standIn: 'youtube' }, '*');</script>`;

/** Every vendor stand-in, by host and path. */
export const standIns: StandIn[] = [
  { vendor: 'gtag', host: 'www.googletagmanager.com', path: /^\/gtag\/js$/, body: google('gtag') },
  { vendor: 'gtm', host: 'www.googletagmanager.com', path: /^\/gtm\.js$/, body: google('gtm') },
  { vendor: 'meta', host: 'connect.facebook.net', path: /^\/en_US\/fbevents\.js$/, body: meta },
  { vendor: 'clarity', host: 'www.clarity.ms', path: /^\/tag\/\w+$/, body: clarity },
  { vendor: 'uet', host: 'bat.bing.com', path: /^\/bat\.js$/, body: uet },
  { vendor: 'tiktok', host: 'analytics.tiktok.com', path: /^\/i18n\/pixel\/events\.js$/, body: tiktok },
  { vendor: 'hotjar', host: 'static.hotjar.com', path: /^\/c\/hotjar-\d+\.js$/, body: google('hotjar') },
  { vendor: 'youtube', host: 'www.youtube.com', path: /^\/embed\/[\w-]+$/, body: youtube },
];

/** The host names the browsers must send to the local server. */
export const vendorHosts = [...new Set(standIns.map((s) => s.host))];

/** The stand-in of `vendor`. */
export const standIn = (vendor: string): StandIn => {
  const found = standIns.find((s) => s.vendor === vendor);
  if (!found) throw new Error(`no stand-in for ${vendor}`);
  return found;
};

/** The site's own scripts, on 127.0.0.1: the marked tag, and one the page builder adds last. */
export const firstPartyStandIns: Record<string, string> = {
  '/stand-in/marked.js': `(window.__ran = window.__ran || []).push('marked');`,
  '/stand-in/after.js': `(window.__ran = window.__ran || []).push('after');`,
};
