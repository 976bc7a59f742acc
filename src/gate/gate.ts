import type { HeldState } from '../types.js';
import { cloneScript, createScriptRunner } from './scripts.js';

/** One element carrying `data-consent`, and what became of it. */
export interface HeldRecord {
  el: Element;
  categories: string[];
  state: HeldState;
}

/** Holds and releases the page's `data-consent` elements. */
export interface Gate {
  /** Releases every held element whose categories are all granted. */
  release(): void;
  /** Every `data-consent` element found (marked), and what became of it. */
  marked(): readonly HeldRecord[];
  stop(): void;
}

const mediaTags = new Set(['IFRAME', 'IMG', 'VIDEO', 'AUDIO', 'SOURCE', 'EMBED', 'TRACK']);
const isHeldScript = (el: Element): el is HTMLScriptElement =>
  el.tagName === 'SCRIPT' && (el.getAttribute('type') ?? '').trim().toLowerCase() === 'text/plain';

/** How a console message names an element: `script#ga`. */
export const tagOf = (el: Element) => `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}`;

const describe = (el: Element) => `<${tagOf(el)} data-consent="${el.getAttribute('data-consent')}">`;

/** What releasing needs of the gate: the elements it made, its script runner, its warnings. */
interface ReleaseContext {
  seen: WeakSet<Element>;
  runScript: ReturnType<typeof createScriptRunner>;
  warn: (message: string) => void;
}

/**
 * Releases one held element: a script as a working copy run in page order (the copy is the
 * gate's, never considered again), a medium by its `data-src` and `data-srcset`.
 */
function release(record: HeldRecord, { seen, runScript, warn }: ReleaseContext): void {
  const { el } = record;
  if (isHeldScript(el)) {
    let script: HTMLScriptElement;
    try {
      script = cloneScript(el);
    } catch (error) {
      // Trusted Types refused the copy: the tag stays held, and the page is told why.
      warn(`${describe(el)} could not be released and stays held: ${error}`);
      return;
    }
    seen.add(script);
    record.el = script;
    record.state = 'loaded';
    void runScript(el, script).then((ran) => {
      // The page removed the held script before its turn: it never ran.
      if (!ran) {
        record.el = el;
        record.state = 'held';
      }
    });
    return;
  }
  record.state = 'loaded';
  for (const attr of ['src', 'srcset'] as const) {
    const value = (el as HTMLElement).dataset[attr];
    if (value !== undefined) el.setAttribute(attr, value);
  }
}

/**
 * Finds every `data-consent` element now and as the page adds more (the parser, a
 * single-page app, a tag manager), and releases each once `isGranted` says all its
 * categories are granted. Elements it inserts itself are never considered again.
 * @example createGate(document, (ids) => ids.every((id) => consent[id]), console.warn)
 */
export function createGate(
  doc: Document,
  isGranted: (categories: string[]) => boolean,
  warn: (message: string) => void,
  onHeld: (record: HeldRecord) => void = () => {},
): Gate {
  const marked: HeldRecord[] = [];
  const seen = new WeakSet<Element>();
  const runScript = createScriptRunner();

  const releaseOne = (record: HeldRecord) => release(record, { seen, runScript, warn });

  function consider(el: Element) {
    if (seen.has(el)) return;
    seen.add(el);
    const categories = (el.getAttribute('data-consent') ?? '').split(/\s+/).filter(Boolean);
    const held =
      isHeldScript(el) || (mediaTags.has(el.tagName) && el.hasAttribute('data-src') && !el.hasAttribute('src'));
    const record: HeldRecord = { el, categories, state: held ? 'held' : 'unheld' };
    marked.push(record);
    if (!held) {
      warn(
        `${describe(el)} is not held: a script needs type="text/plain", an iframe or image data-src for src. It may have run without consent.`,
      );
      return;
    }
    if (categories.length && isGranted(categories)) releaseOne(record);
    else onHeld(record);
  }

  // A single-page app may add thousands of nodes: the observer's path is kept lean
  // (benchmarked in scripts/bench.mjs). Most added nodes are leaves, so they cost two
  // cheap reads and no selector query; the added nodes are walked with indexed loops,
  // because iterating a NodeList with for…of is measurably slower in Chromium.
  const scan = (root: Element | Document) => {
    if (root.nodeType === 1 && (root as Element).hasAttribute('data-consent')) consider(root as Element);
    if (root.firstElementChild) for (const el of root.querySelectorAll('[data-consent]')) consider(el);
  };

  const observer = new MutationObserver((mutations) => {
    for (let i = 0; i < mutations.length; i++) {
      const added = mutations[i].addedNodes;
      for (let j = 0; j < added.length; j++) if (added[j].nodeType === 1) scan(added[j] as Element);
    }
  });
  observer.observe(doc.documentElement, { childList: true, subtree: true });
  scan(doc);

  return {
    release() {
      const order = marked
        .filter((r) => r.state === 'held' && r.categories.length && isGranted(r.categories))
        // Document order, so that scripts found late by the observer still run in page order
        // (4 is Node.DOCUMENT_POSITION_FOLLOWING).
        .sort((a, b) => (a.el.compareDocumentPosition(b.el) & 4 ? -1 : 1));
      for (const r of order) releaseOne(r);
    },
    marked: () => marked,
    stop: () => observer.disconnect(),
  };
}
