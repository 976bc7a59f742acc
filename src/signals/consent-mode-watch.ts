/**
 * The live half of the Consent Mode self-check, in the engine on every page view: a
 * warning when another script contradicts the visitor's choice. The rest of the check is
 * `status()`'s, loaded on demand (./consent-mode-check.ts).
 */
import type { Choices } from '../consent/choices.js';
import { type ConsentModeState, consentryPushTime, toConsentModeState } from './consent-mode.js';

/** Whether a dataLayer entry is the `arguments` object of a `gtag()` call. */
export const isArguments = (item: unknown): item is IArguments =>
  Object.prototype.toString.call(item) === '[object Arguments]';

type ConsentState = Record<string, unknown>;

/** The entry as a consent command ('default' or 'update' and its state), or undefined. */
export function consentCommand(item: unknown): { kind: string; state: ConsentState } | undefined {
  if (!isArguments(item) || item[0] !== 'consent') return undefined;
  const [, kind, state] = item;
  return (kind === 'default' || kind === 'update') && state && typeof state === 'object' ? { kind, state } : undefined;
}

/**
 * How an entry contradicts `expected`, named as the call that pushed it, or undefined when
 * it does not: another script's consent command setting a key otherwise. Region-scoped
 * defaults are left out: whether they apply depends on where Google locates the visitor.
 */
export function describeContradiction(item: unknown, expected: ConsentModeState): string | undefined {
  const command = consentCommand(item);
  if (!command || consentryPushTime(item) !== undefined || 'region' in command.state) return undefined;
  const wrong = Object.keys(expected).filter((key) => key in command.state && command.state[key] !== expected[key]);
  if (!wrong.length) return undefined;
  const call = `gtag('consent', '${command.kind}', ${JSON.stringify(command.state)})`;
  return `${call} contradicts the visitor's choice: ${wrong.map((key) => `${key} is ${expected[key]}`).join(', ')}`;
}

/**
 * Warns, naming the call, whenever another script pushes a consent command that
 * contradicts the visitor's current choice (`granted()` at that moment). Wraps the page's
 * `dataLayer.push`, which gtag.js wraps in turn when it loads; returns the function that
 * puts the previous `push` back.
 * @example watchContradictions(window, () => currentChoices(), (message) => console.warn(message))
 */
export function watchContradictions(win: Window, granted: () => Choices, warn: (message: string) => void): () => void {
  const w = win as Window & { dataLayer?: unknown[] };
  if (!Array.isArray(w.dataLayer)) w.dataLayer = [];
  const layer = w.dataLayer;
  const push = layer.push;
  const watched = function (this: unknown[], ...items: unknown[]) {
    for (const item of items) {
      const found = describeContradiction(item, toConsentModeState(granted()));
      if (found) warn(`[Consentry] ${found}`);
    }
    return push.apply(this, items);
  };
  layer.push = watched;
  return () => {
    if (layer.push === watched) layer.push = push;
  };
}
