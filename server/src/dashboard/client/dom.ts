/**
 * An element of the page by its id: index.html has every id the script asks for.
 * @example byId<HTMLSelectElement>('period').value
 */
export const byId = <T extends HTMLElement = HTMLElement>(id: string) => document.getElementById(id) as T;

/** A child of `h`: an element, or a value shown as text. */
export type Child = Node | string | number;

/**
 * An element with attributes and children; string children become text nodes, so
 * nothing passed here is ever parsed as HTML. An `undefined` attribute is left out.
 * @example h('td', { class: 'num' }, count(12))
 */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string | undefined> = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) if (value !== undefined) el.setAttribute(name, value);
  for (const child of children) el.append(child instanceof Node ? child : document.createTextNode(String(child)));
  return el;
}
