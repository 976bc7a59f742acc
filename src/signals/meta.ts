import type { ResolvedMode } from '../config/schema.js';

/** Meta's `fbq` as its base code defines it: calls queue until fbevents.js sets `callMethod`. */
type Fbq = ((...args: unknown[]) => void) & { queue?: unknown[]; callMethod?: unknown };

type MetaWindow = Window & { fbq?: Fbq };

// The calls waiting for Meta's base code hang on the accessor's getter under a registered
// symbol: the script tag and the engine are separate files, each with its own copy of this
// module, and both must queue into the one accessor, in the order they call.
const key = Symbol.for('consentry.fbq');
type Getter = (() => Fbq | undefined) & { [key]?: unknown[][] };

/** The calls waiting in the accessor on `window.fbq`, if Consentry put one there. */
const waiting = (win: Window): unknown[][] | undefined =>
  (Object.getOwnPropertyDescriptor(win, 'fbq')?.get as Getter | undefined)?.[key];

/** Makes `window.fbq` an accessor that keeps what is assigned to it; returns its waiting calls. */
function install(win: MetaWindow): unknown[][] | undefined {
  let fbq = win.fbq;
  const pending: unknown[][] = [];
  const get: Getter = () => {
    // The base code's `fbq` queues once it has its `queue` (fbevents.js then adds
    // `callMethod`); the first read after that is the site's own `fbq('init', …)`.
    if (fbq && (fbq.queue || fbq.callMethod)) for (const args of pending.splice(0)) fbq(...args);
    return fbq;
  };
  get[key] = pending;
  try {
    Object.defineProperty(win, 'fbq', {
      configurable: true,
      enumerable: true,
      get,
      set(value: Fbq) {
        fbq = value;
      },
    });
  } catch {
    return undefined; // a non-configurable `fbq` that is not a function: nothing to ride on
  }
  return pending;
}

/**
 * Calls Meta's pixel as `fbq(...args)`: at once when the page has `fbq` and nothing waits
 * before it; otherwise in order after the calls already waiting, ahead of the pixel's own
 * `fbq('init', …)`. Consentry never defines `fbq` itself: Meta's base code starts with
 * `if (f.fbq) return;` and would then never load fbevents.js. So `window.fbq` becomes an
 * accessor (one per page): the base code's assignment is kept, and the first read once
 * the base code has set up its queue hands the waiting calls to it first.
 * https://developers.facebook.com/docs/meta-pixel/get-started (the base code)
 * @example callMeta(window, 'consent', 'revoke') // before the base code: queued ahead of init
 */
export function callMeta(win: Window, ...args: unknown[]): void {
  const w = win as MetaWindow;
  const fbq = w.fbq; // through the accessor, when there is one: it hands over what waits
  const pending = waiting(w);
  if (typeof fbq === 'function' && !pending?.length) fbq(...args);
  else (pending ?? install(w))?.push(args);
}

/** Limited Data Use, with country and state 0: Meta geolocates the visitor and applies the law that holds there. */
const ldu = ['dataProcessingOptions', ['LDU'], 0, 0] as const;

/**
 * Makes Meta's pixel run with Limited Data Use: `fbq('dataProcessingOptions', ['LDU'], 0, 0)`
 * comes before the pixel's own `fbq('init', …)` (see {@link callMeta}), after any consent
 * call the script tag queued; a pixel already running gets it at once.
 * https://developers.facebook.com/docs/marketing-apis/data-processing-options
 * @example if (needsLdu(context)) limitMetaDataUse(window); // then release the pixel
 */
export function limitMetaDataUse(win: Window): void {
  callMeta(win, ...ldu);
}

/** What decides Limited Data Use for one visitor (SPEC §5). */
export interface LduContext {
  /** The visitor is in the US (or the region is unknown: Meta's own geolocation then decides). */
  usVisitor: boolean;
  /** The mode in force for this visitor, after `auto` is resolved. */
  mode: ResolvedMode;
  advertisingGranted: boolean;
  /** Global Privacy Control is sent and honored. */
  gpc: boolean;
}

/**
 * Whether the pixel must run with Limited Data Use: a US visitor with `advertising`
 * denied in opt-out mode, or with GPC honored (even after granting `advertising` by its
 * own switch, the only way a GPC visitor can).
 * @example needsLdu({ usVisitor: true, mode: 'opt-out', advertisingGranted: true, gpc: true }) // true
 */
export const needsLdu = ({ usVisitor, mode, advertisingGranted, gpc }: LduContext): boolean =>
  usVisitor && (gpc || (mode === 'opt-out' && !advertisingGranted));
