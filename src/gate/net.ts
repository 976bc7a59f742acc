import type { NetMatch } from './net-match.js';

/** A script or iframe the net caught, and what became of it. */
export interface Caught {
  el: HTMLScriptElement | HTMLIFrameElement;
  /** The category that must be granted before it runs. */
  category: string;
  /** Its entry in the net's table, which names its catalog service. */
  entry: number;
  url: string;
  /** Where a script inserted it: a comment that stands in its place until it is released. */
  mark?: Comment;
  /** Written in the page's HTML: its type was turned off, and a copy runs when released. */
  parsed?: boolean;
  state: 'auto-held' | 'loaded';
}

/** The safety net, armed by the script tag, released by the engine (./net-release.ts). */
export interface Net {
  /** Everything caught so far, in the order it was caught. */
  readonly caught: Caught[];
  /** Sets what is granted: from then on, an insertion of a granted category goes through. */
  grant(isGranted: (category: string, entry: number) => boolean): void;
  /** Hears of each element caught from now on. */
  onCatch(fn: (caught: Caught) => void): void;
  /** Lets `node` through every later insertion: it is being released. */
  pass(node: Node): void;
  /** Stops catching (`Consentry.destroy()`): what is held stays held. */
  disarm(): void;
}

type Insert = (this: Node, ...args: unknown[]) => unknown;

// Scripts that run: no type, a JavaScript MIME type, or a module (HTML §"prepare the script element").
const runnable = /^(module|(text|application)\/(x-)?(java|ecma)script)?$/i;

/**
 * Wraps every DOM method that inserts a node, so that each node argument goes through
 * `substitute` (a held one's comment goes in its place) and, where the browser answers with
 * that comment, the node itself is answered. Only the first argument of insertBefore and
 * replaceChild: the others are in the page already.
 */
function wrapInsertions(win: Window & typeof globalThis, substitute: (arg: unknown) => unknown): void {
  const patch = (proto: object, names: string[], firstOnly?: boolean) => {
    for (const name of names) {
      const native = (proto as Record<string, Insert>)[name];
      (proto as Record<string, Insert>)[name] = function (...a: unknown[]) {
        const put = a.map((arg, i) => (i && firstOnly ? arg : substitute(arg)));
        const result = native.apply(this, put);
        return result === put[0] ? a[0] : result;
      };
    }
  };
  const element = win.Element.prototype;
  // insertAdjacentElement takes only an element: a held one's comment goes in by the
  // method that inserts at the same place.
  const adjacent = element.insertAdjacentElement;
  const at: Record<string, (this: Element, node: Node) => void> = {
    beforebegin: element.before,
    afterbegin: element.prepend,
    beforeend: element.append,
    afterend: element.after,
  };
  patch(win.Node.prototype, ['appendChild', 'insertBefore', 'replaceChild'], true);
  patch(element, ['append', 'prepend', 'before', 'after', 'replaceWith']);
  patch(win.CharacterData.prototype, ['before', 'after', 'replaceWith']);
  element.insertAdjacentElement = function (where: InsertPosition, el: Element) {
    const put = substitute(el);
    const insert = at[String(where).toLowerCase()];
    // An unknown position: the browser's own SyntaxError.
    if (put === el || !insert) return adjacent.call(this, where, el);
    insert.call(this, put as Node);
    return el;
  };
}

/**
 * Calls `parsed` on each script the parser inserts, until DOMContentLoaded. The observer's
 * callback runs at the microtask checkpoint the parser performs before it prepares a script
 * it has just inserted (HTML §"the text insertion mode", a script end tag), so a type turned
 * off there keeps it from running. Returns the observer, to disconnect when disarmed.
 */
function watchParser(
  doc: Document,
  Observer: typeof MutationObserver,
  parsed: (el: HTMLScriptElement) => void,
): MutationObserver {
  const onRecords = (records: MutationRecord[]) => {
    for (const record of records)
      for (const added of record.addedNodes)
        if ((added as Element).tagName === 'SCRIPT') parsed(added as HTMLScriptElement);
  };
  const observer = new Observer(onRecords);
  // Inserted by a tag manager once the page has loaded: the parser is done already.
  if (doc.readyState === 'loading') observer.observe(doc.documentElement, { childList: true, subtree: true });
  // The parser is done: what scripts insert from now on goes through the wrapped methods.
  doc.addEventListener('DOMContentLoaded', () => {
    onRecords(observer.takeRecords());
    observer.disconnect();
  });
  return observer;
}

/**
 * Arms the safety net (SPEC §3) on a page: a `<script>` or `<iframe>` without
 * `data-consent` whose URL `match` finds, of a category not granted, is held as if marked.
 * One that a script inserts, by any DOM insertion method, goes into the page as a comment
 * in its place and is never requested; the element itself goes in when released, so its
 * handlers still run. A `<script>` the parser inserts (written in the HTML) has its type
 * turned off before the parser prepares it, from a MutationObserver that sees it first,
 * until DOMContentLoaded. Nothing is granted until the engine says so.
 * @example const net = armNet(window, compileNet(__CONSENTRY_NET__))
 */
export function armNet(win: Window & typeof globalThis, match: NetMatch): Net {
  const doc = win.document;
  const caught: Caught[] = [];
  const passed = new WeakSet<Node>();
  const listeners: ((c: Caught) => void)[] = [];
  let isGranted: (category: string, entry: number) => boolean = () => false;
  let armed = true;

  /** The element's catch, or nothing when it may run now. */
  const find = (el: HTMLScriptElement): Caught | undefined => {
    const tag = el.tagName;
    // The tag first: most nodes a page inserts are neither (the bench's 10,000 rows).
    // A script's `type` reflects its attribute ('' when there is none).
    if ((tag !== 'SCRIPT' && tag !== 'IFRAME') || !armed || passed.has(el) || el.hasAttribute('data-consent')) return;
    if (tag === 'SCRIPT' && !runnable.test(el.type.trim())) return;
    const url = el.src;
    const found = url ? match(url) : undefined;
    if (!found || isGranted(found.category, found.entry)) return;
    const held: Caught = { el, url, ...found, state: 'auto-held' };
    caught.push(held);
    for (const fn of listeners) fn(held);
    return held;
  };

  // What a script inserts: the node itself, or a comment that holds its place.
  const nativeReplaceChild = win.Node.prototype.replaceChild;
  const substitute = (arg: unknown): unknown => {
    // append() and its kin take strings too; they go through as they are.
    if (typeof arg !== 'object' || arg === null) return arg;
    if ((arg as Node).nodeType === 11) {
      // A fragment's element children, each looked at once (a comment put in one's place is not).
      let next: Element | null;
      for (let child = (arg as DocumentFragment).firstElementChild; child; child = next) {
        next = child.nextElementSibling;
        const put = substitute(child) as Node;
        if (put !== child) nativeReplaceChild.call(arg, put, child);
      }
      return arg;
    }
    const held = find(arg as HTMLScriptElement);
    if (!held) return arg;
    held.mark = doc.createComment(' consentry: held until consent ');
    return held.mark;
  };

  wrapInsertions(win, substitute);

  // Parser-inserted scripts: their type turned off before the parser prepares them.
  const observer = watchParser(doc, win.MutationObserver, (el) => {
    const held = find(el);
    if (!held) return;
    held.parsed = true;
    const type = el.getAttribute('type');
    if (type) el.setAttribute('data-type', type);
    el.type = 'text/plain';
  });
  // Firefox may run a parser-inserted script before the checkpoint; its own event stops it.
  const beforeRun = (event: Event) => caught.some((c) => c.parsed && c.el === event.target) && event.preventDefault();
  doc.addEventListener('beforescriptexecute', beforeRun, true);

  return {
    caught,
    grant(fn) {
      isGranted = fn;
    },
    onCatch: (fn) => void listeners.push(fn),
    pass: (n) => void passed.add(n),
    disarm() {
      // The methods stay wrapped (another script may have wrapped them since), but pass everything.
      armed = false;
      observer.disconnect();
    },
  };
}
