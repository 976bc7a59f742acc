import type { Choices } from '../consent/choices.js';
import { consentryPushTime, toConsentModeState } from './consent-mode.js';
import { consentCommand, describeContradiction, isArguments } from './consent-mode-watch.js';

/** What the Consent Mode self-check found (`Consentry.status().consentModeCheck`). */
export interface ConsentModeCheck {
  /** Consentry's default came before every Google tag: first in the dataLayer, and no Google tag script above Consentry's. */
  defaultBeforeTags: boolean;
  /** Consent Mode v2 keys no default sets. */
  missingKeys: string[];
  /** Google tag scripts that loaded before Consentry's first update (all of them while no update is sent). */
  tagsBeforeUpdate: string[];
  /** Consent commands from other scripts that contradict the visitor's choice, each named. */
  contradictions: string[];
}

/** The keys Google requires since Consent Mode v2 (March 2024). */
const v2Keys = ['ad_storage', 'ad_user_data', 'ad_personalization', 'analytics_storage'];

const googleTags = 'script[src*="googletagmanager.com/gtag/js"], script[src*="googletagmanager.com/gtm.js"]';

/** Whether a gtag.js or Tag Manager start: `gtag('js', …)` or Tag Manager's `gtm.js` event. */
const isTagStart = (item: unknown) =>
  (isArguments(item) && item[0] === 'js') || (Object(item) as { event?: unknown }).event === 'gtm.js';

/** Whether a script element runs: Consentry's held scripts are `text/plain`. */
const runs = (script: HTMLScriptElement) => !script.type || /javascript|ecmascript|^module$/i.test(script.type);

/** Whether Consentry's default comes before every Google tag start in the dataLayer. */
function defaultFirstInDataLayer(layer: readonly unknown[]): boolean {
  const ours = layer.findIndex(
    (item) => consentCommand(item)?.kind === 'default' && consentryPushTime(item) !== undefined,
  );
  const firstTag = layer.findIndex(isTagStart);
  return ours >= 0 && (firstTag < 0 || ours < firstTag);
}

/** The Google tag scripts (not held) that loaded before `updateAt`, or all of them when there is no update yet. */
function tagsLoadedBefore(win: Window, tags: readonly HTMLScriptElement[], updateAt: number | undefined): string[] {
  return tags
    .filter((tag) => {
      if (updateAt === undefined) return true;
      const [timing] = win.performance?.getEntriesByName(tag.src) ?? [];
      return timing ? (timing as PerformanceResourceTiming).responseEnd < updateAt : false;
    })
    .map((tag) => tag.src);
}

/**
 * The Consent Mode self-check, as Google's Tag Assistant would do it: whether the default
 * came before every Google tag (in the dataLayer, and no gtag.js or gtm.js script above
 * Consentry's own script), which v2 keys no default sets, which Google tags loaded before
 * Consentry's first update, and which consent commands from elsewhere contradict the
 * visitor's choice `granted`. `script` is Consentry's script element, found by its name
 * when not given.
 * @example checkConsentMode(window, document, granted).tagsBeforeUpdate // ['https://www.googletagmanager.com/gtag/js?id=G-1']
 */
export function checkConsentMode(
  win: Window,
  doc: Document,
  granted: Choices,
  script: Element | null = doc.querySelector('script[src*="consentry"]'),
): ConsentModeCheck {
  const layer = (win as Window & { dataLayer?: unknown }).dataLayer;
  const entries: unknown[] = Array.isArray(layer) ? layer : [];
  const tags = [...doc.querySelectorAll<HTMLScriptElement>(googleTags)].filter(runs);
  const above = script
    ? tags.some((tag) => script.compareDocumentPosition(tag) & Node.DOCUMENT_POSITION_PRECEDING)
    : false;
  const defaultKeys = new Set(
    entries.flatMap((item) => {
      const command = consentCommand(item);
      return command?.kind === 'default' && !('region' in command.state) ? Object.keys(command.state) : [];
    }),
  );
  const firstUpdate = entries.find(
    (item) => consentCommand(item)?.kind === 'update' && consentryPushTime(item) !== undefined,
  );
  const expected = toConsentModeState(granted);
  return {
    defaultBeforeTags: defaultFirstInDataLayer(entries) && !above,
    missingKeys: v2Keys.filter((key) => !defaultKeys.has(key)),
    tagsBeforeUpdate: tagsLoadedBefore(win, tags, consentryPushTime(firstUpdate)),
    contradictions: entries.flatMap((item, index) => {
      const found = describeContradiction(item, expected);
      return found ? [`${found} (dataLayer[${index}])`] : [];
    }),
  };
}
