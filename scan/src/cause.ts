import { isWithin } from 'consentry-catalog';
import type { Cookie } from 'playwright-core';
import { instrumentScriptName } from './instrument.js';
import type { NetCatch } from './net.js';
import type { Initiator, PageWriteRecord, RequestRecord } from './recorder.js';
import { shortUrl, siteOfUrl } from './site.js';
import type { Cause } from './types.js';
import type { VisitResult } from './visit.js';

const withoutHash = (url: string) => url.split('#')[0];

/** What the HTML element loading each resource type is. */
const elementOf: Record<string, string> = {
  script: 'script',
  document: 'iframe',
  image: 'img',
  stylesheet: 'link',
  media: 'video',
  font: 'link',
};

/** What a script did to make a request, by the request's resource type. */
const scriptAction: Record<string, string> = {
  script: 'a <script> inserted',
  document: 'an <iframe> inserted',
  image: 'an image (pixel) requested',
  fetch: 'a fetch() request',
  xhr: 'an XMLHttpRequest',
  ping: 'a sendBeacon() request',
  stylesheet: 'a stylesheet inserted',
  font: 'a font requested',
  media: 'media requested',
};

/** The innermost frame of a CDP stack that has a URL and is the page's own code, searching the async parents too. */
function topFrame(stack: Initiator['stack']): { url: string; line: number } | null {
  for (let s = stack; s; s = s.parent) {
    const frame = s.callFrames.find((f) => f.url && !f.url.endsWith(instrumentScriptName));
    if (frame) return { url: frame.url, line: frame.lineNumber + 1 };
  }
  return null;
}

/** Consentry's own script: the widget releasing a held element is not a slip. */
const isConsentryScript = (url: string) => /\/consentry(?:[.-][\w.-]*)?\.m?js(?:$|[?#])/.test(url);

/** A cookie's cause, with who set it: `setBy` as the report names it, `setterUrl` to classify it by. */
export type CookieCause = Cause & { setBy: string | null; setterUrl: string | null };

/** The visit being explained, and what every explanation names things by. */
interface Scene {
  visit: VisitResult;
  /** The page's URL without its fragment: a script at this URL is an inline one. */
  pageUrl: string;
  pageSite: string | null;
  /** A URL as the report writes it: a path on the page's origin, else host and path. */
  short: (url: string) => string;
  /** A request's cause, worked out once. */
  explainRequest: (request: RequestRecord) => Cause;
}

/**
 * Explains a visit's requests and cookies: which element of the HTML, which script (and
 * line), which response, or which third-party iframe caused each. Built once per visit.
 */
export function createExplainer(visit: VisitResult) {
  const origin = new URL(visit.finalUrl).origin;
  const requestCauses = new Map<RequestRecord, Cause>();
  const scene: Scene = {
    visit,
    pageUrl: withoutHash(visit.finalUrl),
    pageSite: siteOfUrl(visit.finalUrl),
    short: (url) => shortUrl(url, origin),
    explainRequest(request) {
      let cause = requestCauses.get(request);
      if (!cause) {
        cause = ofRequest(scene, request);
        requestCauses.set(request, cause);
      }
      return cause;
    },
  };
  return {
    explainRequest: scene.explainRequest,
    explainCookie: (cookie: Cookie): CookieCause => ofCookie(scene, cookie),
    rootOf: (request: RequestRecord) => rootOf(visit, request),
    short: scene.short,
    pageSite: scene.pageSite,
    origin,
  };
}

export type Explainer = ReturnType<typeof createExplainer>;

/** What a script did, at `where`: an inline `<script>` of the page, Consentry releasing it, or a script file. */
function byScript({ pageUrl, short }: Scene, action: string, where: { url: string; line: number }): Cause {
  if (withoutHash(where.url) === pageUrl)
    return {
      kind: 'inline-script',
      text: `${action} by an inline <script> (HTML line ${where.line})`,
      line: where.line,
    };
  if (isConsentryScript(where.url))
    return { kind: 'released', text: `${action} by Consentry`, script: short(where.url), line: where.line };
  return {
    kind: 'script',
    text: `${action} by ${short(where.url)} (line ${where.line})`,
    script: short(where.url),
    line: where.line,
  };
}

/** The page's last assignment of `url` to an element or a request, up to a second after `time`. */
const lastWrite = (visit: VisitResult, url: string, time: number): PageWriteRecord | undefined =>
  visit.writes.findLast((w) => w.kind !== 'cookie' && w.url === url && w.time <= time + 1000);

/** A request the parser made: the element of the HTML (or of a stylesheet) that asked for it, and its slip. */
function fromHtml({ visit, pageUrl, short }: Scene, request: RequestRecord, initiator: Initiator): Cause {
  const line = (initiator.lineNumber ?? 0) + 1;
  const document = initiator.url ? withoutHash(initiator.url) : pageUrl;
  if (document !== pageUrl && request.frames.length === 0 && /^(font|image|stylesheet)$/.test(request.resourceType))
    return { kind: 'stylesheet', text: `loaded by the stylesheet ${short(document)}`, script: short(document) };
  const tag = elementOf[request.resourceType] ?? 'element';
  const element = visit.elements[request.url];
  const place = element?.inHead ? 'in <head>' : 'in the HTML';
  const where = document === pageUrl ? `HTML line ${line}` : `line ${line} of ${short(document)}`;
  const held = visit.held.find((h) => h.url === request.url && h.hasSrc);
  let text: string;
  if (held) text = `<${tag} data-consent="${held.consent}"> that also has src (use data-src) (${where})`;
  else if (tag === 'script') text = `<script src> ${place} without type="text/plain" (${where})`;
  else if (tag === 'iframe' || tag === 'img' || tag === 'video') text = `<${tag} src> without data-consent (${where})`;
  else if (tag === 'link') text = `<link href> ${place} (${where})`;
  else text = `an element in the HTML (${where})`;
  return { kind: 'html', text, element: element?.html, line };
}

/**
 * A `<script src>` of the HTML that Consentry's safety net caught, requested before the
 * choice: the net turned its type off before the parser prepared it, so the request is the
 * browser's preload scanner's, made ahead of the parser (only markup stops it).
 */
const caughtInHtml = (visit: VisitResult, request: RequestRecord): NetCatch | undefined =>
  request.frames.length === 0 &&
  request.initiator?.type !== 'script' &&
  (visit.choiceAt === null || request.time < visit.choiceAt)
    ? visit.caught.find((c) => c.inHtml && c.url === request.url)
    : undefined;

/** The cause of a request the preload scanner made for a tag the safety net caught. */
function preloaded(visit: VisitResult, request: RequestRecord, caught: NetCatch): Cause {
  const element = visit.elements[request.url];
  const { initiator } = request;
  const line =
    initiator?.type === 'parser' && initiator.lineNumber !== undefined ? initiator.lineNumber + 1 : undefined;
  const where = `<script src> ${element?.inHead ? 'in <head>' : 'in the HTML'}${line ? `, HTML line ${line}` : ''}`;
  return {
    kind: 'preload',
    text:
      `fetched by the browser's preload scanner ahead of the parser (${where}); Consentry's safety net kept it ` +
      `from running — mark it type="text/plain" data-consent="${caught.category}" to stop the request`,
    element: element?.html,
    ...(line ? { line } : {}),
  };
}

/** The request a redirect hop started from: its cause is the redirect's cause. */
function rootOf(visit: VisitResult, request: RequestRecord): RequestRecord {
  let root = request;
  for (let hops = 0; root.redirectedFrom && hops < 20; hops++) {
    const from = root.redirectedFrom;
    const previous = visit.requests.findLast((r) => r.url === from && r.time <= root.time);
    if (!previous) break;
    root = previous;
  }
  return root;
}

/** The outermost third-party iframe a request was made in (not counting the one it loads), if any. */
function thirdPartyFrame({ pageSite }: Scene, request: RequestRecord): string | undefined {
  for (let i = request.frames.length - 1; i >= 0; i--) {
    const frame = request.frames[i];
    if (siteOfUrl(frame) === pageSite || siteOfUrl(frame) === null) continue;
    if (i === 0 && request.loadsFrame) return undefined;
    return frame;
  }
  return undefined;
}

/**
 * Why a request was made, from the strongest evidence down: its redirect's cause, the
 * third-party iframe it was made in, the preload scanner, a held element's `src`, the
 * script that assigned its URL, Chrome's initiator (the parser or a script's stack).
 */
function ofRequest(scene: Scene, request: RequestRecord): Cause {
  const root = rootOf(scene.visit, request);
  if (root !== request) return scene.explainRequest(root);
  // Inside a third-party iframe, the iframe is the cause.
  const frame = thirdPartyFrame(scene, request);
  if (frame) return { kind: 'iframe-content', text: `inside the iframe ${scene.short(frame)}`, frame };
  const caught = caughtInHtml(scene.visit, request);
  if (caught) return preloaded(scene.visit, request, caught);
  const write = lastWrite(scene.visit, request.url, request.time);
  if (write?.consent && write.script) {
    const cause = byScript(scene, `a held element (data-consent="${write.consent}")`, write.script);
    return cause.kind === 'released'
      ? { ...cause, text: `released by Consentry (data-consent="${write.consent}")` }
      : { ...cause, text: `${cause.text}, given its src` };
  }
  const initiator = request.initiator;
  const action = scriptAction[request.resourceType] ?? 'a request';
  // A script that runs while the HTML is parsed makes Chrome name the parser as initiator;
  // the element's src assignment, seen in the page, names the script itself.
  if (write?.script) return byScript(scene, action, write.script);
  if (initiator?.type === 'parser') return fromHtml(scene, request, initiator);
  const where = (initiator?.type === 'script' && topFrame(initiator.stack)) || write?.script;
  if (where) return byScript(scene, action, where);
  if (initiator?.type === 'preload') return { kind: 'html', text: 'a <link rel="preload"> in the HTML' };
  if (write?.current && !write.current.src) return { kind: 'inline-script', text: `${action} by an inline <script>` };
  return { kind: 'unknown', text: 'requested by the page; the scanner could not tell which element or script' };
}

/** Whether a host may set or read a cookie of `domain` (host-only cookies: that host exactly). */
const canSet = (host: string, cookie: Cookie) => isWithin(host, cookie.domain.replace(/^\./, ''));

const hostOf = (url: string) => {
  try {
    return new URL(url).hostname;
  } catch {
    return '';
  }
};

/**
 * Who set a cookie: the last script write (`document.cookie`, `cookieStore`) or `Set-Cookie`
 * response for its name that could reach its domain. `setBy` is that script or URL.
 */
function ofCookie(scene: Scene, cookie: Cookie): CookieCause {
  const { visit } = scene;
  const write = visit.writes.findLast(
    (w) => w.kind === 'cookie' && w.name === cookie.name && !w.deleted && canSet(hostOf(w.documentUrl), cookie),
  );
  const header = visit.setCookies.findLast((s) => s.name === cookie.name && canSet(hostOf(s.requestUrl), cookie));
  if (header && (!write || header.time >= write.time)) return setByResponse(scene, header.requestUrl);
  if (write) {
    const where = write.script ?? (write.current?.src ? { url: write.current.src, line: 0 } : null) ?? null;
    if (where) return setByScript(scene, where);
    if (write.current)
      return { kind: 'inline-script', text: 'set by an inline <script>', setBy: 'inline <script>', setterUrl: null };
  }
  return {
    kind: 'unknown',
    text: 'set without a trace the scanner could follow (a service worker, or a frame it could not watch)',
    setBy: null,
    setterUrl: null,
  };
}

/** A cookie a response set: the response, and why its request was made. */
function setByResponse(scene: Scene, requestUrl: string): CookieCause {
  const request = scene.visit.requests.findLast((r) => r.url === requestUrl);
  const why = request ? scene.explainRequest(request) : null;
  const what = `set by the response to ${scene.short(requestUrl)}`;
  return {
    ...(why ?? { kind: 'response' }),
    kind: 'response',
    text: why && why.kind !== 'unknown' ? `${what}: ${why.text}` : what,
    setBy: scene.short(requestUrl),
    setterUrl: requestUrl,
  };
}

/** A cookie a script wrote, at `where` (line 0: only the running script's URL is known). */
function setByScript(scene: Scene, where: { url: string; line: number }): CookieCause {
  const cause = byScript(scene, 'set', where);
  const text = where.line ? cause.text : cause.text.replace(/ \(line 0\)$/, '');
  const inline = cause.kind === 'inline-script';
  return {
    ...cause,
    text,
    setBy: inline ? 'inline <script>' : scene.short(where.url),
    setterUrl: inline ? null : where.url,
  };
}
