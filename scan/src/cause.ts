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

/**
 * Explains a visit's requests and cookies: which element of the HTML, which script (and
 * line), which response, or which third-party iframe caused each. Built once per visit.
 */
export function createExplainer(visit: VisitResult) {
  const pageUrl = withoutHash(visit.finalUrl);
  const origin = new URL(visit.finalUrl).origin;
  const pageSite = siteOfUrl(visit.finalUrl);
  const short = (url: string) => shortUrl(url, origin);

  const byScript = (action: string, where: { url: string; line: number }): Cause => {
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
  };

  const lastWrite = (url: string, time: number): PageWriteRecord | undefined =>
    visit.writes.findLast((w) => w.kind !== 'cookie' && w.url === url && w.time <= time + 1000);

  function fromHtml(request: RequestRecord, initiator: Initiator): Cause {
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
    else if (tag === 'iframe' || tag === 'img' || tag === 'video')
      text = `<${tag} src> without data-consent (${where})`;
    else if (tag === 'link') text = `<link href> ${place} (${where})`;
    else text = `an element in the HTML (${where})`;
    return { kind: 'html', text, element: element?.html, line };
  }

  /**
   * A `<script src>` of the HTML that Consentry's safety net caught, requested before the
   * choice: the net turned its type off before the parser prepared it, so the request is the
   * browser's preload scanner's, made ahead of the parser (only markup stops it).
   */
  const caughtInHtml = (request: RequestRecord): NetCatch | undefined =>
    request.frames.length === 0 &&
    request.initiator?.type !== 'script' &&
    (visit.choiceAt === null || request.time < visit.choiceAt)
      ? visit.caught.find((c) => c.inHtml && c.url === request.url)
      : undefined;

  function preloaded(request: RequestRecord, caught: NetCatch): Cause {
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
  const rootOf = (request: RequestRecord): RequestRecord => {
    let root = request;
    for (let hops = 0; root.redirectedFrom && hops < 20; hops++) {
      const from = root.redirectedFrom;
      const previous = visit.requests.findLast((r) => r.url === from && r.time <= root.time);
      if (!previous) break;
      root = previous;
    }
    return root;
  };

  function ofRequest(request: RequestRecord): Cause {
    const root = rootOf(request);
    if (root !== request) return explainRequest(root);
    // Inside a third-party iframe, the iframe is the cause: find the outermost one.
    for (let i = request.frames.length - 1; i >= 0; i--) {
      const frame = request.frames[i];
      if (siteOfUrl(frame) === pageSite || siteOfUrl(frame) === null) continue;
      if (i === 0 && request.loadsFrame) break;
      return { kind: 'iframe-content', text: `inside the iframe ${short(frame)}`, frame };
    }
    const caught = caughtInHtml(request);
    if (caught) return preloaded(request, caught);
    const write = lastWrite(request.url, request.time);
    if (write?.consent && write.script) {
      const cause = byScript(`a held element (data-consent="${write.consent}")`, write.script);
      return cause.kind === 'released'
        ? { ...cause, text: `released by Consentry (data-consent="${write.consent}")` }
        : { ...cause, text: `${cause.text}, given its src` };
    }
    const initiator = request.initiator;
    const action = scriptAction[request.resourceType] ?? 'a request';
    // A script that runs while the HTML is parsed makes Chrome name the parser as initiator;
    // the element's src assignment, seen in the page, names the script itself.
    if (write?.script) return byScript(action, write.script);
    if (initiator?.type === 'parser') return fromHtml(request, initiator);
    const where = (initiator?.type === 'script' && topFrame(initiator.stack)) || write?.script;
    if (where) return byScript(action, where);
    if (initiator?.type === 'preload') return { kind: 'html', text: 'a <link rel="preload"> in the HTML' };
    if (write?.current && !write.current.src) return { kind: 'inline-script', text: `${action} by an inline <script>` };
    return { kind: 'unknown', text: 'requested by the page; the scanner could not tell which element or script' };
  }

  const requestCauses = new Map<RequestRecord, Cause>();
  const explainRequest = (request: RequestRecord): Cause => {
    let cause = requestCauses.get(request);
    if (!cause) {
      cause = ofRequest(request);
      requestCauses.set(request, cause);
    }
    return cause;
  };

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
  function explainCookie(cookie: Cookie): Cause & { setBy: string | null; setterUrl: string | null } {
    const write = visit.writes.findLast(
      (w) => w.kind === 'cookie' && w.name === cookie.name && !w.deleted && canSet(hostOf(w.documentUrl), cookie),
    );
    const header = visit.setCookies.findLast((s) => s.name === cookie.name && canSet(hostOf(s.requestUrl), cookie));
    if (header && (!write || header.time >= write.time)) {
      const request = visit.requests.findLast((r) => r.url === header.requestUrl);
      const why = request ? explainRequest(request) : null;
      const what = `set by the response to ${short(header.requestUrl)}`;
      return {
        ...(why ?? { kind: 'response' }),
        kind: 'response',
        text: why && why.kind !== 'unknown' ? `${what}: ${why.text}` : what,
        setBy: short(header.requestUrl),
        setterUrl: header.requestUrl,
      };
    }
    if (write) {
      const where = write.script ?? (write.current?.src ? { url: write.current.src, line: 0 } : null) ?? null;
      if (where) {
        const cause = byScript('set', where);
        const text = where.line ? cause.text : cause.text.replace(/ \(line 0\)$/, '');
        const inline = cause.kind === 'inline-script';
        return {
          ...cause,
          text,
          setBy: inline ? 'inline <script>' : short(where.url),
          setterUrl: inline ? null : where.url,
        };
      }
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

  return { explainRequest, explainCookie, rootOf, short, pageSite, origin };
}

export type Explainer = ReturnType<typeof createExplainer>;
