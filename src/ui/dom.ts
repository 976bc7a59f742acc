/** What `h` accepts as a child: text (always as text, never markup), an element, or nothing. */
export type Child = Node | string | false | null | undefined | 0;

/** Props of `h`: `on…` functions are listeners, the rest attributes (`false`/`undefined` left out). */
export type Props = Record<string, string | false | undefined | ((event: Event) => void)>;

/** An element factory bound to one document. */
export type H = (tag: string, props: Props, ...children: Child[]) => HTMLElement;

/**
 * An element factory for the first layer, which is drawn without Preact to stay small.
 * Children are appended as nodes or as text, so config strings can never become markup.
 * @example const h = dom(document); h('button', { type: 'button', onclick: accept }, t.acceptAll)
 */
export const dom =
  (doc: Document): H =>
  (tag, props, ...children) => {
    const el = doc.createElement(tag);
    for (const [name, value] of Object.entries(props)) {
      if (typeof value === 'function') el.addEventListener(name.slice(2), value);
      else if (value !== false && value !== undefined) el.setAttribute(name, value);
    }
    for (const child of children) if (child) el.append(child);
    return el;
  };

/**
 * A themed container for the widget's parts: the `.root` class carries the palette
 * (`--consentry-*` properties), and language and direction follow the interface's.
 */
export const themed = (el: HTMLElement, lang: string, dir: string, theme: string): HTMLElement => {
  el.className = 'root';
  el.lang = lang;
  el.dir = dir;
  el.setAttribute('data-theme', theme);
  return el;
};
