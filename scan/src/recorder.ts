import type { BrowserContext, CDPSession, Frame, Request, Response } from 'playwright-core';
import { bindingName, instrumentSource, type PageWrite } from './instrument.js';

/** Chrome's record of why a request was made (CDP `Network.Initiator`), as far as the scanner reads it. */
export interface Initiator {
  type: string;
  url?: string;
  lineNumber?: number;
  stack?: { callFrames: { url: string; lineNumber: number }[]; parent?: Initiator['stack'] };
}

/** One request the visit made, in any frame. */
export interface RequestRecord {
  url: string;
  method: string;
  resourceType: string;
  time: number;
  isNavigation: boolean;
  /** The frame's URL and its ancestors' up to (not including) the top document, innermost first. */
  frames: string[];
  /** This request loads the document of the innermost frame in `frames`. */
  loadsFrame: boolean;
  redirectedFrom?: string;
  initiator?: Initiator;
  failure?: string;
}

/** A `Set-Cookie` header the visit received. */
export interface SetCookieRecord {
  name: string;
  requestUrl: string;
  time: number;
}

export interface PageWriteRecord extends PageWrite {
  frameUrl: string;
  time: number;
}

/** What one visit recorded, before any interpretation. */
export interface Recording {
  requests: RequestRecord[];
  writes: PageWriteRecord[];
  setCookies: SetCookieRecord[];
}

/** A request as Playwright reported it, waiting to be paired with Chrome's initiator. */
interface Pending {
  request: Request;
  time: number;
  frame: Frame | null;
  failure?: string;
}

/** Chrome's initiator of a request, used once (each request and each redirect hop is reported once). */
interface InitiatorRecord {
  url: string;
  initiator: Initiator;
  used: boolean;
}

/**
 * Starts recording a fresh context: the init script and its binding in every frame,
 * Playwright's request events for every frame (out-of-process iframes too), and Chrome's
 * initiators for the top document's target over CDP. `inFlight()` tells the visit when
 * the network is quiet; `finish()` pairs the two views and returns the recording.
 */
export async function startRecording(context: BrowserContext) {
  const writes: PageWriteRecord[] = [];
  const initiators: InitiatorRecord[] = [];
  const sessions: CDPSession[] = [];
  await context.exposeBinding(bindingName, (source, event: PageWrite) => {
    writes.push({ ...event, frameUrl: source.frame.url(), time: Date.now() });
  });
  await context.addInitScript({ content: instrumentSource });
  const network = watchNetwork(context);
  return {
    /** Listens to Chrome's initiators on a page's own target (its same-site frames included). */
    async attach(page: Parameters<BrowserContext['newCDPSession']>[0]) {
      const session = await context.newCDPSession(page);
      sessions.push(session);
      session.on('Network.requestWillBeSent', (event) => {
        initiators.push({ url: event.request.url, initiator: event.initiator as Initiator, used: false });
      });
      await session.send('Network.enable');
    },
    /** Requests still open, not counting those open longer than `patience` ms (streams, long polls). */
    inFlight: (patience: number) => [...network.open.values()].filter((t) => Date.now() - t < patience).length,
    lastActivity: () => network.lastActivity,
    async finish(): Promise<Recording> {
      const setCookies = await Promise.race([
        Promise.all(network.setCookies).then((lists) => lists.flat()),
        new Promise<SetCookieRecord[]>((resolve) => setTimeout(() => resolve([]), 3000).unref()),
      ]);
      const requests = network.pending.map((p) => requestRecord(p, initiators));
      await Promise.all(sessions.map((s) => s.detach().catch(() => {})));
      return { requests, writes, setCookies };
    },
  };
}

export type Recorder = Awaited<ReturnType<typeof startRecording>>;

/**
 * Follows a context's requests in every frame as Playwright reports them: each with its
 * time and frame, those still open, the last time one started or ended, and the
 * `Set-Cookie` headers of the responses.
 */
function watchNetwork(context: BrowserContext) {
  const network = {
    pending: [] as Pending[],
    open: new Map<Request, number>(),
    setCookies: [] as Promise<SetCookieRecord[]>[],
    lastActivity: Date.now(),
  };
  const done = (request: Request) => {
    network.open.delete(request);
    network.lastActivity = Date.now();
  };
  context.on('request', (request) => {
    let frame: Frame | null = null;
    try {
      frame = request.frame();
    } catch {
      // A service worker's request has no frame.
    }
    network.pending.push({ request, time: Date.now(), frame });
    network.open.set(request, Date.now());
    network.lastActivity = Date.now();
  });
  context.on('requestfinished', done);
  context.on('requestfailed', (request) => {
    const entry = network.pending.find((p) => p.request === request);
    if (entry) entry.failure = request.failure()?.errorText ?? 'failed';
    done(request);
  });
  context.on('response', (response) => {
    network.setCookies.push(setCookiesOf(response, Date.now()));
  });
  return network;
}

/** The cookies a response's `Set-Cookie` headers set, by name; none when its headers cannot be read. */
const setCookiesOf = (response: Response, time: number): Promise<SetCookieRecord[]> =>
  response
    .headerValues('set-cookie')
    .then((values) =>
      values
        .flatMap((v) => v.split('\n'))
        .map((line) => ({ name: line.split(';')[0].split('=')[0].trim(), requestUrl: response.url(), time }))
        .filter((c) => c.name),
    )
    .catch(() => []);

/** A request as the recording keeps it: Playwright's view, paired with Chrome's initiator and its frames. */
function requestRecord({ request, time, frame, failure }: Pending, initiators: InitiatorRecord[]): RequestRecord {
  const url = request.url();
  // Chrome reports each request (and each redirect hop) once, in the order it made them.
  const match = initiators.find((i) => !i.used && i.url === url);
  if (match) match.used = true;
  const frames: string[] = [];
  for (let f = frame; f?.parentFrame(); f = f.parentFrame()) frames.push(f.url());
  return {
    url,
    method: request.method(),
    resourceType: request.resourceType(),
    time,
    isNavigation: request.isNavigationRequest(),
    frames,
    loadsFrame: request.isNavigationRequest() && frames.length > 0,
    redirectedFrom: request.redirectedFrom()?.url(),
    initiator: match?.initiator,
    failure,
  };
}
