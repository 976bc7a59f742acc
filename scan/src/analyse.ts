import { matchUrl, serviceById } from 'consentry-catalog';
import type { Cookie } from 'playwright-core';
import { type CookieCause, createExplainer, type Explainer } from './cause.js';
import { type Classification, type Classifier, createClassifier } from './classify.js';
import { lifetime } from './lifetime.js';
import { holdingMarkup, type NetCatch } from './net.js';
import type { RequestRecord } from './recorder.js';
import { siteOf, siteOfUrl } from './site.js';
import type { CaughtFinding, Cause, CookieFinding, Leak, PageReport, RequestFinding, StorageFinding } from './types.js';
import type { VisitKind, VisitResult } from './visit.js';

const cookieKey = (c: Pick<Cookie, 'name' | 'domain' | 'path'>) => `${c.name}|${c.domain}|${c.path}`;

/** The cookies a visit set or changed after its choice (for the visit after Reject all). */
function cookiesAfterChoice(visit: VisitResult): Cookie[] {
  const before = new Map(visit.cookiesBeforeChoice.map((c) => [cookieKey(c), c]));
  return visit.cookies.filter((c) => {
    const old = before.get(cookieKey(c));
    return !old || old.value !== c.value || Math.abs(old.expires - c.expires) > 1;
  });
}

const serviceFields = (c: Classification) => ({
  category: c.category,
  service: c.service?.name ?? null,
  ...(c.service?.id ? { serviceId: c.service.id } : {}),
});

/**
 * One element the safety net caught in a visit, named by the catalog (status() gives a
 * catalog id, or a host when the page had no names at hand), and whether the browser
 * requested it before the choice anyway.
 */
function caughtFinding(visit: VisitResult, c: NetCatch): CaughtFinding {
  const entry = serviceById(c.service) ?? matchUrl(c.url);
  const choice = visit.choiceAt ?? Number.POSITIVE_INFINITY;
  return {
    visit: visit.kind,
    element: c.element,
    url: c.url,
    tag: c.tag,
    service: entry?.name ?? c.service,
    ...(entry ? { serviceId: entry.id } : {}),
    category: c.category,
    state: c.state,
    inHtml: c.inHtml,
    requested: visit.requests.some((r) => r.url === c.url && r.frames.length === 0 && r.time < choice),
    markup: holdingMarkup(c),
  };
}

/** What a page's visits add up to, each thing once (keyed as each adder says), its leaks counted. */
function createFindings() {
  const leaks = new Map<string, Leak>();
  return {
    leaks,
    cookies: new Map<string, CookieFinding>(),
    requests: new Map<string, RequestFinding>(),
    storage: new Map<string, StorageFinding>(),
    caught: [] as CaughtFinding[],
    /** Counts a leak once per visit, kind, name and cause. */
    addLeak(leak: Omit<Leak, 'count'>) {
      const key = `${leak.visit}|${leak.kind}|${leak.name}|${leak.cause}`;
      const known = leaks.get(key);
      if (known) known.count++;
      else leaks.set(key, { ...leak, count: 1 });
    },
  };
}

type Findings = ReturnType<typeof createFindings>;

/** One visit being analysed, and where its findings go. */
interface VisitAnalysis {
  visit: VisitResult;
  explain: Explainer;
  classify: Classifier;
  found: Findings;
  /** Whether what it set and loaded can leak: it is the first visit, or answered Reject all. */
  checked: boolean;
}

/**
 * Turns a page's visits into its part of the report: the leaks (tracker requests and
 * non-necessary cookies before any choice or after Reject all, SPEC §10), what Consentry's
 * safety net caught (apart from the leaks), and every cookie, request to another site and
 * storage key, classified and explained.
 */
export function analysePage(url: string, visits: VisitResult[]): PageReport {
  const config = visits.map((v) => v.declaredConfig).find(Boolean) ?? null;
  const classify = createClassifier(
    config,
    visits.flatMap((v) => v.held),
  );
  const found = createFindings();
  for (const visit of visits) {
    // What the safety net held is not a leak; a request made for it anyway is, below.
    for (const c of visit.caught) found.caught.push(caughtFinding(visit, c));
    const checked = visit.kind === 'first' || (visit.kind === 'reject' && visit.choiceAt !== null);
    const analysis: VisitAnalysis = { visit, explain: createExplainer(visit), classify, found, checked };
    addRequests(analysis);
    addCookies(analysis);
    addStorage(analysis);
  }
  return pageReport(url, visits, found);
}

/** A visit's requests: each to another site or claimed by a service, and those that leak. */
function addRequests({ visit, explain, classify, found, checked }: VisitAnalysis) {
  const since = visit.kind === 'reject' ? (visit.choiceAt ?? Number.POSITIVE_INFINITY) : 0;
  const folded = new Map<string, number>();
  for (const request of visit.requests) {
    if (request.frames.length === 0 && request.isNavigation) continue;
    const site = siteOfUrl(request.url);
    if (site === null) continue;
    const thirdParty = site !== explain.pageSite;
    const c = classify.request(request.url);
    if (!thirdParty && c.classifiedBy === 'unknown') continue;
    const cause = explain.explainRequest(request);
    // A redirect hop is the same leak as the request it started from.
    const name = explain.short(explain.rootOf(request).url);
    listRequest(found, visit.kind, { name, request, thirdParty, c, cause });
    if (!checked || request.time < since || c.category === 'necessary') continue;
    if (cause.kind === 'iframe-content' && cause.frame) {
      folded.set(cause.frame, (folded.get(cause.frame) ?? 0) + 1);
      continue;
    }
    found.addLeak({
      visit: visit.kind as Leak['visit'],
      kind: 'request',
      name,
      cause: cause.text,
      causeKind: cause.kind,
      ...serviceFields(c),
      url: request.url,
      ...(cause.script ? { script: cause.script } : {}),
      ...(cause.line ? { line: cause.line } : {}),
      ...(cause.element ? { element: cause.element } : {}),
    });
  }
  // What a leaking third-party iframe loaded inside itself counts with the iframe.
  for (const [frame, count] of folded) {
    const host = [...found.leaks.values()].find(
      (l) => l.visit === visit.kind && l.kind === 'request' && l.url === frame,
    );
    if (host) host.count += count;
  }
}

/** A request as a visit saw it: its name in the report, whether it went to another site, what it is, why it was made. */
interface SeenRequest {
  name: string;
  request: RequestRecord;
  thirdParty: boolean;
  c: Classification;
  cause: Cause;
}

/** Lists a request once per name and cause, with the visits that made it. */
function listRequest(found: Findings, kind: VisitKind, { name, request, thirdParty, c, cause }: SeenRequest) {
  const key = `${name}|${cause.text}`;
  const finding = found.requests.get(key);
  if (finding) {
    finding.count++;
    if (!finding.visits.includes(kind)) finding.visits.push(kind);
    return;
  }
  found.requests.set(key, {
    name,
    url: request.url,
    host: new URL(request.url).host,
    type: request.resourceType,
    thirdParty,
    ...serviceFields(c),
    classifiedBy: c.classifiedBy,
    cause: cause.text,
    visits: [kind],
    count: 1,
  });
}

/** A visit's cookies: each listed once with who set it, and those that leak. */
function addCookies({ visit, explain, classify, found, checked }: VisitAnalysis) {
  // After Reject all, only what the choice left set or changed counts.
  const jar = visit.kind === 'reject' ? cookiesAfterChoice(visit) : visit.cookies;
  for (const cookie of visit.cookies) {
    const thirdParty = siteOf(cookie.domain) !== explain.pageSite;
    const cause = explain.explainCookie(cookie);
    const c = classify.cookie(cookie.name, cookie.domain, cause.setterUrl, thirdParty);
    const key = `${cookie.name}|${cookie.domain}`;
    const finding = found.cookies.get(key);
    if (finding) {
      if (!finding.visits.includes(visit.kind)) finding.visits.push(visit.kind);
      finding.setBy ??= cause.setBy;
    } else found.cookies.set(key, cookieFinding(visit, cookie, c, cause, thirdParty));
    if (!checked || c.category === 'necessary' || !jar.includes(cookie)) continue;
    found.addLeak({
      visit: visit.kind as Leak['visit'],
      kind: 'cookie',
      name: cookie.name,
      cause: cause.text,
      causeKind: cause.kind,
      ...serviceFields(c),
      domain: cookie.domain,
      ...(cause.script ? { script: cause.script } : {}),
      ...(cause.line ? { line: cause.line } : {}),
    });
  }
}

/** A cookie as the report lists it: classified, with the lifetime it was set with and who set it. */
const cookieFinding = (
  visit: VisitResult,
  cookie: Cookie,
  c: Classification,
  cause: CookieCause,
  thirdParty: boolean,
): CookieFinding => ({
  name: cookie.name,
  domain: cookie.domain,
  ...serviceFields(c),
  classifiedBy: c.classifiedBy,
  ...(c.declaredCategory ? { declaredCategory: c.declaredCategory } : {}),
  ...(c.pattern ? { pattern: c.pattern } : {}),
  ...(c.duration ? { duration: c.duration } : {}),
  ...(c.purpose ? { purpose: c.purpose } : {}),
  lifetime: lifetime(cookie.expires, visit.startedAt),
  thirdParty,
  setBy: cause.setBy,
  visits: [visit.kind],
});

/** A visit's storage keys, each once. */
function addStorage({ visit, classify, found }: VisitAnalysis) {
  for (const { area, key } of visit.storage) {
    const id = `${area}|${key}`;
    const known = found.storage.get(id);
    if (known) {
      if (!known.visits.includes(visit.kind)) known.visits.push(visit.kind);
      continue;
    }
    const c = classify.storage(key);
    found.storage.set(id, { area, key, category: c.category, service: c.service?.name ?? null, visits: [visit.kind] });
  }
}

/** The page's part of the report, from its first visit and what all its visits found. */
function pageReport(url: string, visits: VisitResult[], found: Findings): PageReport {
  const first = visits.find((v) => v.kind === 'first') ?? visits[0];
  return {
    url,
    finalUrl: first.finalUrl,
    title: first.title,
    status: first.status,
    consentry: visits.some((v) => v.hasConsentry),
    visits: visits.map((v) => v.kind),
    choices: Object.fromEntries(visits.filter((v) => v.kind !== 'first').map((v) => [v.kind, v.choice])),
    leaks: [...found.leaks.values()].sort((a, b) => (a.visit === b.visit ? 0 : a.visit === 'first' ? -1 : 1)),
    caught: found.caught,
    cookies: [...found.cookies.values()],
    requests: [...found.requests.values()],
    storage: [...found.storage.values()],
  };
}
