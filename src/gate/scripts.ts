import { trusted } from '../page/trusted.js';

/**
 * Runs released scripts in the order they were released, the way the parser would have:
 * non-async external scripts download in parallel and execute in insertion order
 * (`async = false`), and an inline script waits until every ordered external script
 * released before it has run. Async scripts run as soon as they load.
 */
export function createScriptRunner() {
  let tail: Promise<unknown> = Promise.resolve();
  let inFlight: Promise<unknown> = Promise.resolve();

  const loaded = (s: HTMLScriptElement) =>
    new Promise((resolve) => {
      s.addEventListener('load', resolve);
      s.addEventListener('error', resolve);
    });

  // A held element that the page removed meanwhile is not run: it is no longer there.
  const insert = (held: Element, script: HTMLScriptElement) => {
    if (!held.isConnected) return false;
    held.replaceWith(script);
    return true;
  };

  /** Puts `script` in place of `held` when its turn comes; resolves with whether it ran. */
  return function run(held: Element, script: HTMLScriptElement): Promise<boolean> {
    if (script.async) return Promise.resolve(insert(held, script));
    const external = script.hasAttribute('src');
    const step = (external ? tail : tail.then(() => inFlight)).then(() => {
      const inserted = insert(held, script);
      if (inserted && external) inFlight = Promise.all([inFlight, loaded(script)]);
      return inserted;
    });
    tail = step;
    return step;
  };
}

/**
 * A runnable copy of a held `<script type="text/plain">`: every attribute but the type,
 * `type` from `data-type`, and the nonce read from the property, because browsers blank
 * the `nonce` attribute once the element is connected (HTML §"nonce attributes").
 */
export function cloneScript(held: HTMLScriptElement): HTMLScriptElement {
  const doc = held.ownerDocument;
  const t = trusted(doc.defaultView as Window);
  const script = doc.createElement('script');
  for (const { name, value } of held.attributes) {
    if (name === 'src') script.setAttribute(name, t.url(value));
    else if (name !== 'type' && name !== 'data-type' && name !== 'nonce') script.setAttribute(name, value);
  }
  const type = held.getAttribute('data-type');
  if (type) script.type = type;
  if (held.nonce) script.nonce = held.nonce;
  // Inserted scripts are async by default; a parser script without `async` is ordered.
  script.async = held.hasAttribute('async');
  if (!held.hasAttribute('src')) script.text = t.script(held.text);
  return script;
}
