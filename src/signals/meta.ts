/** Meta's `fbq` as its base code defines it: calls queue until fbevents.js sets `callMethod`. */
type Fbq = ((...args: unknown[]) => void) & { queue?: unknown[]; callMethod?: unknown };

type MetaWindow = Window & { fbq?: Fbq };

/** Limited Data Use, with country and state 0: Meta geolocates the visitor and applies the law that holds there. */
const ldu = ['dataProcessingOptions', ['LDU'], 0, 0] as const;

/**
 * Makes Meta's pixel run with Limited Data Use: `fbq('dataProcessingOptions', ['LDU'], 0, 0)`
 * comes before the pixel's own `fbq('init', …)`. When the page already has `fbq`, it is
 * called at once. Otherwise Consentry cannot define a stub `fbq` itself: Meta's base code
 * starts with `if (f.fbq) return;` and would then never load fbevents.js. So `window.fbq`
 * becomes an accessor: the base code's assignment is kept, and the first time anything
 * reads `fbq` once the base code has set up its queue (its own `fbq('init', …)` is that
 * read), the LDU call is queued first.
 * @example if (needsLdu(context)) limitMetaDataUse(window); // then release the pixel
 */
export function limitMetaDataUse(win: Window): void {
  const w = win as MetaWindow;
  if (typeof w.fbq === 'function') {
    w.fbq(...ldu);
    return;
  }
  let fbq: Fbq | undefined;
  let sent = false;
  Object.defineProperty(win, 'fbq', {
    configurable: true,
    enumerable: true,
    get() {
      if (fbq && !sent && (fbq.queue || fbq.callMethod)) {
        sent = true;
        fbq(...ldu);
      }
      return fbq;
    },
    set(value: Fbq) {
      fbq = value;
    },
  });
}

/** What decides Limited Data Use for one visitor (SPEC §5). */
export interface LduContext {
  /** The visitor is in the US (or the region is unknown: Meta's own geolocation then decides). */
  usVisitor: boolean;
  /** The mode in force for this visitor, after `auto` is resolved. */
  mode: 'opt-in' | 'opt-out';
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
