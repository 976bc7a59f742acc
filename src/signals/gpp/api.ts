import { layouts } from './layouts.js';
import { type GppData, type GppInput, gppData } from './sections.js';
import { type GppCallback, type GppFunction, type GppWindow, supportedAPIs } from './stub.js';

/** The handle the engine keeps: call `update()` after every change of choice, signal or banner. */
export interface GppApi {
  update(): void;
}

/** `obj[key]` when `obj` has it as its own property, else null: no answer from Object.prototype. */
const own = (obj: object | null | undefined, key: unknown): unknown =>
  obj && Object.hasOwn(obj, key as string) ? (obj as Record<string, unknown>)[key as string] : null;

/**
 * The full GPP CMP API (v1.1) in place of the stub: `ping`, `addEventListener`,
 * `removeEventListener`, `hasSection`, `getSection`, `getField` ('usnat.SaleOptOut'), with
 * sections parsed as IAB's reference library parses them. Replays the calls the stub
 * queued, in order. cmpId is 0: the spec allows 0 and IAB documents no id for CMPs it has
 * not registered.
 * @example const gpp = createGppApi(window, () => gppInput(), queued); gpp.update();
 */
export function createGppApi(win: Window, getInput: () => GppInput, queued: unknown[][]): GppApi {
  let input = getInput();
  let data: GppData = gppData(input);
  let signalStatus = 'ready';
  let lastId = 0;
  const listeners = new Map<number, GppCallback>();

  const display = () => (input.visible ? 'visible' : 'hidden');
  const ping = () => ({
    gppVersion: '1.1',
    cmpStatus: 'loaded',
    cmpDisplayStatus: display(),
    signalStatus,
    supportedAPIs,
    cmpId: 0,
    ...data,
  });
  const event = (eventName: string, listenerId: number, value: unknown) => ({
    eventName,
    listenerId,
    data: value,
    pingData: ping(),
  });
  const fire = (eventName: string, value: unknown) => {
    for (const [id, callback] of listeners) {
      try {
        callback(event(eventName, id, value), true);
      } catch {
        // One vendor's failing listener must not keep the others from hearing.
      }
    }
  };

  const commands: Record<string, (callback: GppCallback, parameter: unknown) => void> = {
    ping: (callback) => callback(ping(), true),
    addEventListener: (callback) => {
      listeners.set(++lastId, callback);
      callback(event('listenerRegistered', lastId, true), true);
    },
    removeEventListener: (callback, id) => callback(listeners.delete(id as number), true),
    hasSection: (callback, name) => callback(own(data.parsedSections, name) !== null, true),
    getSection: (callback, name) => callback(own(data.parsedSections, name), true),
    getField: (callback, path) => {
      const [name, field] = String(path).split('.');
      callback(own(own(data.parsedSections, name) as object | null, field), true);
    },
  };
  const gpp: GppFunction = (command, callback, parameter) => {
    if (typeof callback !== 'function') return;
    const run = own(commands, command) as ((callback: GppCallback, parameter: unknown) => void) | null;
    if (run) run(callback, parameter);
    else callback(null, false);
  };
  (win as GppWindow).__gpp = gpp;
  for (const args of queued.splice(0)) gpp(...(args as Parameters<GppFunction>));

  return {
    // The spec's order: signalStatus 'not ready', then what changed, then 'ready'.
    update() {
      const before = { input, data };
      input = getInput();
      if (!before.input.visible !== !input.visible) fire('cmpDisplayStatus', display());
      const next = gppData(input);
      if (next.gppString === data.gppString) return;
      signalStatus = 'not ready';
      fire('signalStatus', signalStatus);
      data = next;
      for (const name of Object.keys(layouts))
        if (JSON.stringify(before.data.parsedSections[name]) !== JSON.stringify(next.parsedSections[name]))
          fire('sectionChange', name);
      signalStatus = 'ready';
      fire('signalStatus', signalStatus);
    },
  };
}
