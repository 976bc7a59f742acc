/** A GPP callback: the command's data, and whether the command was understood (GPP CMP API v1.1). */
export type GppCallback = (data: unknown, success: boolean) => void;

/** `window.__gpp` (GPP CMP API v1.1): answers by calling `callback`, returns nothing. */
export type GppFunction = (command: string, callback?: GppCallback, parameter?: unknown, version?: string) => void;

export type GppWindow = Window & { __gpp?: GppFunction };

/**
 * The sections Consentry's GPP API can carry, as `ping`'s supportedAPIs spells them (CMP
 * API v1.1: section id and API prefix, '7:usnat'). Size trick: IAB numbered usnat and the
 * state sections 7 to 27 in this order, so the list is their codes alone.
 */
export const supportedAPIs = 'nat ca va co ut ct fl mt or tx de ia ne nh nj tn mn md in ky ri'
  .split(' ')
  .map((code, i) => `${i + 7}:us${code}`);

/** What `ping` says before the engine loads: the spec's stub values (applicableSections 0: not known yet). */
const stubPing = () => ({
  gppVersion: '1.1',
  cmpStatus: 'stub',
  cmpDisplayStatus: 'hidden',
  signalStatus: 'not ready',
  supportedAPIs,
  cmpId: 0,
  sectionList: [],
  applicableSections: [0],
  gppString: '',
});

/**
 * Answers the GPP postMessage protocol for frames: a `{ __gppCall }` message (an object,
 * or the same as JSON text) is passed to whatever `__gpp` is now, stub or full API, and
 * each answer goes back to the sender as `{ __gppReturn }`, in the form it came.
 */
function answerFrames(win: GppWindow, event: MessageEvent): void {
  const text = typeof event.data === 'string';
  let message: { __gppCall?: { command: string; parameter?: unknown; version?: string; callId: unknown } };
  try {
    message = text ? JSON.parse(event.data) : event.data;
  } catch {
    return;
  }
  const call = message?.__gppCall;
  if (!call) return;
  win.__gpp?.(
    call.command,
    (returnValue, success) => {
      const reply = { __gppReturn: { returnValue, success, callId: call.callId } };
      (event.source as Window | null)?.postMessage(text ? JSON.stringify(reply) : reply, '*');
    },
    call.parameter,
    call.version,
  );
}

/**
 * Adds the hidden `__gppLocator` frame that tells frames this window answers GPP, as soon as
 * `<body>` exists: a MutationObserver hears the parser insert it, at the next microtask
 * checkpoint, so the frame is there before any frame in the body can load and look for it
 * (a timer could fire after one did).
 */
function addLocator(win: Window): void {
  const doc = win.document;
  const add = () => {
    const frame = doc.createElement('iframe');
    frame.name = '__gppLocator';
    frame.style.display = 'none';
    doc.body.append(frame);
  };
  if (doc.body) {
    add();
    return;
  }
  const watch = new (win as Window & typeof globalThis).MutationObserver(() => {
    if (!doc.body) return;
    watch.disconnect();
    add();
  });
  watch.observe(doc.documentElement, { childList: true });
}

/**
 * The GPP stub for the script tag: `window.__gpp` answers `ping` at once and queues every
 * other call for the full API (`createGppApi`), frames reach it by postMessage through the
 * `__gppLocator` frame. Returns the queue, or undefined when the page already has a
 * `__gpp` (another CMP's), which Consentry then leaves alone.
 * @example const queued = installGppStub(window); // later: createGppApi(window, input, queued)
 */
export function installGppStub(win: Window): unknown[][] | undefined {
  const w = win as GppWindow;
  if (w.__gpp) return undefined;
  const queue: unknown[][] = [];
  w.__gpp = (...args) => {
    if (args[0] === 'ping') args[1]?.(stubPing(), true);
    else queue.push(args);
  };
  win.addEventListener('message', (event) => answerFrames(w, event));
  addLocator(win);
  return queue;
}
